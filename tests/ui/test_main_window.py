import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget

from reader.core.library import import_into
from reader.core.storage import Library
from reader.ui.main_window import MainWindow
from reader.ui.reading_view import SOURCE, TRANSLATION, has_rtl_letter


def cell_block(view, column, row):
    cell = view.cell(SOURCE if column == 0 else TRANSLATION, row)
    cursor = cell.firstCursorPosition()
    return cursor.block(), cell


def test_list_shows_every_article_and_opens_the_first(window):
    model = window.article_filter
    assert model.rowCount() == 5
    titles = [model.index(r, 0).data() for r in range(5)]
    assert titles[4].startswith("Breaking Sam Altman rejoint Microsoft")
    assert [model.index(r, 1).data() for r in range(5)] == ["he", "he", "ar", "nl", "fr"]
    assert window.current_article_id() == 1


def test_filter_box_filters_the_list(window, qtbot):
    qtbot.keyClicks(window.filter_edit, "Breaking")
    assert window.article_filter.rowCount() == 1
    window.filter_edit.clear()
    qtbot.keyClicks(window.filter_edit, "ar")
    assert any(
        window.article_filter.index(r, 1).data() == "ar" for r in range(window.article_filter.rowCount())
    )


@pytest.mark.parametrize("article_id, rtl_article", [(1, True), (2, True), (3, True), (4, False), (5, False)])
def test_every_paragraph_has_the_direction_and_alignment_of_its_language(window, article_id, rtl_article):
    window.select_article(article_id)
    assert window.current_article_id() == article_id
    view = window.reading_view
    article = window.library.get_article(article_id)
    assert len(view._tables) == len(article.paragraphs)
    for row, paragraph in enumerate(article.paragraphs):
        block, _cell = cell_block(view, 0, row)
        assert block.text() == paragraph.text
        fmt = block.blockFormat()
        # The article's language decides, except for a paragraph without any
        # right-to-left letter (an all-English quotation): left-to-right (issue 11, item 14).
        rtl = rtl_article and has_rtl_letter(paragraph.text)
        expected = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        assert fmt.layoutDirection() == expected, (row, paragraph.text[:30])
        assert bool(fmt.alignment() & Qt.AlignmentFlag.AlignRight) == rtl
        # English translation column is always left-to-right.
        t_block, _ = cell_block(view, 1, row)
        assert t_block.blockFormat().layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_hebrew_paragraph_starting_with_latin_is_right_to_left(window):
    from reader.core.text import Article, segment

    text = "Microsoft היא המשקיעה העיקרית ב-OpenAI, ולכן סם אלטמן מצטרף אליה.\n\nשורה שנייה."
    article = Article(id=None, title="t", language="he", paragraphs=segment(text, "he"))
    window.reading_view.show_article(article, {})
    block, _ = cell_block(window.reading_view, 0, 0)
    assert block.text().startswith("Microsoft")
    assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert block.blockFormat().alignment() & Qt.AlignmentFlag.AlignRight


def test_untranslated_article_says_why_and_what_to_do(window):
    window.select_article(3)
    # The pack offer names what is missing in languages; the column's own
    # notice takes over once the offer was declined.
    offer = window.findChild(QWidget, "packOffer")
    assert offer is not None and offer.isVisible() and not window.banner.isVisible()
    assert "Arabic" in offer.text.text() and "→ English" in offer.text.text()
    offer.later_button.click()
    assert window.banner.isVisible() and "Arabic → English" in window.banner_label.text()
    block, _ = cell_block(window.reading_view, 1, 0)
    assert "No translation" in block.text() and "Language Packs" in block.text()


def test_translation_column_shows_stored_translation_aligned(window):
    window.library.save_translation(4, 1, ["A short recap.", "Second sentence."], "nl_en@1.8")
    window.select_article(5)
    window.select_article(4)
    view = window.reading_view
    block, _ = cell_block(view, 1, 1)
    assert block.text() == "A short recap. Second sentence."
    assert view.pane_text(TRANSLATION, 1) == "A short recap. Second sentence."


def test_markup_in_an_article_is_shown_as_text(window, tmp_path, qtbot):
    path = tmp_path / "markup.txt"
    path.write_text(
        'Le <b>conseil</b> a dit <script>alert("x")</script> et <a href="http://x">ceci</a>.',
        encoding="utf-8",
    )
    (result,) = import_into(window.library, [path])
    window.reload_articles()
    window.select_article(result.article_id)
    text = window.reading_view.document().toPlainText()
    assert "<b>conseil</b>" in text and '<script>alert("x")</script>' in text
    block, _ = cell_block(window.reading_view, 0, 0)
    fragments, it = [], block.begin()
    while not it.atEnd():
        fragments.append(it.fragment())
        it += 1
    assert "".join(f.text() for f in fragments) == block.text()  # every fragment of the paragraph
    assert all(f.charFormat().fontWeight() <= 400 and not f.charFormat().isAnchor() for f in fragments)


def test_selection_maps_to_paragraph_and_code_point_offsets(window):
    window.select_article(3)
    view = window.reading_view
    text = view.pane_text(SOURCE, 0)
    start = text.index("Microsoft")
    assert view.select_range(SOURCE, 0, start, start + len("Microsoft"))
    selected = view.selected_range()
    assert (selected.pane, selected.paragraph, selected.start, selected.end) == (SOURCE, 0, start, start + 9)
    assert selected.text == "Microsoft"
    assert view.textCursor().selectedText() == "Microsoft"


def test_keyboard_selection_in_hebrew(window, qtbot):
    window.select_article(2)
    view = window.reading_view
    view.setFocus()
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.document_position(SOURCE, 2, 0))
    view.setTextCursor(cursor)
    for _ in range(5):  # in right-to-left text, Left moves forward
        qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    selected = view.selected_range()
    assert selected is not None and selected.paragraph == 2 and selected.start == 0 and selected.end == 5
    assert selected.text == view.pane_text(SOURCE, 2)[: selected.end]


def test_geometry_and_last_article_are_restored(qtbot, seeded_library, data_dir):
    first = MainWindow(seeded_library)
    qtbot.addWidget(first)
    first.restore_state()
    first.resize(700, 500)
    first.select_article(4)
    first.close()
    again = MainWindow(Library(data_dir))
    qtbot.addWidget(again)
    again.restore_state()
    assert again.current_article_id() == 4
    assert (again.width(), again.height()) == (700, 500)


def test_drop_files_imports_them(window, tmp_path, qtbot):
    path = tmp_path / "drop.txt"
    path.write_text(
        "Een nieuw artikel over Sam Altman en Microsoft. Het personeel dreigt op te stappen.",
        encoding="utf-8",
    )
    worker = window.import_paths([path])
    qtbot.waitUntil(lambda: worker.isFinished(), timeout=10000)
    qtbot.waitUntil(lambda: window.article_model.rowCount() == 6, timeout=5000)


def test_features_are_installed_right_after_the_first_paint(qtbot, seeded_library):
    window = MainWindow(seeded_library, defer_features=True)
    qtbot.addWidget(window)
    window.restore_state()
    # nothing but the list and the article before the first paint: no action, no feature
    assert window.translation is None and not window.actions
    window.show()
    qtbot.waitUntil(lambda: window.translation is not None, timeout=5000)
    # One feature per turn of the event loop, in FEATURES order (the story view last).
    assert window.feature("stories") is None
    qtbot.waitUntil(lambda: window.feature("stories") is not None, timeout=5000)
    assert window.actions["annotate"].isEnabled() and window.actions["next-sentence"].isEnabled()
    # caught up on the open article with the last one
    assert window.keyboard.cursor.article_id == window.current_article_id()


def test_opening_an_article_in_the_window_reads_each_table_at_most_once(window, qtbot):
    """The service reads the article, its translation, annotations and
    reading position once; the window and its features take them from
    `current_state()` instead of reading them again."""
    from support.tables import tables_read

    from reader.core.panes import Pane
    from reader.core.storage.sessions import SessionStore

    library = window.library
    article = library.get_article(3)
    for p, paragraph in enumerate(article.paragraphs):
        library.save_translation(
            3, p, [f"Sentence {i} of {p}. " for i in range(len(paragraph.sentences))], "ar_en@1.0"
        )
    library.mark_translated(3, "ar_en@1.0")
    window.service.annotate(3, Pane.TRANSLATION, quote="Sentence 0 of 0.", note="first")
    SessionStore(library).save_position(3, 1, 0, progress=0.3)

    def open_and_settle():
        window.open_article(3)
        qtbot.wait(50)  # what the features do just after (timers at 0 ms)

    _, counts, statements = tables_read(library, open_and_settle, writes=False)
    assert counts["articles"] and counts["translations"] and counts["reading_positions"]
    # The article's row counts its paragraphs (a subquery); the view reads the texts it shows.
    counts["paragraphs"] -= 1
    over = {table: n for table, n in counts.items() if n > 1}
    assert not over, "\n".join(statements)
    # and what was read is shown: the translation, the reader's place
    assert window.reading_view.pane_text(TRANSLATION, 0).startswith("Sentence 0 of 0.")
    assert (window.keyboard.cursor.paragraph, window.keyboard.cursor.sentence) == (1, 0)
