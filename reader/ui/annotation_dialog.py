"""The annotation dialog: note, tags (with completion), colour.

Keyboard first: the note has focus; Tab moves on (it does not insert a tab);
the annotation dialog's keys in the key map save from anywhere and pick a
colour; arrow keys move between the colour buttons. Every control has an
accessible name.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.commands import COLOUR_COMMANDS, CommandId
from ..core.panes import Pane, Span
from ..core.storage.annotations import DEFAULT_COLOR, load_palette, normalise_tags
from .mode_keys import ModeKeys, keymap_of
from .theme import highlight_color, is_dark, swatch

TAG_SPLIT = re.compile(r"[,;]")


def split_tags(text: str) -> list[str]:
    return normalise_tags(TAG_SPLIT.split(text))


class TagCompleter(QCompleter):
    """Completes the tag being typed (after the last comma), keeping the others."""

    def __init__(self, tags: list[str], parent=None):
        super().__init__(parent)
        # Parented model: a temporary one would be freed by Python under Qt's feet.
        self.tag_model = QStringListModel(tags, self)
        self.setModel(self.tag_model)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    typed = ""  # what the user typed; highlighting a completion changes the field's text

    def pathFromIndex(self, index) -> str:
        done = [t.strip() for t in TAG_SPLIT.split(self.typed)[:-1] if t.strip()]
        return ", ".join([*done, index.data()]) + ", "

    def splitPath(self, path: str) -> list[str]:
        self.typed = path
        return [TAG_SPLIT.split(path)[-1].strip()]


class AnnotationDialog(QDialog):
    """Create or edit an annotation. Read the result with note(), tags(), color()."""

    def __init__(
        self,
        parent=None,
        *,
        quote: str = "",
        rtl: bool = False,
        note: str = "",
        tags: list[str] | None = None,
        color: str = DEFAULT_COLOR,
        known_tags: list[str] | None = None,
        editing: bool = False,
    ):
        super().__init__(parent)
        self.setObjectName("annotationDialog")
        self.setWindowTitle("Edit annotation" if editing else "Annotate")
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(420)

        self.quote_label = QLabel(quote if len(quote) <= 400 else quote[:400] + "…")
        self.quote_label.setObjectName("annotationQuote")
        self.quote_label.setTextFormat(Qt.TextFormat.PlainText)  # article text is never markup
        self.quote_label.setWordWrap(True)
        self.quote_label.setAccessibleName("Annotated passage")
        self.quote_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Direction from the article's language, not from the first letter.
        self.quote_label.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        self.quote_label.setAlignment(
            (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            | Qt.AlignmentFlag.AlignAbsolute
        )

        self.note_edit = QPlainTextEdit(note)
        self.note_edit.setObjectName("annotationNote")
        self.note_edit.setAccessibleName("Note")
        self.note_edit.setPlaceholderText("What this passage means, why it matters…")
        self.note_edit.setTabChangesFocus(True)

        self.tags_edit = QLineEdit(", ".join(tags or []))
        self.tags_edit.setObjectName("annotationTags")
        self.tags_edit.setAccessibleName("Tags, separated by commas")
        self.tags_edit.setPlaceholderText("tag, another tag")
        self.tags_edit.setClearButtonEnabled(True)
        self.completer = TagCompleter(known_tags or [], self)
        self.tags_edit.setCompleter(self.completer)

        colours = QWidget()
        colours.setObjectName("annotationColors")
        colours.setAccessibleName("Colour")
        row = QHBoxLayout(colours)
        row.setContentsMargins(0, 0, 0, 0)
        self.color_group = QButtonGroup(self)
        self.color_group.setExclusive(True)
        self.color_buttons: dict[str, QToolButton] = {}
        dark = is_dark(self)
        report = keymap_of(parent)
        handlers = {}
        for number, name in enumerate(load_palette(), 1):
            button = QToolButton()
            button.setObjectName(f"color-{name}")
            button.setCheckable(True)
            button.setIcon(swatch(highlight_color(name, dark)))
            button.setText(name.capitalize())
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAccessibleName(f"{name.capitalize()} highlight")
            if number <= len(COLOUR_COMMANDS):
                command = COLOUR_COMMANDS[number - 1]
                handlers[command] = button.click
                button.setToolTip(f"{name.capitalize()} ({report.text(command)})")
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.color_group.addButton(button)
            self.color_buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        # Only while a colour button has the focus: elsewhere the arrows move the text caret.
        self.colour_keys = ModeKeys(
            colours,
            {
                CommandId.NEXT_COLOUR: lambda: self.step_colour(+1),
                CommandId.PREVIOUS_COLOUR: lambda: self.step_colour(-1),
            },
        )
        self.set_color(color)

        form = QFormLayout()
        note_label = QLabel("&Note:")
        note_label.setBuddy(self.note_edit)
        tags_label = QLabel("&Tags:")
        tags_label.setBuddy(self.tags_edit)
        form.addRow(note_label, self.note_edit)
        form.addRow(tags_label, self.tags_edit)
        form.addRow("Colour:", colours)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            f"Save ({report.text(CommandId.SAVE_ANNOTATION)})"
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.keys = ModeKeys(self, {CommandId.SAVE_ANNOTATION: self.accept, **handlers})

        layout = QVBoxLayout(self)
        layout.addWidget(self.quote_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.note_edit.setFocus()

    def step_colour(self, step: int) -> None:
        """The next (previous) colour button, focused and chosen (a button
        group has no arrow keys of its own)."""
        buttons = list(self.color_buttons.values())
        focused = self.focusWidget()
        current = buttons.index(focused) if focused in buttons else 0
        target = buttons[(current + step) % len(buttons)]
        target.setFocus()
        target.click()

    # --- values -------------------------------------------------------------------

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def tags(self) -> list[str]:
        return split_tags(self.tags_edit.text())

    def color(self) -> str:
        for name, button in self.color_buttons.items():
            if button.isChecked():
                return name
        return DEFAULT_COLOR

    def set_color(self, name: str) -> None:
        button = self.color_buttons.get(name) or self.color_buttons[DEFAULT_COLOR]
        button.setChecked(True)


def select_caret_sentence(view) -> bool:
    """Select the sentence holding the caret (the reading cursor keeps the
    caret at its sentence's start); False when the caret is in no sentence."""
    located = view.locate(view.textCursor().position())
    if located is None:
        return False
    pane, paragraph, offset = located
    spans = [span for span in view.sentence_spans(pane, paragraph) if span[0] <= offset]
    return bool(spans) and bool(view.select_range(pane, paragraph, *spans[-1]))


def annotate_selection(parent, view, store, article, exec_dialog=None):
    """The whole "annotate the selection" action: read the reading view's
    selection (none: the reading-cursor sentence), ask for note/tags/colour,
    save at once. Returns the new Annotation, or None (nothing to annotate,
    cancelled, or not saved: then the reason is shown, never silently dropped)."""
    from PySide6.QtWidgets import QMessageBox

    from ..core.storage import LibraryError
    from ..core.text import is_rtl
    from .plain_text import show_message

    if view.selected_range() is None:
        select_caret_sentence(view)
    selection = view.selected_range()
    if selection is None or article is None or not selection.text.strip():
        return None
    dialog = AnnotationDialog(
        parent,
        quote=selection.text,
        rtl=selection.pane == Pane.SOURCE and is_rtl(article.language),
        known_tags=store.all_tags(),
    )
    accepted = exec_dialog(dialog) if exec_dialog else dialog.exec()
    if not accepted:
        return None
    try:
        from ..core.service import ReaderService

        return ReaderService(store.library).annotate(
            article.id,
            selection.pane,
            span=Span(Pane(selection.pane), selection.paragraph, selection.start, selection.end),
            note=dialog.note(),
            tags=dialog.tags(),
            color=dialog.color(),
        )
    except (LibraryError, ValueError) as error:
        show_message(parent, QMessageBox.Icon.Critical, "Annotation not saved", str(error))
        return None
