"""A translated paragraph arriving keeps every highlight on its text: the
marks in that cell are placed again, the others move with the edit."""

from PySide6.QtGui import QTextCharFormat

from reader.core.text import Article, Paragraph
from reader.ui.reading_view import SOURCE, TRANSLATION, ReadingView
from reader.ui.text_marks import Highlight


def test_highlights_stay_on_their_text_as_translations_arrive(qtbot):
    paragraphs = []
    for i in range(4):
        text = f"Alinea {i} staat hier. En nog een zin."
        cut = text.index(".") + 1
        paragraphs.append(Paragraph(text, [(0, cut), (cut + 1, len(text))]))
    view = ReadingView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    view.show_article(
        Article(id=1, title="Kort", language="nl", paragraphs=paragraphs),
        {i: [f"Short {i}.", "Two."] for i in range(4)},
    )
    view.set_highlights(
        "entities", [Highlight(SOURCE, 2, 0, 6, "#ffff00"), Highlight(TRANSLATION, 3, 0, 5, "#ffff00")]
    )
    view.set_highlights("notes", [Highlight(TRANSLATION, 1, 0, 4, "#a0ffa0", underline=True)])

    def marked() -> list[tuple[tuple[str, int, int] | None, str]]:
        return [
            (view.locate(s.cursor.selectionStart()), s.cursor.selectedText()) for s in view.extraSelections()
        ]

    view.set_translation(1, ["A much longer translation arrived.", "Then another sentence."])
    entities = view._layer_selections["entities"]
    view.set_translation(0, ["First."])
    assert view._layer_selections["entities"] is entities  # no mark in that cell: not placed again
    assert marked() == [
        ((SOURCE, 2, 0), "Alinea"),
        ((TRANSLATION, 3, 0), "Short"),
        ((TRANSLATION, 1, 0), "A mu"),
    ]
    shown = marked()
    view._layer_selections.clear()  # every mark placed afresh: the same
    view._apply_highlights()
    assert marked() == shown


def test_each_highlight_keeps_its_place_and_look_when_looks_and_paragraphs_repeat(qtbot):
    """One format per look and one lookup per paragraph (_selections): every
    highlight still covers its own words, with its own colour and underline."""
    view = ReadingView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    view.show_article(
        Article(
            id=1,
            title="Twee",
            language="nl",
            paragraphs=[
                Paragraph("De trein naar Gent reed laat."),
                Paragraph("Een 𝔘 teken en Brugge daarna."),
            ],
        ),
        {0: ["The train to Ghent ran late."]},
    )
    highlights = [
        Highlight(SOURCE, 0, 14, 18, "#ffff00"),  # Gent
        Highlight(SOURCE, 1, 15, 21, "#ffff00"),  # Brugge, after a character outside the BMP
        Highlight(SOURCE, 0, 3, 8, "#a0ffa0", underline=True),  # trein
        Highlight(TRANSLATION, 0, 13, 18, "#ffff00", underline_color="#ff0000"),  # Ghent
        Highlight(SOURCE, 1, 4, 3, "#ffff00"),  # empty: no selection
    ]
    view.set_highlights("entities", highlights)
    SINGLE_UNDERLINE = QTextCharFormat.UnderlineStyle.SingleUnderline
    shown = [
        (
            view.locate(s.cursor.selectionStart()),
            s.cursor.selectedText(),
            s.format.background().color().name(),
            s.format.underlineColor().name() if s.format.underlineStyle() == SINGLE_UNDERLINE else None,
        )
        for s in view.extraSelections()
    ]
    assert shown == [
        ((SOURCE, 0, 14), "Gent", "#ffff00", None),
        ((SOURCE, 1, 15), "Brugge", "#ffff00", None),
        ((SOURCE, 0, 3), "trein", "#000000", "#a0ffa0"),
        ((TRANSLATION, 0, 13), "Ghent", "#ffff00", "#ff0000"),
    ]
