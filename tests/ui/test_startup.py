"""Start-up: no cyclic garbage collection until the first paint; then the
collector is on again with what start-up made frozen, and it is on again
too when the window cannot open."""

from __future__ import annotations

import gc

import pytest

from reader.cli import main
from reader.core.storage import Library
from reader.ui.main_window import MainWindow


@pytest.fixture
def collector_restored():
    yield
    gc.enable()
    gc.unfreeze()


def test_the_collector_is_off_until_the_first_paint(data_dir, qapp, capsys, monkeypatch, collector_restored):
    seen: list[bool] = []
    show = MainWindow.show

    def recording_show(window):
        seen.append(gc.isenabled())  # the window built
        # (connected before run_gui's own first-paint handler, so it runs first)
        window.firstPainted.connect(lambda: seen.append(gc.isenabled()))
        show(window)

    monkeypatch.setattr(MainWindow, "show", recording_show)
    gc.unfreeze()
    assert main(["--data-dir", str(data_dir), "gui", "--exit-after-paint"]) == 0
    assert "first paint:" in capsys.readouterr().out
    assert seen == [False, False]
    assert gc.isenabled() and gc.get_freeze_count() > 0


def test_the_collector_is_on_again_when_the_library_cannot_open(data_dir, qapp, capsys, collector_restored):
    library = Library(data_dir)
    library.execute("INSERT INTO schema_version(version, applied_at) VALUES (999, 'later')")
    library.conn.commit()
    library.close()
    assert main(["--data-dir", str(data_dir), "gui", "--exit-after-paint"]) == 2
    assert "newer Reader" in capsys.readouterr().err
    assert gc.isenabled()
