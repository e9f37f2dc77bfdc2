"""Untrusted text in widgets is never markup.

Qt guesses whether a label, message box or tooltip holds rich text
(Qt::mightBeRichText), so a file name like `<a href="file:/etc/passwd">x</a>.txt`
or a note `<img width=20000 ...>` would become a live link or a huge image.
Every label, message box and tooltip that can carry user or article text goes
through this module: labels and message boxes are set to plain text; tooltips
(which have no plain-text switch) get the text HTML-escaped. Control and
direction characters are shown as escapes (see core.safe_text).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from ..core.safe_text import escape_controls
from .qt_values import set_enum_property


def plain_text(text: str) -> str:
    """`text` for a tooltip or any other place that guesses the format: shown
    literally, line breaks kept, markup inert."""
    import html  # (with html.entities) only once a tooltip needs it, not before the first paint

    shown = html.escape(escape_controls(str(text), keep_layout=True), quote=False)
    return f"<p style='white-space:pre-wrap'>{shown}</p>"


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that shows its text literally, whatever is set later."""
    label = QLabel(parent)
    set_enum_property(label, "textFormat", "PlainText")  # (no Qt namespace: qt_values)
    label.setText(text)
    return label


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons=QMessageBox.StandardButton.Ok,
    informative: str = "",
) -> QMessageBox:
    """A QMessageBox whose text (and informative text) are plain text:
    no links, no images, no markup."""
    box = QMessageBox(icon, title, escape_controls(str(text), keep_layout=True), buttons, parent)
    set_enum_property(box, "textFormat", "PlainText")
    if informative:
        box.setInformativeText(escape_controls(informative, keep_layout=True))
    for label in box.findChildren(QLabel):  # the informative label does not follow setTextFormat
        set_enum_property(label, "textFormat", "PlainText")
        label.setOpenExternalLinks(False)
    return box


def show_message(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons=QMessageBox.StandardButton.Ok,
) -> QMessageBox.StandardButton:
    """Like QMessageBox.warning/critical/information/question, in plain text."""
    return QMessageBox.StandardButton(message_box(parent, icon, title, text, buttons).exec())


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A Yes/No question in plain text; True for Yes."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    return (
        show_message(parent, QMessageBox.Icon.Question, title, text, buttons)
        == QMessageBox.StandardButton.Yes
    )
