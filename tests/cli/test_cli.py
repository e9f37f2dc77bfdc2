import json
import os
import subprocess
import sys

import pytest
from bidi import get_display
from conftest import REPO

from reader.cli import main


def run(*args, data_dir, env=None):
    return subprocess.run(
        [sys.executable, "-m", "reader", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        timeout=120,
    )


def test_list_json_has_the_contract_fields(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 5
    for key in [
        "id",
        "title",
        "language",
        "date",
        "paragraphs",
        "sentences",
        "words",
        "source_path",
        "translated",
    ]:
        assert key in rows[0]
    assert [r["language"] for r in rows] == ["he", "he", "ar", "nl", "fr"]
    assert rows[0]["date"] == "2023-11" and rows[0]["translated"] is False


def test_import_reports_each_file_and_fails_if_any_failed(data_dir, tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(
        "Microsoft wil die mensen graag verwelkomen, maar laat ook de deur open.", encoding="utf-8"
    )
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary" * 100)
    code = main(["--data-dir", str(data_dir), "import", str(good), str(bad)])
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    assert any("good.txt: added" in line for line in out)
    assert any("bad.txt: refused: binary" in line for line in out)
    assert main(["--data-dir", str(data_dir), "import", str(good)]) == 0
    assert "unchanged" in capsys.readouterr().out


def test_show_keeps_logical_order_and_visual_reorders(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "show", "1"]) == 0
    logical = capsys.readouterr().out
    assert "דרמה רודפת דרמה" in logical and "No translation" not in logical
    assert "translation: none yet" in logical
    assert main(["--data-dir", str(data_dir), "show", "1", "--visual"]) == 0
    visual = capsys.readouterr().out
    assert get_display("דרמה רודפת") in visual
    assert "דרמה רודפת דרמה" not in visual


def test_show_unknown_article(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "show", "99"]) == 1
    assert "no article 99" in capsys.readouterr().err


def test_environment_variable_selects_the_library(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "reader", "list", "--json"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "READER_DATA_DIR": str(tmp_path / "lib")},
        timeout=120,
    )
    assert result.returncode == 0 and len(json.loads(result.stdout)) == 5
    assert (tmp_path / "lib" / "library.sqlite3").exists()


def test_gui_exit_after_paint_prints_time_without_heavy_modules(data_dir):
    probe = (
        f"import sys, runpy; sys.argv=['reader','--data-dir',{str(data_dir)!r},'gui','--exit-after-paint'];"
        "code=0\n"
        "try: runpy.run_module('reader', run_name='__main__')\n"
        "except SystemExit as e: code=e.code\n"
        "heavy=[m for m in ('argostranslate.translate','torch','spacy','stanza','ctranslate2') if m in sys.modules]\n"
        "print('heavy:', heavy); sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "first paint:" in result.stdout and result.stdout.split("first paint:")[1].split()[1] == "ms"
    assert "heavy: []" in result.stdout


def test_damaged_library_is_reported_not_a_traceback(data_dir):
    data_dir.mkdir()
    (data_dir / "library.sqlite3").write_bytes(b"garbage" * 500)
    result = run("list", data_dir=data_dir)
    assert result.returncode == 2
    assert "damaged" in result.stderr and "Traceback" not in result.stderr


def test_core_errors_become_exit_codes_in_one_place(data_dir, capsys):
    from reader.cli import exit_code
    from reader.core import errors
    from reader.core.article_translation import NoRoute
    from reader.core.translation import TranslationCancelled

    assert exit_code(errors.ArticleNotFound(7)) == (1, " (see `reader list`)")
    assert exit_code(errors.LibraryError("damaged")) == (2, "")
    assert exit_code(errors.UsageError("unknown colour")) == (2, "")
    assert exit_code(errors.TranslationMissing(3)) == (1, " (run `reader translate 3`)")
    assert (
        exit_code(errors.AmbiguousQuote("occurs twice", 2))[1] == "; choose one with --occurrence N (1 to 2)"
    )
    assert exit_code(NoRoute("no pack")) == (1, "")
    assert exit_code(TranslationCancelled(3)) == (130, "")
    # every command: a core error is one line on stderr, never a traceback
    for args, code, message in (
        (["show", "99"], 1, "reader: no article 99 (see `reader list`)"),
        (["clutter", "1", "--restore", "42"], 1, "has no removed block 42"),
        (["translate"], 2, "reader: name article ids or --all"),
    ):
        assert main(["--data-dir", str(data_dir), *args]) == code
        err = capsys.readouterr().err
        assert message in err and "Traceback" not in err


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["gui"],
        ["--data-dir", "/tmp/lib"],
        ["--data-dir", "/tmp/lib", "gui", "--exit-after-paint"],
        ["gui", "--article", "12", "--screenshot", "shot.png"],
        ["gui", "--article", "007", "--article", "3", "--exit-after-paint"],
    ],
)
def test_the_windows_command_line_is_read_as_argparse_reads_it(argv):
    """`reader [--data-dir DIR] [gui ...]` is read without building the
    parser (start-up): the same arguments as the parser's."""
    from reader.cli import _parse, _plain_gui_arguments

    plain = _plain_gui_arguments(argv)
    assert plain is not None
    parsed, qt_args = _parse(list(argv))
    assert qt_args == []
    assert vars(plain) == vars(parsed)


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["--version"],
        ["gui", "--help"],
        ["--data-dir=/tmp/lib", "gui"],
        ["--data-dir", "-x"],
        ["gui", "--exit"],  # argparse's abbreviation
        ["gui", "--article", "x"],
        ["gui", "--article", "-3"],
        ["gui", "--article"],
        ["gui", "--screenshot"],
        ["gui", "file.txt"],
        ["gui", "-platform", "offscreen"],
        ["list"],
        ["gui", "--data-dir", "/tmp/lib"],
        ["file.txt"],
    ],
)
def test_any_other_command_line_goes_to_argparse(argv):
    from reader.cli import _plain_gui_arguments

    assert _plain_gui_arguments(argv) is None
