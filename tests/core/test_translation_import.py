"""translation.import_ctranslate2: CTranslate2 without asyncio at its import
(~65 of its ~85 ms of CPU, all of it holding the GIL), asyncio imported when
ctranslate2's async helpers first use it, and a later `import asyncio` gets
the real module. In a fresh interpreter: this one has imported both."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys
{before}
from reader.core.translation import import_ctranslate2

ctranslate2 = import_ctranslate2()
assert "asyncio" not in sys.modules, "asyncio imported with ctranslate2"
assert ctranslate2.Translator is not None
import ctranslate2.extensions as extensions

queue = extensions.asyncio.Queue  # what AsyncGenerator reads: the real asyncio's, imported now
import asyncio

assert type(asyncio) is type(sys), type(asyncio)
assert queue is asyncio.Queue
assert sys.modules["asyncio"] is asyncio
assert import_ctranslate2() is ctranslate2
print("ok")
"""


def run(before: str = "") -> str:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(before=before)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_ctranslate2_is_imported_without_asyncio():
    assert run() == "ok"


def test_also_after_pyside_whose_import_hook_reads_every_new_module():
    # (shibokensupport reads each module imported after PySide6: it must not import the real asyncio)
    assert run("import PySide6.QtWidgets") == "ok"


def test_asyncio_imported_first_is_left_alone():
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import asyncio, sys\n"
            "from reader.core.translation import import_ctranslate2\n"
            "import_ctranslate2()\n"
            "import ctranslate2.extensions as e\n"
            "assert e.asyncio is asyncio and sys.modules['asyncio'] is asyncio\n",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
