"""How a list (the rows behind a count, a data check) opens the record of a row: a person, an
activity, its head counts or its attendance grid.

In the main window, `CoreViews` installs links that open the window's own forms and views
(`install(window, links)`); a widget finds them with `links_for(widget)`. Elsewhere (a view
shown on its own), forms open as dialogs over the widget.
"""

from __future__ import annotations

from typing import Protocol
from weakref import WeakKeyDictionary

from PySide6.QtWidgets import QWidget

from desktop_app.store import Database


class RecordLinks(Protocol):
    def open_person(self, person_id: int) -> object: ...

    def open_activity(self, activity_id: int) -> object: ...

    def open_head_counts(self, activity_id: int) -> object: ...

    def open_attendance(self, activity_id: int) -> object: ...


_installed: WeakKeyDictionary[QWidget, RecordLinks] = WeakKeyDictionary()


def install(window: QWidget, links: RecordLinks) -> None:
    _installed[window] = links


def links_for(widget: QWidget, database: Database) -> RecordLinks:
    """The links of the window `widget` is in (a dialog's parent's window included)."""
    current: QWidget | None = widget
    while current is not None:
        links = _installed.get(current)
        if links is not None:
            return links
        current = current.parentWidget()
    return DialogLinks(database, widget)


class DialogLinks:
    """Forms opened as dialogs over `parent`; the attendance grid, which needs the main window,
    is the activity's form there."""

    def __init__(self, database: Database, parent: QWidget) -> None:
        self.database = database
        self.parent = parent

    def _show(self, dialog: QWidget) -> QWidget:
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_person(self, person_id: int) -> object:
        from desktop_app.ui.registry.person_form import PersonForm

        return self._show(PersonForm(self.database, person_id, self.parent))

    def open_activity(self, activity_id: int) -> object:
        from desktop_app.ui.activities.activity_form import ActivityForm

        return self._show(ActivityForm(self.database, activity_id, self.parent))

    def open_head_counts(self, activity_id: int) -> object:
        from desktop_app.ui.activities.head_count_dialog import HeadCountDialog

        return self._show(HeadCountDialog(self.database, activity_id, self.parent))

    def open_attendance(self, activity_id: int) -> object:
        return self.open_activity(activity_id)
