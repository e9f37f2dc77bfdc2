"""Issue 11, items 6 and 7 (and 11's `packs remove zh-Hant_en`): hostile pack
archives, downloads and indexes, every one built here."""

import hashlib
import http.server
import json
import os
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.pack_records import PackLimits
from reader.core.packs import PackError, PackManager


def installed_state(manager: PackManager) -> list:
    return sorted((p.code, p.package_version) for p in manager.list_installed())


def staging_empty(manager: PackManager) -> bool:
    return not manager.staging_dir.exists() or not any(manager.staging_dir.iterdir())


def _copy_zip(good: Path, dest: Path, extra=None, replace=None, method=zipfile.ZIP_DEFLATED) -> Path:
    """A copy of a good pack; `replace` maps member suffixes to new data,
    `extra(zout, top)` adds members."""
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(dest, "w", method) as zout:
        top = zin.namelist()[0].split("/")[0]
        for info in zin.infolist():
            data = zin.read(info)
            for suffix, new in (replace or {}).items():
                if info.filename.endswith(suffix):
                    data = new
            zout.writestr(info.filename, data, compress_type=method)
        if extra:
            extra(zout, top)
    return dest


def _central_record(data: bytes, member: str) -> int:
    """Offset of `member`'s central-directory record."""
    name = member.encode()
    offset = data.find(b"PK\x01\x02")
    while offset != -1:
        length = int.from_bytes(data[offset + 28 : offset + 30], "little")
        if data[offset + 46 : offset + 46 + length] == name:
            return offset
        offset = data.find(b"PK\x01\x02", offset + 4)
    raise AssertionError(member)


def _model_member(path: Path) -> zipfile.ZipInfo:
    return next(i for i in zipfile.ZipFile(path).infolist() if i.filename.endswith("model/model.bin"))


def malformed(kind: str, good: Path, tmp: Path) -> Path:
    dest = tmp / f"{kind}.argosmodel"
    big_model = {"model/model.bin": bytes(range(256)) * 2000}  # compressible, deflated, 512 KB
    if kind == "dot_entry":
        return _copy_zip(good, dest, extra=lambda z, top: z.writestr("./", b""))
    if kind == "dot_inside":
        return _copy_zip(good, dest, extra=lambda z, top: z.writestr(f"{top}/./x.txt", b"x"))
    if kind in ("encrypted", "method_9", "corrupt_stream", "bad_crc"):
        _copy_zip(good, dest, replace=big_model)
        data = bytearray(dest.read_bytes())
        info = _model_member(dest)
        central = _central_record(bytes(data), info.filename)
        if kind == "encrypted":  # the "encrypted" flag: zipfile raises RuntimeError (password required)
            for offset in (central + 8, info.header_offset + 6):
                data[offset] |= 0x1
        elif kind == "method_9":  # deflate64: zipfile raises NotImplementedError
            data[central + 10 : central + 12] = (9).to_bytes(2, "little")
        elif kind == "corrupt_stream":  # garbage inside the deflate stream: zlib.error
            local_name_len = int.from_bytes(data[info.header_offset + 26 : info.header_offset + 28], "little")
            local_extra_len = int.from_bytes(
                data[info.header_offset + 28 : info.header_offset + 30], "little"
            )
            start = info.header_offset + 30 + local_name_len + local_extra_len
            data[start : start + 64] = b"\xff" * 64
        else:  # the data is fine, its checksum is not: BadZipFile "Bad CRC-32"
            for offset in (central + 16, info.header_offset + 14):
                data[offset : offset + 4] = (info.CRC ^ 0xFFFFFFFF).to_bytes(4, "little")
        dest.write_bytes(bytes(data))
        return dest
    raise AssertionError(kind)


# Each message is the check's own, not a fallback's ("damaged (RuntimeError: ... is
# encrypted, password required)" also says "encrypted").
MALFORMED = {
    "dot_entry": "is unsafe: the entry “./” points outside the pack folder",
    "dot_inside": "is unsafe: the entry “[^”]*/./x.txt” points outside the pack folder",
    "encrypted": r"is refused: “[^”]*model/model\.bin” is encrypted \(packs are never encrypted\)",
    "method_9": "compression method 9",
    "corrupt_stream": "damaged",
    "bad_crc": "damaged",
}


@pytest.mark.parametrize("kind", sorted(MALFORMED))
def test_every_malformed_archive_is_explained_and_changes_nothing(kind, manager, pack_files, tmp_path):
    manager.install_file(pack_files["he_en@1.0"])
    before = installed_state(manager)
    bad = malformed(kind, pack_files["he_en@1.5"], tmp_path)
    with pytest.raises(PackError, match=MALFORMED[kind]):
        manager.install_file(bad)
    assert installed_state(manager) == before
    assert staging_empty(manager)  # nothing half-unpacked left behind


@pytest.mark.parametrize("kind", sorted(MALFORMED))
def test_cli_install_of_a_malformed_archive_exits_1_without_traceback(kind, pack_files, tmp_path, capsys):
    bad = malformed(kind, pack_files["he_en@1.5"], tmp_path)
    assert main(["--data-dir", str(tmp_path / "data"), "packs", "install", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("reader: ") and "Traceback" not in err


def test_zip_bomb_refused_before_unpacking(tmp_path, pack_files):
    limits = PackLimits(ratio_floor_bytes=1024**2, max_ratio=100)
    manager = PackManager(tmp_path / "data", limits)
    bomb = _copy_zip(
        pack_files["he_en@1.5"],
        tmp_path / "bomb.argosmodel",
        replace={"model/model.bin": bytes(20 * 1024**2)},
    )  # 20 MB of zeros: ~20 KB compressed
    assert bomb.stat().st_size < 1024**2
    with pytest.raises(PackError, match=r"“[^”]*model/model\.bin” would expand 21 MB .*\(a zip bomb\?\)"):
        manager.install_file(bomb)  # the member's own ratio, before the whole archive's
    assert manager.list_installed() == [] and staging_empty(manager)


def test_expanded_size_and_member_count_are_limited(tmp_path, pack_files):
    good = pack_files["he_en@1.5"]
    with pytest.raises(PackError, match="would expand to"):
        PackManager(tmp_path / "a", PackLimits(max_unpacked_bytes=1000)).install_file(good)
    with pytest.raises(PackError, match="entries"):
        PackManager(tmp_path / "b", PackLimits(max_members=3)).install_file(good)
    assert PackManager(tmp_path / "c").install_file(good).code == "he_en"  # the defaults admit a real pack


def test_sha256_of_the_installed_file_is_recorded_and_listed(tmp_path, pack_files, capsys):
    data = tmp_path / "data"
    digest = hashlib.sha256(pack_files["he_en@1.5"].read_bytes()).hexdigest()
    assert PackManager(data).install_file(pack_files["he_en@1.5"]).sha256 == digest
    assert PackManager(data).get("he_en").sha256 == digest  # read back from the pack folder
    assert main(["--data-dir", str(data), "packs", "list"]) == 0
    assert f"sha256 {digest}" in capsys.readouterr().out
    assert main(["--data-dir", str(data), "packs", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["sha256"] == digest


def test_a_pack_with_a_script_subtag_can_be_removed_as_it_was_installed(tmp_path, manager):
    from support.argos_fixture import build_copy_pack

    pack = build_copy_pack(tmp_path / "files", "he", "en", "1.0", metadata_overrides={"from_code": "zh-Hant"})
    assert manager.install_file(pack).code == "zh-Hant_en"
    assert manager.remove("zh-Hant_en").code == "zh-Hant_en"
    assert manager.list_installed() == []


def test_staging_of_a_killed_process_is_cleaned_at_start(tmp_path):
    data = tmp_path / "data"
    PackManager(data)
    staging = data / ".packs-staging"
    staging.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left = staging / f"download-{dead.pid}-{'a' * 32}.argosmodel"
    left.write_bytes(b"x" * 1000)  # what a kill -9 during a download leaves
    ours = staging / f"install-{os.getpid()}-{'b' * 32}"
    ours.mkdir()  # a process that still runs (this one) keeps its entry
    PackManager(data)
    assert not left.exists() and ours.exists()


def test_packs_list_on_an_unwritable_data_folder_explains(tmp_path, capsys, monkeypatch):
    real_mkdir = Path.mkdir

    def read_only_mkdir(self, *args, **kwargs):  # (chmod does not stop root, who runs CI)
        if self.name == "packs":
            raise PermissionError(13, "Permission denied", str(self))
        return real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", read_only_mkdir)
    assert main(["--data-dir", str(tmp_path / "data"), "packs", "list"]) == 1
    err = capsys.readouterr().err
    assert "Cannot create the packs folder" in err and "Permission denied" in err


# ------------------------------------------------------------------ hostile servers on 127.0.0.1


class _HostileHandler(http.server.BaseHTTPRequestHandler):
    routes: dict = {}

    def log_message(self, *args):
        pass

    def do_GET(self):
        kind, arg = self.routes.get(self.path, ("missing", None))
        if kind == "missing":
            self.send_error(404)
        elif kind == "json":
            body = json.dumps(arg).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif kind == "redirect":
            self.send_response(302)
            self.send_header("Location", arg)
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif kind == "endless":  # no Content-Length, data for ever
            self.send_response(200)
            self.end_headers()
            try:
                while True:
                    self.wfile.write(b"\0" * 65536)
            except OSError:
                pass
        elif kind == "trickle":  # a byte now and then, for ever
            self.send_response(200)
            self.end_headers()
            try:
                while True:
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.05)
            except OSError:
                pass
        elif kind == "file":
            body = Path(arg).read_bytes()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)


@pytest.fixture
def hostile():
    routes: dict = {}
    handler = type("Handler", (_HostileHandler,), {"routes": routes})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"

    def index_for(link: str, **extra) -> str:
        routes["/index.json"] = (
            "json",
            [
                {
                    "type": "translate",
                    "from_code": "he",
                    "to_code": "en",
                    "package_version": "9.9",
                    "links": [link],
                    **extra,
                }
            ],
        )
        return f"{url}/index.json"

    yield url, routes, index_for
    server.shutdown()
    server.server_close()


def test_download_without_content_length_is_bounded(tmp_path, hostile):
    url, routes, index_for = hostile
    routes["/endless"] = ("endless", None)
    manager = PackManager(tmp_path / "data", PackLimits(max_download_bytes=2 * 1024**2))
    with pytest.raises(PackError, match="more than the 2 MB allowed"):
        manager.download("he_en", index_url=index_for(f"{url}/endless"))
    assert manager.list_installed() == [] and staging_empty(manager)


def test_download_that_trickles_for_ever_is_stopped(tmp_path, hostile):
    url, routes, index_for = hostile
    routes["/trickle"] = ("trickle", None)
    manager = PackManager(tmp_path / "data", PackLimits(max_download_seconds=0.5))
    with pytest.raises(PackError, match="took longer than"):
        manager.download("he_en", index_url=index_for(f"{url}/trickle"))
    assert staging_empty(manager)


def test_redirect_to_another_scheme_is_refused(tmp_path, hostile):
    url, routes, index_for = hostile
    routes["/moved"] = ("redirect", "ftp://127.0.0.1/pack.argosmodel")
    manager = PackManager(tmp_path / "data")
    with pytest.raises(PackError, match="Refusing the redirect .* only http and https"):
        manager.download("he_en", index_url=index_for(f"{url}/moved"))
    routes["/index-moved"] = ("redirect", "file:///etc/passwd")
    with pytest.raises(PackError, match="file:///etc/passwd"):
        manager.fetch_index(f"{url}/index-moved")


def test_an_oversized_index_is_refused_and_not_cached(tmp_path, hostile):
    url, routes, _ = hostile
    routes["/huge.json"] = ("json", [{"from_code": "he", "to_code": "en", "links": ["x" * 1000]}] * 3000)
    manager = PackManager(tmp_path / "data", PackLimits(max_index_bytes=1024**2))
    with pytest.raises(PackError, match="more than the 1 MB allowed"):
        manager.fetch_index(f"{url}/huge.json")
    assert not manager.index_cache.exists()


def test_a_download_not_matching_the_index_checksum_is_not_installed(tmp_path, hostile, pack_files):
    url, routes, index_for = hostile
    routes["/he_en.argosmodel"] = ("file", str(pack_files["he_en@1.5"]))
    manager = PackManager(tmp_path / "data")
    with pytest.raises(PackError, match="does not match the index's SHA-256"):
        manager.download("he_en", index_url=index_for(f"{url}/he_en.argosmodel", sha256="0" * 64))
    assert manager.list_installed() == []
    right = hashlib.sha256(pack_files["he_en@1.5"].read_bytes()).hexdigest()
    assert (
        manager.download("he_en", index_url=index_for(f"{url}/he_en.argosmodel", sha256=right)).sha256
        == right
    )
