"""`reader entities [ID] [--json]`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from support.entity_fixtures import copy_library

from reader.cli import main
from reader.core.storage import Library

ROOT = Path(__file__).resolve().parents[2]


def test_entities_of_one_article_as_json(tmp_path, capsys):
    # a fresh folder: seeded on first use, recognised before printing
    assert main(["--data-dir", str(tmp_path / "data"), "entities", "1", "--json"]) == 0
    captured = capsys.readouterr()
    out = json.loads(captured.out)
    assert "recognised entities in 5 article(s)" in captured.err
    assert out["article"] == 1
    library = Library(tmp_path / "data")
    paragraphs = [p.text for p in library.get_article(1).paragraphs]
    library.close()
    for m in out["mentions"]:
        assert set(m) == {"label", "pane", "paragraph", "start", "end", "text", "canonical", "confidence"}
        assert 0 < m["confidence"] <= 1
        assert paragraphs[m["paragraph"]][m["start"] : m["end"]] == m["text"]
    found = {(m["text"], m["label"], m["canonical"]) for m in out["mentions"]}
    assert {
        ("OpenAI", "ORG", "OpenAI"),
        ("סם אלטמן", "PERSON", "Sam Altman"),
        ("אמט שיר", "PERSON", "Emmett Shear"),
    } <= found
    # second run: nothing to recognise, same answer
    assert main(["--data-dir", str(tmp_path / "data"), "entities", "1", "--json"]) == 0
    again = capsys.readouterr()
    assert again.err == "" and json.loads(again.out) == out


def test_library_index(tmp_path_factory, tmp_path, capsys):
    data = copy_library(tmp_path_factory, tmp_path / "data")
    assert main(["--data-dir", str(data), "entities", "--json"]) == 0
    index = json.loads(capsys.readouterr().out)
    by_name = {e["name"]: e for e in index}
    for name in ("Sam Altman", "Microsoft", "OpenAI"):
        assert set(by_name[name]["articles"]) == {"1", "2", "3", "4", "5"}
    assert {"1", "3", "4", "5"} <= set(by_name["Satya Nadella"]["articles"])
    assert by_name["Sam Altman"]["total"] == sum(by_name["Sam Altman"]["articles"].values())
    assert {"סם אלטמן", "سام ألتمان"} <= set(by_name["Sam Altman"]["surfaces"])

    assert main(["--data-dir", str(data), "entities"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:3] == ["TOTAL", "LABEL", "NAME"]
    assert any("Sam Altman" in line and "1×" in line and "5×" in line for line in table)

    assert main(["--data-dir", str(data), "entities", "3"]) == 0
    assert "سام ألتمان  →  Sam Altman" in capsys.readouterr().out


def test_unknown_article(tmp_path_factory, tmp_path, capsys):
    data = copy_library(tmp_path_factory, tmp_path / "data")
    assert main(["--data-dir", str(data), "entities", "99"]) == 1
    assert "no article 99" in capsys.readouterr().err


def test_the_command_line_loads_no_model_until_asked():
    code = (
        "import sys; from reader.cli import build_parser; build_parser(); "
        "print('spacy' in sys.modules, 'reader.core.entities.recognise' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
