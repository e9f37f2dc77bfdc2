"""A story's comparison exported: CSV and Markdown against golden files,
Excel-safe like the annotation export; SVG heat map and timeline.

Set UPDATE_GOLDEN=1 to rewrite the golden files after an intended change.
"""

from __future__ import annotations

import csv
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from support.story_fixtures import add_article

from reader.core.export import read_csv
from reader.core.stories import StoryGrouper
from reader.core.story_export import CSV_COLUMNS, export_csv, export_markdown, export_svg
from reader.core.story_view_model import StoryComparison, story_of_article

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
SVG = "{http://www.w3.org/2000/svg}"

NAMES_HE = {
    "מקרון": ("PERSON", "Emmanuel Macron"),
    "נתניהו": ("PERSON", "Benjamin Netanyahu"),
    "ירושלים": ("PLACE", "Jerusalem"),
}
NAMES_AR = {
    "ماكرون": ("PERSON", "Emmanuel Macron"),
    "نتنياهو": ("PERSON", "Benjamin Netanyahu"),
    "القدس": ("PLACE", "Jerusalem"),
    "رام الله": ("PLACE", "Ramallah"),
}
NAMES_FR = {
    "Emmanuel Macron": ("PERSON", "Emmanuel Macron"),
    "Netanyahou": ("PERSON", "Benjamin Netanyahu"),
    "Jérusalem": ("PLACE", "Jerusalem"),
    "Ramallah": ("PLACE", "Ramallah"),
}


@pytest.fixture
def comparison(library, tmp_path):
    he = add_article(
        library,
        tmp_path / "in",
        "haaretz_visit",
        "he",
        [
            'מקרון נפגש עם נתניהו בירושלים ב-10 במרץ 2025. לאחר מכן אמר מקרון: "צרפת תעמוד לצד השלום".',
            "לפי הסקר, 62 אחוזים תומכים בביקור.",
        ],
        NAMES_HE,
        date="2025-03-10",
        translation=[
            [
                "Macron met Netanyahu in Jerusalem on March 10, 2025.",
                'Then Macron said: "France will stand by peace".',
            ],
            ["According to the poll, 62 percent support the visit."],
        ],
    )
    add_article(
        library,
        tmp_path / "in",
        "aljazeera_visit",
        "ar",
        [
            "التقى ماكرون نتنياهو في القدس، ثم توجه إلى رام الله.",
            "وقال ماكرون إن «فرنسا ستقف إلى جانب السلام دائما»، وأظهر استطلاع أن 58 في المئة يؤيدون الزيارة.",
        ],
        NAMES_AR,
        date="2025-03-11",
    )
    add_article(
        library,
        tmp_path / "in",
        "lemonde_visit",
        "fr",
        [
            '=HYPERLINK("x") Emmanuel Macron a vu Netanyahou à Jérusalem, puis il ira à Ramallah.',
            "-3 % : selon un sondage, 60 % des Israéliens approuvent la visite d'Emmanuel Macron.",
        ],
        NAMES_FR,
        date="2025-03-10",
    )
    StoryGrouper(library).recompute()
    story_id = story_of_article(library, he)
    assert story_id is not None
    return StoryComparison(library, story_id)


def check_golden(path: Path, name: str) -> None:
    golden = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_bytes(path.read_bytes())
    assert path.read_bytes() == golden.read_bytes(), f"{name} differs from the golden file"


def test_csv_golden_and_excel_safe(comparison, tmp_path):
    out = tmp_path / "story.csv"
    count = export_csv(comparison, out)
    check_golden(out, "story.csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with open(out, encoding="utf-8-sig", newline="") as f:
        records = list(csv.reader(f))
    assert records[0] == CSV_COLUMNS and len(records) == count + 1
    guarded = [r for r in records if r[CSV_COLUMNS.index("sentence")].startswith("'")]
    assert guarded and all(r[CSV_COLUMNS.index("sentence")][1] in "=-" for r in guarded)
    rows = read_csv(out)  # the annotation export's reader takes the guard off
    assert any(r["sentence"].startswith("=HYPERLINK") for r in rows)
    macron_he = [r for r in rows if r["entity"] == "Emmanuel Macron" and r["language"] == "he"]
    assert [r["translation"] for r in macron_he] == [
        "Macron met Netanyahu in Jerusalem on March 10, 2025.",
        'Then Macron said: "France will stand by peace".',
    ]
    assert {r["outlet"] for r in rows} == {"haaretz_visit.txt", "aljazeera_visit.txt", "lemonde_visit.txt"}


def test_markdown_golden(comparison, tmp_path):
    out = tmp_path / "story.md"
    assert export_markdown(comparison, out) == 4  # entities named by two or more articles
    check_golden(out, "story.md")
    text = out.read_text(encoding="utf-8")
    assert "\\=HYPERLINK" in text and "\n=HYPERLINK" not in text  # shown literally, never markup
    assert "| \\-3 % (-3) | percent |" in text
    assert "## Quotations" in text and "Emmanuel Macron" in text


def test_svg_heat_map_and_timeline(comparison, tmp_path):
    paths = export_svg(comparison, tmp_path / "svg")
    assert [p.name for p in paths] == [
        f"story-{comparison.story_id}-matrix.svg",
        f"story-{comparison.story_id}-timeline.svg",
    ]
    matrix = ET.parse(paths[0]).getroot()
    cells = [r for r in matrix.iter(f"{SVG}rect") if r.find(f"{SVG}title") is not None]
    assert len(cells) == len(comparison.rows) * len(comparison.columns)
    texts = [t.text for t in matrix.iter(f"{SVG}text")]
    assert "Emmanuel Macron (3/3)" in texts
    rtl = [t for t in matrix.iter(f"{SVG}text") if t.get("direction") == "rtl"]
    assert all(any("\u0590" <= ch <= "\u06ff" for ch in t.text) for t in rtl)
    timeline = ET.parse(paths[1]).getroot()
    marks = list(timeline.iter(f"{SVG}circle"))
    assert len(marks) == len([e for e in comparison.timeline if len(e.date) == 10]) > 0
    check_golden(paths[1], "story-timeline.svg")
