"""`reader stories`: listing, one story's comparison and exports, and the
user's overrides persisting across runs (each run recomputes the stories)."""

from __future__ import annotations

import json

import pytest
from support.entity_fixtures import copy_library

from reader.cli import main


@pytest.fixture
def data(tmp_path_factory, tmp_path):
    """The five samples with their entities recognised (copied from the session's template)."""
    return copy_library(tmp_path_factory, tmp_path / "data")


def run(data, capsys, *args):
    code = main(["--data-dir", str(data), "stories", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def stories_json(data, capsys, *args):
    code, out, _ = run(data, capsys, "--json", *args)
    assert code == 0
    return json.loads(out)


def test_the_samples_are_one_story(data, capsys):
    [story] = stories_json(data, capsys)
    assert set(story) == {"id", "title", "articles", "languages", "dates"}
    assert story["articles"] == [1, 2, 3, 4, 5]
    assert story["languages"] == ["ar", "fr", "he", "nl"]
    assert story["dates"] == ["2023-11"]
    assert "Sam Altman" in story["title"] and "OpenAI" in story["title"]
    code, out, _ = run(data, capsys)
    assert code == 0
    assert "articles 1, 2, 3, 4, 5" in out and "ar,fr,he,nl" in out


def test_one_story_shown_and_exported(data, capsys, tmp_path):
    [story] = stories_json(data, capsys)
    shown = stories_json(data, capsys, "--story", str(story["id"]))
    assert [a["id"] for a in shown["articles"]][:2] == [1, 4]  # dated articles first
    assert {a["language"] for a in shown["articles"]} == {"he", "ar", "nl", "fr"}
    top = shown["entities"][0]
    assert top["name"] in {"Sam Altman", "OpenAI", "Microsoft"} and all(top["counts"])
    code, out, err = run(
        data,
        capsys,
        "--story",
        str(story["id"]),
        "--csv",
        str(tmp_path / "s.csv"),
        "--markdown",
        str(tmp_path / "s.md"),
        "--export-svg",
        str(tmp_path / "svg"),
    )
    assert code == 0 and "sentence(s) written" in err
    assert (tmp_path / "s.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert (tmp_path / "s.md").read_text(encoding="utf-8").startswith("# ")
    assert sorted(p.name for p in (tmp_path / "svg").iterdir()) == [
        f"story-{story['id']}-matrix.svg",
        f"story-{story['id']}-timeline.svg",
    ]
    assert str(tmp_path / "svg") in out


def test_overrides_persist_across_runs(data, capsys):
    [story] = stories_json(data, capsys)
    sid = story["id"]
    assert run(data, capsys, "--rename", str(sid), "OpenAI board crisis")[0] == 0
    assert run(data, capsys, "--move", "5", "--out")[0] == 0
    listed = stories_json(data, capsys, "--all")
    by_articles = {tuple(s["articles"]): s for s in listed}
    assert (
        by_articles[(1, 2, 3, 4)]["title"] == "OpenAI board crisis" and by_articles[(1, 2, 3, 4)]["id"] == sid
    )
    alone = by_articles[(5,)]["id"]
    assert [s["articles"] for s in stories_json(data, capsys)] == [[1, 2, 3, 4]]  # alone: not listed
    assert run(data, capsys, "--merge", str(sid), str(alone))[0] == 0
    assert [s["articles"] for s in stories_json(data, capsys)] == [[1, 2, 3, 4, 5]]
    code, out, _ = run(data, capsys, "--split", str(sid), "2", "3")
    assert code == 0 and "articles 2, 3 now form story" in out
    listed = stories_json(data, capsys)
    assert sorted(s["articles"] for s in listed) == [[1, 4, 5], [2, 3]]
    assert next(s for s in listed if s["articles"] == [1, 4, 5])["title"] == "OpenAI board crisis"
    assert run(data, capsys, "--move", "3", "--to", str(sid))[0] == 0
    assert sorted(s["articles"] for s in stories_json(data, capsys, "--all")) == [[1, 3, 4, 5], [2]]


@pytest.mark.parametrize(
    "args, message",
    [
        (["--story", "999"], "no story 999"),
        (["--rename", "999", "x"], "no story 999"),
        (["--move", "5"], "--move needs --to ID or --out"),
        (["--merge", "1", "1"], "cannot be merged with itself"),
        (["--split", "1"], "--split needs a story id"),
        (["--csv", "-"], "--story ID"),
    ],
)
def test_mistakes_exit_1_with_the_reason(data, capsys, args, message):
    code, _, err = run(data, capsys, *args)
    assert code == 1 and message in err
