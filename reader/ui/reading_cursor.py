"""The reading cursor: the sentence being read, marked in the source and its
aligned sentence in the translation, moved with the keyboard.

Positions are (paragraph, sentence index) in logical order, so "next" in
Hebrew or Arabic is the next sentence in reading order, never "the sentence
to the left". The active pane (source or translation) decides where the
stronger mark, the caret and new selections go. Each move is remembered per
article (SessionStore) and counted in the current reading session; opening
an article records nothing until the reader moves in it.

A count typed before a motion repeats it (5j: five sentences on; 5G: the
fifth sentence). Jumps (entity, annotation, search, click, another article,
first/last sentence) are remembered, and jump-back returns to where the
cursor was before the last one.
"""

from __future__ import annotations

import bisect
import itertools
import re
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEasingCurve, QEvent, QObject, QPropertyAnimation, Qt, QTimer, Signal
from PySide6.QtGui import QPalette, QTextCursor

from ..core.commands import CommandId, handles
from ..core.storage import LibraryError
from ..core.storage.sessions import SessionStore
from .feature_host import Event, FeatureHost
from .reading_view import SOURCE, TRANSLATION
from .text_marks import Highlight
from .theme import CURSOR_ACTIVE_ALPHA, CURSOR_OTHER_ALPHA, LAYER_CURSOR, cursor_tint

# A gap between two reading actions longer than this counts as a pause, not
# as reading time (the reader went for coffee with the article open).
IDLE_LIMIT_SECONDS = 300
SCROLL_MS = 180
JUMPS_KEPT = 100
MAX_COUNT = 9999
Place = tuple[int, str, int, int]  # article, pane, paragraph, sentence
MODIFIER_KEYS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr)

# A word for "extend selection by word": letters/digits with Hebrew and Arabic
# marks, joined by in-word punctuation (מנכ"ל, ה-AI, l'OTAN).
_MARKS = "\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
WORD = re.compile(rf"[\w{_MARKS}]+(?:[-'’\"״׳־][\w{_MARKS}]+)*")
CURSOR_LAYER = "cursor"


class SentenceOrder(Sequence):
    """Every (paragraph, sentence) of an article in reading order, from the
    number of sentences per paragraph, counted when first needed: opening a
    stored long article needs only its total and the sentences before the
    reader's place, which the library counts without reading the text
    (storage.reading); 30,000 sentences are not 30,000 tuples."""

    def __init__(self, paragraphs):
        self._paragraphs = paragraphs
        self._stored = hasattr(paragraphs, "sentence_counts")
        self._length = (
            paragraphs.sentence_total if self._stored else sum(len(p.sentences) for p in paragraphs)
        )
        self._starts_list: list[int] | None = None

    @property
    def _starts(self) -> list[int]:
        """Index of each paragraph's first sentence (and the total, last)."""
        if self._starts_list is None:
            counts = (
                self._paragraphs.sentence_counts()
                if self._stored
                else [len(p.sentences) for p in self._paragraphs]
            )
            self._starts_list = [0, *itertools.accumulate(counts)]
        return self._starts_list

    def __len__(self) -> int:
        return self._length if self._starts_list is None else self._starts_list[-1]

    def __getitem__(self, index: int) -> tuple[int, int]:
        if not -len(self) <= index < len(self):
            raise IndexError(index)
        index %= len(self)
        paragraph = bisect.bisect_right(self._starts, index) - 1
        return paragraph, index - self._starts[paragraph]

    def __iter__(self):
        starts = self._starts
        return ((p, i) for p in range(len(starts) - 1) for i in range(starts[p + 1] - starts[p]))

    def __contains__(self, item) -> bool:
        paragraph, sentence = item
        return 0 <= paragraph < len(self._paragraphs) and 0 <= sentence < len(
            self._paragraphs[paragraph].sentences
        )

    def index(self, item, *_bounds) -> int:
        if item not in self:
            raise ValueError(item)
        paragraph, sentence = item
        if self._starts_list is None and self._stored:
            return self._paragraphs.sentences_before(paragraph) + sentence
        return self._starts[paragraph] + sentence


class ReadingCursor(QObject):
    """Controller: `ReadingCursor().install(host)` (a `FeatureHost`)."""

    moved = Signal(str, int, int)  # pane, paragraph, sentence

    def __init__(self, parent: QObject | None = None, clock: Callable[[], float] = time.monotonic):
        super().__init__(parent)
        self.clock = clock
        self.host: FeatureHost | None = None
        self.view = None
        self.store: SessionStore | None = None
        self.article_id: int | None = None
        self.pane = SOURCE
        self.paragraph = 0
        self.sentence = 0
        self._order: Sequence[tuple[int, int]] = []  # every (paragraph, sentence) in reading order
        self._following = True  # False while we move the caret ourselves
        self._pending_scroll = False
        self._animation: QPropertyAnimation | None = None
        self._watched_document = None
        self._translation_marked = False
        self.count = 0  # typed count before a motion (0: none)
        self.jumps: list[Place] = []  # before each jump, the last one last
        self.forward: list[Place] = []  # where jump-back came from
        self._jumping_back = False
        # session counters
        self.session_id: int | None = None
        self.seconds_read = 0.0
        self.sentences_advanced = 0
        self._last_activity = self.clock()

    # --- installing --------------------------------------------------------------

    def install(self, host: FeatureHost, store: SessionStore | None = None) -> ReadingCursor:
        self.host, self.view = host, host.reading_view
        if self.parent() is None:
            self.setParent(host.widget())
        self.store = store or SessionStore(host.library)
        host.bind_commands(self)
        host.subscribe(Event.ARTICLE_OPENED, self.on_article_opened)
        self.view.cursorPositionChanged.connect(self._follow_caret)
        self.view.viewport().installEventFilter(self)
        self.view.installEventFilter(self)  # counts typed before a motion
        # The list is reloaded (model reset) after imports and language changes.
        host.subscribe(Event.ARTICLES_CHANGED, self.refresh_article_list)
        # Toggling the translation or the font size re-lays the document out.
        for command_id in (CommandId.TOGGLE_TRANSLATION, CommandId.FONT_LARGER, CommandId.FONT_SMALLER):
            host.action(command_id).triggered.connect(self.after_relayout)
        try:
            self.session_id = self.store.start_session()
        except LibraryError as error:
            host.show_status(f"Reading session not recorded: {error}", 8000)
        self.refresh_article_list()
        if host.current_article_id() is not None:
            self.on_article_opened(host.current_article_id())
        return self

    # --- article and position ----------------------------------------------------

    def on_article_opened(self, article_id: int) -> None:
        view = self.view
        if self.article_id is not None and self.article_id != article_id and not self._jumping_back:
            self._push_jump()
        self.article_id = article_id
        self._order = SentenceOrder(view.article.paragraphs) if view.article else []
        state = self.host.current_state()  # its saved place: read once per opening, on first use
        saved = state.position if state is not None else None
        target = (saved.paragraph, saved.sentence) if saved else (self._order[0] if self._order else (0, 0))
        if target not in self._order and self._order:
            # The article changed since (re-import, language override): nearest earlier sentence.
            earlier = [item for item in self._order if item <= target]
            target = earlier[-1] if earlier else self._order[0]
        self.pane = SOURCE
        # Not recorded: opening (browsing the list) is not reading.
        self.set_position(*target, animate=False, record=False, jump=False)
        # The view may not have its final size yet (start-up): scroll again once it has.
        self._pending_scroll = True
        QTimer.singleShot(0, self._scroll_if_pending)

    def set_position(
        self,
        paragraph: int,
        sentence: int,
        *,
        pane: str | None = None,
        animate: bool = True,
        record: bool = True,
        move_caret: bool = True,
        jump: bool = True,
    ) -> None:
        """`jump`: remember where the cursor was, for jump-back (steps are no jumps)."""
        if jump and (paragraph, sentence) != (self.paragraph, self.sentence):
            self._push_jump()
        if pane is not None:
            self.pane = pane
        if self.pane == TRANSLATION and not self._has_translation(paragraph, sentence):
            self.pane = SOURCE
        self.paragraph, self.sentence = paragraph, sentence
        self.view.reveal(paragraph)  # a long article is laid out a window at a time
        self.paint()
        if move_caret:
            self._place_caret()
        self.ensure_visible(animate)
        if record:
            self._remember()
        self.moved.emit(self.pane, paragraph, sentence)

    def index(self) -> int:
        try:
            return self._order.index((self.paragraph, self.sentence))
        except ValueError:
            return 0

    # --- counts ----------------------------------------------------------------------

    def take_count(self) -> int:
        """The count typed before this motion (1 if none); it is used up."""
        count, self.count = self.count, 0
        return count or 1

    def _count_digit(self, digit: int) -> bool:
        if digit == 0 and not self.count:
            return False  # a count does not start with 0
        self.count = min(MAX_COUNT, self.count * 10 + digit)
        self._status(f"Count: {self.count}")
        return True

    def _clear_count(self) -> None:
        if self.count:
            self.count = 0
            self.host.show_status("")

    # --- motions ------------------------------------------------------------------------

    @handles(CommandId.NEXT_SENTENCE)
    def next_sentence(self) -> None:
        self.step_sentence(+self.take_count())

    @handles(CommandId.PREVIOUS_SENTENCE)
    def previous_sentence(self) -> None:
        self.step_sentence(-self.take_count())

    @handles(CommandId.NEXT_PARAGRAPH)
    def next_paragraph(self) -> None:
        for _ in range(self.take_count()):
            self.step_paragraph(+1)

    @handles(CommandId.PREVIOUS_PARAGRAPH)
    def previous_paragraph(self) -> None:
        for _ in range(self.take_count()):
            self.step_paragraph(-1)

    @handles(CommandId.FIRST_SENTENCE)
    def first_sentence(self) -> None:
        """The first sentence, or with a count N the N-th."""
        self.go_to_index(self.take_count() - 1)

    @handles(CommandId.LAST_SENTENCE)
    def last_sentence(self) -> None:
        """The last sentence, or with a count N the N-th."""
        count, self.count = self.count, 0
        self.go_to_index(count - 1 if count else len(self._order) - 1)

    def go_to_index(self, index: int) -> None:
        if not self._order:
            return
        target = max(0, min(len(self._order) - 1, index))
        self._activity(advanced=max(0, target - self.index()))
        self.set_position(*self._order[target])

    @handles(CommandId.SCROLL_PAGE_DOWN)
    def scroll_page_down(self) -> None:
        self.scroll_pages(+self.take_count())

    @handles(CommandId.SCROLL_PAGE_UP)
    def scroll_page_up(self) -> None:
        self.scroll_pages(-self.take_count())

    def scroll_pages(self, pages: int) -> None:
        """Scroll the text; the reading cursor stays where it is."""
        bar = self.view.verticalScrollBar()
        if self._animation is not None:
            self._animation.stop()
        bar.setValue(bar.value() + pages * bar.pageStep())

    @handles(CommandId.JUMP_BACK)
    def jump_back(self) -> None:
        """Back to where the cursor was before the last jump."""
        self._travel(self.jumps, self.forward, "No earlier place to go back to.")

    @handles(CommandId.JUMP_FORWARD)
    def jump_forward(self) -> None:
        """Forward again to where jump-back came from."""
        self._travel(self.forward, self.jumps, "No later place to go forward to.")

    def _travel(self, places: list[Place], other_way: list[Place], nothing: str) -> None:
        """To the last of `places` still there; where the cursor was goes on `other_way`."""
        here = self._place()
        while places:
            article_id, pane, paragraph, sentence = places.pop()
            if article_id != self.article_id:
                self._jumping_back = True  # the article we leave is not a new jump
                try:
                    if not self.host.select_article(article_id):
                        self.host.open_article(article_id)
                finally:
                    self._jumping_back = False
                if self.article_id != article_id:
                    continue  # gone from the library
            if (paragraph, sentence) in self._order:
                if here is not None:
                    other_way.append(here)
                self._activity()
                self.set_position(paragraph, sentence, pane=pane, jump=False)
                self.view.setFocus()
                return
        self._status(nothing)

    def _place(self) -> Place | None:
        if self.article_id is None or not self._order:
            return None
        return (self.article_id, self.pane, self.paragraph, self.sentence)

    def _push_jump(self) -> None:
        """Remember the place before a jump (a new jump forgets the way forward)."""
        place = self._place()
        if place is None:
            return
        if not self.jumps or self.jumps[-1] != place:
            self.jumps.append(place)
            del self.jumps[:-JUMPS_KEPT]
        self.forward.clear()

    def step_sentence(self, delta: int) -> None:
        if not self._order:
            return
        current = self.index()
        target = max(0, min(len(self._order) - 1, current + delta))
        if target == current:
            self._status(
                ("End of the article. Next article: " + self._keys(CommandId.NEXT_ARTICLE))
                if delta > 0
                else "Start of the article."
            )
            if delta > 0:
                self._remember()  # the last sentence counts as read
            return
        self._activity(advanced=max(0, target - current))
        self.set_position(*self._order[target], jump=False)

    def step_paragraph(self, delta: int) -> None:
        if not self._order:
            return
        current = self.index()
        # Paragraphs that have sentences, in order; go to the first sentence
        # of the next / previous one (or stay at the first / last sentence).
        paragraphs = sorted({p for p, _s in self._order})
        if delta > 0:
            later = [p for p in paragraphs if p > self.paragraph]
            target = self._order.index((later[0], 0)) if later else len(self._order) - 1
        else:
            earlier = [p for p in paragraphs if p < self.paragraph]
            target = self._order.index((earlier[-1], 0)) if earlier else 0
        if target == current:
            self._status("End of the article." if delta > 0 else "Start of the article.")
            return
        self._activity(advanced=max(0, target - current))
        self.set_position(*self._order[target], jump=False)

    def go_to_offset(
        self, pane: str, paragraph: int, offset: int, *, animate: bool = True, move_caret: bool = True
    ) -> None:
        """Put the cursor on the sentence holding `offset` (search hits, clicks)."""
        spans = self.view.sentence_spans(pane, paragraph)
        sentence = 0
        for i, (start, _end) in enumerate(spans):
            if start <= offset:
                sentence = i
        if (paragraph, sentence) not in self._order:
            return
        self._activity()
        self.set_position(paragraph, sentence, pane=pane, animate=animate, move_caret=move_caret)

    @handles(CommandId.SWITCH_COLUMN)
    def switch_column(self) -> None:
        other = TRANSLATION if self.pane == SOURCE else SOURCE
        if other == TRANSLATION and not self._has_translation(self.paragraph, self.sentence):
            why = "hidden" if not self.view.show_translation else "not translated yet"
            self._status(f"The translation of this sentence is {why}.")
            return
        self.set_position(self.paragraph, self.sentence, pane=other, record=False, jump=False)

    def _has_translation(self, paragraph: int, sentence: int) -> bool:
        return self.view.show_translation and sentence < len(self.view.sentence_spans(TRANSLATION, paragraph))

    # --- marking and scrolling --------------------------------------------------

    def current_span(self, pane: str | None = None) -> tuple[int, int] | None:
        spans = self.view.sentence_spans(pane or self.pane, self.paragraph)
        return spans[self.sentence] if self.sentence < len(spans) else None

    def _watch_document(self) -> None:
        """Translations stream into the open document (and a rebuild makes a
        new one): mark the aligned sentence as soon as its text arrives."""
        document = self.view.document()
        if document is not self._watched_document:
            self._watched_document = document
            document.contentsChanged.connect(self._on_text_changed)

    def _on_text_changed(self) -> None:
        if self._translation_marked != (
            self.current_span(TRANSLATION) is not None and self.view.show_translation
        ):
            self.paint()

    def paint(self) -> None:
        highlight = self.view.palette().color(QPalette.ColorRole.Highlight)
        marks = []
        for pane in (SOURCE, TRANSLATION):
            span = self.current_span(pane)
            if span is None or (pane == TRANSLATION and not self.view.show_translation):
                continue
            active = pane == self.pane
            marks.append(
                Highlight(
                    pane,
                    self.paragraph,
                    span[0],
                    span[1],
                    cursor_tint(self.view, CURSOR_ACTIVE_ALPHA if active else CURSOR_OTHER_ALPHA),
                )
            )
            if active:
                marks.append(
                    Highlight(pane, self.paragraph, span[0], span[1], highlight.name(), underline=True)
                )
        self.view.set_layer(CURSOR_LAYER, LAYER_CURSOR, marks)
        # Qt repaints only the old and new ranges' rectangles, which can leave
        # the old tint at wrapped line ends: repaint the whole page.
        self.view.viewport().update()
        self._translation_marked = any(mark.pane == TRANSLATION for mark in marks)
        self._watch_document()

    def _place_caret(self) -> None:
        """Caret at the sentence start, so screen readers and caret keys
        start from the reading cursor; the view does not jump (we scroll)."""
        span = self.current_span()
        position = self.view.document_position(self.pane, self.paragraph, span[0]) if span else None
        if position is None:
            return
        bar = self.view.verticalScrollBar()
        value = bar.value()
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(position)
        self._following = False
        try:
            self.view.setTextCursor(cursor)
        finally:
            self._following = True
        bar.setValue(value)

    def _sentence_extent(self) -> tuple[int, int] | None:
        """Top and bottom of the current sentence in both panes, in viewport pixels."""
        tops, bottoms = [], []
        for pane in (SOURCE, TRANSLATION):
            span = self.current_span(pane)
            if span is None:
                continue
            for offset in span:
                position = self.view.document_position(pane, self.paragraph, offset)
                if position is None:
                    continue
                cursor = QTextCursor(self.view.document())
                cursor.setPosition(position)
                rect = self.view.cursorRect(cursor)
                tops.append(rect.top())
                bottoms.append(rect.bottom())
        return (min(tops), max(bottoms)) if tops else None

    def ensure_visible(self, animate: bool = True) -> None:
        extent = self._sentence_extent()
        if extent is None:
            return
        top, bottom = extent
        height = self.view.viewport().height()
        margin = height // 8
        if top >= margin and bottom <= height - margin:
            return
        bar = self.view.verticalScrollBar()
        if self._animation is not None:
            self._animation.stop()
        # The sentence a third down the page, or at the top if it is taller.
        offset = height // 3 if bottom - top < height * 2 // 3 else margin
        target = max(bar.minimum(), min(bar.maximum(), bar.value() + top - offset))
        if not animate or not self.view.isVisible():
            bar.setValue(target)
            return
        self._animation = QPropertyAnimation(bar, b"value", self)
        self._animation.setDuration(SCROLL_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._animation.setStartValue(bar.value())
        self._animation.setEndValue(target)
        self._animation.start()

    def _scroll_if_pending(self) -> None:
        if self._pending_scroll and self.view.isVisible():
            self._pending_scroll = False
            self.ensure_visible(animate=False)

    def after_relayout(self) -> None:
        """The document was rebuilt (translation shown/hidden, font size, focus mode)."""
        QTimer.singleShot(
            0,
            lambda: self.set_position(self.paragraph, self.sentence, animate=False, record=False, jump=False),
        )

    def eventFilter(self, obj, event):
        kind = event.type()
        if obj is self.view:
            if kind == QEvent.Type.KeyPress and self._is_count_digit(event):
                return self._count_digit(int(event.text()))
            if (
                kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
                and event.key() not in MODIFIER_KEYS
                and not self._is_count_digit(event)
            ):
                # Any other key ends a count, once its command (if any) has used it.
                QTimer.singleShot(0, self._clear_count)
            return False
        if kind in (QEvent.Type.Resize, QEvent.Type.Show) and self._pending_scroll:
            QTimer.singleShot(0, self._scroll_if_pending)
        elif kind == QEvent.Type.Resize and obj is self.view.viewport() and self.article_id is not None:
            # A dock shown or hidden, a resized window: the text reflows; keep
            # the cursor sentence in view.
            QTimer.singleShot(0, lambda: self.ensure_visible(animate=False))
        return False

    def _is_count_digit(self, event) -> bool:
        text = event.text()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        return (
            len(text) == 1
            and text.isdigit()
            and text.isascii()
            and modifiers == Qt.KeyboardModifier.NoModifier
        )

    def _follow_caret(self) -> None:
        """A click or a caret key moved the caret: the reading cursor follows."""
        view = self.view
        if not self._following or view.article is None or view.article.id != self.article_id:
            return
        cursor = view.textCursor()
        where = view.locate(cursor.position())
        if where is None:
            return
        pane, paragraph, offset = where
        spans = view.sentence_spans(pane, paragraph)
        if not spans:
            return
        sentence = max([i for i, (start, _e) in enumerate(spans) if start <= offset] or [0])
        if (pane, paragraph, sentence) != (self.pane, self.paragraph, self.sentence) and (
            paragraph,
            sentence,
        ) in self._order:
            self._activity()
            self.set_position(paragraph, sentence, pane=pane, move_caret=False, animate=False)

    # --- selection ----------------------------------------------------------------

    def select(self, pane: str, paragraph: int, start: int, end: int) -> None:
        """Select text without the cursor jumping to where the caret lands."""
        bar = self.view.verticalScrollBar()
        value = bar.value()
        self._following = False
        try:
            self.view.select_range(pane, paragraph, start, end)
        finally:
            self._following = True
        if self._animation is not None and self._animation.state() == QPropertyAnimation.State.Running:
            bar.setValue(value)  # let the smooth scroll finish instead of jumping

    def _select(self, start: int, end: int) -> None:
        self.select(self.pane, self.paragraph, start, end)

    @handles(CommandId.SELECT_SENTENCE)
    def select_sentence(self) -> None:
        span = self.current_span()
        if span:
            self._select(*span)
            self._status(
                f"Selected: extend with {self._keys(CommandId.EXTEND_SELECTION_WORD)} (word) or "
                f"{self._keys(CommandId.EXTEND_SELECTION_SENTENCE)} (sentence); "
                f"annotate with {self._keys(CommandId.ANNOTATE)}."
            )

    def _selection_in_paragraph(self) -> tuple[int, int]:
        """The selection if it is in the cursor's pane and paragraph, else an
        empty one at the current sentence start (where a new one begins)."""
        selected = self.view.selected_range()
        if selected and (selected.pane, selected.paragraph) == (self.pane, self.paragraph):
            return selected.start, selected.end
        span = self.current_span()
        return (span[0], span[0]) if span else (0, 0)

    @handles(CommandId.EXTEND_SELECTION_WORD)
    def extend_by_word(self) -> None:
        """Grow the selection by the next word in logical (reading) order."""
        start, end = self._selection_in_paragraph()
        text = self.view.pane_text(self.pane, self.paragraph)
        match = WORD.search(text, end)
        if match is None:
            self._status("End of the paragraph: a selection stays inside one paragraph.")
            return
        self._select(start, match.end())
        self._cursor_to_offset(match.end() - 1)

    @handles(CommandId.EXTEND_SELECTION_SENTENCE)
    def extend_by_sentence(self) -> None:
        """Grow the selection to the end of the next sentence (or of the one
        it ends in); with no selection, select the current sentence."""
        selected = self.view.selected_range()
        if not selected or (selected.pane, selected.paragraph) != (self.pane, self.paragraph):
            self.select_sentence()
            return
        spans = self.view.sentence_spans(self.pane, self.paragraph)
        last = max([i for i, (s, _e) in enumerate(spans) if s < selected.end] or [0])
        if selected.end < spans[last][1]:
            new_end = spans[last][1]
        elif last + 1 < len(spans):
            new_end = spans[last + 1][1]
        else:
            self._status("End of the paragraph: a selection stays inside one paragraph.")
            return
        self._select(selected.start, new_end)
        self._cursor_to_offset(new_end - 1)

    def _cursor_to_offset(self, offset: int) -> None:
        """Move the reading mark along with a growing selection, keeping it in view."""
        spans = self.view.sentence_spans(self.pane, self.paragraph)
        sentence = max([i for i, (s, _e) in enumerate(spans) if s <= offset] or [0])
        if sentence != self.sentence:
            self._activity(advanced=max(0, sentence - self.sentence))
            self.set_position(self.paragraph, sentence, move_caret=False, jump=False)

    # --- remembering ---------------------------------------------------------------

    def progress(self) -> float:
        return (self.index() + 1) / len(self._order) if self._order else 0.0

    def _remember(self) -> None:
        if self.article_id is None or not self._order:
            return
        at_end = self.index() == len(self._order) - 1
        try:
            position = self.store.save_position(
                self.article_id, self.paragraph, self.sentence, self.progress(), True if at_end else None
            )
        except LibraryError as error:
            self._status(f"Position not saved: {error}")
            return
        self.host.update_article_row(self.article_id, progress=position.progress, read=position.read)

    @handles(CommandId.TOGGLE_READ)
    def toggle_read(self) -> None:
        if self.article_id is None:
            return
        position = self.store.position(self.article_id)
        read = not (position and position.read)
        position = self.store.mark_read(self.article_id, read)
        self.host.update_article_row(self.article_id, progress=position.progress, read=position.read)
        self._status("Marked read." if read else "Marked unread.")

    def refresh_article_list(self) -> None:
        try:
            positions = self.store.positions()
        except LibraryError:
            return
        for article_id, position in positions.items():
            self.host.update_article_row(article_id, progress=position.progress, read=position.read)

    def _activity(self, advanced: int = 0) -> None:
        """Count reading time (gaps capped at IDLE_LIMIT) and sentences advanced."""
        now = self.clock()
        self.seconds_read += max(0.0, min(now - self._last_activity, IDLE_LIMIT_SECONDS))
        self._last_activity = now
        self.sentences_advanced += advanced
        self.save_session()

    def tick(self) -> None:
        """Count the time since the last reading action (before a summary, on quit)."""
        self._activity()

    def save_session(self) -> None:
        if self.session_id is None:
            return
        try:
            self.store.update_session(
                self.session_id, seconds_read=self.seconds_read, sentences_advanced=self.sentences_advanced
            )
        except LibraryError:
            pass  # the status bar already said the library cannot be written

    # --- helpers ---------------------------------------------------------------------

    def _keys(self, command_id: CommandId) -> str:
        return self.host.keymap.text(command_id, "the command palette")

    def _status(self, message: str) -> None:
        self.host.show_status(message, 6000)
