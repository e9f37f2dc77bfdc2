"""The help overlay: every command and its keys, from the registry and the
current key map, menu commands by menu and the keys of each mode (filter,
list, find bar, annotations panel, dialogs) by mode.

Drawn over the main window (not a separate window) so the reader keeps their
place; its close key, or the help key again, closes it and gives the focus back.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ..core.commands import COLOUR_COMMANDS, COMMANDS, KEYMAP_FILE_NAME, MENUS, MODE_TITLES, CommandId, Mode
from ..core.storage.annotations import load_palette
from .feature_host import FeatureHost
from .mode_keys import ModeKeys

PALETTE_ONLY = "palette only"


def help_section(command) -> str:
    """A command's menu; for a key of one widget (no menu), its mode."""
    if command.menu:
        return command.menu
    return MODE_TITLES[command.mode] if command.mode != Mode.READING else "Reading"


def help_entries(keymap: dict[str, list[str]]) -> list[tuple[str, str, str, list[str]]]:
    """(section, command id, label, keys) for every command: the menus in
    menu order, then the modes in their order."""
    sections = [*MENUS, *(MODE_TITLES[mode] for mode in Mode)]
    order = {name: i for i, name in enumerate(sections)}
    commands = sorted(COMMANDS, key=lambda c: order.get(help_section(c), len(sections)))  # stable within one
    colours = dict(zip(COLOUR_COMMANDS, (name.capitalize() for name in load_palette())))
    return [
        (
            help_section(c),
            c.id,
            f"{c.label} ({colours[c.id]})" if c.id in colours else c.label,
            keymap.get(c.id, []),
        )
        for c in commands
    ]


class HelpOverlay(QWidget):
    def __init__(self, host: FeatureHost):
        super().__init__(host.widget())
        self.host = host
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

        self.keys = ModeKeys(self, {CommandId.CLOSE_HELP: self.close_overlay})
        host.widget().installEventFilter(self)
        self.hide()

    # --- content ----------------------------------------------------------------

    def entries(self) -> list[tuple[str, str, str, list[str]]]:
        return help_entries(self.host.keymap.keymap)

    def refresh(self) -> None:
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        cap = self.palette().color(QPalette.ColorRole.AlternateBase).name()
        groups: dict[str, list[str]] = {}
        for menu, _command_id, label, keys in self.entries():
            if keys:
                shown = " ".join(
                    f"<span style='background-color:{cap}'><code>&nbsp;{html.escape(k)}&nbsp;</code></span>"
                    for k in keys
                )
            else:
                shown = f"<i style='color:{muted}'>{PALETTE_ONLY}</i>"
            groups.setdefault(menu, []).append(
                f"<tr><td style='padding-right:16px'>{html.escape(label)}</td><td>{shown}</td></tr>"
            )
        # Two columns of menus, balanced by row count, so most of it fits without scrolling.
        columns: list[list[str]] = [[], []]
        counts = [0, 0]
        half = sum(len(rows) + 1 for rows in groups.values()) / 2
        for menu, rows in groups.items():
            side = 0 if counts[0] < half else 1
            columns[side].append(
                f"<tr><td colspan='2'><h3>{html.escape(menu)}</h3></td></tr>" + "".join(rows)
            )
            counts[side] += len(rows) + 1
        cells = "".join(
            f"<td valign='top' style='padding-right:18px'><table cellspacing='2'>{''.join(c)}</table></td>"
            for c in columns
        )
        self.browser.setHtml(f"<table width='100%'><tr>{cells}</tr></table>")
        report = self.host.keymap
        problems = report.problems
        footer = (
            f"A number typed before a reading motion repeats it (5 then "
            f"{report.first(CommandId.NEXT_SENTENCE)}: five sentences on). "
            f"Commands marked “{PALETTE_ONLY}” run from the command palette "
            f"({report.text(CommandId.COMMAND_PALETTE, 'View menu')}). Your key map: "
            f"{self.host.data_dir / KEYMAP_FILE_NAME}. {report.text(CommandId.CLOSE_HELP)} closes."
        )
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
        self._return_focus = self.host.widget().focusWidget()
        self._fit()
        self.show()
        self.raise_()
        self.browser.setFocus()

    def close_overlay(self) -> None:
        self.hide()
        if self._return_focus is not None:
            self._return_focus.setFocus()

    def _fit(self) -> None:
        self.setGeometry(self.host.widget().rect())
        width = min(1100, self.width() - 40)
        height = max(200, self.height() - 80)
        self.panel.setGeometry((self.width() - width) // 2, 40, width, height)

    def eventFilter(self, obj, event):
        if obj is self.host.widget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self._fit()
        return super().eventFilter(obj, event)

    def mousePressEvent(self, event):
        if not self.panel.geometry().contains(event.position().toPoint()):
            self.close_overlay()

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 110))  # dim the window behind
