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
    result = subprocess.run([validator, str(REPO / "packaging" / "reader.desktop")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""


def test_install_desktop_writes_entry_and_icon_for_the_user(tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path), "HOME": str(tmp_path)}
    venv_reader = REPO / ".venv" / "bin" / "reader"
    if not venv_reader.exists():
        pytest.skip("run packaging/bootstrap.sh setup first")
    result = subprocess.run([str(REPO / "packaging" / "install-desktop.sh")], env=env, capture_output=True, text=True)
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
