"""PackManager: install/validate/replace/remove, routes, suggestions, download from 127.0.0.1."""

from __future__ import annotations

import hashlib
import http.server
import json
import os
import stat
import threading
import zipfile
from pathlib import Path

import pytest

from reader.core.packs import DownloadCancelled, PackError, PackManager, normalize_code


def snapshot(manager: PackManager):
    """What is installed, down to the model bytes."""
    return [
        (
            p.code,
            p.package_version,
            p.size_bytes,
            hashlib.sha256((p.path / "model" / "model.bin").read_bytes()).hexdigest(),
        )
        for p in manager.list_installed()
    ]


# ------------------------------------------------------------------ install / list / remove


def test_install_lists_pack_under_data_dir(manager, pack_files, tmp_path):
    pack = manager.install_file(pack_files["he_en@1.5"])
    assert (pack.from_code, pack.to_code, pack.package_version) == ("he", "en", "1.5")
    assert pack.code == "he_en" and pack.label == "he_en@1.5"
    assert pack.path.parent == tmp_path / "data" / "packs"
    assert (pack.path / "model" / "model.bin").is_file()
    assert pack.size_bytes > 100_000
    assert manager.list_installed() == [pack]
    assert manager.get("he-en") == pack
    # nothing left behind in staging
    assert not any((tmp_path / "data" / ".packs-staging").iterdir())


def test_newer_version_replaces_older(manager, pack_files):
    manager.install_file(pack_files["he_en@1.0"])
    manager.install_file(pack_files["fr_en@1.9"])
    manager.install_file(pack_files["he_en@1.5"])
    assert [(p.code, p.package_version) for p in manager.list_installed()] == [
        ("fr_en", "1.9"),
        ("he_en", "1.5"),
    ]


def test_argos_package_object_points_at_our_packs(manager, pack_files):
    pack = manager.install_file(pack_files["he_en@1.5"])
    pkg = manager.argos_package(pack)
    assert pkg.package_path == pack.path
    assert pkg.tokenizer.encode("שלום")  # argos' own SentencePiece tokenizer works
    import argostranslate.settings

    assert argostranslate.settings.package_data_dir == manager.packs_dir
    assert os.environ["ARGOS_PACKAGES_DIR"] == str(manager.packs_dir)


def test_remove_accepts_both_code_forms(manager, pack_files):
    manager.install_file(pack_files["he_en@1.5"])
    manager.install_file(pack_files["fr_en@1.9"])
    removed = manager.remove("he-en")
    assert removed.code == "he_en" and not removed.path.exists()
    manager.remove("fr_en")
    assert manager.list_installed() == []
    with pytest.raises(PackError, match="No he_en pack"):
        manager.remove("he_en")


def test_old_staging_leftovers_are_cleaned(tmp_path):
    staging = tmp_path / "data" / ".packs-staging"
    old, fresh = staging / "install-old", staging / "install-fresh"
    old.mkdir(parents=True)
    fresh.mkdir()
    os.utime(old, (0, 0))  # an install interrupted long ago
    PackManager(tmp_path / "data")
    assert not old.exists() and fresh.exists()  # a fresh one may belong to another process


def test_normalize_code():
    assert normalize_code("he_en") == ("he", "en")
    assert normalize_code("HE-EN") == ("he", "en")
    assert normalize_code("translate-fr_en") == ("fr", "en")
    with pytest.raises(PackError):
        normalize_code("hebrew")


# ------------------------------------------------------------------ bad pack files


def _rezip(src: Path, dest: Path, edit) -> Path:
    """Copy a pack zip, letting ``edit(name, data)`` drop (None), keep or rename entries."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w") as zout:
        for info in zin.infolist():
            result = edit(info.filename, zin.read(info))
            if result is not None:
                name, data = result
                zout.writestr(name, data)
    return dest


def make_bad(kind: str, good: Path, tmp: Path) -> Path:
    dest = tmp / f"{kind}.argosmodel"
    top = zipfile.ZipFile(good).namelist()[0].split("/")[0]
    if kind == "not_a_zip":
        dest.write_bytes(b"this is not a zip file\n" * 100)
    elif kind == "truncated":
        dest.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    elif kind == "zip_slip":
        _rezip(good, dest, lambda n, d: (n, d))
        with zipfile.ZipFile(dest, "a") as zf:
            zf.writestr(f"{top}/../../evil.txt", b"pwned")
    elif kind == "absolute_path":
        _rezip(good, dest, lambda n, d: (n, d))
        with zipfile.ZipFile(dest, "a") as zf:
            zf.writestr("/tmp/evil-absolute.txt", b"pwned")
    elif kind == "symlink":
        _rezip(good, dest, lambda n, d: (n, d))
        with zipfile.ZipFile(dest, "a") as zf:
            info = zipfile.ZipInfo(f"{top}/link")
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, "/etc/passwd")
    elif kind == "two_folders":
        _rezip(good, dest, lambda n, d: (n, d))
        with zipfile.ZipFile(dest, "a") as zf:
            zf.writestr("other/file.txt", b"x")
    elif kind == "missing_metadata":
        _rezip(good, dest, lambda n, d: None if n.endswith("metadata.json") else (n, d))
    elif kind == "missing_model":
        _rezip(good, dest, lambda n, d: None if "/model/" in n else (n, d))
    elif kind == "bad_json":
        _rezip(good, dest, lambda n, d: (n, b"{not json") if n.endswith("metadata.json") else (n, d))
    elif kind == "not_translate":

        def edit(n, d):
            if n.endswith("metadata.json"):
                meta = json.loads(d)
                meta["type"] = "sbd"
                d = json.dumps(meta).encode()
            return n, d

        _rezip(good, dest, edit)
    elif kind == "no_version":

        def edit(n, d):
            if n.endswith("metadata.json"):
                meta = json.loads(d)
                del meta["package_version"]
                d = json.dumps(meta).encode()
            return n, d

        _rezip(good, dest, edit)
    else:
        raise AssertionError(kind)
    return dest


BAD_KINDS = {
    "not_a_zip": "not a zip",
    "truncated": "not a zip|damaged",
    "zip_slip": "unsafe",
    "absolute_path": "unsafe",
    "symlink": "symbolic link",
    "two_folders": "exactly one folder",
    "missing_metadata": "metadata.json is missing",
    "missing_model": "model/ folder is missing",
    "bad_json": "not valid JSON",
    "not_translate": "not a translation pack",
    "no_version": "no package_version",
}


@pytest.mark.parametrize("kind", sorted(BAD_KINDS))
def test_bad_pack_refused_and_installed_untouched(kind, manager, pack_files, tmp_path):
    manager.install_file(pack_files["he_en@1.0"])
    manager.install_file(pack_files["fr_en@1.9"])
    before = snapshot(manager)
    bad = make_bad(kind, pack_files["he_en@1.5"], tmp_path)
    with pytest.raises(PackError, match=BAD_KINDS[kind]) as excinfo:
        manager.install_file(bad)
    assert bad.name in str(excinfo.value)  # the message names the file
    assert snapshot(manager) == before
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path / "data" / "evil.txt").exists()
    assert not Path("/tmp/evil-absolute.txt").exists()
    staging = tmp_path / "data" / ".packs-staging"
    assert not staging.exists() or not any(staging.iterdir())


def test_wrong_languages_refused(manager, pack_files):
    manager.install_file(pack_files["he_en@1.0"])
    before = snapshot(manager)
    with pytest.raises(PackError, match="translates French → English, but Hebrew → English was expected"):
        manager.install_file(pack_files["fr_en@1.9"], from_code="he", to_code="en")
    assert snapshot(manager) == before


def test_missing_file(manager, tmp_path):
    with pytest.raises(PackError, match="not found"):
        manager.install_file(tmp_path / "nope.argosmodel")


# ------------------------------------------------------------------ routes and suggestions


def test_direct_route(manager, pack_files):
    manager.install_file(pack_files["he_en@1.5"])
    route = manager.find_route("he", "en")
    assert [p.code for p in route.packs] == ["he_en"]
    assert route.pivot is None and route.provenance == "he_en@1.5"
    assert manager.find_route("ar", "en") is None
    assert manager.find_route("en", "en") is None


def test_pivot_route(manager, pack_files):
    manager.install_file(pack_files["he_fr@1.0"])
    manager.install_file(pack_files["fr_en@1.9"])
    route = manager.find_route("he")
    assert [p.code for p in route.packs] == ["he_fr", "fr_en"]
    assert route.pivot == "fr"
    assert route.provenance == "he_fr@1.0+fr_en@1.9"
    assert "via French" in route.describe()
    # a direct pack wins over the pivot
    manager.install_file(pack_files["he_en@1.5"])
    assert manager.find_route("he").provenance == "he_en@1.5"


def test_routes_of_several_languages_read_the_packs_once(manager, pack_files, monkeypatch):
    manager.install_file(pack_files["he_fr@1.0"])
    manager.install_file(pack_files["fr_en@1.9"])
    manager.install_file(pack_files["he_en@1.5"])
    one_by_one = {code: manager.find_route(code) for code in ("he", "fr", "ar", "en")}
    listings = []
    list_installed = manager.list_installed
    monkeypatch.setattr(manager, "list_installed", lambda: listings.append(1) or list_installed())
    routes = manager.find_routes(["he", "fr", "ar", "en"])
    assert routes == one_by_one  # he direct, fr direct, ar none, en none (to itself)
    assert [r and r.provenance for r in routes.values()] == ["he_en@1.5", "fr_en@1.9", None, None]
    assert len(listings) == 1
    assert manager.find_routes(["he"], "fr")["he"].provenance == "he_fr@1.0"
    listings.clear()
    assert manager.suggested_packs(["he", "ar", "fa", "en", ""]) == ["ar_en", "fa_en"]
    assert len(listings) == 1


def test_missing_message(manager, pack_files):
    assert manager.missing_message("he") == (
        "No Hebrew → English pack is installed (he_en). "
        "Install a .argosmodel file, or download the pack when online."
    )
    manager.install_file(pack_files["he_en@1.5"])
    assert manager.missing_message("he") is None
    assert manager.missing_message("en") is None


def test_not_enough_disk_space(manager, pack_files, monkeypatch):
    import shutil
    from collections import namedtuple

    manager.install_file(pack_files["he_en@1.0"])
    before = snapshot(manager)
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda p: usage(10**9, 10**9, 1000))
    with pytest.raises(PackError, match="Not enough disk space"):
        manager.install_file(pack_files["he_en@1.5"])
    assert snapshot(manager) == before


def test_suggested_packs(manager, pack_files):
    library_languages = {"he", "ar", "fr", "nl", "en"}
    assert manager.suggested_packs(library_languages) == ["ar_en", "fr_en", "he_en", "nl_en"]
    manager.install_file(pack_files["he_en@1.5"])
    manager.install_file(pack_files["fr_en@1.9"])
    assert manager.suggested_packs(library_languages) == ["ar_en", "nl_en"]


# ------------------------------------------------------------------ download from 127.0.0.1


class _Server:
    """A local http.server serving an Argos-style index and pack files."""

    def __init__(self, root: Path):
        handler = lambda *a, **k: _QuietHandler(*a, directory=str(root), **k)  # noqa: E731
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def server(tmp_path, pack_files):
    root = tmp_path / "www"
    root.mkdir()
    for key in ("he_en@1.0", "he_en@1.5"):
        (root / pack_files[key].name).write_bytes(pack_files[key].read_bytes())
    srv = _Server(root)
    index = [
        {
            "type": "translate",
            "from_code": "he",
            "to_code": "en",
            "from_name": "Hebrew",
            "to_name": "English",
            "package_version": "1.0",
            "argos_version": "1.0",
            "links": [f"{srv.url}/{pack_files['he_en@1.0'].name}"],
        },
        {
            "type": "translate",
            "from_code": "he",
            "to_code": "en",
            "from_name": "Hebrew",
            "to_name": "English",
            "package_version": "1.5",
            "argos_version": "1.0",
            "links": [f"{srv.url}/{pack_files['he_en@1.5'].name}"],
        },
        {
            "from_code": "ar",
            "to_code": "en",
            "package_version": "1.0",
            "links": [f"{srv.url}/missing.argosmodel"],
        },
        {"type": "sbd", "from_code": "xx", "to_code": "xx", "links": ["http://example.invalid/sbd"]},
    ]
    (root / "index.json").write_text(json.dumps(index))
    yield srv
    srv.close()


def test_fetch_index(manager, server):
    packs = manager.fetch_index(f"{server.url}/index.json")
    assert [(p.code, p.package_version) for p in packs] == [
        ("ar_en", "1.0"),
        ("he_en", "1.0"),
        ("he_en", "1.5"),
    ]
    assert packs[1].name == "Hebrew → English"
    assert manager.cached_index() == packs  # offline copy for "packs available"


def test_download_newest_with_progress(manager, server, pack_files):
    progress = []
    pack = manager.download(
        "he_en",
        progress_cb=lambda done, total: progress.append((done, total)),
        index_url=f"{server.url}/index.json",
    )
    assert (pack.code, pack.package_version) == ("he_en", "1.5")
    size = pack_files["he_en@1.5"].stat().st_size
    assert progress[0] == (0, size) and progress[-1] == (size, size)
    assert len(progress) > 3
    assert [d for d, _ in progress] == sorted(d for d, _ in progress)
    assert manager.list_installed() == [pack]


def test_download_cancel_installs_nothing(manager, server, pack_files, tmp_path):
    manager.install_file(pack_files["he_en@1.0"])
    before = snapshot(manager)
    cancel = threading.Event()

    def progress(done, total):
        if done > 0:
            cancel.set()  # the user pressed Cancel after the first chunk

    with pytest.raises(DownloadCancelled):
        manager.download(
            "he_en", progress_cb=progress, cancel_event=cancel, index_url=f"{server.url}/index.json"
        )
    assert snapshot(manager) == before
    assert not any((tmp_path / "data" / ".packs-staging").iterdir())


def test_download_errors_are_pack_errors(manager, server):
    with pytest.raises(PackError, match="no Dutch → English"):
        manager.download("nl_en", index_url=f"{server.url}/index.json")
    with pytest.raises(PackError, match="Download failed"):
        manager.download("ar_en", index_url=f"{server.url}/index.json")
    with pytest.raises(PackError, match="Could not download"):
        manager.fetch_index(f"{server.url}/no-such-index.json")
    with pytest.raises(PackError, match="only http"):
        manager.fetch_index("file:///etc/passwd")
    assert manager.list_installed() == []
