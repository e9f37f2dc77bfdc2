"""Right-to-left layout measured in Reader's own view (issue 13): where the
glyphs of a paragraph lie in the ReadingView's document layout, and the
reading cursor's fallback when a saved position no longer exists."""

from __future__ import annotations

import pytest
from bidi import get_display

from reader.core.text import Article, Paragraph, split_sentences
from reader.ui.reading_view import SOURCE, TRANSLATION, ReadingView

HEBREW = 'מנכ"ל החברה הודיע ב-20 בנובמבר כי Sam Altman מצטרף לצוות.'
ARABIC = "أعلن رئيس البلدية في 3 مارس عن خطة جديدة للنقل."
ENGLISH_QUOTE = "We will not give up."


def _article(language: str, texts: list[str]) -> Article:
    return Article(
        id=1,
        title="t",
        language=language,
        paragraphs=[Paragraph(t, split_sentences(t, language)) for t in texts],
    )


@pytest.fixture
def view(qtbot):
    widget = ReadingView()
    qtbot.addWidget(widget)
    widget.resize(1400, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _lines(view: ReadingView, pane: str, paragraph: int):
    """(left gap, right gap, line) of each laid-out line of one cell, in pixels
    from the cell's own left and right edges."""
    cell = view.cell(pane, paragraph)
    block = view.document().findBlock(cell.firstPosition())
    view.document().documentLayout().blockBoundingRect(block)  # lays the block out
    layout = block.layout()
    out = []
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        ink = line.naturalTextRect()
        out.append((ink.left(), line.width() - ink.right(), line))
    return out


@pytest.mark.parametrize("language, text", [("he", HEBREW), ("ar", ARABIC)])
def test_rtl_paragraph_text_starts_at_the_right_edge_of_its_column(view, language, text):
    view.show_article(_article(language, [text, ENGLISH_QUOTE]), {0: ["The mayor spoke."]})
    [(left, right, line)] = _lines(view, SOURCE, 0)
    assert right < 2, "a right-to-left paragraph ends at the column's right edge"
    assert left > 100, "and leaves the left of the column empty"
    # an English quotation in the same article, and the translation, start at the left
    [(left, right, line)] = _lines(view, SOURCE, 1)
    assert left < 2 and right > 100
    [(left, right, line)] = _lines(view, TRANSLATION, 0)
    assert left < 2 and right > 100


def test_every_line_of_a_wrapped_hebrew_paragraph_is_flush_right(view):
    view.show_article(_article("he", [" ".join([HEBREW] * 6)]), {})
    lines = _lines(view, SOURCE, 0)
    assert len(lines) >= 3
    assert all(right < 2 for _left, right, _line in lines)
    assert lines[-1][0] > 10  # the short last line is ragged on the left, not the right


def test_ltr_article_text_starts_at_the_left_edge(view):
    view.show_article(_article("fr", ["Le maire a parlé lundi."]), {})
    [(left, right, line)] = _lines(view, SOURCE, 0)
    assert left < 2 and right > 100


@pytest.mark.parametrize(
    "language, text", [("he", HEBREW), ("ar", ARABIC), ("he", "Microsoft היא המשקיעה העיקרית ב-OpenAI.")]
)
def test_glyph_order_in_the_view_matches_python_bidi(view, language, text):
    view.show_article(_article(language, [text]), {})
    [(_l, _r, line)] = _lines(view, SOURCE, 0)
    placed = []
    for i in range(len(text)):
        runs = [run for run in line.glyphRuns(i, 1) if run.positions()]
        x = min(run.positions()[0].x() for run in runs)
        # characters sharing one glyph (lam-alef) follow their run's direction
        placed.append((x, -i if runs[0].isRightToLeft() else i, text[i]))
    assert "".join(ch for _x, _i, ch in sorted(placed)) == get_display(text, base_dir="R")


# --- the reading cursor after the article changed ---------------------------------


def test_a_saved_sentence_that_no_longer_exists_falls_back_to_the_nearest_earlier_one(qtbot, tmp_path):
    from test_session import open_window

    from reader.core.storage.sessions import SessionStore

    window = open_window(qtbot, tmp_path / "data")
    article = window.library.get_article(2)
    paragraph = next(
        p for p in range(3, len(article.paragraphs)) if len(article.paragraphs[p].sentences) >= 2
    )
    last = len(article.paragraphs[paragraph].sentences) - 1
    store = SessionStore(window.library)
    store.save_position(2, paragraph, last + 5)  # the article had more sentences then
    window.select_article(2)
    cursor = window.keyboard.cursor
    assert (cursor.paragraph, cursor.sentence) == (paragraph, last)
    store.save_position(2, paragraph, -1)  # before every sentence of that paragraph
    window.select_article(4)
    window.select_article(2)
    previous = paragraph - 1
    while not article.paragraphs[previous].sentences:
        previous -= 1
    assert (cursor.paragraph, cursor.sentence) == (previous, len(article.paragraphs[previous].sentences) - 1)


def test_the_ink_of_a_hebrew_paragraph_lies_at_the_right_of_its_column(view):
    """What the user sees: dark pixels of the rendered source column."""
    import numpy

    view.show_article(_article("he", [HEBREW]), {0: ["The chief executive said."]})
    block = view.document().findBlock(view.cell(SOURCE, 0).firstPosition())
    box = (
        view.document()
        .documentLayout()
        .blockBoundingRect(block)
        .translated(-view.horizontalScrollBar().value(), -view.verticalScrollBar().value())
    )
    image = view.viewport().grab().toImage()
    image = image.convertToFormat(image.Format.Format_Grayscale8)
    rows = numpy.frombuffer(image.constBits(), numpy.uint8).reshape(image.height(), image.bytesPerLine())
    ratio = view.viewport().devicePixelRatio()
    top, bottom = int(box.top() * ratio), int(box.bottom() * ratio)
    left, right = int(box.left() * ratio), int(box.right() * ratio)
    region = rows[top:bottom, left:right].astype(int)
    background = numpy.median(region)
    ink_columns = numpy.nonzero((abs(region - background) > 80).any(axis=0))[0]
    assert len(ink_columns) > 0
    width = right - left
    assert width - ink_columns.max() < 6 * ratio  # the text ends at the column's right edge
    assert ink_columns.min() > width / 4  # and the left of the column stays empty


def test_code_point_offsets_after_an_emoji_land_on_the_right_characters(view):
    from PySide6.QtGui import QTextCursor

    text = "Le maire 😀 a reçu Sam Altman 🎉 lundi."
    view.show_article(_article("fr", [text]), {})
    for word in ("Sam", "lundi"):
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.document_position(SOURCE, 0, text.index(word)))
        cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, len(word))
        assert cursor.selectedText() == word
    assert view.locate(view.document_position(SOURCE, 0, text.index("lundi"))) == (
        SOURCE,
        0,
        text.index("lundi"),
    )
