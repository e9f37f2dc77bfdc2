"""The window's first run imports the samples in a child process
(library.seed_apart_if_first_run), so that the importer's modules never load
in the window's process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from reader.core.library import seed_apart_if_first_run
from reader.core.storage import Library

REPO = Path(__file__).resolve().parents[2]


def write_seeds(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Le marché couvert rouvre ses portes\n\n"
        "Après deux ans de travaux, les commerçants du quartier retrouvent leurs étals "
        "et les habitants leur marché du samedi matin.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "De veerpont vaart weer\n\n"
        "Na een winter aan de kade brengt de pont fietsers en wandelaars weer over de rivier, "
        "elke dag van zeven uur tot zonsondergang.\n",
        encoding="utf-8",
    )
    return folder


def test_the_samples_are_imported_without_the_importers_modules_in_this_process(tmp_path):
    seeds = write_seeds(tmp_path / "seeds")
    probe = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from reader.core.library import seed_apart_if_first_run\n"
        "from reader.core.storage import Library\n"
        "library = Library(Path(sys.argv[1]))\n"
        "first = seed_apart_if_first_run(library, Path(sys.argv[2]))\n"
        "again = seed_apart_if_first_run(library, Path(sys.argv[2]))\n"
        "heavy = [m for m in ('py3langid', 'numpy', 'lxml', 'justext') if m in sys.modules]\n"
        "print(json.dumps([first, again, library.article_count(), heavy]))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    run = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "data"), str(seeds)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    first, again, articles, heavy = json.loads(run.stdout.strip().splitlines()[-1])
    assert (first, again, articles, heavy) == (True, False, 2, [])
    assert Library(tmp_path / "data").get_setting("seeded") is True


def test_the_samples_are_imported_here_when_the_child_cannot_start(tmp_path, monkeypatch, capsys):
    seeds = write_seeds(tmp_path / "seeds")

    def no_child(*args, **kwargs):
        raise OSError("no such program")

    monkeypatch.setattr("subprocess.run", no_child)
    library = Library(tmp_path / "data")
    assert seed_apart_if_first_run(library, seeds) is True
    assert library.article_count() == 2
    assert seed_apart_if_first_run(library, seeds) is False
    assert library.article_count() == 2
    assert "importing the samples apart failed (no such program)" in capsys.readouterr().err


def test_a_failing_child_says_why_and_the_samples_are_imported_here(tmp_path, monkeypatch, capfd):
    seeds = write_seeds(tmp_path / "seeds")
    real_run = subprocess.run

    def failing_child(command, **kwargs):
        crash = "import sys; sys.stderr.write('Traceback: the child broke\\n'); sys.exit(3)"
        return real_run([sys.executable, "-c", crash], **kwargs)

    monkeypatch.setattr("subprocess.run", failing_child)
    library = Library(tmp_path / "data")
    assert seed_apart_if_first_run(library, seeds) is True
    assert library.article_count() == 2
    err = capfd.readouterr().err
    assert "Traceback: the child broke" in err
    assert "importing the samples apart failed (exit status 3)" in err
