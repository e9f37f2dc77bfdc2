"""The language-pack offer in the translation column and the Language Packs
dialog by language: first start, "Not now" remembered, "Download now" from a
local index on 127.0.0.1 (a socket guard refuses every other address and
proves nothing connects before the click), cancel, installs from files.
"""

import http.server
import json
import socket
import threading
import zipfile

import pytest
from PySide6.QtCore import Qt

from reader.core.packs import PackManager, describe_needs, download_size, format_size
from reader.core.service import ReaderService
from reader.core.storage import Library
from reader.ui.main_window import MainWindow
from reader.ui.packs_dialog import PacksDialog
from reader.ui.reading_view import SOURCE, TRANSLATION

NEEDED = ["he_en", "ar_en", "fr_en", "nl_en"]  # the sample library, the open Hebrew article's first


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def packs_www(tmp_path_factory):
    """Pack files of the four pairs the sample library needs, and the index
    entries listing them (links relative: the server's address comes later)."""
    from support.argos_fixture import build_copy_pack

    root = tmp_path_factory.mktemp("www")
    entries = []
    for code, version in [("he_en", "1.5"), ("ar_en", "1.0"), ("fr_en", "1.9"), ("nl_en", "1.1")]:
        path = build_copy_pack(root, *code.split("_"), version)
        entries.append(
            {
                "type": "translate",
                "from_code": code[:2],
                "to_code": "en",
                "package_version": version,
                "links": [path.name],
                "size": path.stat().st_size,
            }
        )
    return root, entries


@pytest.fixture
def network(monkeypatch):
    """Records every address a socket connects to; anything but 127.0.0.1 is refused."""
    attempts = []
    real_connect, real_getaddrinfo = socket.socket.connect, socket.getaddrinfo

    def connect(sock, address):
        attempts.append(address)
        if address[0] != "127.0.0.1":
            raise OSError("network disabled by test")
        return real_connect(sock, address)

    def getaddrinfo(host, *args, **kwargs):
        if host != "127.0.0.1":
            attempts.append((host, None))
            raise OSError("network disabled by test")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return attempts


@pytest.fixture
def server(packs_www):
    """http://127.0.0.1:PORT/index.json listing the four packs."""
    root, entries = packs_www
    (root / "index.json").write_text(json.dumps(entries))
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), lambda *a, **k: _Quiet(*a, directory=str(root), **k)
    )
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/index.json"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def cached_index(data_dir, packs_www):
    """The pack list as an earlier fetch left it in the data folder."""
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "packs-index.json").write_text(json.dumps(packs_www[1]))
    return sum(entry["size"] for entry in packs_www[1])


def open_window(qtbot, library, article_id=1, show=False):
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.restore_state(article_id)
    if show:
        window.show()
        qtbot.waitUntil(lambda: window.painted)
    return window


def wait_done(qtbot, window):
    qtbot.waitUntil(lambda: window.pack_offer.task is None, timeout=60000)
    qtbot.wait(50)  # queued signals arrive


def test_describe_needs_and_sizes(packs_www):
    assert describe_needs(NEEDED) == "Hebrew, Arabic, French and Dutch → English"
    assert describe_needs(["he_en", "he_fr"]) == "Hebrew → English and Hebrew → French"
    available = PackManager._parse_index(packs_www[1])
    total, unknown = download_size(available, ["he_en", "fa_en"])
    assert total == packs_www[1][0]["size"] and unknown == ["fa_en"]
    assert format_size(92_400_000) == "92 MB" and format_size(3_540_000) == "3.5 MB"


def test_first_start_offers_the_needed_packs_with_sizes_from_the_cached_index(
    qtbot, seeded_library, cached_index, network
):
    window = open_window(qtbot, seeded_library)
    offer = window.pack_offer.offer
    assert not offer.isHidden() and window.banner.isHidden()  # the offer replaces the column's notice
    assert offer.text.text() == (
        "Reader translates offline with language packs. This library needs "
        f"Hebrew, Arabic, French and Dutch → English (about {format_size(cached_index)})."
    )
    assert [b.text() for b in (offer.download_button, offer.files_button, offer.later_button)] == [
        "Download now",
        "Install from files…",
        "Not now",
    ]
    assert network == []  # nothing touched the network before a click


def test_without_a_cached_index_the_size_is_honestly_unknown(qtbot, seeded_library, network):
    window = open_window(qtbot, seeded_library)
    assert "sizes are shown once the pack list has been fetched" in window.pack_offer.offer.text.text()
    assert network == []


def test_not_now_is_remembered_across_restarts(qtbot, seeded_library, data_dir, network):
    window = open_window(qtbot, seeded_library)
    window.pack_offer.offer.later_button.click()
    assert window.pack_offer.offer.isHidden()
    assert not window.banner.isHidden()  # the column still says why it is empty, with a way back
    window.close()

    library = Library(data_dir)  # a restart: a new connection, a new window
    window = open_window(qtbot, library)
    offer = window.pack_offer.offer
    assert offer.isHidden()
    window.run_command("pack-offer")  # the menu brings it back
    assert not offer.isHidden() and "Hebrew, Arabic, French and Dutch" in offer.text.text()
    offer.later_button.click()
    # A language the user has not declined yet brings the offer back on its own.
    ReaderService(library).set_article_language(5, "fa")
    window.reload_articles()
    window.select_article(5)
    assert not offer.isHidden() and offer.text.text().count("Persian") == 1
    assert "This library needs Persian, Arabic, Hebrew and Dutch → English" in offer.text.text()
    assert network == []


def test_download_now_installs_every_needed_pack_and_translates_the_open_article(
    qtbot, seeded_library, data_dir, server, network
):
    window = open_window(qtbot, seeded_library, show=True)
    window.pack_index_url = server
    offer = window.pack_offer.offer
    assert network == []
    installed_order, progress = [], []
    offer.download_button.click()
    task = window.pack_offer.task
    task.packInstalled.connect(lambda pack: installed_order.append(pack.code))
    task.transferred.connect(lambda done, total: progress.append((done, total)))
    assert offer.cancel_button.isVisible() and offer.total_bar.isVisible()
    wait_done(qtbot, window)

    assert installed_order == NEEDED  # the open article's pack first
    assert sorted(p.code for p in PackManager(data_dir).list_installed()) == sorted(NEEDED)
    assert progress and progress[-1][0] == progress[-1][1] > 0
    assert offer.total_bar.value() > 0 and not offer.cancel_button.isVisible()
    assert offer.report.text().splitlines() == [
        "Hebrew → English 1.5: installed",
        "Arabic → English 1.0: installed",
        "French → English 1.9: installed",
        "Dutch → English 1.1: installed",
    ]
    assert "Every language in this library has a pack now." == offer.text.text()

    article = seeded_library.get_article(1)
    view = window.reading_view
    last = len(article.paragraphs) - 1
    qtbot.waitUntil(lambda: view.pane_text(TRANSLATION, last) != "", timeout=60000)
    assert view.pane_text(TRANSLATION, 0) == view.pane_text(SOURCE, 0)  # copy packs: output == input
    qtbot.waitUntil(lambda: seeded_library.list_articles([1])[0]["translated"] == "he_en@1.5", timeout=30000)
    window.close()
    port = int(server.split(":")[2].split("/")[0])
    assert network and set(network) == {("127.0.0.1", port)}  # only the local index, after the click


def test_cancel_leaves_nothing_half_installed(qtbot, seeded_library, data_dir, server, network):
    window = open_window(qtbot, seeded_library)
    window.pack_index_url = server
    window.pack_offer.offer.download_button.click()
    task = window.pack_offer.task
    # Cancel from the download's own thread at its first chunk, as if pressed then.
    task.transferred.connect(
        lambda done, total: done and window.pack_offer.cancel(), Qt.ConnectionType.DirectConnection
    )
    wait_done(qtbot, window)
    assert PackManager(data_dir).list_installed() == []
    assert not any((data_dir / ".packs-staging").iterdir())
    offer = window.pack_offer.offer
    assert "Download cancelled" in offer.report.text() and "nothing is half-installed" in offer.report.text()
    assert (
        offer.download_button.isEnabled() and "Hebrew, Arabic" in offer.text.text()
    )  # it can be tried again


def test_install_from_files_and_a_folder_reports_per_file(
    qtbot, seeded_library, data_dir, pack_files, tmp_path, network
):
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    for name in ("he_en@1.5", "ar_en@1.0"):
        (folder / pack_files[name].name).write_bytes(pack_files[name].read_bytes())
    (folder / "broken.argosmodel").write_bytes(b"not a zip at all")
    good = pack_files["fr_en@1.9"].read_bytes()
    (folder / "cut-short.argosmodel").write_bytes(good[: len(good) // 2])
    with zipfile.ZipFile(folder / "escaping.argosmodel", "w") as archive:
        archive.writestr("../../evil/metadata.json", "{}")
    (folder / "notes.txt").write_text("not a pack, not looked at")

    window = open_window(qtbot, seeded_library, show=True)
    window.pack_offer.install_paths([folder, pack_files["fr_en@1.9"]])
    wait_done(qtbot, window)
    lines = window.pack_offer.offer.report.text().splitlines()
    assert len(lines) == 6
    report = dict(line.split(": ", 1) for line in lines)
    assert report[pack_files["he_en@1.5"].name] == "installed Hebrew → English 1.5"
    assert report[pack_files["ar_en@1.0"].name] == "installed Arabic → English 1.0"
    assert report[pack_files["fr_en@1.9"].name] == "installed French → English 1.9"
    assert report["broken.argosmodel"].startswith("refused — ") and "zip" in report["broken.argosmodel"]
    assert report["cut-short.argosmodel"].startswith("refused — ")
    assert (
        report["escaping.argosmodel"].startswith("refused — ") and "unsafe" in report["escaping.argosmodel"]
    )
    assert sorted(p.code for p in PackManager(data_dir).list_installed()) == ["ar_en", "fr_en", "he_en"]
    assert not (tmp_path.parent / "evil").exists()
    # Dutch still lacks a pack: the offer says so; the open Hebrew article gets translated.
    assert "needs Dutch → English" in window.pack_offer.offer.text.text()
    qtbot.waitUntil(lambda: seeded_library.list_articles([1])[0]["translated"] == "he_en@1.5", timeout=60000)
    window.close()
    assert network == []


def test_dialog_speaks_languages_shows_the_cached_list_and_downloads_all_needed(
    qtbot, data_dir, cached_index, server, network, pack_files
):
    PackManager(data_dir).install_file(pack_files["fr_en@1.9"])
    dialog = PacksDialog(data_dir, {"he", "ar", "fr"}, index_url=server)
    qtbot.addWidget(dialog)
    table = dialog.available_table
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert rows[:2] == [  # needed first, marked, with sizes from the cached list
        ["Arabic → English", "1.0", format_size(dialog.manager.cached_index()[0].size_bytes), "needed"],
        ["Hebrew → English", "1.5", rows[1][2], "needed"],
    ]
    assert sorted(rows[2:]) == [
        ["Dutch → English", "1.1", rows[2][2], ""],
        ["French → English", "1.9", rows[3][2], "installed"],
    ]
    assert (
        rows[1][2].endswith(" MB") and "needs Arabic and Hebrew → English (about" in dialog.suggestion.text()
    )
    assert network == []  # shown without a fetch

    changed = []
    dialog.packsChanged.connect(lambda: changed.append(1))
    task = dialog.download_needed_button.click() or dialog.task
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60000)
    qtbot.wait(50)
    assert task is not None
    assert sorted(p.code for p in dialog.manager.list_installed()) == ["ar_en", "fr_en", "he_en"]
    assert dialog.status.text().splitlines() == [
        "Arabic → English 1.0: installed",
        "Hebrew → English 1.5: installed",
    ]
    assert dialog.suggestion.text() == "Every language in your library has a pack."
    assert len(changed) == 2 and not dialog.download_needed_button.isEnabled()
    assert {address[0] for address in network} == {"127.0.0.1"}
