"""The help overlay (F1 or ?): every command and its keys, from the registry.

Drawn over the main window (not a separate window) so the reader keeps their
place; Esc, F1 or ? closes it and gives the focus back.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ..core.commands import COMMANDS, MENUS

PALETTE_ONLY = "palette only"


def help_entries(keymap: dict[str, list[str]]) -> list[tuple[str, str, str, list[str]]]:
    """(menu, command id, label, keys) for every command, grouped by menu."""
    order = {name: i for i, name in enumerate(MENUS)}
    commands = sorted(COMMANDS, key=lambda c: order.get(c.menu, len(MENUS)))  # stable within a menu
    return [(c.menu or "Other", c.id, c.label, keymap.get(c.id, [])) for c in commands]


class HelpOverlay(QWidget):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._return_focus: QWidget | None = None
        self.setObjectName("helpOverlay")
        self.setAccessibleName("Keyboard shortcuts")
        self.setAutoFillBackground(False)

        self.panel = QFrame(self)
        self.panel.setObjectName("helpOverlayPanel")
        self.panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.panel.setAutoFillBackground(True)
        self.title = QLabel("Keyboard shortcuts")
        self.title.setObjectName("helpOverlayTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpOverlayText")
        self.browser.setAccessibleName("Every command and its keys")
        self.browser.setOpenLinks(False)
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        self.footer = QLabel()
        self.footer.setObjectName("helpOverlayFooter")
        self.footer.setWordWrap(True)
        self.footer.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self.panel)
        layout.addWidget(self.title)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.footer)

        self.browser.installEventFilter(self)
        window.installEventFilter(self)
        self.hide()

    # --- content ----------------------------------------------------------------

    def entries(self) -> list[tuple[str, str, str, list[str]]]:
        return help_entries(self.window.keymap.keymap)

    def refresh(self) -> None:
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        cap = self.palette().color(QPalette.ColorRole.AlternateBase).name()
        groups: dict[str, list[str]] = {}
        for menu, _command_id, label, keys in self.entries():
            if keys:
                shown = " ".join(f"<span style='background-color:{cap}'><code>&nbsp;{html.escape(k)}&nbsp;</code></span>"
                                 for k in keys)
            else:
                shown = f"<i style='color:{muted}'>{PALETTE_ONLY}</i>"
            groups.setdefault(menu, []).append(
                f"<tr><td style='padding-right:16px'>{html.escape(label)}</td><td>{shown}</td></tr>")
        # Two columns of menus, balanced by row count, so most of it fits without scrolling.
        columns: list[list[str]] = [[], []]
        counts = [0, 0]
        half = sum(len(rows) + 1 for rows in groups.values()) / 2
        for menu, rows in groups.items():
            side = 0 if counts[0] < half else 1
            columns[side].append(f"<tr><td colspan='2'><h3>{html.escape(menu)}</h3></td></tr>" + "".join(rows))
            counts[side] += len(rows) + 1
        cells = "".join(f"<td valign='top' style='padding-right:18px'><table cellspacing='2'>{''.join(c)}</table></td>"
                        for c in columns)
        self.browser.setHtml(f"<table width='100%'><tr>{cells}</tr></table>")
        palette_keys = self.window.keymap.keymap.get("command-palette", [])
        problems = self.window.keymap.problems
        footer = (f"Commands marked “{PALETTE_ONLY}” run from the command palette "
                  f"({' or '.join(palette_keys) or 'View menu'}). Your key map: "
                  f"{self.window.data_dir / 'keymap.json'}. Esc closes.")
        if problems:
            footer += "\nKey map problems: " + "; ".join(problems)
        self.footer.setText(footer)

    # --- showing -------------------------------------------------------------------

    def toggle(self) -> None:
        if self.isVisible():
            self.close_overlay()
        else:
            self.open_overlay()

    def open_overlay(self) -> None:
        self.refresh()
        self._return_focus = self.window.focusWidget()
        self._fit()
        self.show()
        self.raise_()
        self.browser.setFocus()

    def close_overlay(self) -> None:
        self.hide()
        if self._return_focus is not None:
            self._return_focus.setFocus()

    def _fit(self) -> None:
        self.setGeometry(self.window.rect())
        width = min(1100, self.width() - 40)
        height = max(200, self.height() - 80)
        self.panel.setGeometry((self.width() - width) // 2, 40, width, height)

    def eventFilter(self, obj, event):
        if obj is self.window and event.type() == QEvent.Type.Resize and self.isVisible():
            self._fit()
        elif obj is self.browser and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Escape:
            self.close_overlay()
            return True
        return super().eventFilter(obj, event)

    def mousePressEvent(self, event):
        if not self.panel.geometry().contains(event.position().toPoint()):
            self.close_overlay()

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 110))  # dim the window behind
