"""Starting Reader on files (`reader FILE`, "Open with Reader") and one window
per library (reader/ui/single_instance.py)."""

import os
import signal
import subprocess
import sys
import time

import pytest
from conftest import REPO
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.cli import main
from reader.core.storage import Library
from reader.ui.app import command_line_sources, open_sources, take_request
from reader.ui.main_window import MainWindow
from reader.ui.single_instance import NotAnswering, claim_or_hand_over, socket_name

FRENCH = "Le port rouvre ses quais\n\nLa mairie a annoncé lundi la réouverture des quais après trois mois de travaux.\n"
DUTCH = "Nieuwe fietsbrug geopend\n\nDe gemeente opende woensdag een fietsbrug over het kanaal bij de oude sluis.\n"


def reader(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        **kwargs,
    )


def article_titled(data_dir, words: str):
    library = Library(data_dir)
    try:
        found = [a["id"] for a in library.list_articles() if words in a["title"]]
        return (found[0] if found else None), library.get_setting("last_article")
    finally:
        library.close()


@pytest.fixture
def articles(tmp_path):
    french, dutch = tmp_path / "port.txt", tmp_path / "brug.txt"
    french.write_text(FRENCH, encoding="utf-8")
    dutch.write_text(DUTCH, encoding="utf-8")
    return french, dutch


def test_reader_file_imports_and_opens_it(data_dir, articles):
    french, _dutch = articles
    # What a file manager runs for "Open with Reader": `reader %F`.
    result = reader("--data-dir", str(data_dir), str(french), "--exit-after-paint")
    assert result.returncode == 0, result.stderr
    assert "first paint:" in result.stdout
    article, opened = article_titled(data_dir, "Le port rouvre")
    assert article is not None and opened == article


def test_gui_command_takes_files_and_reports_what_failed(data_dir, articles, tmp_path):
    french, dutch = articles
    missing = tmp_path / "gone.txt"
    result = reader(
        "--data-dir", str(data_dir), "gui", "--exit-after-paint", str(french), str(missing), str(dutch)
    )
    assert result.returncode == 0, result.stderr
    assert "gone.txt" in result.stderr  # shown in the window too (see the next test)
    dutch_id, opened = article_titled(data_dir, "Nieuwe fietsbrug")
    assert opened == dutch_id  # the last one given
    assert article_titled(data_dir, "Le port rouvre")[0] is not None


def test_import_errors_appear_in_the_window_as_plain_text(qtbot, seeded_library, tmp_path):
    window = MainWindow(seeded_library)
    qtbot.addWidget(window)
    missing = tmp_path / "<b>missing</b>.txt"
    worker = open_sources(window, command_line_sources([str(missing)]))
    qtbot.waitUntil(worker.isFinished, timeout=30000)
    qtbot.waitUntil(
        lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()),
        timeout=10000,
    )
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "<b>missing</b>.txt" in box.text()
    from PySide6.QtCore import Qt

    assert box.textFormat() == Qt.TextFormat.PlainText
    box.close()


def test_commands_still_win_over_files_of_the_same_name(data_dir, tmp_path, monkeypatch, capsys):
    (tmp_path / "list").write_text(FRENCH, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["--data-dir", str(data_dir), "list", "--json"]) == 0
    assert '"title"' in capsys.readouterr().out


def test_command_line_sources_are_absolute_paths_or_web_addresses(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert command_line_sources(["a.txt", "file:///srv/news/b%20c.html", "https://example.org/x"]) == [
        str(tmp_path / "a.txt"),
        "/srv/news/b c.html",
        "https://example.org/x",
    ]


def test_second_launch_hands_its_files_to_the_open_window(qtbot, seeded_library, data_dir, articles):
    french, dutch = articles
    # Windows of earlier tests may still wait for deletion: count only new ones.
    earlier = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}
    window = MainWindow(seeded_library)
    qtbot.addWidget(window)
    window.show()
    instance = claim_or_hand_over(data_dir, {})
    assert instance is not None
    try:
        assert instance.listen(lambda request: take_request(window, request))
        open_sources(window, [str(french)])
        qtbot.waitUntil(lambda: article_titled(data_dir, "Le port rouvre")[0] is not None, timeout=30000)
        first = article_titled(data_dir, "Le port rouvre")[0]
        qtbot.waitUntil(lambda: window.current_article_id() == first, timeout=30000)  # the file given is open

        second = subprocess.Popen(
            [sys.executable, "-m", "reader", "--data-dir", str(data_dir), str(dutch)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60000)
        _out, err = second.communicate()
        assert second.returncode == 0, err
        assert "already open" in err
        # The window imports what it was handed in the background: wait for the article first.
        qtbot.waitUntil(lambda: article_titled(data_dir, "Nieuwe fietsbrug")[0] is not None, timeout=30000)
        dutch_id, _ = article_titled(data_dir, "Nieuwe fietsbrug")
        qtbot.waitUntil(lambda: window.current_article_id() == dutch_id, timeout=30000)
        # One window, holding both files.
        assert [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and id(w) not in earlier
        ] == [window]
        assert window.article_model.row_of(first) >= 0 and window.article_model.row_of(dutch_id) >= 0
    finally:
        instance.release()


def test_a_holder_that_does_not_answer_is_reported(data_dir, tmp_path):
    instance = claim_or_hand_over(data_dir, {})
    try:
        with pytest.raises(NotAnswering):
            claim_or_hand_over(data_dir, {}, wait=0.3)  # locked, but nobody listens
        # Another library is free to open its own window.
        other = claim_or_hand_over(tmp_path / "other", {}, wait=0.3)
        assert other is not None and other.name != instance.name
        other.release()
    finally:
        instance.release()
    again = claim_or_hand_over(data_dir, {}, wait=0.3)
    assert again is not None  # released: the next launch opens the window
    again.release()


def test_stale_socket_after_sigkill_does_not_block_the_next_launch(data_dir, articles):
    french, _dutch = articles
    name = socket_name(data_dir)
    first = subprocess.Popen(
        [sys.executable, "-m", "reader", "--data-dir", str(data_dir), "gui"],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )  # its own group: children it started die with it
    try:
        deadline = time.monotonic() + 90
        while not os.path.exists(name):  # it listens after its first paint
            assert first.poll() is None and time.monotonic() < deadline, "the first window never listened"
            time.sleep(0.1)
    finally:
        os.killpg(first.pid, signal.SIGKILL)
        first.wait()
    assert os.path.exists(name) and os.path.exists(name + ".lock")  # left behind by the killed window

    result = reader("--data-dir", str(data_dir), str(french), "--exit-after-paint")
    assert result.returncode == 0, result.stderr
    assert "first paint:" in result.stdout and "already open" not in result.stderr
    article, opened = article_titled(data_dir, "Le port rouvre")
    assert article is not None and opened == article
