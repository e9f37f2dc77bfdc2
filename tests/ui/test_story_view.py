"""The story view (reader/ui/story_view.py) on a Hebrew/Arabic story written
here: two Hebrew reports and one Arabic report of one interest-rate decision,
and one unrelated Hebrew article that must stay out of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

HEBREW_1 = """בנק ישראל הותיר את הריבית ללא שינוי

בנק ישראל הודיע ביום שני, 27 בנובמבר 2023, כי הריבית תישאר ברמה של 4.75%. הנגיד אמיר ירון אמר במסיבת עיתונאים: "המלחמה מחייבת זהירות רבה". לדבריו, האינפלציה ירדה ל-3.7% בחודש אוקטובר.

כלכלנים בתל אביב ציפו להחלטה הזאת. ירון הוסיף כי הבנק ימשיך לעקוב אחר שוק המט"ח.
"""
HEBREW_2 = """הנגיד ירון: הריבית נשארת 4.75%

הנגיד אמיר ירון החליט שלא לשנות את הריבית. ההחלטה פורסמה ב-27 בנובמבר 2023 בתל אביב. לפי הודעת בנק ישראל, השקל התחזק ב-2% מאז תחילת החודש.

שר האוצר בצלאל סמוטריץ' בירך על ההחלטה ואמר: "זו החלטה אחראית".
"""
ARABIC = """بنك إسرائيل يبقي الفائدة دون تغيير

أعلن بنك إسرائيل يوم الاثنين 27 نوفمبر 2023 إبقاء سعر الفائدة عند 4.75%. وقال المحافظ أمير يارون: "الحرب تتطلب حذرا كبيرا". وأضاف يارون أن التضخم تراجع إلى 3.5% في أكتوبر.

وكان خبراء في تل أبيب قد توقعوا هذا القرار.
"""
ARABIC_2 = """المحافظ يارون يثبت الفائدة

ثبت بنك إسرائيل سعر الفائدة عند 4.75% في 27 نوفمبر 2023. وقال أمير يارون إن البنك سيتابع سوق العملات في تل أبيب عن كثب.
"""
UNRELATED = """מכבי חיפה ניצחה בגמר הגביע

מכבי חיפה ניצחה אתמול את הפועל באר שבע 2:1 בגמר הגביע באצטדיון סמי עופר. המאמן ברק בכר אמר אחרי המשחק כי הקבוצה שיחקה באומץ.
"""


def build_library(data_dir: Path):
    """The four articles imported (ids 1-4), entities recognised, stories grouped."""
    from reader.core.entity_service import recompute
    from reader.core.importer import import_file
    from reader.core.storage import Library
    from reader.core.storage.stories import StoryStore
    from reader.core.stories import StoryGrouper

    library = Library(data_dir)
    files = data_dir.parent / "articles"
    files.mkdir(parents=True, exist_ok=True)
    for name, text, language in (
        ("he-1.txt", HEBREW_1, "he"),
        ("he-2.txt", HEBREW_2, "he"),
        ("ar-1.txt", ARABIC, "ar"),
        ("he-3.txt", UNRELATED, "he"),
    ):
        path = files / name
        path.write_text(text, encoding="utf-8")
        library.add_article(import_file(path, language))
    recompute(library)
    grouper = StoryGrouper(library)
    grouper.recompute()
    # These tests are about the view, not the grouping (tests/core/test_stories.py):
    # where the grouper leaves a report of the decision apart, the user moves it in.
    store = StoryStore(library)
    for article_id in (2, 3):
        if store.story_of(article_id) != store.story_of(1):
            grouper.move(article_id, store.story_of(1))
    return library


@pytest.fixture
def story_library(tmp_path):
    library = build_library(tmp_path / "data")
    yield library
    library.close()


@pytest.fixture
def comparison(story_library):
    from reader.core.stories import story_of_article
    from reader.core.story_view_model import StoryComparison

    story_id = story_of_article(story_library, 1)
    assert story_id is not None
    return StoryComparison(story_library, story_id)


@pytest.fixture
def story_view(qtbot, comparison):
    from reader.core.commands import load_keymap
    from reader.ui.story_view import StoryView

    view = StoryView(comparison, load_keymap(None))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_matrix_has_the_story_articles_and_sorts_entities_by_articles_naming_them(story_view):
    matrix = story_view.matrix
    assert [c.article_id for c in matrix.columns] == [1, 2, 3]  # the football report stays out
    assert [c.language for c in matrix.columns] == ["he", "he", "ar"]
    names = [row.name for row in matrix.rows]
    named_by = [row.articles for row in matrix.rows]
    assert named_by == sorted(named_by, reverse=True)
    # the governor and the bank are named by all three, in Hebrew and in Arabic
    governor = matrix.rows[names.index("Amir Yaron")]
    assert governor.articles == 3
    assert governor.counts[0] >= 2 and governor.counts[1] >= 1 and governor.counts[2] >= 2
    assert matrix.rows[names.index("Bank of Israel")].articles == 3
    # the minister is named in one Hebrew article only: an empty cell elsewhere
    minister = matrix.rows[names.index("Bezalel Smotrich")]
    assert minister.counts == (0, 1, 0)
    assert names.index("Bezalel Smotrich") > names.index("Amir Yaron")


def test_keys_move_the_cell_cursor_and_enter_lists_the_entity_sentences(story_view, qtbot):
    matrix = story_view.matrix
    matrix.setFocus()
    start = (matrix.row, matrix.column)
    assert start == (0, 0)
    QTest.keyClick(matrix, Qt.Key.Key_L)
    QTest.keyClick(matrix, Qt.Key.Key_Right)
    assert (matrix.row, matrix.column) == (0, 2)
    QTest.keyClick(matrix, Qt.Key.Key_Right)  # stops at the last article
    assert matrix.column == 2
    QTest.keyClick(matrix, Qt.Key.Key_J)
    QTest.keyClick(matrix, Qt.Key.Key_Down)
    QTest.keyClick(matrix, Qt.Key.Key_K)
    assert matrix.row == 1
    minister_row = [row.name for row in matrix.rows].index("Bezalel Smotrich")
    matrix.move_to(minister_row, 0)
    QTest.keyClick(matrix, Qt.Key.Key_Return)
    assert story_view.sentences.hasFocus()
    refs = story_view.sentences.refs()
    assert {ref.article_id for ref in refs} == {2}
    assert "Bezalel Smotrich" in story_view.entity_label.text()


def _source_option(table, row: int) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    table.itemDelegate().initStyleOption(option, table.model().index(row, 0))
    return option


def test_sentences_are_right_to_left_for_hebrew_and_arabic(story_view):
    names = [row.name for row in story_view.matrix.rows]
    story_view.show_entity(names.index("Amir Yaron"))
    table = story_view.sentences
    rows = [row for row in range(table.rowCount()) if table.item(row, 0).data(Qt.ItemDataRole.UserRole + 12)]
    assert {table.item(row, 0).data(Qt.ItemDataRole.UserRole + 12).article_id for row in rows} == {1, 2, 3}
    for row in rows:
        source = table.item(row, 0).text()
        assert "ירון" in source or "يارون" in source
        option = _source_option(table, row)
        assert option.direction == Qt.LayoutDirection.RightToLeft
        assert option.displayAlignment & Qt.AlignmentFlag.AlignRight
        translation = QStyleOptionViewItem()
        table.itemDelegate().initStyleOption(translation, table.model().index(row, 1))
        assert translation.direction == Qt.LayoutDirection.LeftToRight
    # a Hebrew sentence that opens with a Latin word is still laid out right to left
    headings = [table.item(row, 0).text() for row in range(table.rowCount()) if row not in rows]
    assert len(headings) == 3 and "Hebrew" in headings[0] and "Arabic" in headings[2]


def test_the_timeline_has_the_dates_the_articles_mention(story_view):
    dates = story_view.timeline.dates()
    assert dates.count("2023-11-27") == 3  # every article gives the day of the decision
    assert {
        story_view.columns[m.lane].article_id for m in story_view.timeline.marks if m.iso == "2023-11-27"
    } == {1, 2, 3}


def test_numbers_and_quotations(story_view):
    story_view.show_numbers()
    numbers = story_view.numbers
    assert numbers.hasFocus()
    values = [(numbers.item(row, 0).text(), numbers.item(row, 2).text()) for row in range(numbers.rowCount())]
    # the inflation figure the Hebrew and the Arabic report disagree on both show
    assert any("3.7" in value for value, _article in values)
    assert any("3.5" in value for value, _article in values)
    story_view.show_quotations()
    quotations = story_view.quotations
    speakers = [quotations.topLevelItem(i).text(0) for i in range(quotations.topLevelItemCount())]
    assert "Amir Yaron" in speakers
    governor = quotations.topLevelItem(speakers.index("Amir Yaron"))
    assert governor.childCount() >= 2  # the Hebrew and the Arabic quotation


# --- in the window: keys only ---------------------------------------------------------------


def press(key, modifiers=Qt.KeyboardModifier.NoModifier):
    """A key on whatever has the focus, as a user's keyboard would send it."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    QTest.keyClick(widget, key, modifiers)


@pytest.fixture
def window(qtbot, story_library):
    from reader.ui.main_window import MainWindow

    win = MainWindow(story_library)
    qtbot.addWidget(win)
    win.restore_state(1)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    QTest.qWaitForWindowActive(win)
    return win


def test_keys_only_from_the_matrix_to_a_sentence_in_the_reader_and_back(window, qtbot):
    from reader.ui.reading_view import SOURCE

    stories = window.feature("stories")
    window.focus_reader()
    press(Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: stories.view is not None)  # compared in the background, then shown
    view = stories.view
    assert view.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    assert view.matrix.hasFocus()
    assert [c.article_id for c in view.columns] == [1, 2, 3]

    # down the matrix to the governor, Enter: his sentences; j to the second one, Enter: the reader
    governor = [row.name for row in view.matrix.rows].index("Amir Yaron")
    for _ in range(governor):
        press(Qt.Key.Key_J)
    press(Qt.Key.Key_Return)
    assert view.sentences.hasFocus()
    assert "Amir Yaron" in view.entity_label.text()
    press(Qt.Key.Key_J)
    target = view.sentences.current_ref()
    assert target is not None
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.reading_view.hasFocus()
    assert window.current_article_id() == target.article_id
    cursor = window.keyboard.cursor
    assert (cursor.pane, cursor.paragraph, cursor.sentence) == (SOURCE, target.paragraph, target.sentence)
    # Esc in the reader: back in the story, on the same sentence
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    assert view.sentences.hasFocus()
    assert view.sentences.current_ref() == target
    # Esc steps back to the matrix, then closes the story
    press(Qt.Key.Key_Escape)
    assert view.matrix.hasFocus()
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: stories.view is None)
    assert not window.action("back-to-story").isEnabled()


def test_show_story_on_an_article_alone_says_so(window, qtbot):
    stories = window.feature("stories")
    window.select_article(4)
    stories.show_story()
    qtbot.waitUntil(lambda: "No other article" in window.statusBar().currentMessage())
    assert stories.view is None


def test_story_patterns_are_prepared_only_for_a_reader_heading_for_a_story(
    window, qtbot, story_library, monkeypatch
):
    from reader.core import story_facts
    from reader.core.entity_service import groups
    from reader.ui.feature_host import Event

    prepared = []
    monkeypatch.setattr(story_facts, "prepare_patterns", prepared.append)
    stories = window.feature("stories")
    window.publish(Event.ENTITY_SELECTED, None)  # a selection cleared: not a step towards a story
    qtbot.wait(200)
    assert prepared == []
    window.action("show-story").hover()  # the menu item highlighted
    qtbot.waitUntil(lambda: prepared == [["ar", "he"]])
    # once: later steps towards a story do not prepare again
    window.action("show-entity-stories").hover()
    window.publish(Event.ENTITY_SELECTED, groups(story_library)[0])
    qtbot.wait(200)
    assert prepared == [["ar", "he"]]
    assert stories.view is None


def test_the_entities_panel_opens_the_story_naming_its_entity_at_that_entity(window, qtbot, story_library):
    from reader.core.entity_service import groups
    from reader.ui.feature_host import Event

    stories = window.feature("stories")
    minister = next(g for g in groups(story_library) if g.name == "Bezalel Smotrich")
    window.publish(Event.ENTITY_SELECTED, minister)  # what the panel says when one entity is selected
    window.run_command("show-entity-stories")
    qtbot.waitUntil(lambda: stories.view is not None)
    view = stories.view
    assert [c.article_id for c in view.columns] == [1, 2, 3]
    assert view.matrix.current_row().name == "Bezalel Smotrich"
    assert {ref.article_id for ref in view.sentences.refs()} == {2}


def test_the_comparison_exports_as_csv_and_markdown(story_view, tmp_path):
    csv_file = story_view.export(tmp_path / "story.csv")
    text = csv_file.read_text(encoding="utf-8-sig")
    assert "أمير يارون" in text and "אמיר ירון" in text
    markdown = story_view.export(tmp_path / "story.md").read_text(encoding="utf-8")
    assert markdown.startswith("# ") and "Amir Yaron" in markdown
    assert "Exported to" in story_view.hint.text()


def test_keys_of_the_story_view_move_between_its_parts(story_view, qtbot):
    story_view.activateWindow()
    QTest.qWaitForWindowActive(story_view)
    story_view.matrix.setFocus()
    press(Qt.Key.Key_Tab)
    assert story_view.sentences.hasFocus()
    # j passes over the article headings: from article 1's last sentence to article 2's first
    names = [row.name for row in story_view.matrix.rows]
    story_view.show_entity(names.index("Amir Yaron"))
    refs = story_view.sentences.refs()
    story_view.sentences.select_ref(refs[1])
    press(Qt.Key.Key_J)
    assert story_view.sentences.current_ref() == refs[2] and refs[2].article_id == 2
    press(Qt.Key.Key_K)
    assert story_view.sentences.current_ref() == refs[1]
    press(Qt.Key.Key_N)
    assert story_view.tabs.currentWidget() is story_view.numbers and story_view.numbers.hasFocus()
    press(Qt.Key.Key_Q)
    assert story_view.quotations.hasFocus()
    press(Qt.Key.Key_T)
    assert story_view.timeline.hasFocus()
    first = story_view.timeline.current
    press(Qt.Key.Key_L)
    assert story_view.timeline.current == first + 1
    press(Qt.Key.Key_S)
    assert story_view.sentences.hasFocus()
    press(Qt.Key.Key_M)
    assert story_view.matrix.hasFocus()


def test_stories_regroup_in_the_background_when_the_entities_change(window, qtbot, story_library):
    import threading

    from reader.core.entity_service import groups
    from reader.core.storage.stories import StoryStore
    from reader.ui.feature_host import Event
    from reader.ui.jobs import JobContext
    from reader.ui.story_view import StoryRegroupJob

    store = StoryStore(story_library)
    store.replace_all([])  # as before the first grouping
    entities = groups(story_library)
    stories = window.feature("stories")
    stories._regroup_timer.setInterval(0)
    window.publish(Event.ENTITIES_CHANGED, entities)  # what the entities feature says after recognition
    qtbot.waitUntil(lambda: not store.is_empty() and stories._regroup_job is None)
    assert store.story_of(1) == store.story_of(2) == store.story_of(3) != store.story_of(4)
    assert stories.last_regroup == "full"
    # a new report of the same decision: recognised, then placed without regrouping the library
    from reader.core.entity_service import recompute
    from reader.core.importer import import_file

    path = story_library.data_dir.parent / "articles" / "ar-2.txt"
    path.write_text(ARABIC_2, encoding="utf-8")
    new_id, _status = story_library.add_article(import_file(path, "ar"))
    recompute(story_library, [new_id])
    window.publish(Event.ENTITIES_CHANGED, groups(story_library))
    qtbot.waitUntil(lambda: stories.last_regroup == "incremental" and stories._regroup_job is None)
    assert store.story_of(new_id) == store.story_of(1)
    # the same entities again: nothing to regroup
    context = JobContext(story_library.data_dir, threading.Event())
    try:
        now = groups(story_library)
        assert StoryRegroupJob(now).work(context) == "none"
        assert StoryRegroupJob(now[1:]).work(context) == "full"  # an entity less: regroup all
    finally:
        context.close()


def open_story_of(window, qtbot, article_id: int):
    stories = window.feature("stories")
    window.select_article(article_id)
    stories.show_story()
    qtbot.waitUntil(lambda: stories.view is not None)
    return stories.view


def test_renaming_the_story_and_taking_an_article_out_last_through_a_regrouping(window, qtbot, story_library):
    from reader.core.storage.stories import StoryStore
    from reader.core.stories import StoryGrouper, list_stories

    view = open_story_of(window, qtbot, 1)
    view.rename("  Interest rate   held ")
    qtbot.waitUntil(lambda: view.title.text() == "Interest rate held")
    view.matrix.move_to(0, 1)  # the column of article 2
    view.take_out_article()
    qtbot.waitUntil(lambda: [c.article_id for c in view.columns] == [1, 3])
    assert view.title.text() == "Interest rate held"
    StoryGrouper(story_library).recompute()  # what the background regrouping does
    store = StoryStore(story_library)
    assert store.story_of(1) == store.story_of(3) != store.story_of(2)
    assert [s.title for s in list_stories(story_library) if 1 in s.article_ids] == ["Interest rate held"]


def test_an_open_story_is_shown_again_after_a_background_regrouping(window, qtbot, story_library):
    from reader.core.entity_service import groups
    from reader.core.stories import StoryGrouper
    from reader.ui.feature_host import Event

    view = open_story_of(window, qtbot, 1)
    names = [row.name for row in view.matrix.rows]
    view.matrix.move_to(names.index("Amir Yaron"), 2)  # the Arabic report's column
    view.show_entity(names.index("Bank of Israel"))
    view.sentences.setFocus()
    listed = next(ref for ref in view.sentences.refs() if ref.article_id == 3)
    view.sentences.select_ref(listed)
    # meanwhile article 2 leaves the story (as the CLI's --move does), and the
    # entities change: the window regroups the library in the background
    StoryGrouper(story_library).move(2, None)
    stories = window.feature("stories")
    stories._regroup_timer.setInterval(0)
    window.publish(Event.ENTITIES_CHANGED, groups(story_library))
    qtbot.waitUntil(lambda: [c.article_id for c in view.columns] == [1, 3])
    assert stories.view is view  # the same window, brought up to date
    assert view.matrix.current_row().name == "Amir Yaron"
    assert view.matrix.current_column().article_id == 3  # now the second column
    assert "Bank of Israel" in view.entity_label.text()
    assert {ref.article_id for ref in view.sentences.refs()} == {1, 3}
    assert view.sentences.current_ref() == listed and view.sentences.hasFocus()


def test_screenshots_of_the_story_view_on_the_samples(qapp, tmp_path):
    from PySide6.QtGui import QImage
    from screenshots import take_story_screenshots

    shots = take_story_screenshots(tmp_path / "shots", tmp_path / "data", size=(1200, 800))
    assert [path.stem for path in shots] == [
        "story-matrix-sentences",
        "story-timeline",
        "story-numbers",
        "story-quotations",
        "story-sentences-end",
    ]
    for path in shots:
        image = QImage(str(path))
        assert image.width() >= 1200 and image.height() >= 800
        colours = {image.pixel(x, y) for x in range(0, image.width(), 9) for y in range(0, image.height(), 9)}
        assert len(colours) > 30, path  # painted, not blank


def test_the_story_window_closes_with_the_main_window(window, qtbot):
    view = open_story_of(window, qtbot, 1)
    assert view.parent() is None  # its own window: never kept above the reader by the window manager
    window.close()
    qtbot.waitUntil(lambda: window.feature("stories").view is None)
