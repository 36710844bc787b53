"""The activity the user is working on, asked of one object (`window.current_activity`).

The views that select an activity set it while they are the view on screen: the activity list
its chosen row, the check-in screen and the attendance grid their activity. Other views (the
registry, the reports) leave it as it was. The main window's actions, the menus and the dialogs
read `id()` when they act, and follow `changed` (or `chosen`, for an action's enabled state).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget


class CurrentActivity(QObject):
    changed = Signal(object)  # the activity id, or None
    chosen = Signal(bool)  # whether an activity is chosen

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._id: int | None = None

    def id(self) -> int | None:
        return self._id

    def set(self, activity_id: int | None) -> None:
        if activity_id == self._id:
            return
        self._id = activity_id
        self.changed.emit(activity_id)
        self.chosen.emit(activity_id is not None)

    def follow(
        self,
        view: QWidget,
        activity_id: Callable[[], int | None],
        selection_changed: SignalInstance | None = None,
    ) -> None:
        """`view` selects `activity_id()`: it becomes the current activity when the view comes
        on screen, and again when its `selection_changed` while it is there."""
        view.installEventFilter(_Follower(self, view, activity_id))
        if selection_changed is not None:
            selection_changed.connect(lambda *_args: self._offer(view, activity_id))

    def _offer(self, view: QWidget, activity_id: Callable[[], int | None]) -> None:
        if view.isVisibleTo(view.window()):  # the page shown in the window, or to be shown
            self.set(activity_id())

    def enables(self, action: QAction) -> None:
        """`action` acts on the current activity: enabled while there is one."""
        action.setEnabled(self._id is not None)
        self.chosen.connect(action.setEnabled)


class _Follower(QObject):
    """Sets the current activity when its view is shown (`ShowToParent`: made the page of the
    window's stack, even before the window itself is shown)."""

    SHOWN = (QEvent.Type.Show, QEvent.Type.ShowToParent)

    def __init__(
        self, current: CurrentActivity, view: QWidget, activity_id: Callable[[], int | None]
    ) -> None:
        super().__init__(view)
        self.current = current
        self.activity_id = activity_id

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.SHOWN:
            self.current.set(self.activity_id())
        return False
