"""How a list (the rows behind a count, a data check) opens the record of a row: a person, an
activity, its head counts or its attendance grid.

The forms belong to screens above this folder, so the shell installs both ways of opening them:
in the main window, `CoreViews` installs links that open the window's own forms and views
(`install(window, links)`); elsewhere (a view shown on its own), the fallback it installs
(`install_fallback`) opens forms as dialogs over the widget. A widget finds them with
`links_for(widget, database)`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol
from weakref import WeakKeyDictionary

from PySide6.QtWidgets import QWidget

from desktop_app.store import Database


class RecordLinks(Protocol):
    def open_person(self, person_id: int) -> object: ...

    def open_activity(self, activity_id: int) -> object: ...

    def open_head_counts(self, activity_id: int) -> object: ...

    def open_attendance(self, activity_id: int) -> object: ...


Fallback = Callable[[Database, QWidget], RecordLinks]

_installed: WeakKeyDictionary[QWidget, RecordLinks] = WeakKeyDictionary()
_fallback: list[Fallback] = []  # the one installed, if any


def install(window: QWidget, links: RecordLinks) -> None:
    _installed[window] = links


def install_fallback(fallback: Fallback) -> None:
    """How a widget outside the main window opens records (`fallback(database, widget)`)."""
    _fallback[:] = [fallback]


def links_for(widget: QWidget, database: Database) -> RecordLinks:
    """The links of the window `widget` is in (a dialog's parent's window included)."""
    current: QWidget | None = widget
    while current is not None:
        links = _installed.get(current)
        if links is not None:
            return links
        current = current.parentWidget()
    if not _fallback:
        raise LookupError("no record links: the shell installs them (ui/shell/core_views.py)")
    return _fallback[0](database, widget)
