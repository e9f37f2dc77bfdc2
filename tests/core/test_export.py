"""Exports: golden files for CSV, JSON and Markdown; CSV round trip; JSON re-import.

Set UPDATE_GOLDEN=1 to rewrite the golden files after an intended change.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
from support.annotation_fixtures import ARABIC, FIXED_TIME, HEBREW, add_article, annotate, golden_library

from reader.core.export import (
    CSV_COLUMNS,
    export_csv,
    export_json,
    export_markdown,
    export_rows,
    guard_cell,
    import_json,
    read_csv,
    unguard_cell,
)
from reader.core.storage import Library
from reader.core.storage.annotations import AnnotationStore

GOLDEN = Path(__file__).resolve().parents[1] / "golden"

CONTRACT_COLUMNS = [
    "annotation_id",
    "article_id",
    "article_title",
    "article_language",
    "article_date",
    "source_path",
    "pane",
    "quote",
    "quote_translation",
    "note",
    "tags",
    "color",
    "paragraph",
    "sentence",
    "start",
    "end",
    "created_at",
    "updated_at",
    "translation_package",
]


@pytest.fixture
def lib(tmp_path):
    library = Library(tmp_path / "data")
    golden_library(library)
    yield library
    library.close()


def check_golden(path: Path, name: str) -> None:
    golden = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_bytes(path.read_bytes())
    assert path.read_bytes() == golden.read_bytes(), f"{name} differs from the golden file"


@pytest.mark.parametrize(
    "kind, exporter, name",
    [
        ("csv", export_csv, "annotations.csv"),
        ("json", export_json, "annotations.json"),
        ("markdown", export_markdown, "annotations.md"),
    ],
)
def test_golden_files(lib, tmp_path, kind, exporter, name):
    out = tmp_path / name
    extra = {} if kind == "csv" else {"exported_at": FIXED_TIME}
    assert exporter(lib, out, **extra) == 7  # the deleted annotation is not exported
    check_golden(out, name)


def test_csv_contract_bom_crlf_and_round_trip(lib, tmp_path):
    out = tmp_path / "a.csv"
    export_csv(lib, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM for Hebrew and Arabic
    assert raw.split(b"\r\n")[0].decode("utf-8-sig").split(",")[:19] == CONTRACT_COLUMNS
    assert CSV_COLUMNS[:19] == CONTRACT_COLUMNS

    rows = read_csv(out)
    expected = list(export_rows(lib))
    assert len(rows) == len(expected) == 7
    for got, want in zip(rows, expected):
        for column in CONTRACT_COLUMNS:
            value = want[column]
            if column == "tags":
                value = "; ".join(value)
            assert got[column] == ("" if value is None else str(value)), column
    notes = {r["note"] for r in rows}
    assert 'Key claim, "confirmed"\nby two outlets' in notes  # comma, quotes, newline
    assert "@analyst: check\r\nthe source" in notes  # CR LF inside a cell
    assert "'=already quoted" in notes  # an apostrophe of the user's own


def test_csv_guards_text_cells_only(lib, tmp_path):
    out = tmp_path / "a.csv"
    export_csv(lib, out)
    with open(out, encoding="utf-8-sig", newline="") as f:
        raw_rows = list(csv.DictReader(f))
    by_id = {int(r["annotation_id"]): r for r in raw_rows}
    assert by_id[2]["quote"] == "'=SUM(A1)"
    assert by_id[2]["note"] == '\'=HYPERLINK("http://example.com")'
    assert by_id[2]["tags"] == "'=cmd; formula"
    assert by_id[3]["note"] == "'+1 agree"
    assert by_id[4]["note"].startswith("'@")
    assert by_id[5]["quote"] == "'-5% @OpenAI" and by_id[5]["note"] == "'-minus\ttab"
    assert by_id[6]["note"] == "'\tstarts with a tab"
    assert by_id[8]["note"] == "''=already quoted"
    # Numbers stay numbers (no apostrophe, no quotes), text is in logical order.
    line = out.read_bytes().decode("utf-8-sig").split("\r\n")[1]
    assert line.startswith("1,1,")
    assert by_id[1]["quote"] == "סם אלטמן מצטרף למיקרוסופט"
    assert by_id[4]["quote"] == "سام ألتمان"


def test_guard_round_trip():
    for text in ["=1+1", "+1", "-1", "@x", "\tx", "\rx", "'=x", "''+x", "'plain", "plain", "", "a=b"]:
        assert unguard_cell(guard_cell(text)) == text
        assert not guard_cell(text).startswith(("=", "+", "-", "@", "\t", "\r"))


def test_quote_translation_and_sentence(lib):
    rows = {r["annotation_id"]: r for r in export_rows(lib)}
    assert (
        rows[1]["sentence"] == 1
        and rows[1]["quote_translation"] == "Sam Altman joins Microsoft, it was reported."
    )
    assert rows[3]["quote_translation"] == HEBREW[0][:32]  # translation pane -> aligned source sentence
    assert rows[4]["quote_translation"] == "Satya Nadella said Sam Altman will join."
    assert rows[5]["quote_translation"] == ""  # paragraph not translated
    assert rows[8]["sentence"] is None and rows[8]["orphaned"] == 1


def test_quote_spanning_sentences_gets_both_translations(lib):
    store = AnnotationStore(lib)
    a = annotate(store, 1, "source", 0, "OpenAI. סם")
    row = next(r for r in export_rows(lib) if r["annotation_id"] == a.id)
    assert row["sentence"] == 0
    assert (
        row["quote_translation"]
        == "Drama chases drama in the OpenAI saga. Sam Altman joins Microsoft, it was reported."
    )


def test_filters_by_article_and_tag(lib, tmp_path):
    out = tmp_path / "f.csv"
    assert export_csv(lib, out, article_ids=[2]) == 3
    assert {r["article_id"] for r in read_csv(out)} == {"2"}
    assert export_csv(lib, out, tags=["ALTMAN"]) == 2
    assert export_csv(lib, out, tags=["altman", "drama"], article_ids=[1]) == 2
    assert export_csv(lib, out, tags=["none"]) == 0
    assert read_csv(out) == []


def test_json_round_trip_into_a_new_library(lib, tmp_path):
    out = tmp_path / "a.json"
    export_json(lib, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "reader-annotations" and len(data["annotations"]) == 7
    assert {"prefix", "suffix", "article_content_hash"} <= set(data["annotations"][0])

    other = Library(tmp_path / "other")
    # Same articles, imported in the other order: matched by content, not id.
    ar = add_article(other, "ألتمان", "ar", ARABIC, "/elsewhere/ar.txt")
    he = add_article(other, "דרמה", "he", HEBREW, "/elsewhere/he.txt")
    report = import_json(other, out)
    assert report.added == 7 and not report.unmatched
    fields = (
        "pane",
        "paragraph",
        "start",
        "end",
        "quote",
        "prefix",
        "suffix",
        "note",
        "tags",
        "color",
        "orphaned",
        "created_at",
        "updated_at",
        "translation_package",
    )
    mapping = {1: he, 2: ar}
    before = sorted(
        (mapping[a.article_id], *(getattr(a, f) for f in fields)) for a in AnnotationStore(lib).list()
    )
    after = sorted((a.article_id, *(getattr(a, f) for f in fields)) for a in AnnotationStore(other).list())
    # The orphan was found again in the (identical) text: that is re-anchoring doing its job.
    assert [b for b in before if not b[11]] == [a for a in after if a[8] != "'=already quoted"]
    again = import_json(other, out)
    assert again.added == 0 and again.duplicates == 7
    other.close()


def test_json_import_matches_changed_article_by_source_path(lib, tmp_path):
    out = tmp_path / "a.json"
    export_json(lib, out, article_ids=[1])
    other = Library(tmp_path / "other")
    edited = ["הקדמה חדשה.", *HEBREW]  # a paragraph was added at the top
    he = add_article(other, "דרמה", "he", edited, "/news/he/drama.txt")
    report = import_json(other, out)
    assert report.added == 4
    store = AnnotationStore(other)
    quotes = {a.quote: a for a in store.list()}
    assert quotes["סם אלטמן מצטרף למיקרוסופט"].paragraph == 1
    assert quotes["=SUM(A1)"].paragraph == 2
    # The translation pane has no translation in the new library: kept as is until translated.
    assert quotes["Drama chases drama"].paragraph == 0
    assert he == 1
    other.close()


def test_json_import_reports_unknown_articles_and_bad_files(lib, tmp_path):
    out = tmp_path / "a.json"
    export_json(lib, out)
    empty = Library(tmp_path / "empty")
    report = import_json(empty, out)
    assert report.added == 0 and len(report.unmatched) == 7
    data = json.loads(out.read_text(encoding="utf-8"))
    data["annotations"][0]["pane"] = "margin"
    del data["annotations"][1]["start"]
    out.write_text(json.dumps(data), encoding="utf-8")
    report = import_json(lib, out)
    assert report.invalid == 2 and report.duplicates == 5 and "2 unreadable" in report.summary()
    bad = tmp_path / "bad.json"
    bad.write_text('{"hello": 1}')
    with pytest.raises(ValueError, match="not a Reader annotations file"):
        import_json(empty, bad)
    empty.close()


def test_markdown_groups_by_article(lib):
    stream = io.StringIO()
    export_markdown(lib, stream, exported_at=FIXED_TIME)
    text = stream.getvalue()
    assert text.count("\n## ") == 2
    assert text.index('## דרמה, "ציטוט" ו-OpenAI') < text.index("## ألتمان ينضم إلى مايكروسوفت")
    assert (
        "> סם אלטמן מצטרף למיקרוסופט\n>\n> *Translation:* Sam Altman joins Microsoft, it was reported."
        in text
    )
    assert "*Orphaned:" in text
    assert "deleted, not exported" not in text


def test_export_is_atomic(lib, tmp_path, monkeypatch):
    out = tmp_path / "a.csv"
    out.write_text("previous export")

    def broken_rows(*args, **kwargs):
        yield from ()
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("reader.core.export.export_rows", broken_rows)
    with pytest.raises(RuntimeError):
        export_csv(lib, out)
    assert out.read_text() == "previous export"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
