"""Keys of one widget's mode (find bar, annotations panel, annotation dialog,
command palette), read from the window's current key map.

    ModeKeys(self, {CommandId.FIND_NEXT: lambda: self.step(+1), ...})

Each command becomes an action of the widget, active while the focus is in
it. The keys are (re)applied when the widget is shown, so a widget built
before it was placed in the window, or before the key map was reloaded,
still follows the current map; `apply_keymap` updates every mode action of
a window at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ..core.commands import BY_ID, CommandId, KeymapReport, load_keymap

COMMAND_PROPERTY = "commandId"
_defaults: KeymapReport | None = None


def keymap_of(widget: QWidget | None) -> KeymapReport:
    """The key map of the window holding `widget` (the defaults if none has one)."""
    global _defaults
    while widget is not None:
        report = getattr(widget, "keymap", None)
        if isinstance(report, KeymapReport):
            return report
        widget = widget.parentWidget()
    if _defaults is None:
        _defaults = load_keymap(None)
    return _defaults


def key_sequences(report: KeymapReport, command: CommandId) -> list[QKeySequence]:
    return [QKeySequence(key) for key in report.keys(command)]


class ModeKeys(QObject):
    def __init__(self, widget: QWidget, handlers: dict[CommandId, Callable[[], object]]):
        super().__init__(widget)
        self.widget = widget
        self.actions: dict[CommandId, QAction] = {}
        for command_id, handler in handlers.items():
            command = BY_ID[command_id]
            action = QAction(command.label, widget)
            action.setObjectName(f"action-{command.id}")
            action.setProperty(COMMAND_PROPERTY, str(command.id))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda *_args, run=handler: run())
            widget.addAction(action)
            self.actions[command.id] = action
        widget.installEventFilter(self)
        self.apply(keymap_of(widget))

    def apply(self, report: KeymapReport) -> None:
        for command_id, action in self.actions.items():
            action.setShortcuts(key_sequences(report, command_id))

    def eventFilter(self, watched, event):
        if watched is self.widget and event.type() in (QEvent.Type.Show, QEvent.Type.ParentChange):
            self.apply(keymap_of(self.widget))
        return False


def apply_keymap(root: QObject, report: KeymapReport) -> None:
    """New keys for every mode action under `root` (after a key map reload)."""
    for action in root.findChildren(QAction):
        command_id = action.property(COMMAND_PROPERTY)
        if command_id:
            action.setShortcuts(key_sequences(report, CommandId(command_id)))
