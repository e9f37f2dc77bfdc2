"""The Language Packs dialog: install from a file, refuse a bad one, download
from a (local) index with progress, remove — all off the UI thread."""

import http.server
import json
import threading
import zipfile

import pytest

from reader.core.packs import PackManager
from reader.ui.main_window import MainWindow
from reader.ui.packs_dialog import PacksDialog


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def pack_file(pack_files):
    return pack_files["he_en@1.5"]


@pytest.fixture
def index_url(tmp_path, pack_file):
    root = tmp_path / "www"
    root.mkdir()
    (root / pack_file.name).write_bytes(pack_file.read_bytes())
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), lambda *a, **k: _Quiet(*a, directory=str(root), **k)
    )
    url = f"http://127.0.0.1:{server.server_address[1]}"
    (root / "index.json").write_text(
        json.dumps(
            [
                {
                    "type": "translate",
                    "from_code": "he",
                    "to_code": "en",
                    "from_name": "Hebrew",
                    "to_name": "English",
                    "package_version": "1.5",
                    "links": [f"{url}/{pack_file.name}"],
                }
            ]
        )
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"{url}/index.json"
    server.shutdown()
    server.server_close()


def finish(qtbot, task):
    qtbot.waitUntil(lambda: task.handle is not None and task.handle.isFinished(), timeout=30000)
    qtbot.wait(50)  # queued signals reach the dialog


def test_install_from_file_and_suggestions(qtbot, data_dir, pack_file):
    dialog = PacksDialog(data_dir, {"he", "ar"})
    qtbot.addWidget(dialog)
    assert "needs Arabic and Hebrew → English" in dialog.suggestion.text()
    with qtbot.waitSignal(dialog.packsChanged, timeout=30000):
        task = dialog.install_file(pack_file)
    finish(qtbot, task)
    assert dialog.installed_table.rowCount() == 1
    assert [dialog.installed_table.item(0, c).text() for c in range(4)][:2] == ["Hebrew → English", "1.5"]
    assert "Installed he_en@1.5" in dialog.status.text()
    assert "needs Arabic → English" in dialog.suggestion.text()
    dialog.remove("he_en")
    assert dialog.installed_table.rowCount() == 0


@pytest.mark.parametrize(
    "make_bad, message",
    [
        (lambda path: path.write_bytes(b"not a zip at all"), "zip"),
        (lambda path: zipfile.ZipFile(path, "w").writestr("../../evil/metadata.json", "{}"), "is unsafe"),
    ],
)
def test_a_damaged_pack_is_refused_and_installed_packs_stay(
    qtbot, data_dir, pack_file, tmp_path, make_bad, message
):
    PackManager(data_dir).install_file(pack_file)
    bad = tmp_path / "bad.argosmodel"
    make_bad(bad)
    dialog = PacksDialog(data_dir, {"he"})
    qtbot.addWidget(dialog)
    finish(qtbot, dialog.install_file(bad))
    assert message in dialog.status.text().lower() and "installed" not in dialog.status.text().lower()
    assert [p.code for p in PackManager(data_dir).list_installed()] == ["he_en"]
    assert not (tmp_path.parent / "evil").exists()


def test_download_from_an_index_with_progress(qtbot, data_dir, index_url):
    dialog = PacksDialog(data_dir, {"he"}, index_url=index_url)
    qtbot.addWidget(dialog)
    finish(qtbot, dialog.fetch_index())
    assert dialog.available_table.rowCount() == 1 and dialog.download_button.isEnabled()
    dialog.available_table.selectRow(0)
    progress = []
    task = dialog.download_selected()
    task.transferred.connect(lambda done, total: progress.append((done, total)))
    finish(qtbot, task)
    assert [p.label for p in PackManager(data_dir).list_installed()] == ["he_en@1.5"]
    assert "Installed he_en@1.5" in dialog.status.text()
    done = [d for d, _total in progress]
    assert progress and done == sorted(done)
    assert progress[-1][0] == progress[-1][1] > 0  # it reached the whole file


def test_opened_from_the_window_by_its_command(qtbot, seeded_library):
    window = MainWindow(seeded_library)
    qtbot.addWidget(window)
    window.restore_state(1)
    # no pack installed: the pack offer shows (isHidden: the window is never shown); after
    # "Not now" the column's own notice keeps a button that brings the offer back
    assert not window.pack_offer.offer.isHidden() and window.banner.isHidden()
    window.pack_offer.offer.later_button.click()
    assert window.pack_offer.offer.isHidden() and not window.banner.isHidden()
    assert window.banner_button.text() == "Install a language pack…"
    window.banner_button.click()
    assert not window.pack_offer.offer.isHidden()
    window.run_command("manage-packs")
    dialog = window.findChild(PacksDialog)
    assert dialog is not None and dialog.isVisible()
    assert "Hebrew" in dialog.suggestion.text()
    dialog.close()
