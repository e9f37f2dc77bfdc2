"""Entities in the window: background recognition after first paint and
after a translation, highlights in both columns (exact spans, Hebrew and
Arabic), the legend, Next Entity, and the entities panel (jump, filter,
corrections)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from support.entity_fixtures import HE_P0_ENGLISH, copy_library

from reader.core.storage import Library
from reader.core.storage.entities import EntityStore
from reader.ui.entities_panel import RTL_ROLE
from reader.ui.entities_ui import HIDDEN_SETTING, LAYER
from reader.ui.main_window import MainWindow

WAIT = 60000  # ms: a cold start loads spaCy in the worker


def open_window(qtbot, library):
    win = MainWindow(library)
    qtbot.addWidget(win)
    controller = win.entities
    with qtbot.waitSignal(controller.job.groupsReady, timeout=WAIT):
        win.restore_state()
        win.show()
    return win, controller


@pytest.fixture
def window(qtbot, tmp_path_factory, tmp_path):
    library = Library(copy_library(tmp_path_factory, tmp_path / "data"))
    win, controller = open_window(qtbot, library)
    yield win
    controller.shutdown()
    library.close()


def spans(highlights):
    return {(h.pane, h.paragraph, h.start, h.end) for h in highlights}


def mention_spans(mentions):
    return {(m.pane, m.paragraph, m.start, m.end) for m in mentions}


def test_recognition_waits_for_first_paint_and_never_blocks_switching(qtbot, seeded_library):
    win = MainWindow(seeded_library)
    qtbot.addWidget(win)
    controller = win.entities
    assert win.feature("entities") is controller
    win.restore_state()
    assert controller.handle is None  # nothing before the first paint
    win.show()
    qtbot.waitUntil(lambda: controller.handle is not None and controller.handle.isRunning(), timeout=5000)
    # while the worker loads spaCy and recognises, switching articles stays fast
    slowest = 0.0
    for article_id in (3, 5, 1):
        started = time.perf_counter()
        win.select_article(article_id)
        slowest = max(slowest, time.perf_counter() - started)
    assert slowest < 1.0
    qtbot.waitUntil(lambda: bool(controller.groups), timeout=WAIT)
    assert win.reading_view._highlight_layers[LAYER]
    controller.shutdown()


@pytest.mark.parametrize("article_id", [1, 3])
def test_highlights_are_the_stored_spans_in_both_columns(window, qtbot, tmp_path, article_id):
    controller = window.entities
    library = window.library
    if article_id == 1:
        # a translation arrives: the worker recognises it (both panes)
        library.save_translation(1, 0, HE_P0_ENGLISH, "he_en@test")
        library.mark_translated(1, "he_en@test")
        with qtbot.waitSignal(controller.job.groupsReady, timeout=WAIT):
            window.translation.job.articleDone.emit(1, "he_en@test", "test")
    window.select_article(article_id)
    window.open_article(article_id)  # shows the stored translation
    view = window.reading_view
    stored = EntityStore(library).mentions(article_id)
    layer = view._highlight_layers[LAYER]
    assert spans(layer) == mention_spans(stored)
    if article_id == 1:
        assert {"source", "translation"} == {h.pane for h in layer}
    # each highlight covers exactly the mention's characters on screen
    by_span = {(m.pane, m.paragraph, m.start, m.end): m.text for m in stored}
    for h in layer:
        assert (
            view.pane_text(h.pane, h.paragraph)[h.start : h.end]
            == by_span[(h.pane, h.paragraph, h.start, h.end)]
        )
    # per mention: a faint tint (annotations stay solid and distinct) and an underline
    drawn: dict[tuple[int, int], list] = {}
    for selection in view.extraSelections():
        drawn.setdefault((selection.cursor.selectionStart(), selection.cursor.selectionEnd()), []).append(
            selection
        )
    for m in stored:
        first = view.document_position(m.pane, m.paragraph, m.start)
        last = view.document_position(m.pane, m.paragraph, m.end)
        marks = drawn[(first, last)]
        assert all(s.cursor.selectedText() == m.text for s in marks)
        assert any(s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline for s in marks)
        assert any(
            s.format.hasProperty(QTextCharFormat.Property.BackgroundBrush)
            and s.format.background().color().alpha() < 80
            for s in marks
        )
    # on screen the tint lies on the mentions and (nearly) nowhere else
    tinted = _pixels(view.viewport().grab())
    view.set_highlights(LAYER, [])
    plain = _pixels(view.viewport().grab())
    view.set_highlights(LAYER, layer)
    ys, xs = (tinted != plain).any(axis=2).nonzero()
    boxes = _mention_boxes(view, stored)
    assert len(ys) > 0 and boxes
    inside = [
        any(left <= x <= right and top <= y <= bottom for left, top, right, bottom in boxes)
        for x, y in zip(xs[::7], ys[::7])
    ]
    # (a caret rectangle in right-to-left text can be a pixel or two off at a line's end)
    assert sum(inside) >= 0.98 * len(inside)
    assert any(
        (tinted[top:bottom, left:right] != plain[top:bottom, left:right]).any()
        for left, top, right, bottom in boxes
    )


def _pixels(pixmap):
    import numpy

    image = pixmap.toImage().convertToFormat(pixmap.toImage().Format.Format_RGB32)
    rows = numpy.frombuffer(image.constBits(), numpy.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width() * 4].reshape(image.height(), image.width(), 4).copy()


def _mention_boxes(view, mentions, margin: int = 3):
    """(left, top, right, bottom) in viewport pixels of every line of every
    mention that is drawn, grown by `margin`."""
    ratio = view.viewport().devicePixelRatio()
    boxes = []
    for m in mentions:
        first = view.document_position(m.pane, m.paragraph, m.start)
        last = view.document_position(m.pane, m.paragraph, m.end)
        if first is None:
            continue
        lines: dict[int, list] = {}
        for position in range(first, last + 1):
            cursor = QTextCursor(view.document())
            cursor.setPosition(position)
            rect = view.cursorRect(cursor)
            lines.setdefault(rect.top(), []).append(rect)
        for rects in lines.values():
            boxes.append(
                (
                    int((min(r.left() for r in rects) - margin) * ratio),
                    int((min(r.top() for r in rects) - margin) * ratio),
                    int((max(r.right() for r in rects) + margin) * ratio),
                    int((max(r.bottom() for r in rects) + margin) * ratio),
                )
            )
    return boxes


def test_hebrew_mentions_skip_prefixes(window):
    window.select_article(1)
    view = window.reading_view
    text = view.pane_text("source", 1)
    marks = [h for h in view._highlight_layers[LAYER] if h.pane == "source" and h.paragraph == 1]
    microsoft = [text[h.start : h.end] for h in marks if text[h.start : h.end].endswith("מיקרוסופט")]
    # "למיקרוסופט": the ל is a preposition, not part of the name
    assert microsoft and set(microsoft) == {"מיקרוסופט"}
    assert any(text[h.start - 1] == "ל" for h in marks if text[h.start : h.end] == "מיקרוסופט")


def test_legend_switches_types_and_remembers(window, qtbot, tmp_path):
    controller = window.entities
    window.select_article(1)
    labels = lambda: {m.label for m in controller.current_mentions()}  # noqa: E731
    assert "PERSON" in labels()
    controller.legend.boxes["PERSON"].setChecked(False)
    assert "PERSON" not in labels() and "ORG" in labels()
    people = {
        (m.pane, m.paragraph, m.start, m.end)
        for m in EntityStore(window.library).mentions(1)
        if m.label == "PERSON"
    }
    assert not people & spans(window.reading_view._highlight_layers[LAYER])
    assert window.library.get_setting(HIDDEN_SETTING) == ["PERSON"]
    # a new window (next start) keeps the choice
    second = MainWindow(window.library)
    qtbot.addWidget(second)
    again = second.entities
    assert not again.legend.boxes["PERSON"].isChecked() and again.legend.boxes["ORG"].isChecked()
    again.shutdown()


def test_next_entity_follows_reading_order(window):
    window.select_article(3)  # Arabic: "next" is the next in logical order, never "to the left"
    view = window.reading_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.document_position("source", 0, 0))
    view.setTextCursor(cursor)
    expected = sorted(
        (m for m in window.entities.current_mentions() if m.pane == "source"),
        key=lambda m: (m.paragraph, m.start),
    )[:6]
    seen = []
    for _ in expected:
        window.run_command("next-entity")
        r = view.selected_range()
        seen.append((r.pane, r.paragraph, r.start, r.end, r.text))
    assert seen == [(m.pane, m.paragraph, m.start, m.end, m.text) for m in expected]
    assert seen[0][4] == "20 نوفمبر"


def test_panel_lists_filters_and_jumps(window, qtbot):
    controller = window.entities
    window.run_command("show-entities")
    panel = controller.panel
    assert panel.isVisible()
    assert panel.model.rowCount() == len(controller.groups)
    panel.filter_edit.setText("שיר")  # a native spelling finds the entity (QTest types ASCII only)
    assert [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())] == ["Emmett Shear"]
    panel.filter_edit.clear()

    group = panel.select_name("Emmett Shear")
    assert window.article_filter.allowed_ids == set(group.mentions) >= {1, 3, 4, 5}
    assert window.article_filter.rowCount() == len(group.mentions)
    items = panel.mention_items()
    assert {item.data(0, Qt.ItemDataRole.UserRole + 2)[0] for item in items} == set(group.mentions)
    arabic = next(i for i in items if i.text(0).startswith("#3"))
    assert arabic.data(2, RTL_ROLE) and arabic.text(1) in arabic.text(2)
    dutch = next(i for i in items if i.text(0).startswith("#4"))
    assert not dutch.data(2, RTL_ROLE)
    # each mention says how sure its recogniser is (stored with the mention)
    _id, dutch_mention = dutch.data(0, Qt.ItemDataRole.UserRole + 2)
    assert 0 < dutch_mention.confidence < 1
    assert dutch.toolTip(1) == f"Person, confidence {dutch_mention.confidence:.0%}"

    # Enter on a mention opens its article with the mention selected
    panel.mentions.setFocus()
    panel.mentions.setCurrentItem(arabic)
    qtbot.keyClick(panel.mentions, Qt.Key.Key_Return)
    article_id, m = arabic.data(0, Qt.ItemDataRole.UserRole + 2)
    assert window.current_article_id() == 3
    r = window.reading_view.selected_range()
    assert (r.pane, r.paragraph, r.start, r.end, r.text) == (m.pane, m.paragraph, m.start, m.end, m.text)

    panel.buttons["clear"].click()
    assert window.article_filter.allowed_ids is None and window.article_filter.rowCount() == 5
    window.run_command("show-entities")
    assert not panel.isVisible()


def test_panel_corrections_survive_recompute(window, qtbot):
    controller = window.entities
    panel = controller.toggle_panel()
    names = lambda: [g.name for g in controller.groups]  # noqa: E731

    def wait_for(action):
        with qtbot.waitSignal(controller.groupsChanged, timeout=WAIT):
            result = action()
        return result

    chat, gpt = panel.select_name("ChatGPT"), panel.select_name("GPT")
    panel.select_keys([chat.key, gpt.key])
    assert panel.buttons["merge"].isEnabled()
    wait_for(panel.buttons["merge"].click)
    assert "GPT" not in names() and names().count("ChatGPT") == 1
    assert [g.name for g in panel.selected_groups()] == ["ChatGPT"]  # still selected

    panel.select_name("Sam Altman")
    wait_for(lambda: panel.rename(name="Samuel H. Altman"))
    panel.select_name("X")
    wait_for(panel.buttons["reject"].click)
    assert "Samuel H. Altman" in names() and "Sam Altman" not in names() and "X" not in names()

    panel.select_name("Microsoft")
    hebrew = [i for i in panel.mention_items() if i.text(1) == "מיקרוסופט"]
    for item in hebrew:
        item.setSelected(True)
    wait_for(lambda: panel.split(name="Microsoft (Hebrew)"))
    split = next(g for g in controller.groups if g.name == "Microsoft (Hebrew)")
    assert split.surfaces == {"מיקרוסופט"}

    # a full recompute (new models, say): the corrections are applied again
    with qtbot.waitSignal(controller.job.groupsReady, timeout=WAIT):
        controller.request(force=True)
    assert {"Samuel H. Altman", "ChatGPT", "Microsoft (Hebrew)"} <= set(names())
    assert not {"Sam Altman", "GPT", "X"} & set(names())
    window.select_article(1)
    assert {m.canonical for m in controller.current_mentions() if m.text == "סם אלטמן"} == {
        "Samuel H. Altman"
    }

    wait_for(panel.undo)  # the split
    assert "Microsoft (Hebrew)" not in names()


def test_an_import_is_recognised_in_the_background(window, qtbot, tmp_path):
    controller = window.entities
    path = tmp_path / "nadella.txt"
    path.write_text(
        "Le conseil d'administration a publié un communiqué lundi matin.\n\n"
        "Selon le communiqué, Satya Nadella accueille Sam Altman chez Microsoft.\n",
        encoding="utf-8",
    )
    with qtbot.waitSignal(
        controller.job.runFinished, timeout=WAIT, check_params_cb=lambda report: bool(report.computed)
    ) as blocker:
        window.import_paths([path])
    [new_id] = blocker.args[0].computed
    assert new_id == 6
    qtbot.waitUntil(lambda: any(6 in g.mentions for g in controller.groups), timeout=WAIT)
    sam = next(g for g in controller.groups if g.name == "Sam Altman")
    assert set(sam.mentions) == {1, 2, 3, 4, 5, 6}


def test_closing_the_panel_clears_the_article_filter(window):
    panel = window.entities.toggle_panel()
    panel.select_name("Satya Nadella")
    assert window.article_filter.allowed_ids is not None
    panel.close()
    assert window.article_filter.allowed_ids is None
