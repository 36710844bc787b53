"""Actions with their shortcut shown in the menu and in the tooltip."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


def show_shortcut_in_tooltip(action: QAction) -> None:
    """Tooltip = the action's text without '&', followed by its shortcut, e.g. "Save (Ctrl+S)"."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{text} ({shortcut})" if shortcut else text)


def make_action(
    parent: QObject,
    text: str,
    slot: Callable[[], object] | None = None,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | Sequence[QKeySequence] | None = None,
    status_tip: str = "",
    name: str = "",
) -> QAction:
    """A QAction with `text`, shortcut(s), tooltip showing the shortcut, and `slot` on trigger;
    `name` is its object name, by which tests and the roles find it."""
    action = QAction(text, parent)
    if name:
        action.setObjectName(name)
    if isinstance(shortcut, QKeySequence.StandardKey):
        action.setShortcuts(shortcut)
    elif isinstance(shortcut, str | QKeySequence):
        action.setShortcut(QKeySequence(shortcut))
    elif shortcut is not None:
        action.setShortcuts(list(shortcut))
    if status_tip:
        action.setStatusTip(status_tip)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    show_shortcut_in_tooltip(action)
    return action
