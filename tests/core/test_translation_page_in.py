"""translation.page_in_native_libraries: CTranslate2's and SentencePiece's
shared libraries read into the page cache by a throwaway child before a
background import (issue 14: cold, the import's dlopen held the GIL
250-360 ms and the UI thread stalled). Only a cache warm-up: it starts no
child when there is nothing to gain, and never raises."""

import subprocess
import sys
from pathlib import Path

import pytest

from reader.core import translation

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def children(monkeypatch):
    """Every subprocess.run call, recorded and not run."""
    calls = []

    def recording(argv, **options):
        calls.append(argv)
        return subprocess.CompletedProcess(argv, 0)

    monkeypatch.setattr(subprocess, "run", recording)
    return calls


def test_the_child_loads_both_libraries():
    # In a fresh interpreter: this one may have imported the packages (then they are not looked for).
    found = subprocess.run(
        [
            sys.executable,
            "-c",
            "from reader.core.translation import native_library_files as f; print(*f(), sep='\\n')",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    files = found.stdout.split()
    assert [Path(path).parent.name for path in files] == ["ctranslate2", "sentencepiece"], found.stderr
    assert [Path(path).name.split(".")[0] for path in files] == ["_ext", "_sentencepiece"]
    done = subprocess.run(translation.page_in_command(files), capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_a_library_the_child_cannot_load_fails_it(tmp_path):
    # (so that its return code 0 above says it loaded them)
    broken = tmp_path / "_ext.so"
    broken.write_bytes(b"not a shared library")
    done = subprocess.run(translation.page_in_command([str(broken)]), capture_output=True, timeout=60)
    assert done.returncode != 0


def test_a_fresh_interpreter_pages_in_without_importing_them():
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from reader.core.translation import page_in_native_libraries\n"
            "assert page_in_native_libraries() is True\n"
            "assert 'ctranslate2' not in sys.modules and 'sentencepiece' not in sys.modules\n",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr


def test_no_child_once_ctranslate2_is_imported(monkeypatch, children):
    monkeypatch.setitem(sys.modules, "ctranslate2", sys)  # (anything: only its presence is read)
    assert translation.page_in_native_libraries() is False
    assert children == []


def test_no_child_in_the_bundle(monkeypatch, children):
    monkeypatch.delitem(sys.modules, "ctranslate2", raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert translation.page_in_native_libraries() is False
    assert children == []


def test_a_child_is_started_otherwise(monkeypatch, children):
    monkeypatch.delitem(sys.modules, "ctranslate2", raising=False)
    monkeypatch.delitem(sys.modules, "sentencepiece", raising=False)
    assert translation.page_in_native_libraries() is True
    assert len(children) == 1 and children[0][:3] == [sys.executable, "-I", "-S"]


def test_a_child_that_fails_or_hangs_is_no_error(monkeypatch):
    monkeypatch.delitem(sys.modules, "ctranslate2", raising=False)

    def hanging(argv, **options):
        raise subprocess.TimeoutExpired(argv, options["timeout"])

    monkeypatch.setattr(subprocess, "run", hanging)
    assert translation.page_in_native_libraries() is False
    monkeypatch.setattr(subprocess, "run", lambda argv, **options: subprocess.CompletedProcess(argv, 1))
    assert translation.page_in_native_libraries() is False
