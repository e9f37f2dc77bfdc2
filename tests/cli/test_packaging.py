import os
import shutil
import subprocess
import tomllib

import pytest
from conftest import REPO


def test_desktop_entry_is_valid():
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate not installed (apt-get install desktop-file-utils)")
    result = subprocess.run(
        [validator, str(REPO / "packaging" / "reader.desktop")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""


def test_install_desktop_writes_entry_and_icon_for_the_user(tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path), "HOME": str(tmp_path)}
    venv_reader = REPO / ".venv" / "bin" / "reader"
    if not venv_reader.exists():
        pytest.skip("run packaging/bootstrap.sh setup first")
    result = subprocess.run(
        [str(REPO / "packaging" / "install-desktop.sh")], env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    entry = (tmp_path / "applications" / "reader.desktop").read_text()
    assert f"Exec={venv_reader} %F" in entry
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "reader.svg").exists()


def test_pyproject_entry_points_and_layout():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    assert project["gui-scripts"]["reader"] == "reader.cli:main"
    for folder in ["reader", "resources", "tests", "seeds", "packaging"]:
        assert (REPO / folder).is_dir()


def test_seeds_are_verbatim_copies():
    shared = REPO.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("no shared seeds folder next to the repository")
    for original in shared.iterdir():
        assert (REPO / "seeds" / original.name).read_bytes() == original.read_bytes()


def appstream_validator() -> list[str] | None:
    if shutil.which("appstreamcli"):
        return ["appstreamcli", "validate", "--no-net", "--explain"]
    if shutil.which("appstream-util"):
        return ["appstream-util", "validate-relax", "--nonet"]
    return None


def test_bundle_desktop_entry_is_valid(tmp_path):
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate not installed (apt-get install desktop-file-utils)")
    entry = tmp_path / "reader.desktop"
    subprocess.run([str(REPO / "packaging" / "build-bundle.sh"), "--desktop-entry", str(entry)], check=True)
    text = entry.read_text()
    assert "\nExec=Reader %F\n" in text and "\nTryExec=Reader\n" in text
    result = subprocess.run([validator, str(entry)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr


def test_metainfo_passes_the_appstream_validator():
    validator = appstream_validator()
    if validator is None:
        pytest.skip("no AppStream validator (apt-get install appstream, for appstreamcli)")
    metainfo = REPO / "packaging" / "io.github.reader.Reader.metainfo.xml"
    result = subprocess.run([*validator, str(metainfo)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert '<launchable type="desktop-id">reader.desktop</launchable>' in metainfo.read_text()


def test_bundle_install_script_puts_the_menu_entry_in_place(tmp_path):
    """install.sh as it sits in an unpacked bundle (a stand-in Reader program)."""
    bundle = tmp_path / "Reader-0-linux-x86_64"
    bundle.mkdir()
    program = bundle / "Reader"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    subprocess.run(
        [str(REPO / "packaging" / "build-bundle.sh"), "--desktop-entry", str(bundle / "reader.desktop")],
        check=True,
    )
    for name in ["reader.svg", "io.github.reader.Reader.metainfo.xml"]:
        shutil.copy(REPO / "packaging" / name, bundle / name)
    shutil.copy(REPO / "packaging" / "bundle-install.sh", bundle / "install.sh")
    data = tmp_path / "share"
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(data)}
    result = subprocess.run([str(bundle / "install.sh")], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    entry = (data / "applications" / "reader.desktop").read_text()
    assert f"\nExec={program} %F\n" in entry and f"\nTryExec={program}\n" in entry
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "reader.svg").exists()
    assert (data / "metainfo" / "io.github.reader.Reader.metainfo.xml").exists()
    subprocess.run([str(bundle / "install.sh"), "--remove"], env=env, check=True, capture_output=True)
    assert not (data / "applications" / "reader.desktop").exists()


@pytest.mark.skipif(
    os.environ.get("READER_TEST_BUNDLE") != "1",
    reason="slow (builds the bundle, minutes): set READER_TEST_BUNDLE=1",
)
@pytest.mark.timeout(1800)
def test_bundle_builds_and_runs_without_python():
    result = subprocess.run([str(REPO / "packaging" / "test-bundle.sh")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "all passed" in result.stdout
