"""Issue 14: `reader gui` restoring an untranslated article starts loading
its model on a thread before the window's modules are imported and the
window is built (app.start_restored_translation,
article_translation.load_for_restored); the start-up probe (--exit-after-paint,
no features) does not. In a child process, as tests/ui/test_startup.py runs
`reader gui`: a whole application run must not share this test's process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reader.core.packs import PackManager

REPO = Path(__file__).resolve().parents[2]

_RUN = """
import os, sys, threading
from reader.cli import main
from reader.core import article_translation, translation
seen = []
load_for_restored = article_translation.load_for_restored
def recording(folder, article_id=None):
    seen.append(("load", threading.current_thread().name))
    route = load_for_restored(folder, article_id)
    seen.append(("loaded", route.provenance if route else None))
    return route
article_translation.load_for_restored = recording
from reader.ui import app
start = app.start_restored_translation
def starting(*args):
    seen.append(("start", "window's module imported" if "reader.ui.main_window" in sys.modules else "before"))
    start(*args)
app.start_restored_translation = starting
app.a_core_is_free = lambda: os.environ["CORE_FREE"] == "1"  # the machine's load, set by the test
code = main(["--data-dir", sys.argv[1], "gui", *sys.argv[2:]])
for thread in threading.enumerate():
    if thread.name == "translation-restored":
        thread.join(60)
print("RESULT", code, seen)
"""


def run_gui(data_dir, *words: str, core_free: bool = True) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CORE_FREE": "1" if core_free else "0"}
    run = subprocess.run(
        [sys.executable, "-c", _RUN, str(data_dir), *words],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=180,
    )
    assert "RESULT 0" in run.stdout, run.stdout + run.stderr
    return run.stdout


def test_the_restored_untranslated_article_s_model_loads_before_the_window_is_imported_and_built(
    seeded_library, data_dir, pack_files, tmp_path
):
    PackManager(data_dir).install_file(pack_files["he_en@1.0"])
    seeded_library.set_setting("last_article", 1)  # Hebrew, untranslated
    out = run_gui(data_dir, "--screenshot", str(tmp_path / "shot.png"))
    # started before the window's module is imported, so before it is built
    # (the load itself runs beside the import and the build)
    assert "('start', 'before')" in out, out
    assert "('load', 'translation-restored')" in out, out
    assert "('loaded', 'he_en@1.0')" in out, out


def test_an_article_without_a_pack_loads_nothing(seeded_library, data_dir, pack_files, tmp_path):
    PackManager(data_dir).install_file(pack_files["he_en@1.0"])
    seeded_library.set_setting("last_article", 3)  # Arabic: no Arabic pack
    out = run_gui(data_dir, "--screenshot", str(tmp_path / "shot.png"))
    assert "('loaded', None)" in out, out


def test_the_start_up_probe_loads_nothing(seeded_library, data_dir, pack_files):
    PackManager(data_dir).install_file(pack_files["he_en@1.0"])
    seeded_library.set_setting("last_article", 1)
    out = run_gui(data_dir, "--exit-after-paint")
    assert "('start'" not in out and "('load'" not in out, out


def test_files_given_to_open_start_no_load_for_the_restored_article(
    seeded_library, data_dir, pack_files, tmp_path
):
    PackManager(data_dir).install_file(pack_files["he_en@1.0"])
    seeded_library.set_setting("last_article", 1)
    opened = tmp_path / "nouvelles.txt"
    opened.write_text("Le marché de Lyon rouvre ses portes ce matin.\n", encoding="utf-8")
    out = run_gui(data_dir, str(opened), "--screenshot", str(tmp_path / "shot.png"))
    assert "('start'" not in out, out


def test_without_a_free_core_the_window_s_job_loads_the_model_after_the_first_paint(
    seeded_library, data_dir, pack_files, tmp_path
):
    PackManager(data_dir).install_file(pack_files["he_en@1.0"])
    seeded_library.set_setting("last_article", 1)
    out = run_gui(data_dir, "--screenshot", str(tmp_path / "shot.png"), core_free=False)
    assert "('start'" not in out and "('load'" not in out, out


def test_a_core_is_free_below_the_cores_less_one(monkeypatch):
    from reader.ui import app

    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.6, 1.0, 1.0))
    assert app.a_core_is_free()
    monkeypatch.setattr(os, "getloadavg", lambda: (1.4, 1.0, 1.0))
    assert not app.a_core_is_free()
