"""One change signal: every write in the window says what it changed, the open views re-read
only that.

A write (a check-in, a saved form, an import, a merge, an undone deletion…) builds a `Changes`:
for each kind of record, the ids it changed, or `EVERY` when it cannot tell which (a workbook
import). It announces it on the window's `ChangeSignal` (`window.changes.announce(changes,
source)`); each open view is given that object when it is built, listens to `changed`, and
re-reads what it shows of those records, skipping what it wrote itself (`source is self`). A
view that is hidden notes that it is stale and re-reads when shown.

Attendance and head counts are named by their activity: `attendance={3}` means "the attendance
of activity 3 changed", which is what a screen of activity 3 needs to know.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget


class _Every:
    """Every record of a kind may have changed (`EVERY`)."""

    def __repr__(self) -> str:
        return "EVERY"


EVERY: Final = _Every()
IdsGiven = Iterable[int] | _Every


@dataclass(frozen=True)
class Ids:
    """The ids of one kind of record that changed; `every`: which ones is not known."""

    ids: frozenset[int] = frozenset()
    every: bool = False

    @staticmethod
    def of(given: IdsGiven) -> Ids:
        return Ids(every=True) if isinstance(given, _Every) else Ids(frozenset(given))

    def __bool__(self) -> bool:
        return self.every or bool(self.ids)

    def __contains__(self, record_id: object) -> bool:
        return self.every or record_id in self.ids

    def __or__(self, other: Ids) -> Ids:
        if self.every or other.every:
            return Ids(every=True)
        return Ids(self.ids | other.ids)

    def touches(self, ids: Iterable[int]) -> bool:
        """Any of `ids` changed."""
        return self.every or not self.ids.isdisjoint(ids)


@dataclass(frozen=True)
class Changes:
    """What one write changed, by kind of record."""

    activities: Ids = field(default_factory=Ids)  # activity records (title, dates, deleted…)
    persons: Ids = field(default_factory=Ids)  # person records, created, edited, merged
    attendance: Ids = field(default_factory=Ids)  # activities whose attendance changed
    head_counts: Ids = field(default_factory=Ids)  # activities whose head counts changed
    organisations: Ids = field(default_factory=Ids)

    @staticmethod
    def of(
        *,
        activities: IdsGiven = (),
        persons: IdsGiven = (),
        attendance: IdsGiven = (),
        head_counts: IdsGiven = (),
        organisations: IdsGiven = (),
    ) -> Changes:
        return Changes(
            Ids.of(activities),
            Ids.of(persons),
            Ids.of(attendance),
            Ids.of(head_counts),
            Ids.of(organisations),
        )

    @staticmethod
    def everything() -> Changes:
        return Changes.of(
            activities=EVERY,
            persons=EVERY,
            attendance=EVERY,
            head_counts=EVERY,
            organisations=EVERY,
        )

    def __bool__(self) -> bool:
        return any(
            (self.activities, self.persons, self.attendance, self.head_counts, self.organisations)
        )

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.activities | other.activities,
            self.persons | other.persons,
            self.attendance | other.attendance,
            self.head_counts | other.head_counts,
            self.organisations | other.organisations,
        )

    def counts_of(self, activity_id: int, person_ids: Iterable[int] = ()) -> bool:
        """The counts of the activity may have changed: its record, its attendance, its head
        counts, or one of `person_ids` (its persons: their sex or birth year counts)."""
        return (
            activity_id in self.activities
            or activity_id in self.attendance
            or activity_id in self.head_counts
            or self.persons.touches(person_ids)
        )

    def any_counts(self) -> bool:
        """Some activity's counts may have changed (a list of activities with counts)."""
        return bool(self.activities or self.attendance or self.head_counts or self.persons)


class ChangeSignal(QObject):
    """The window's one change signal: `changed(changes, source)`; `source` is the object that
    made the changes (a view skips its own), or None."""

    changed = Signal(object, object)

    def announce(self, changes: Changes, source: object | None = None) -> None:
        if changes:
            self.changed.emit(changes, source)


def announce(widget: QWidget, changes: Changes) -> None:
    """Announce on the change signal of the window `widget` belongs to (a dialog opened from
    the main window finds it through its parents); nothing outside a window."""
    holder: QObject | None = widget
    while holder is not None:
        signal = getattr(holder, "changes", None)
        if isinstance(signal, ChangeSignal):
            signal.announce(changes, widget)
            return
        holder = holder.parent()
