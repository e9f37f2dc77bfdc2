"""Keyboard-driven reading, a feature of the window (`features.FEATURES`):
the reading cursor, command palette, help overlay, find bar, library
search, focus mode, session summary and the user key map commands. It keeps
the keyboard focus where a reader expects it (back in the text when a panel,
the find bar or a menu closes) and remembers the text size.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QMessageBox, QPushButton, QWidget

from ..core.commands import (
    KEYMAP_FILE_NAME,
    CommandId,
    KeymapReport,
    default_keymap_by_mode,
    handles,
    load_keymap,
)
from ..core.storage import LibraryError
from ..core.storage.sessions import SessionStore, format_duration
from .feature_host import Event, FeatureHost
from .plain_text import ask, message_box, plain_text, show_message
from .reading_cursor import ReadingCursor
from .search import FindBar, LibrarySearchDialog

FOCUS_MODE_EXTRA_POINTS = 4
FOCUS_MODE_LINE_CHARS = 75  # a comfortable line length for one column
FONT_SIZE_SETTING = "font_size"  # library setting: the reading text's point size
KEEP_KEYMAP = "Keep my key map"

# Visible keyboard focus on the main widgets, in the palette's highlight colour
# (follows light/dark themes). Scoped by object name so nothing else changes.
FOCUS_STYLE = """
#readingView:focus, #articleList:focus { border: 2px solid palette(highlight); }
#readingView, #articleList { border: 2px solid transparent; }
"""


class KeyboardFeature(QObject):
    """`window.keyboard` (or `window.feature("keyboard")`) once installed."""

    name: ClassVar[str] = "keyboard"

    def __init__(self) -> None:
        super().__init__()
        self.host: FeatureHost | None = None
        # Replaceable in tests (no blocking questions, no desktop file opener).
        self.confirm: Callable[[str, str], bool] = self._ask
        self.open_file: Callable[[Path], bool] = lambda path: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(path))
        )
        self.problem_box: QMessageBox | None = None
        self.summary_box: QMessageBox | None = None
        self.library_search: LibrarySearchDialog | None = None
        self.focus_mode = False
        self._overlay = None  # built on first use: start-up stays fast
        self._watching_focus = False

    def install(self, host: FeatureHost) -> None:
        self.host = host
        window = host.widget()
        self.setParent(window)
        self.keymap_file: Path = host.data_dir / KEYMAP_FILE_NAME
        self.store = SessionStore(host.library)
        self.cursor = ReadingCursor(self).install(host, self.store)
        self.find_bar = FindBar(host, self.cursor)
        host.add_panel_below_reader(self.find_bar)
        host.bind_commands(self)

        self.problems_button = QPushButton()
        self.problems_button.setObjectName("keymapProblems")
        self.problems_button.setFlat(True)
        self.problems_button.setAccessibleName("Key map problems")
        self.problems_button.clicked.connect(self.show_keymap_problems)
        host.add_status_widget(self.problems_button)
        self._update_problems_button()

        # Reading progress right after the title, where it is seen in a narrow list.
        host.set_article_column_width("progress", "100%", position=1)
        host.add_style(FOCUS_STYLE)
        host.subscribe(Event.CLOSING, self.cursor.tick)  # the time since the last key counts as reading
        host.reading_view.installEventFilter(self)
        self._restore_font_size()
        for command_id in (CommandId.FONT_LARGER, CommandId.FONT_SMALLER):
            host.action(command_id).triggered.connect(self._save_font_size)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        self._watching_focus = True
        for menu in window.findChildren(QMenu):
            menu.aboutToHide.connect(lambda: QTimer.singleShot(0, self._after_menu))
        host.reading_view.setFocus()  # start reading with the keyboard (taken when shown)
        if host.keymap.problems:
            QTimer.singleShot(0, self.show_keymap_problems)

    def shutdown(self) -> None:
        if self._watching_focus:  # (a window closed twice shuts down twice)
            QApplication.instance().focusChanged.disconnect(self._on_focus_changed)
            self._watching_focus = False
        for box in (self.problem_box, self.summary_box, self.library_search):
            if box is not None:
                box.close()

    @property
    def overlay(self):
        if self._overlay is None:
            from .help_overlay import HelpOverlay

            self._overlay = HelpOverlay(self.host)
        return self._overlay

    @handles(CommandId.HELP_KEYS)
    def toggle_help(self) -> None:
        self.overlay.toggle()

    @handles(CommandId.COMMAND_PALETTE)
    def open_palette(self):
        from .command_palette import open_palette

        return open_palette(self.host)

    # --- find in the article ---------------------------------------------------------

    @handles(CommandId.SEARCH_ARTICLE)
    def open_find_bar(self) -> None:
        self.find_bar.open_bar()

    @handles(CommandId.NEXT_SEARCH_HIT)
    def next_search_hit(self) -> None:
        self.find_bar.step(+1)

    @handles(CommandId.PREVIOUS_SEARCH_HIT)
    def previous_search_hit(self) -> None:
        self.find_bar.step(-1)

    # --- library search ----------------------------------------------------------

    @handles(CommandId.SEARCH_LIBRARY)
    def open_library_search(self) -> LibrarySearchDialog:
        if self.library_search is None:
            self.library_search = LibrarySearchDialog(self.host, self.cursor, self.store)
        selected = self.host.reading_view.selected_range()
        if selected and len(selected.text) < 80:
            self.library_search.edit.setText(selected.text)
        self.library_search.open()
        self.library_search.edit.setFocus()
        self.library_search.edit.selectAll()
        return self.library_search

    # --- focus mode ------------------------------------------------------------------

    @handles(CommandId.FOCUS_MODE, checkable=True)
    def toggle_focus_mode(self) -> None:
        self.set_focus_mode(self.host.action(CommandId.FOCUS_MODE).isChecked())

    def set_focus_mode(self, on: bool) -> None:
        """One column, larger type, the article list hidden; off restores all."""
        host, view = self.host, self.host.reading_view
        host.action(CommandId.FOCUS_MODE).setChecked(on)
        if on and not self.focus_mode:
            self.focus_mode = True
            host.set_reading_only(True)
            view.show_translation = False  # set_point_size below rebuilds the document once
            view.set_point_size(view.point_size + FOCUS_MODE_EXTRA_POINTS)
        elif not on and self.focus_mode:
            self.focus_mode = False
            host.set_reading_only(False)
            view.show_translation = host.action(CommandId.TOGGLE_TRANSLATION).isChecked()
            view.set_point_size(view.point_size - FOCUS_MODE_EXTRA_POINTS)  # a size changed meanwhile stays
        self._fit_focus_column()
        host.focus_reader()
        self.cursor.after_relayout()

    def _fit_focus_column(self) -> None:
        """In focus mode the column is centred at a readable width."""
        view = self.host.reading_view
        side = 0
        if self.focus_mode:
            width = (
                view.fontMetrics().averageCharWidth()
                * FOCUS_MODE_LINE_CHARS
                * view.point_size
                / max(1.0, view.font().pointSizeF())
            )
            side = max(0, int((view.width() - width) / 2))
        view.setViewportMargins(side, 0, side, 0)

    # --- text size ----------------------------------------------------------------------

    def _restore_font_size(self) -> None:
        try:
            size = self.host.library.get_setting(FONT_SIZE_SETTING)
        except LibraryError:
            size = None
        if isinstance(size, (int, float)) and size != self.host.reading_view.point_size:
            self.host.reading_view.set_point_size(size)

    def _save_font_size(self) -> None:
        size = self.host.reading_view.point_size
        if self.focus_mode:
            size -= FOCUS_MODE_EXTRA_POINTS  # focus mode's extra size is not the reader's choice
        try:
            self.host.library.set_setting(FONT_SIZE_SETTING, size)
        except LibraryError as error:
            self.host.show_status(f"Text size not remembered: {error}", 8000)

    # --- session summary ---------------------------------------------------------

    def summary_text(self) -> str:
        self.cursor.tick()
        session = self.store.summary(self.cursor.session_id) if self.cursor.session_id else None
        totals = self.store.totals()

        def counts(summary) -> str:
            return (
                f"{format_duration(summary.seconds_read)} reading, "
                f"{plural(summary.sentences_advanced, 'sentence')} advanced, "
                f"{plural(summary.annotations_made, 'annotation')} made."
            )

        lines = [f"This session: {counts(session)}"] if session else []
        lines.append(f"All sessions: {counts(totals)}")
        positions = self.store.positions()
        read = sum(1 for p in positions.values() if p.read)
        lines.append(
            f"Articles: {read} read, {len(positions) - read} started, of {self.host.library.article_count()}."
        )
        return "\n".join(lines)

    @handles(CommandId.SESSION_SUMMARY)
    def show_session_summary(self) -> QMessageBox:
        box = message_box(
            self.host.widget(),
            QMessageBox.Icon.Information,
            "Session summary",
            self.summary_text(),
            QMessageBox.StandardButton.Close,
        )
        box.setObjectName("sessionSummary")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary_box = box
        box.destroyed.connect(lambda *_: setattr(self, "summary_box", None))
        return_focus_after(box, self.host.widget())
        box.open()
        return box

    # --- user key map ---------------------------------------------------------------

    def apply_keymap(self, report: KeymapReport) -> None:
        self.host.set_keymap(report)
        self._update_problems_button()
        if self._overlay is not None and self._overlay.isVisible():
            self._overlay.refresh()

    @handles(CommandId.RELOAD_KEYMAP)
    def reload_keymap(self) -> None:
        self.apply_keymap(load_keymap(self.keymap_file))
        if self.host.keymap.problems:
            for problem in self.host.keymap.problems:  # (start-up problems are printed by run_gui)
                print(f"reader: key map: {problem}", file=sys.stderr)
            self.show_keymap_problems()
        else:
            self.host.show_status(f"Key map loaded from {self.keymap_file}", 6000)

    @handles(CommandId.RESET_KEYMAP)
    def reset_keymap(self) -> None:
        if self.keymap_file.exists():
            if not self.confirm(
                "Reset key map", f"Use the default keys? Your {self.keymap_file.name} is kept as a backup."
            ):
                return
            backup = self.keymap_file.with_name(f"keymap.{time.strftime('%Y%m%d-%H%M%S')}.bak.json")
            self.keymap_file.rename(backup)
            message = f"Default keys restored; your key map was moved to {backup}"
        else:
            message = "Default keys restored."
        self.apply_keymap(load_keymap(None))
        self.host.show_status(message, 10000)

    @handles(CommandId.OPEN_KEYMAP_FILE)
    def open_keymap_file(self) -> Path:
        """Create a commented template if there is none, then open it."""
        if not self.keymap_file.exists():
            defaults = load_keymap(None)
            examples = [
                *defaults.keys(CommandId.COMMAND_PALETTE)[:1],
                *defaults.keys(CommandId.NEXT_SENTENCE)[-1:],
                *defaults.keys(CommandId.FIRST_SENTENCE)[:1],
            ]
            template = {
                "_comment": (
                    "Your key bindings, by mode like the defaults below: add "
                    '"mode": {"command-id": ["Key", ...]} entries at the top level; the keys '
                    "you list for a command replace its default keys (Qt key names, e.g. "
                    f"{', '.join(json.dumps(key) for key in examples)}; a comma and a space separate "
                    "keys pressed one after the other). Entries starting with _ are ignored. "
                    "Apply with Help > Reload Key Map."
                ),
                "_defaults": default_keymap_by_mode(),
            }
            self.keymap_file.parent.mkdir(parents=True, exist_ok=True)
            self.keymap_file.write_text(
                json.dumps(template, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
            )
        if not self.open_file(self.keymap_file):
            show_message(
                self.host.widget(),
                QMessageBox.Icon.Information,
                "Key map file",
                f"Edit this file, then use Help > Reload Key Map:\n{self.keymap_file}",
            )
        self.host.show_status(f"Key map file: {self.keymap_file}", 10000)
        return self.keymap_file

    def _update_problems_button(self) -> None:
        count = len(self.host.keymap.problems)
        self.problems_button.setVisible(bool(count))
        self.problems_button.setText(f"⚠ Key map: {count} problem{'s' if count != 1 else ''}")
        self.problems_button.setToolTip(plain_text("\n".join(self.host.keymap.problems)))

    def show_keymap_problems(self) -> QMessageBox | None:
        """A non-blocking box listing the conflicts, with ways out."""
        problems = self.host.keymap.problems
        if not problems:
            return None
        if self.problem_box is not None:
            self.problem_box.close()
        box = message_box(
            self.host.widget(),
            QMessageBox.Icon.Warning,
            "Key map problems",
            f"Your key map ({self.keymap_file}) has {len(problems)} problem(s). "
            "The keys listed were not applied; everything else works.",
            QMessageBox.StandardButton.NoButton,
            informative="\n".join(problems[:8]) + ("\n…" if len(problems) > 8 else ""),
        )
        box.setObjectName("keymapProblemsBox")
        box.setDetailedText("\n".join(problems))
        keep = box.addButton(KEEP_KEYMAP, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        edit = box.addButton("Edit Key Map File…", QMessageBox.ButtonRole.ActionRole)
        reset = box.addButton("Reset to Defaults…", QMessageBox.ButtonRole.ResetRole)
        edit.clicked.connect(lambda: QTimer.singleShot(0, self.open_keymap_file))
        reset.clicked.connect(lambda: QTimer.singleShot(0, self.reset_keymap))
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda *_: setattr(self, "problem_box", None))
        self.problem_box = box
        box.show()
        self.host.show_status(f"Key map: {problems[0]}", 10000)
        return box

    def _ask(self, title: str, text: str) -> bool:
        return ask(self.host.widget(), title, text)

    # --- events ------------------------------------------------------------------------

    def eventFilter(self, obj, event):
        if obj is self.host.reading_view and event.type() == QEvent.Type.Resize and self.focus_mode:
            self._fit_focus_column()
        return False

    @handles(CommandId.CLEAR_SELECTION)
    def clear_selection(self) -> None:
        """In the text: drop the selection, else leave focus mode."""
        view = self.host.reading_view
        if view.textCursor().hasSelection():
            self.cursor.set_position(self.cursor.paragraph, self.cursor.sentence, record=False, jump=False)
        elif self.focus_mode:
            self.set_focus_mode(False)

    # --- where the focus goes --------------------------------------------------------------

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        """The focused widget of the window was hidden (a panel or the find
        bar closed, the list hidden): Qt hands the focus to the next widget
        in the chain (often the article filter, where the next reading key
        would be typed); the reading text takes it instead."""
        window = self.host.widget()
        if old is None or new is None or new is self.host.reading_view or not window.isVisible():
            return
        try:
            gone = not old.isVisible() and old.window() is window and new.window() is window
        except RuntimeError:  # already deleted
            return
        if gone:
            self.host.focus_reader()

    def _after_menu(self) -> None:
        """A menu closed with Esc leaves the focus on the menu bar, where it
        is invisible: back to the reading text (a chosen command that moved
        the focus elsewhere keeps it there)."""
        focused = QApplication.focusWidget()
        if (
            QApplication.activePopupWidget() is None
            and self.host.widget().isVisible()
            and (focused is None or isinstance(focused, QMenuBar))
        ):
            if focused is not None:
                focused.setActiveAction(None)
            self.host.focus_reader()


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def return_focus_after(dialog, window) -> None:
    """When `dialog` closes, the window and the widget that had the focus get
    it back (window managers usually do this; offscreen and some do not)."""
    focused = window.focusWidget()

    def restore(*_args) -> None:
        window.activateWindow()
        if focused is not None:
            focused.setFocus()

    dialog.finished.connect(restore)
