"""The reading view: source and translation side by side, aligned by paragraph.

One QTextDocument holding, per paragraph, a one-row two-column table: the
columns stay aligned paragraph by paragraph by construction and scroll
together. One small table per paragraph (not one big table) because Qt lays a
table out again as a whole whenever one of its cells changes: streaming a
translation into a 100-paragraph table cost 30+ ms per paragraph. Article text is inserted with insertText only, never as HTML, so
markup in an article is shown, not interpreted. Each cell's block direction
and alignment come from the article's language, not from its first letter;
only a paragraph without a single right-to-left letter (an English quotation
in a Hebrew article) is laid out left-to-right.

A long article is not laid out whole: Qt's cost of inserting a table grows
with the tables already in the document (3,000 paragraphs took 6 s). Beyond
WHOLE_ARTICLE_LIMIT paragraphs the document holds a window of the paragraphs
on screen and about a screen around them; the margins of its first and last
blocks stand in for the rest, at their estimated height, so the scroll bar
spans the whole article. Scrolling near the window's edge, or moving the
reading cursor outside it (`reveal`), builds the window anew around that
paragraph, keeping what is on screen where it was. A window built while
scrolling reaches further in the scroll direction (WINDOW_SCREENS): each
move costs a full build (Qt lays the whole document out again when its
margins change), so paging moves it every third page, not every page. Positions in and out stay
(pane, paragraph, code point); a paragraph outside the window has no
document position (`cell` and `document_position` return None).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import ChainMap
from collections.abc import Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QSizeF, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLength,
    QTextTableFormat,
)
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QTextEdit

from ..core.panes import Pane, PaneText
from ..core.storage import LibraryError
from ..core.text import Article, Paragraph, from_utf16, is_rtl, join_sentences, to_utf16
from .plain_text import message_box
from .qt_values import (
    ALIGN_ABSOLUTE,
    ALIGN_LEFT,
    ALIGN_RIGHT,
    LEFT_TO_RIGHT,
    RIGHT_TO_LEFT,
    set_enum_property,
)
from .theme import LAYER_LINK, LINK_ALPHA, with_alpha

if TYPE_CHECKING:
    from .text_marks import Highlight, TextRange

SOURCE, TRANSLATION = Pane.SOURCE, Pane.TRANSLATION
PANES = (SOURCE, TRANSLATION)

WHOLE_ARTICLE_LIMIT = 150  # paragraphs; longer articles are laid out a window at a time
# Screens laid out (behind, ahead of) the screen's top: when not scrolling,
# and when scrolling that way (the window moves when the screen comes within
# half a screen of its edge).
WINDOW_SCREENS = {0: (1.0, 2.0), +1: (0.5, 3.5), -1: (2.5, 1.5)}
UNREADABLE = "[This paragraph could not be read from the library.]"
_MAX_SPACER = 4_000_000  # px: Qt's fixed-point layout overflows far beyond this
_DOCUMENT_MARGIN, _CELL_PADDING, _TABLE_GAP = 12, 8, 6
# Hebrew, Arabic (with Syriac, Thaana, NKo...) and their presentation forms.
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def has_rtl_letter(text: str) -> bool:
    return _RTL_LETTER.search(text) is not None


# Preferred families per script; the first installed one wins, DejaVu Sans
# (always on Debian) covers Hebrew and Arabic as a fallback.
FONT_PREFERENCES = {
    "he": ["Noto Sans Hebrew", "Noto Serif Hebrew", "DejaVu Sans"],
    "yi": ["Noto Sans Hebrew", "DejaVu Sans"],
    "ar": ["Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans"],
    "fa": ["Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans"],
    "ur": ["Noto Nastaliq Urdu", "Noto Naskh Arabic", "DejaVu Sans"],
}
LATIN_FONTS = ["Noto Sans", "DejaVu Sans", "Liberation Sans"]


def font_families(language: str) -> list[str]:
    installed = set(QFontDatabase.families())
    wanted = FONT_PREFERENCES.get((language or "").split("-")[0], LATIN_FONTS)
    chosen = [family for family in wanted if family in installed]
    return chosen or [QFont().defaultFamily()]


class ReadingView(QTextBrowser):
    """Shows one article. Positions in and out are (pane, paragraph, code point)."""

    selectionRangeChanged = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("readingView")
        self.setAccessibleName("Article text and translation")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setAcceptDrops(False)  # drops go to the window, which imports them
        # Caret keys and keyboard selection need TextSelectableByKeyboard.
        # (Qt values before the first paint are set without Qt's namespace: qt_values.)
        set_enum_property(self, "textInteractionFlags", "TextSelectableByMouse|TextSelectableByKeyboard")
        self.article: Article | None = None
        self._translation = _Translation()
        self._partial: dict[int, str] = {}  # paragraph -> its first translated sentences, shown dimmed
        self.show_translation = True
        self.point_size = max(11.0, QFont().pointSizeF() + 2)
        self._tables: list = []  # one QTextTable per paragraph
        self._highlight_layers: dict[str, list[Highlight]] = {}
        self._panes: dict[str, PaneText] = {}  # pane() of the article shown
        self._layer_order: dict[str, int] = {"link": LAYER_LINK}  # layer -> z order, kept across articles
        # Each layer's extra selections, made once per document text; drawn
        # once for a batch of layers (holding_highlights).
        self._layer_selections: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._held, self._held_dirty = 0, False
        self.selectionChanged.connect(self.selectionRangeChanged)
        # Linked reading: the sentence under the mouse and its counterpart in
        # the other column are tinted. (The caret's sentence is the reading
        # cursor's job: reading_cursor.py marks it in both columns.)
        self.viewport().setMouseTracking(True)
        self._linked: tuple[int, int] | None = None
        self._hover_position: int | None = None
        # Site clutter removed at import, shown dimmed in place when asked
        # (boilerplate.RemovedBlock list), and where each one was drawn.
        self.removed_blocks: list = []
        self._removed_spans: list[tuple[int, int, object]] = []
        self._first = 0  # the paragraph in the document's first table (see the module notes)
        self._bottom_spacer = 0.0
        self._estimates: list[float] | None = None  # estimated height per paragraph, summed (prefix)
        self._line_model_key = self._line_model_value = None
        self._shifting = False
        self._scroll_value = 0  # the scroll bar's last value (which way it scrolls)
        self._direction = 0  # of the scroll that moves the window: +1 down, -1 up (WINDOW_SCREENS)
        self._estimate_after_paint = False
        self.verticalScrollBar().valueChanged.connect(self._follow_scroll)

    # --- building the document -------------------------------------------------

    def show_article(
        self, article: Article, translation: dict[int, list[str]], placeholder: str | None = None
    ) -> None:
        """Lay out `article`; `translation` maps paragraph -> translated
        sentences; `placeholder` is shown in the translation column when a
        paragraph has none (e.g. why there is no translation yet)."""
        # A stored article is read as it is shown, in paint and scroll
        # events: what the library fails to read is caught here, once.
        self._failure_shown = False
        self.article = replace(article, paragraphs=_Guarded(article.paragraphs, self._library_failed))
        self._translation = _Translation(_GuardedTranslation(translation, self._library_failed))
        self._partial = {}
        self._estimates = None
        self._placeholder = placeholder
        self._highlight_layers = {}
        self._panes: dict[str, PaneText] = {}
        self._linked = self._hover_position = None
        self.removed_blocks = []
        self._rebuild()

    def set_removed_blocks(self, blocks: list) -> None:
        """Show these removed blocks (dimmed, between the paragraphs they
        stood between), or none with an empty list."""
        if not blocks and not self.removed_blocks:
            return
        self.removed_blocks = list(blocks)
        self._rebuild(keep_scroll=True)

    def _library_failed(self, error: LibraryError) -> None:
        """Explain a read that failed (a damaged page) once per article, in
        a window of its own after the event that met it; the view goes on
        with a placeholder for what could not be read."""
        if self._failure_shown:
            return
        self._failure_shown = True

        def explain():
            box = message_box(
                QTextBrowser.window(self),
                QMessageBox.Icon.Warning,
                "Part of this article cannot be read",
                str(error),
            )
            from PySide6.QtCore import Qt

            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

        QTimer.singleShot(0, self, explain)

    @property
    def hover_position(self) -> int | None:
        """Document position under the mouse (None before it moved)."""
        return self._hover_position

    def removed_block_at(self, position: int):
        """The removed block drawn at a document position, or None."""
        for start, end, block in self._removed_spans:
            if start <= position <= end:
                return block
        return None

    @property
    def translation_texts(self) -> Mapping[int, str]:
        """Translated text per paragraph (joined from its sentences when first read)."""
        return _Joined(self._translation, 0)

    @property
    def translation_spans(self) -> Mapping[int, list[tuple[int, int]]]:
        return _Joined(self._translation, 1)

    # --- the window of laid-out paragraphs ------------------------------------------

    @property
    def windowed(self) -> bool:
        return self.article is not None and len(self.article.paragraphs) > WHOLE_ARTICLE_LIMIT

    def window(self) -> tuple[int, int]:
        """First paragraph in the document and the one after the last."""
        return self._first, self._first + len(self._tables)

    def _line_model(self) -> tuple[int, int, float, float]:
        """(characters per line in the source column, in the translation
        column, px per line, px of padding per paragraph) for estimates."""
        columns = 2 if self.show_translation else 1
        key = (self.viewport().width(), self.point_size, columns, self.article.language)
        if self._line_model_key != key:
            width = max(80.0, (key[0] - 2 * _DOCUMENT_MARGIN) / columns - 2 * _CELL_PADDING)
            source = QFont(font_families(self.article.language)[0])
            source.setPointSizeF(self.point_size * (1.1 if is_rtl(self.article.language) else 1.0))
            target = QFont(LATIN_FONTS[0])
            target.setPointSizeF(self.point_size)
            metrics = [QFontMetricsF(source), QFontMetricsF(target)]
            source_line, target_line = (max(1, int(width / m.averageCharWidth())) for m in metrics)
            per_line = max(m.lineSpacing() for m in metrics) * 1.35
            self._line_model_key = key
            self._line_model_value = (
                source_line,
                target_line if columns == 2 else 0,
                per_line,
                2 * _CELL_PADDING + _TABLE_GAP,
            )
        return self._line_model_value

    def _heights(
        self,
        start: int,
        stop: int,
        source_lengths: list[int] | None = None,
        target_lengths: Mapping[int, int] | None = None,
    ) -> list[float]:
        """Estimated height of paragraphs start..stop-1: lines of the longer
        column times the line height, plus cell padding. (List comprehensions
        over plain ints: 10,000 paragraphs in a few ms.) The lengths of each
        column's text are read from the paragraphs unless given."""
        source_line, target_line, per_line, padding = self._line_model()
        if source_lengths is None:
            source_lengths = [len(p.text) for p in self.article.paragraphs[start:stop]]
        lines = [-(-n // source_line) or 1 for n in source_lengths]
        if target_line:
            if target_lengths is None:
                target_lengths = {
                    i: self._translation.length(i)
                    for i in range(start, stop)
                    if i in self._translation.sentences
                }
            lines = [
                max(n, -(-target_lengths[i] // target_line)) if i in target_lengths else n
                for i, n in enumerate(lines, start)
            ]
        return [n * per_line + padding for n in lines]

    def _prefix_heights(self) -> list[float]:
        """Estimated top of each paragraph below the first (and the total,
        last), from the length of every paragraph (a stored article gives
        those without its text: `storage.reading`)."""
        if self._estimates is None:
            paragraphs = self.article.paragraphs
            lengths = (
                paragraphs.text_lengths()
                if hasattr(paragraphs, "text_lengths")
                else [len(p.text) for p in paragraphs]
            )
            target = self._translation.lengths() if self.show_translation else None
            self._estimates = [0.0, *itertools.accumulate(self._heights(0, len(paragraphs), lengths, target))]
        return self._estimates

    def _estimated_total(self) -> float:
        """The estimated height of the whole article; before the paragraphs are
        estimated one by one (opening needs only the first screens), the
        first paragraphs' mean height times their number."""
        if self._estimates is not None:
            return self._estimates[-1]
        count = len(self.article.paragraphs)
        sample = self._heights(0, min(count, 64))
        return sum(sample) * count / max(1, len(sample))

    def _window_around(self, paragraph: int) -> tuple[int, int]:
        """About a screen above `paragraph` and two below it (at opening, the
        first screen and a half)."""
        screen = max(200, self.viewport().height())
        count = len(self.article.paragraphs)
        if paragraph == 0 and self._estimates is None:
            # Opening: only what fills the screen and half the next is
            # estimated and laid out; scrolling moves the window on.
            total, last = 0.0, 0
            while last < count and (total < 1.5 * screen or last < 3):
                total += sum(self._heights(last, last + 8))
                last = min(count, last + 8)
            return 0, last
        tops = self._prefix_heights()
        behind, ahead = WINDOW_SCREENS[self._direction]
        first = max(0, min(paragraph - 2, bisect.bisect_right(tops, tops[paragraph] - behind * screen) - 1))
        last = min(count, max(paragraph + 3, bisect.bisect_left(tops, tops[paragraph] + ahead * screen) + 1))
        return first, last

    def _table_top(self, index: int) -> float:
        return self.document().documentLayout().frameBoundingRect(self._tables[index]).top()

    def _paragraph_at_y(self, y: float) -> tuple[int, float]:
        """The paragraph drawn at document height `y` and how far into it."""
        first, last = self.window()
        tops = self._prefix_heights()
        window_top = self._table_top(0)
        if y < window_top:  # in the space standing for the paragraphs above the window
            estimated = tops[first] - (window_top - y)
            paragraph = max(0, bisect.bisect_right(tops, estimated) - 1)
            return paragraph, max(0.0, estimated - tops[paragraph])
        bottom = self.document().size().height() - _DOCUMENT_MARGIN - self._bottom_spacer
        if y >= bottom and last < len(self.article.paragraphs):
            estimated = tops[last] + (y - bottom)
            paragraph = min(len(self.article.paragraphs) - 1, bisect.bisect_right(tops, estimated) - 1)
            return paragraph, max(0.0, estimated - tops[paragraph])
        low, high = 0, len(self._tables) - 1
        while low < high:  # the last table starting at or above y
            middle = (low + high + 1) // 2
            if self._table_top(middle) <= y:
                low = middle
            else:
                high = middle - 1
        return first + low, y - self._table_top(low)

    def _follow_scroll(self, value: int) -> None:
        """Build the window anew when the screen nears the edge it scrolls
        towards (only that one: a window that reaches further ahead never
        moves back and forth)."""
        previous, self._scroll_value = self._scroll_value, value
        if self._shifting or not self.windowed or not self._tables:
            return
        first, last = self.window()
        screen = self.viewport().height()
        window_top = self._table_top(0)
        window_bottom = self.document().size().height() - _DOCUMENT_MARGIN - self._bottom_spacer
        up = value < previous and first > 0 and value - screen / 2 < window_top
        if up or (
            value > previous and last < len(self.article.paragraphs) and value + 1.5 * screen > window_bottom
        ):
            paragraph, into = self._paragraph_at_y(value)
            self._shift_window(paragraph, into, direction=-1 if up else +1)

    def _shift_window(
        self, paragraph: int, into: float, around: int | None = None, direction: int = 0
    ) -> None:
        """Lay out the window around `around` (default `paragraph`), reaching
        further in the scroll `direction`, with the top of `paragraph` `into`
        px above the screen's top as before (if it is in the new window); the
        caret keeps its place in the text."""
        caret = self.locate(self.textCursor().position())
        self._shifting = True
        self._direction = direction
        self.blockSignals(True)  # a new document moves the caret: not the reader's doing
        try:
            self._rebuild(around=paragraph if around is None else around)
            first, last = self.window()
            if not first <= paragraph < last:
                paragraph, into = around, 0.0
            if caret is not None:
                position = self.document_position(*caret)
                if position is not None:
                    cursor = QTextCursor(self.document())
                    cursor.setPosition(position)
                    self.setTextCursor(cursor)
            self.verticalScrollBar().setValue(round(self._table_top(paragraph - self._first) + into))
        finally:
            self.blockSignals(False)
            self._shifting = False
            self._direction = 0

    def reveal(self, paragraph: int) -> None:
        """Make sure `paragraph` and about a screen around it are laid out
        (the reading cursor, search and entity jumps call this first)."""
        if not self.windowed or not 0 <= paragraph < len(self.article.paragraphs):
            return
        first, last = self.window()
        screen = self.viewport().height()
        if (
            first <= paragraph < last
            and (first == 0 or sum(self._heights(first, paragraph)) >= screen)
            and (last == len(self.article.paragraphs) or sum(self._heights(paragraph, last)) >= 1.5 * screen)
        ):
            return
        # What is on screen stays where it is when it is still laid out;
        # the caller then scrolls to the paragraph.
        on_screen, into = (
            self._paragraph_at_y(self.verticalScrollBar().value()) if self._tables else (paragraph, 0.0)
        )
        self._shift_window(on_screen, into, around=paragraph)

    # --- building the document -----------------------------------------------------------

    def _rebuild(self, keep_scroll: bool = False, around: int | None = None) -> None:
        """Lay the article out again: whole, or the window around paragraph
        `around` (default: where the screen is when `keep_scroll`, else the start)."""
        article = self.article
        scroll, into = self.verticalScrollBar().value(), 0.0
        if around is None and keep_scroll and self.windowed and self._tables:
            around, into = self._paragraph_at_y(scroll)
        old = self.document()
        doc = QTextDocument(self)
        doc.setUndoRedoEnabled(False)
        # No layout while it is built: setDocument lays it out at the view's
        # width. (A document without a page size of its own is laid out when
        # it gets its layout, unwrapped, then again at the view's width.)
        doc.setPageSize(QSizeF(0, 0))
        base_font = QFont(LATIN_FONTS[0] if LATIN_FONTS[0] in QFontDatabase.families() else QFont().family())
        base_font.setPointSizeF(self.point_size)
        doc.setDefaultFont(base_font)
        doc.setDocumentMargin(_DOCUMENT_MARGIN)
        self._tables = []
        self._removed_spans = []
        self._first, self._bottom_spacer = 0, 0.0
        if article is None or not article.paragraphs:
            self.setDocument(doc)
            _discard(old, self)
            return
        count = len(article.paragraphs)
        first, last = self._window_around(around or 0) if self.windowed else (0, count)
        self._first = first
        columns = 2 if self.show_translation else 1
        table_format = QTextTableFormat()
        table_format.setBorder(0)
        table_format.setCellPadding(_CELL_PADDING)
        table_format.setCellSpacing(0)
        table_format.setMargin(0)
        table_format.setBottomMargin(_TABLE_GAP)
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table_format.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, 100 / columns)] * columns
        )
        cursor = QTextCursor(doc)
        if (first, last) != (0, count):
            # The margins of the document stand for the paragraphs above and
            # below the window, at their estimated height.
            above = self._prefix_heights()[first] if first else 0.0
            self._bottom_spacer = min(
                _MAX_SPACER, max(0.0, self._estimated_total() - above - sum(self._heights(first, last)))
            )
            frame = doc.rootFrame().frameFormat()
            frame.setTopMargin(_DOCUMENT_MARGIN + min(_MAX_SPACER, above))
            frame.setBottomMargin(_DOCUMENT_MARGIN + self._bottom_spacer)
            doc.rootFrame().setFrameFormat(frame)

        # Every paragraph takes the article's direction, whatever its first
        # letter: a Hebrew paragraph starting with "Microsoft" stays right-to-left.
        # Only one without any right-to-left letter (an English quotation) is left-to-right.
        rtl_article = is_rtl(article.language)
        source_block, source_chars = self._formats(article.language, rtl_article)
        quotation_block, _ = self._formats(article.language, False)
        target_block, target_chars = self._formats("en", False)
        placeholder_chars = self._dimmed(target_chars)

        removed_chars = QTextCharFormat(source_chars)
        # The palette's brush: QBrush(QColor) would read Qt's namespace (qt_values).
        removed_chars.setForeground(self.palette().brush(QPalette.ColorRole.PlaceholderText))
        removed_chars.setFontItalic(True)
        pending = sorted(self.removed_blocks, key=lambda b: b.position)
        removed_positions = {b.position for b in pending}
        # Kept paragraphs fill the page positions that were not removed.
        page_positions = (
            [i for i in range(len(article.paragraphs) + len(pending)) if i not in removed_positions]
            if pending
            else range(count)
        )  # (a 10,000-item list per window move otherwise)

        # Only the removed blocks between the window's paragraphs are drawn.
        pending = [
            b
            for b in pending
            if (first == 0 or b.position > page_positions[first])
            and (last == count or b.position < page_positions[last])
        ]
        for row in range(first, last):
            paragraph = article.paragraphs[row]
            while pending and pending[0].position < page_positions[row]:
                self._insert_removed(cursor, pending.pop(0), source_block, removed_chars)
            cursor.movePosition(QTextCursor.MoveOperation.End)
            table = cursor.insertTable(1, columns, table_format)
            self._tables.append(table)
            cell_cursor = table.cellAt(0, 0).firstCursorPosition()
            rtl_paragraph = rtl_article and has_rtl_letter(paragraph.text)
            cell_cursor.setBlockFormat(source_block if rtl_paragraph or not rtl_article else quotation_block)
            cell_cursor.insertText(paragraph.text, source_chars)
            if columns == 2:
                cell_cursor = table.cellAt(0, 1).firstCursorPosition()
                cell_cursor.setBlockFormat(target_block)
                if row in self.translation_texts:
                    cell_cursor.insertText(self.translation_texts[row], target_chars)
                elif row in self._partial:
                    cell_cursor.insertText(self._partial[row], placeholder_chars)
                elif row == 0 and self._placeholder:
                    cell_cursor.insertText(self._placeholder, placeholder_chars)
        for block in pending:
            self._insert_removed(cursor, block, source_block, removed_chars)
        self._set_laid_out_once(doc)
        _discard(old, self)
        # Every paragraph is estimated once this is painted, not before, nor in the first scroll.
        self._estimate_after_paint = self.windowed and self._estimates is None
        self._layer_selections.clear()
        self._apply_highlights()
        if keep_scroll and self.windowed and around is not None and not self._shifting:
            self.verticalScrollBar().setValue(round(self._table_top(around - first) + into))
        elif keep_scroll:
            self.verticalScrollBar().setValue(scroll)

    def _set_laid_out_once(self, doc: QTextDocument) -> None:
        """setDocument, laid out once at the width it is shown at: when the
        article will not fit the view (estimated) and no vertical scroll bar
        is shown yet, the bar is shown first. Otherwise it appears after the
        layout, which narrows the view and lays the whole article out again
        (~12M instructions at start-up for a 12-paragraph article)."""
        bar = self.verticalScrollBar()
        if bar.maximum() > bar.minimum() or self._estimated_total() <= self.viewport().height():
            self.setDocument(doc)
            return
        set_enum_property(self, "verticalScrollBarPolicy", "ScrollBarAlwaysOn")  # lays the view out now
        self.setDocument(doc)
        set_enum_property(self, "verticalScrollBarPolicy", "ScrollBarAsNeeded")

    def _insert_removed(
        self, cursor: QTextCursor, block, block_format: QTextBlockFormat, chars: QTextCharFormat
    ) -> None:
        """One removed block as a dimmed line of its own, with its reason."""
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.setBlockFormat(block_format)
        start = cursor.position()
        cursor.insertText(block.text, chars)
        reason = QTextCharFormat(chars)
        reason.setFontPointSize(chars.fontPointSize() * 0.8)
        cursor.insertText(f"  [{block.reason}]", reason)
        self._removed_spans.append((start, cursor.position(), block))
        cursor.insertBlock()

    def _formats(self, language: str, rtl: bool) -> tuple[QTextBlockFormat, QTextCharFormat]:
        block = QTextBlockFormat()
        # setLayoutDirection and setAlignment, as the numbers the format holds (qt_values)
        block.setProperty(QTextFormat.Property.LayoutDirection, RIGHT_TO_LEFT if rtl else LEFT_TO_RIGHT)
        block.setProperty(
            QTextFormat.Property.BlockAlignment, (ALIGN_RIGHT if rtl else ALIGN_LEFT) | ALIGN_ABSOLUTE
        )
        block.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        chars = QTextCharFormat()
        chars.setFontFamilies(font_families(language))
        chars.setFontPointSize(self.point_size * (1.1 if rtl else 1.0))
        chars.setFontWeight(QFont.Weight.Normal)  # variable Noto fonts default to Thin otherwise
        return block, chars

    def _dimmed(self, chars: QTextCharFormat) -> QTextCharFormat:
        """What is not (yet) article text: placeholders, a paragraph still being translated."""
        dimmed = QTextCharFormat(chars)
        dimmed.setForeground(self.palette().brush(QPalette.ColorRole.PlaceholderText))
        dimmed.setFontItalic(True)
        return dimmed

    def show_partial_translation(self, paragraph: int, sentences: list[str]) -> None:
        """Show a paragraph's first translated sentences, dimmed and not yet
        article text (nothing selects or links them), until `set_translation`
        brings the whole paragraph. A translation already shown stays."""
        if paragraph in self.translation_texts:
            return
        self._partial[paragraph] = join_sentences(sentences)[0] + " …"
        _, chars = self._formats("en", False)
        self._fill_translation_cell(paragraph, self._partial[paragraph], self._dimmed(chars))

    def drop_partial_translations(self) -> None:
        """The paragraphs shown in part show what they showed before (the rest is not coming)."""
        _, chars = self._formats("en", False)
        for paragraph in self._partial:
            placeholder = self._placeholder if paragraph == 0 and self._placeholder else ""
            self._fill_translation_cell(paragraph, placeholder, self._dimmed(chars))
        self._partial.clear()

    def set_translation(self, paragraph: int, sentences: list[str]) -> None:
        """Fill one translation cell as results stream in (scroll kept)."""
        self._translation.set(paragraph, sentences)
        self._partial.pop(paragraph, None)
        self._estimates = None
        _, chars = self._formats("en", False)
        if not self._fill_translation_cell(paragraph, self.translation_texts[paragraph], chars):
            return
        # Re-link the sentence under the mouse: its counterpart may have just arrived.
        if self._hover_position is not None:
            self._linked = None
            self.link_sentence_at(self._hover_position)
        # The other highlights' cursors moved with the edit: only the layers with a
        # mark in this cell are worked out again (all of them took 5-10 ms a paragraph).
        for name, highlights in self._highlight_layers.items():
            if any(h.pane == TRANSLATION and h.paragraph == paragraph for h in highlights):
                self._layer_selections.pop(name, None)
        self._apply_highlights()

    def _fill_translation_cell(self, paragraph: int, text: str, chars: QTextCharFormat) -> bool:
        """Replace what a translation cell shows; False when it is not laid out."""
        cell = self.cell(TRANSLATION, paragraph)
        if cell is None:
            return False
        cursor = cell.firstCursorPosition()
        cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text, chars)
        return True

    def set_show_translation(self, shown: bool) -> None:
        self.show_translation = shown
        self._estimates = None
        self._rebuild(around=self._first if self.windowed else None)

    def set_point_size(self, size: float) -> None:
        self.point_size = max(6.0, min(48.0, size))
        self._estimates = None
        self._rebuild(keep_scroll=True)

    def paintEvent(self, event):
        super().paintEvent(event)
        if self._estimate_after_paint:
            self._estimate_after_paint = False
            # In two turns of the event loop, so that neither stalls it long:
            # the length of every paragraph (stored articles read them), then the estimates.
            article = self.article
            lengths = getattr(article.paragraphs, "text_lengths", None)
            if lengths is not None:
                QTimer.singleShot(0, lambda: self.article is article and lengths())
            QTimer.singleShot(0, lambda: self.article is article and self._prefix_heights())

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._estimates = None  # lines per paragraph follow the width

    # --- positions ---------------------------------------------------------------

    def pane_text(self, pane: str, paragraph: int) -> str:
        if self.article is None:
            return ""
        if pane == SOURCE:
            return self.article.paragraphs[paragraph].text
        return self.translation_texts.get(paragraph, "")

    def sentence_spans(self, pane: str, paragraph: int) -> list[tuple[int, int]]:
        if self.article is None:
            return []
        if pane == SOURCE:
            return self.article.paragraphs[paragraph].sentences
        return self.translation_spans.get(paragraph, [])

    def pane(self, pane: str) -> PaneText:
        """One pane's text as shown (`panes.PaneText`), each paragraph read
        only when asked for: an annotation needs its own paragraph, not all.
        One object per pane and article: what streams in shows in it too."""
        if pane not in self._panes:
            count = len(self.article.paragraphs) if self.article is not None else 0
            self._panes[pane] = PaneText(
                _Lazy(lambda paragraph: self.pane_text(pane, paragraph), count),
                _Lazy(lambda paragraph: self.sentence_spans(pane, paragraph), count),
            )
        return self._panes[pane]

    def cell(self, pane: str, paragraph: int):
        """The QTextTableCell showing a paragraph in a pane (None if hidden)."""
        column = 0 if pane == SOURCE else 1
        if column == 1 and not self.show_translation:
            return None
        if not 0 <= paragraph - self._first < len(self._tables):
            return None
        return self._tables[paragraph - self._first].cellAt(0, column)

    def document_position(self, pane: str, paragraph: int, offset: int) -> int | None:
        """Document position (UTF-16) of code point `offset` of a paragraph."""
        cell = self.cell(pane, paragraph)
        if cell is None:
            return None
        return cell.firstPosition() + to_utf16(self.pane_text(pane, paragraph), offset)

    def locate(self, position: int) -> tuple[str, int, int] | None:
        """(pane, paragraph, code point offset) of a document position."""
        # Tables are in paragraph order: binary search on their positions.
        low, high = 0, len(self._tables) - 1
        paragraph = -1
        while low <= high:
            middle = (low + high) // 2
            if self._tables[middle].firstPosition() <= position:
                paragraph, low = middle, middle + 1
            else:
                high = middle - 1
        if paragraph < 0:
            return None
        cell = self._tables[paragraph].cellAt(position)
        paragraph += self._first
        if not cell.isValid():
            return None
        pane = SOURCE if cell.column() == 0 else TRANSLATION
        text = self.pane_text(pane, paragraph)
        if pane == TRANSLATION and paragraph not in self.translation_texts:
            return None  # placeholder text is not article text
        offset = from_utf16(text, max(0, position - cell.firstPosition()))
        return pane, paragraph, min(offset, len(text))

    def selected_range(self) -> TextRange | None:
        """The selection as (pane, paragraph, start, end), clipped to the
        paragraph where it starts; None when nothing is selected."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self.locate(cursor.selectionStart())
        end = self.locate(cursor.selectionEnd())
        if start is None:
            return None
        pane, paragraph, begin = start
        text = self.pane_text(pane, paragraph)
        if end is None or end[:2] != (pane, paragraph):
            stop = len(text)
        else:
            stop = end[2]
        if stop <= begin:
            return None
        from .text_marks import TextRange

        return TextRange(pane, paragraph, begin, stop, text[begin:stop])

    def select_range(self, pane: str, paragraph: int, start: int, end: int) -> bool:
        self.reveal(paragraph)
        first = self.document_position(pane, paragraph, start)
        last = self.document_position(pane, paragraph, end)
        if first is None or last is None:
            return False
        cursor = QTextCursor(self.document())
        cursor.setPosition(first)
        cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True

    def scroll_to(self, pane: str, paragraph: int, offset: int = 0) -> None:
        self.reveal(paragraph)
        position = self.document_position(pane, paragraph, offset)
        if position is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        if rect.top() < 0 or rect.bottom() > self.viewport().height():
            bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)

    # --- linked sentences -------------------------------------------------------------

    def sentence_at(self, pane: str, paragraph: int, offset: int) -> int | None:
        for index, (start, end) in enumerate(self.sentence_spans(pane, paragraph)):
            if start <= offset <= end:
                return index
        return None

    def link_sentence_at(self, position: int) -> None:
        located = self.locate(position)
        found = None
        if located is not None:
            pane, paragraph, offset = located
            sentence = self.sentence_at(pane, paragraph, offset)
            if sentence is not None:
                found = (paragraph, sentence)
        if found == self._linked:
            return
        self._linked = found
        from .text_marks import Highlight

        highlights = []
        if found is not None:
            paragraph, sentence = found
            tint = with_alpha(self.palette().color(QPalette.ColorRole.Highlight), LINK_ALPHA)
            for pane in PANES:
                spans = self.sentence_spans(pane, paragraph)
                if sentence < len(spans):
                    highlights.append(Highlight(pane, paragraph, *spans[sentence], tint))
        self.set_layer("link", LAYER_LINK, highlights)

    def mouseMoveEvent(self, event):
        super().mouseMoveEvent(event)
        self._hover_position = self.cursorForPosition(event.position().toPoint()).position()
        self.link_sentence_at(self._hover_position)

    # --- highlights ------------------------------------------------------------------

    def set_layer(self, layer: str, z_order: int, highlights: list[Highlight]) -> None:
        """Replace one named layer of highlights (annotations, entities,
        reading cursor...). Layers paint by `z_order`, lowest first (the
        orders are in theme.py), whoever sets them first."""
        self._layer_order[layer] = z_order
        self._highlight_layers[layer] = list(highlights)
        self._layer_selections.pop(layer, None)
        self._apply_highlights()

    @contextmanager
    def holding_highlights(self):
        """Layers set inside are drawn once, at the end (the window holds
        them while the features follow a newly opened article)."""
        self._held += 1
        try:
            yield
        finally:
            self._held -= 1
            if not self._held and self._held_dirty:
                self._apply_highlights()

    def set_highlights(self, layer: str, highlights: list[Highlight]) -> None:
        """`set_layer` keeping the layer's order (a new layer goes on top)."""
        order = self._layer_order.get(layer, max(self._layer_order.values(), default=0) + 1)
        self.set_layer(layer, order, highlights)

    def _apply_highlights(self) -> None:
        if self._held:
            self._held_dirty = True
            return
        self._held_dirty = False
        layers = sorted(self._highlight_layers, key=lambda name: self._layer_order.get(name, 0))
        for name in layers:
            if name not in self._layer_selections:
                self._layer_selections[name] = self._selections(self._highlight_layers[name])
        self.setExtraSelections([selection for name in layers for selection in self._layer_selections[name]])

    def _selections(self, highlights: list[Highlight]) -> list[QTextEdit.ExtraSelection]:
        """One layer's highlights as the document's extra selections (kept
        until the document's text changes, `_apply_highlights`). Each
        paragraph's cell and text are looked up once, and each look (colour,
        underline) is one QTextCharFormat: a layer (an article's entities)
        can hold hundreds of highlights, made on the UI thread."""
        selections = []
        paragraphs: dict[tuple[str, int], tuple[int, str] | None] = {}
        formats: dict[tuple[str, bool, str | None], QTextCharFormat] = {}
        for h in highlights:
            where = (h.pane, h.paragraph)
            if where not in paragraphs:
                cell = self.cell(h.pane, h.paragraph)
                paragraphs[where] = None if cell is None else (cell.firstPosition(), self.pane_text(*where))
            found = paragraphs[where]
            if found is None:
                continue
            start, text = found
            first, last = start + to_utf16(text, h.start), start + to_utf16(text, h.end)
            if last <= first:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(first)
            cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            look = (h.color, h.underline, h.underline_color)
            if look not in formats:
                formats[look] = _highlight_format(h)
            selection.format = formats[look]
            selections.append(selection)
        return selections


def _highlight_format(h: Highlight) -> QTextCharFormat:
    char_format = QTextCharFormat()
    if h.underline:
        char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        char_format.setUnderlineColor(QColor(h.color))
    elif h.underline_color is not None:
        char_format.setBackground(QColor(h.color))
        char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        char_format.setUnderlineColor(QColor(h.underline_color))
    else:
        char_format.setBackground(QColor(h.color))
        # Keep text dark on a light highlight in dark mode too.
        if QColor(h.color).lightness() > 150 and QColor(h.color).alpha() > 200:
            char_format.setForeground(QColor("#111111"))
    return char_format


def _discard(document: QTextDocument, view: ReadingView) -> None:
    """Free a replaced document (each window is a new one); Qt has already
    freed the first one, which the view made itself."""
    from shiboken6 import isValid

    if isValid(document) and document is not view.document() and document.parent() is view:
        document.deleteLater()


class _Translation:
    """Translated sentences per paragraph, joined into text and sentence spans
    only when first needed: a 10,000-paragraph article opens without joining
    them all."""

    def __init__(self, sentences: Mapping[int, list[str]] | None = None):
        # What streams in (`set`) goes in front of what was given, which may
        # be read from the library as needed (storage.reading.StoredTranslation).
        self.sentences = ChainMap({}, sentences if sentences is not None else {})
        self._joined: dict[int, tuple[str, list[tuple[int, int]]]] = {}

    def set(self, paragraph: int, sentences: list[str]) -> None:
        self.sentences[paragraph] = sentences
        self._joined.pop(paragraph, None)

    def length(self, paragraph: int) -> int:
        """Code points of the paragraph's sentences plus one per sentence."""
        sentences = self.sentences[paragraph]
        return sum(map(len, sentences)) + len(sentences)

    def lengths(self) -> dict[int, int]:
        """length() of every translated paragraph."""
        streamed, given = self.sentences.maps
        lengths = (
            given.text_lengths()
            if hasattr(given, "text_lengths")
            else {p: sum(map(len, s)) + len(s) for p, s in given.items()}
        )
        lengths.update((p, self.length(p)) for p in streamed)
        return lengths

    def joined(self, paragraph: int) -> tuple[str, list[tuple[int, int]]]:
        if paragraph not in self._joined:
            self._joined[paragraph] = join_sentences(self.sentences[paragraph])
        return self._joined[paragraph]


class _Guarded(Sequence):
    """An article's paragraphs as the view reads them: one that the library
    fails to read (LibraryError) is reported to `failed` and shown as
    UNREADABLE. Anything else (sentence_total...) is the paragraphs' own."""

    def __init__(self, paragraphs: Sequence[Paragraph], failed):
        self._paragraphs, self._failed = paragraphs, failed

    def __len__(self) -> int:
        return len(self._paragraphs)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        try:
            return self._paragraphs[index]
        except LibraryError as error:
            self._failed(error)
            if not -len(self) <= index < len(self):
                raise IndexError(index) from None
            return Paragraph(UNREADABLE)

    def text_lengths(self) -> list[int]:
        """Code points of every paragraph (a stored article's without its text)."""
        try:
            lengths = getattr(self._paragraphs, "text_lengths", None)
            return lengths() if lengths is not None else [len(p.text) for p in self._paragraphs]
        except LibraryError as error:
            self._failed(error)
            return [len(UNREADABLE)] * len(self)

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._paragraphs, name)


class _GuardedTranslation(Mapping):
    """A translation as the view reads it: a paragraph whose translation the
    library fails to read is reported to `failed` and shown as untranslated."""

    def __init__(self, translation: Mapping[int, list[str]] | None, failed):
        self._translation, self._failed = translation if translation is not None else {}, failed

    def __getitem__(self, paragraph: int) -> list[str]:
        try:
            return self._translation[paragraph]
        except LibraryError as error:
            self._failed(error)
            raise KeyError(paragraph) from None

    def __contains__(self, paragraph) -> bool:
        try:
            return paragraph in self._translation
        except LibraryError as error:
            self._failed(error)
            return False

    def __iter__(self):
        try:
            return iter(list(self._translation))
        except LibraryError as error:
            self._failed(error)
            return iter(())

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __bool__(self) -> bool:
        try:
            return bool(self._translation)
        except LibraryError as error:
            self._failed(error)
            return False

    def text_lengths(self) -> dict[int, int]:
        """{paragraph: length of its joined sentences} (a stored translation's without its text)."""
        try:
            lengths = getattr(self._translation, "text_lengths", None)
            return (
                lengths()
                if lengths is not None
                else {p: sum(map(len, s)) + len(s) for p, s in self._translation.items()}
            )
        except LibraryError as error:
            self._failed(error)
            return {}


class _Lazy(Sequence):
    """A sequence of `count` items, each made by `item(index)` when read."""

    def __init__(self, item, count: int):
        self._item, self._count = item, count

    def __getitem__(self, index: int):
        if not -self._count <= index < self._count:
            raise IndexError(index)
        return self._item(index % self._count)

    def __len__(self) -> int:
        return self._count


class _Joined(Mapping):
    """The texts (part 0) or the spans (part 1) of a _Translation, as a mapping."""

    def __init__(self, translation: _Translation, part: int):
        self._translation, self._part = translation, part

    def __getitem__(self, paragraph: int):
        if paragraph not in self._translation.sentences:
            raise KeyError(paragraph)
        return self._translation.joined(paragraph)[self._part]

    def __contains__(self, paragraph) -> bool:
        return paragraph in self._translation.sentences

    def __iter__(self):
        return iter(self._translation.sentences)

    def __len__(self) -> int:
        return len(self._translation.sentences)

    def __bool__(self) -> bool:  # without counting a stored translation's paragraphs
        return bool(self._translation.sentences)
