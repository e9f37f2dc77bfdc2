"""The reading view: source and translation side by side, aligned by paragraph.

One QTextDocument holding, per paragraph, a one-row two-column table: the
columns stay aligned paragraph by paragraph by construction and scroll
together. One small table per paragraph (not one big table) because Qt lays a
table out again as a whole whenever one of its cells changes: streaming a
translation into a 100-paragraph table cost 30+ ms per paragraph. Article text is inserted with insertText only, never as HTML, so
markup in an article is shown, not interpreted. Each cell's block direction
and alignment come from the article's language, not from its first letter.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QColor, QFont, QFontDatabase, QPalette, QTextBlockFormat, QTextCharFormat, QTextCursor,
    QTextDocument, QTextLength, QTextTableFormat,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit

from ..core.text import Article, from_utf16, is_rtl, to_utf16

SOURCE, TRANSLATION = "source", "translation"
PANES = (SOURCE, TRANSLATION)

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


@dataclass(frozen=True)
class Highlight:
    pane: str
    paragraph: int
    start: int          # code points in the paragraph's text in that pane
    end: int
    color: str          # any QColor name, e.g. "#fff3a0"
    underline: bool = False


@dataclass(frozen=True)
class TextRange:
    pane: str
    paragraph: int
    start: int
    end: int
    text: str


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
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.article: Article | None = None
        self.translation_texts: dict[int, str] = {}
        self.translation_spans: dict[int, list[tuple[int, int]]] = {}
        self.show_translation = True
        self.point_size = max(11.0, QFont().pointSizeF() + 2)
        self._tables: list = []  # one QTextTable per paragraph
        self._highlight_layers: dict[str, list[Highlight]] = {}
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

    # --- building the document -------------------------------------------------

    def show_article(self, article: Article, translation: dict[int, list[str]],
                     placeholder: str | None = None) -> None:
        """Lay out `article`; `translation` maps paragraph -> translated
        sentences; `placeholder` is shown in the translation column when a
        paragraph has none (e.g. why there is no translation yet)."""
        self.article = article
        self.translation_texts = {}
        self.translation_spans = {}
        for p, sentences in translation.items():
            self._set_translation_paragraph(p, sentences)
        self._placeholder = placeholder
        self._highlight_layers = {}
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

    def _set_translation_paragraph(self, paragraph: int, sentences: list[str]) -> None:
        from ..core.text import join_sentences

        text, spans = join_sentences(sentences)
        self.translation_texts[paragraph] = text
        self.translation_spans[paragraph] = spans

    def _rebuild(self, keep_scroll: bool = False) -> None:
        article = self.article
        scroll = self.verticalScrollBar().value()
        doc = QTextDocument(self)
        doc.setUndoRedoEnabled(False)
        base_font = QFont(LATIN_FONTS[0] if LATIN_FONTS[0] in QFontDatabase.families() else QFont().family())
        base_font.setPointSizeF(self.point_size)
        doc.setDefaultFont(base_font)
        doc.setDocumentMargin(12)
        self._tables = []
        self._removed_spans = []
        if article is None or not article.paragraphs:
            self.setDocument(doc)
            return
        columns = 2 if self.show_translation else 1
        table_format = QTextTableFormat()
        table_format.setBorder(0)
        table_format.setCellPadding(8)
        table_format.setCellSpacing(0)
        table_format.setMargin(0)
        table_format.setBottomMargin(6)
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table_format.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, 100 / columns)] * columns)
        cursor = QTextCursor(doc)

        # Every paragraph takes the article's direction, whatever its first
        # letter: a Hebrew paragraph starting with "Microsoft" stays right-to-left.
        source_block, source_chars = self._formats(article.language, is_rtl(article.language))
        target_block, target_chars = self._formats("en", False)
        placeholder_chars = QTextCharFormat(target_chars)
        placeholder_chars.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        placeholder_chars.setFontItalic(True)

        removed_chars = QTextCharFormat(source_chars)
        removed_chars.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        removed_chars.setFontItalic(True)
        pending = sorted(self.removed_blocks, key=lambda b: b.position)
        removed_positions = {b.position for b in pending}
        # Kept paragraphs fill the page positions that were not removed.
        page_positions = [i for i in range(len(article.paragraphs) + len(pending)) if i not in removed_positions]

        for row, paragraph in enumerate(article.paragraphs):
            while pending and pending[0].position < page_positions[row]:
                self._insert_removed(cursor, pending.pop(0), source_block, removed_chars)
            cursor.movePosition(QTextCursor.MoveOperation.End)
            table = cursor.insertTable(1, columns, table_format)
            self._tables.append(table)
            cell_cursor = table.cellAt(0, 0).firstCursorPosition()
            cell_cursor.setBlockFormat(source_block)
            cell_cursor.insertText(paragraph.text, source_chars)
            if columns == 2:
                cell_cursor = table.cellAt(0, 1).firstCursorPosition()
                cell_cursor.setBlockFormat(target_block)
                if row in self.translation_texts:
                    cell_cursor.insertText(self.translation_texts[row], target_chars)
                elif row == 0 and self._placeholder:
                    cell_cursor.insertText(self._placeholder, placeholder_chars)
        for block in pending:
            self._insert_removed(cursor, block, source_block, removed_chars)
        self.setDocument(doc)
        self._apply_highlights()
        if keep_scroll:
            self.verticalScrollBar().setValue(scroll)

    def _insert_removed(self, cursor: QTextCursor, block, block_format: QTextBlockFormat,
                        chars: QTextCharFormat) -> None:
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
        block.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        block.setAlignment((Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
                           | Qt.AlignmentFlag.AlignAbsolute)
        block.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        chars = QTextCharFormat()
        chars.setFontFamilies(font_families(language))
        chars.setFontPointSize(self.point_size * (1.1 if rtl else 1.0))
        chars.setFontWeight(QFont.Weight.Normal)  # variable Noto fonts default to Thin otherwise
        return block, chars

    def set_translation(self, paragraph: int, sentences: list[str]) -> None:
        """Fill one translation cell as results stream in (scroll kept)."""
        self._set_translation_paragraph(paragraph, sentences)
        cell = self.cell(TRANSLATION, paragraph)
        if cell is None:
            return
        cursor = cell.firstCursorPosition()
        cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
        _, chars = self._formats("en", False)
        cursor.insertText(self.translation_texts[paragraph], chars)
        # Re-link the sentence under the mouse: its counterpart may have just arrived.
        if self._hover_position is not None:
            self._linked = None
            self.link_sentence_at(self._hover_position)
        self._apply_highlights()

    def set_show_translation(self, shown: bool) -> None:
        self.show_translation = shown
        self._rebuild()

    def set_point_size(self, size: float) -> None:
        self.point_size = max(6.0, min(48.0, size))
        self._rebuild(keep_scroll=True)

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

    def cell(self, pane: str, paragraph: int):
        """The QTextTableCell showing a paragraph in a pane (None if hidden)."""
        column = 0 if pane == SOURCE else 1
        if column == 1 and not self.show_translation:
            return None
        if not 0 <= paragraph < len(self._tables):
            return None
        return self._tables[paragraph].cellAt(0, column)

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
        return TextRange(pane, paragraph, begin, stop, text[begin:stop])

    def select_range(self, pane: str, paragraph: int, start: int, end: int) -> bool:
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
        highlights = []
        if found is not None:
            paragraph, sentence = found
            color = self.palette().color(QPalette.ColorRole.Highlight)
            color.setAlpha(40)
            for pane in PANES:
                spans = self.sentence_spans(pane, paragraph)
                if sentence < len(spans):
                    highlights.append(Highlight(pane, paragraph, *spans[sentence], color.name(QColor.NameFormat.HexArgb)))
        self.set_highlights("link", highlights)

    def mouseMoveEvent(self, event):
        super().mouseMoveEvent(event)
        self._hover_position = self.cursorForPosition(event.position().toPoint()).position()
        self.link_sentence_at(self._hover_position)

    # --- highlights ------------------------------------------------------------------

    def set_highlights(self, layer: str, highlights: list[Highlight]) -> None:
        """Replace one named layer of highlights (annotations, entities,
        reading cursor...). Layers are drawn in insertion order."""
        self._highlight_layers[layer] = list(highlights)
        self._apply_highlights()

    def _apply_highlights(self) -> None:
        selections = []
        for highlights in self._highlight_layers.values():
            for h in highlights:
                first = self.document_position(h.pane, h.paragraph, h.start)
                last = self.document_position(h.pane, h.paragraph, h.end)
                if first is None or last is None or last <= first:
                    continue
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.document())
                cursor.setPosition(first)
                cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                char_format = QTextCharFormat()
                if h.underline:
                    char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                    char_format.setUnderlineColor(QColor(h.color))
                else:
                    char_format.setBackground(QColor(h.color))
                    # Keep text dark on a light highlight in dark mode too.
                    if QColor(h.color).lightness() > 150 and QColor(h.color).alpha() > 200:
                        char_format.setForeground(QColor("#111111"))
                selection.format = char_format
                selections.append(selection)
        self.setExtraSelections(selections)
