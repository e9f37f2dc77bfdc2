"""After the first paint, a window whose library has packs installed warms up
translation in a thread (imports, CTranslate2's kernels); without packs, nothing."""

from reader.core import translation
from reader.core.packs import PackManager
from reader.ui.main_window import MainWindow
from reader.ui.translation_ui import _prepare_translation


def test_the_window_warms_up_translation_after_its_first_paint(
    qtbot, seeded_library, data_dir, pack_files, monkeypatch
):
    PackManager(data_dir).install_file(pack_files["he_en@1.0"])
    calls = []
    monkeypatch.setattr(translation, "warm_up", lambda: calls.append("warm_up"))
    window = MainWindow(seeded_library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: calls == ["warm_up"], timeout=30000)
    assert window.painted
    window.close()


def test_no_warm_up_without_packs(data_dir, pack_files, monkeypatch):
    calls = []
    monkeypatch.setattr(translation, "warm_up", lambda: calls.append("warm_up"))
    _prepare_translation(data_dir)
    assert calls == []
    PackManager(data_dir).install_file(pack_files["he_en@1.0"])
    _prepare_translation(data_dir)
    assert calls == ["warm_up"]
