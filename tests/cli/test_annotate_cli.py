"""`reader annotate` / `reader export` and what happens when things go wrong:
a killed process loses nothing; read-only, locked and damaged databases give a
clear message, not a traceback."""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from support.annotation_fixtures import create_annotation

from reader.cli import main
from reader.core.storage import Library, LibraryError
from reader.core.storage.annotations import AnnotationStore

REPO = Path(__file__).resolve().parents[2]
ALTMAN = "סם אלטמן"  # four times in article 1


def run(data_dir, *args):
    return main(["--data-dir", str(data_dir), *map(str, args)])


def fails(capsys, data_dir, *args) -> tuple[int, str]:
    """The exit code (main returns it; argparse exits) and standard error."""
    try:
        code = run(data_dir, *args)
    except SystemExit as exit_info:
        code = exit_info.code
    return code, capsys.readouterr().err


def reader_process(data_dir, *args, prefix=()):
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [*prefix, sys.executable, "-m", "reader", "--data-dir", str(data_dir), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=60,
    )


def stored(data_dir):
    library = Library(data_dir)
    try:
        return AnnotationStore(library).list(include_deleted=True)
    finally:
        library.close()


def test_annotate_prints_the_new_id(tmp_path, capsys):
    assert (
        run(
            tmp_path,
            "annotate",
            3,
            "--quote",
            "ساتيا ناديلا",
            "--occurrence",
            1,
            "--note",
            'CEO, "Microsoft"',
            "--tag",
            "people",
            "--tag",
            "microsoft",
            "--color",
            "green",
        )
        == 0
    )
    new_id = int(capsys.readouterr().out.strip())
    [a] = stored(tmp_path)
    assert (a.id, a.article_id, a.pane, a.quote, a.note, a.tags, a.color) == (
        new_id,
        3,
        "source",
        "ساتيا ناديلا",
        'CEO, "Microsoft"',
        ["microsoft", "people"],
        "green",
    )


def test_ambiguous_quote_needs_an_occurrence(tmp_path, capsys):
    code, err = fails(capsys, tmp_path, "annotate", 1, "--quote", ALTMAN)
    assert code == 1 and "occurs 4 times" in err and "--occurrence" in err and "Traceback" not in err
    assert run(tmp_path, "annotate", 1, "--quote", ALTMAN, "--occurrence", 3) == 0
    [a] = stored(tmp_path)
    library = Library(tmp_path)
    paragraphs = [p.text for p in library.get_article(1).paragraphs]
    library.close()
    occurrences = [
        (i, j) for i, text in enumerate(paragraphs) for j in range(len(text)) if text.startswith(ALTMAN, j)
    ]
    assert (a.paragraph, a.start) == occurrences[2]
    code, err = fails(capsys, tmp_path, "annotate", 1, "--quote", ALTMAN, "--occurrence", 5)
    assert code == 1 and "out of range" in err


def test_quote_not_found_and_other_mistakes(tmp_path, capsys):
    code, err = fails(capsys, tmp_path, "annotate", 1, "--quote", "no such text")
    assert code == 1 and "not found" in err
    code, err = fails(capsys, tmp_path, "annotate", 99, "--quote", "x")
    assert code == 1 and "no article 99" in err
    code, err = fails(capsys, tmp_path, "annotate", 1, "--quote", "Drama", "--pane", "translation")
    assert code == 1 and "no translation yet" in err
    code, err = fails(capsys, tmp_path, "annotate", 1, "--quote", ALTMAN, "--color", "chartreuse")
    assert code == 2 and "unknown colour" in err and "yellow" in err
    assert stored(tmp_path) == []


def test_annotate_translation_pane(tmp_path, capsys):
    library = Library(tmp_path)
    from reader.core.library import seed_if_first_run

    seed_if_first_run(library)
    library.save_translation(
        5, 0, ["Breaking: Sam Altman joins Microsoft.", "OpenAI changes CEO."], "fr_en@1.9"
    )
    library.close()
    assert run(tmp_path, "annotate", 5, "--pane", "translation", "--quote", "Sam Altman joins") == 0
    [a] = stored(tmp_path)
    assert (a.pane, a.paragraph, a.start, a.translation_package) == ("translation", 0, 10, "fr_en@1.9")


def test_export_command(tmp_path, capsys):
    run(tmp_path, "annotate", 1, "--quote", ALTMAN, "--occurrence", 1, "--note", "=1+1", "--tag", "a")
    run(tmp_path, "annotate", 3, "--quote", "ساتيا ناديلا", "--occurrence", 2, "--tag", "b")
    capsys.readouterr()
    out = tmp_path / "out.csv"
    assert run(tmp_path, "export", "--csv", out, "--tag", "a") == 0
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["article_id"], r["quote"], r["note"]) for r in rows] == [("1", ALTMAN, "'=1+1")]
    assert run(tmp_path, "export", "--json", tmp_path / "out.json", "--article", 3) == 0
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert [a["quote"] for a in data["annotations"]] == ["ساتيا ناديلا"]
    assert run(tmp_path, "export", "--markdown", tmp_path / "out.md") == 0
    assert "## " in (tmp_path / "out.md").read_text(encoding="utf-8")
    code, err = fails(capsys, tmp_path, "export", "--csv", tmp_path / "missing" / "x.csv")
    assert code == 1 and "does not exist" in err
    code, err = fails(capsys, tmp_path, "export", "--csv", out, "--article", 42)
    assert code == 1 and "no article 42" in err


def test_annotations_list_and_json_reimport(tmp_path, capsys):
    run(tmp_path, "annotate", 1, "--quote", ALTMAN, "--occurrence", 2, "--note", "hello")
    run(tmp_path, "export", "--json", tmp_path / "a.json")
    capsys.readouterr()
    assert run(tmp_path, "annotations", 1) == 0
    assert "hello" in capsys.readouterr().out
    other = tmp_path / "other"
    assert run(other, "import-annotations", tmp_path / "a.json") == 0
    assert "1 annotation(s) imported" in capsys.readouterr().out
    assert [a.note for a in stored(other)] == ["hello"]


# --- nothing is lost; failures are explained ---------------------------------------------


def test_cli_killed_right_after_reporting_loses_nothing(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    ids = []
    for n in range(1, 4):
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "reader",
                "--data-dir",
                str(tmp_path),
                "annotate",
                "1",
                "--quote",
                ALTMAN,
                "--occurrence",
                str(n),
                "--note",
                f"note {n}",
            ],
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO,
            env=env,
        )
        ids.append(int(process.stdout.readline()))
        try:
            process.send_signal(signal.SIGKILL)
        except ProcessLookupError:
            pass  # it had already finished
        process.wait(timeout=30)
        process.stdout.close()
    assert {(a.id, a.note) for a in stored(tmp_path)} == {(i, f"note {n}") for n, i in enumerate(ids, 1)}


KEEP_ANNOTATING = """
import sys, time
from reader.core.library import seed_if_first_run
from reader.core.storage import Library
from reader.core.storage.annotations import AnnotationStore
library = Library(sys.argv[1]); seed_if_first_run(library)
from reader.core.panes import PaneText
store = AnnotationStore(library)
text = PaneText.load(library, 3, "source")
for n in range(5):
    a = store.create(3, "source", n, 0, 5, text, note=f"kill test {n}", tags=["k"])
    print(a.id, flush=True)      # the UI "reports" the annotation
time.sleep(60)                   # still running (connection open) when killed
"""


def test_process_killed_while_running_loses_nothing(tmp_path):
    process = subprocess.Popen(
        [sys.executable, "-c", KEEP_ANNOTATING, str(tmp_path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    ids = [int(process.stdout.readline()) for _ in range(5)]
    process.send_signal(signal.SIGKILL)
    assert process.wait(timeout=30) == -signal.SIGKILL
    process.stdout.close()
    library = Library(tmp_path)
    assert library.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    notes = {a.id: a.note for a in AnnotationStore(library).list()}
    library.close()
    assert notes == {i: f"kill test {n}" for n, i in enumerate(ids)}


def test_damaged_database_gives_a_clear_message(tmp_path):
    (tmp_path / "library.sqlite3").write_bytes(os.urandom(64 * 1024))
    for args in (
        ["annotate", 1, "--quote", ALTMAN, "--occurrence", 1],
        ["export", "--csv", tmp_path / "x.csv"],
    ):
        result = reader_process(tmp_path, *args)
        assert result.returncode == 2
        assert "damaged" in result.stderr and "Traceback" not in result.stderr


def test_database_damaged_inside_gives_a_clear_message(tmp_path):
    assert reader_process(tmp_path, "annotate", 1, "--quote", ALTMAN, "--occurrence", 1).returncode == 0
    path = tmp_path / "library.sqlite3"
    data = bytearray(path.read_bytes())
    for offset in range(8192, len(data) - 4096, 4096):  # keep the header, spoil the pages
        data[offset : offset + 256] = b"\xde\xad" * 128
    path.write_bytes(bytes(data))
    result = reader_process(tmp_path, "export", "--csv", tmp_path / "x.csv")
    assert result.returncode == 2 and "damaged" in result.stderr and "Traceback" not in result.stderr


def _as_unprivileged_user() -> list[str]:
    """As root, permissions do not stop writes: run the command as `nobody`."""
    if os.geteuid() != 0:
        return []
    if not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: cannot make the database read-only")
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


def test_read_only_database_gives_a_clear_message():
    # Not under tmp_path: pytest's folders are private to root, and the
    # command may run as another user.
    folder = Path(tempfile.mkdtemp(prefix="reader-ro-"))
    try:
        folder.chmod(0o755)
        data = folder / "data"
        assert reader_process(data, "annotate", 1, "--quote", ALTMAN, "--occurrence", 1).returncode == 0
        (data / "library.sqlite3").chmod(0o444)
        data.chmod(0o555)
        result = reader_process(
            data, "annotate", 1, "--quote", ALTMAN, "--occurrence", 2, prefix=_as_unprivileged_user()
        )
        if result.returncode == 126 or "No module named" in result.stderr:
            pytest.skip("the unprivileged user cannot run this Python")
        assert result.returncode == 2, result.stderr
        assert "cannot be written" in result.stderr and "Traceback" not in result.stderr
        data.chmod(0o755)
        assert len(stored(data)) == 1  # the first one is intact
    finally:
        for path in (folder / "data", folder / "data" / "library.sqlite3"):
            if path.exists():
                path.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)


def test_locked_database_is_explained(tmp_path):
    library = Library(tmp_path)
    from reader.core.library import seed_if_first_run

    seed_if_first_run(library)
    library.execute("PRAGMA busy_timeout = 200")  # do not wait the full 5 s in a test
    other = sqlite3.connect(library.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program is writing
    try:
        with pytest.raises(LibraryError, match="locked"):
            create_annotation(AnnotationStore(library), 1, "source", 0, 0, 4)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert create_annotation(AnnotationStore(library), 1, "source", 0, 0, 4).id == 1  # works again afterwards
    library.close()
