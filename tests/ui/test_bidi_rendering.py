"""Qt's layout of right-to-left paragraphs, checked against python-bidi.

The left-to-right order of the glyphs Qt lays out must equal
bidi.get_display(paragraph): Latin words and numbers inside Hebrew and Arabic
sit where the Unicode bidi algorithm puts them.
"""

import pytest
from bidi import get_display
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from reader.ui.reading_view import font_families


def visual_order(text: str, language: str, rtl: bool) -> str:
    layout = QTextLayout(text, QFont(font_families(language)[0], 12))
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1_000_000)  # one line: the order is not split by wrapping
    layout.endLayout()
    placed = []
    for i in range(len(text)):
        runs = [run for run in line.glyphRuns(i, 1) if run.positions()]
        x = min(run.positions()[0].x() for run in runs)
        # Characters sharing one glyph (the Arabic lam-alef ligature) are
        # ordered by their run's direction.
        placed.append((x, -i if runs[0].isRightToLeft() else i, text[i]))
    return "".join(ch for _x, _i, ch in sorted(placed))


@pytest.mark.parametrize(
    "language, paragraph",
    [
        (
            "he",
            'מנכ"ל מיקרוסופט Satya Nadella הודיע ב-20 בנובמבר 2023 כי Sam Altman מצטרף, ו-500 עובדים מאיימים.',
        ),
        (
            "ar",
            "في 20 نوفمبر ، أخبر الرئيس التنفيذي لشركة Microsoft ساتيا ناديلا العالم أن 500 موظف من OpenAI هددوا بالاستقالة.",
        ),
    ],
)
def test_glyph_order_matches_python_bidi(qapp, language, paragraph):
    assert visual_order(paragraph, language, rtl=True) == get_display(paragraph, base_dir="R")


def test_a_hebrew_paragraph_starting_with_latin_is_still_rtl(qapp):
    paragraph = "Microsoft היא המשקיעה העיקרית ב-OpenAI."
    shown = visual_order(paragraph, "he", rtl=True)
    assert shown == get_display(paragraph, base_dir="R")
    assert shown.endswith("Microsoft")  # the first word sits at the right edge
