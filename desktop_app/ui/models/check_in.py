"""The check-in screen's tables: registry matches for the typed text, and the day's check-ins."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont

from desktop_app.activities.arrivals import local_time
from desktop_app.activities.attendance import DEFAULT_ROLE
from desktop_app.registry.persons import PersonRow
from desktop_app.ui.common.formats import role_label, sex_label
from desktop_app.ui.models.rows import Column, Index, RowTableModel


class CheckInMatchModel(RowTableModel[PersonRow]):
    """Matches of the search box, with sex and birth year to tell namesakes apart. The Role
    column says who is already checked in that day (and as what), and the role anyone else
    holds on other days of the activity: the role Enter gives them."""

    NAME, SEX, BORN, ORGANISATION, PHONE, ROLE = range(6)

    def __init__(self, parent: Any = None) -> None:
        self._present: dict[int, str] = {}
        self._usual: dict[int, str] = {}
        super().__init__(parent)

    def columns(self) -> list[Column[PersonRow]]:
        here = self.tr("✓ here as {role}")
        other_days = self.tr("{role} (other days)")

        def role(row: PersonRow) -> str:
            present = self._present.get(row.id)
            if present:
                return here.format(role=role_label(present))
            usual = self._usual.get(row.id, DEFAULT_ROLE)
            return "" if usual == DEFAULT_ROLE else other_days.format(role=role_label(usual))

        return [
            Column(self.tr("Name"), lambda r: f"{r.family_name.upper()} {r.given_names}".strip()),
            Column(self.tr("Sex"), lambda r: sex_label(r.sex) if r.sex else ""),
            Column(self.tr("Born"), lambda r: str(r.birth_year or ""), numeric=True),
            Column(self.tr("Organisation"), lambda r: r.organisation or ""),
            Column(self.tr("Phone"), lambda r: r.phone or ""),
            Column(self.tr("Role"), role),
        ]

    def set_present(
        self, present: dict[int, str], usual: dict[int, str] | None = None, repaint: bool = True
    ) -> None:
        """Who is checked in that day (person id -> role) and, when given, the role others
        hold on other days; repaints the Role column."""
        self._present = dict(present)
        if usual is not None:
            self._usual = dict(usual)
        if repaint and self.rowCount():
            self.dataChanged.emit(
                self.index(0, self.ROLE), self.index(self.rowCount() - 1, self.ROLE)
            )

    def is_present(self, person_id: int) -> bool:
        return person_id in self._present

    def extra_data(self, item: PersonRow, column: Column[PersonRow], role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and column is self._columns[self.NAME]:
            font = QFont()
            font.setBold(True)
            return font
        return None


@dataclass(frozen=True)
class CheckInEntry:
    """One check-in of the day, as the screen lists it (latest first)."""

    id: int  # attendance id
    person_id: int
    name: str
    organisation: str
    role: str
    checked_in_at: dt.datetime | None
    signed: bool = False
    revision: int = 0  # the stored revision shown, sent back as `expected_revision=`


# Called when the user ticks or unticks a signature: (entry, signed) -> the entry as saved, or
# None when the change was refused (the caller has told the user why).
Sign = Callable[[CheckInEntry, bool], CheckInEntry | None]


def arrival_time(checked_in_at: dt.datetime | None) -> str:
    """08:47 for a check-in stored at 07:47 UTC in Niamey; "" for a presence without a time."""
    if checked_in_at is None:
        return ""
    return local_time(checked_in_at, None).strftime("%H:%M")


class CheckInLogModel(RowTableModel[CheckInEntry]):
    """The day's check-ins; the Signed column is a tick box when a `sign` call is given."""

    NAME, ORGANISATION, ROLE, ARRIVED, SIGNED = range(5)

    def __init__(self, parent: Any = None, sign: Sign | None = None) -> None:
        self._sign = sign
        super().__init__(parent)

    def columns(self) -> list[Column[CheckInEntry]]:
        return [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Organisation"), lambda r: r.organisation),
            Column(self.tr("Role"), lambda r: role_label(r.role)),
            # The check-in time, in the computer's local time: the venue's, at the door.
            Column(self.tr("Arrived"), lambda r: arrival_time(r.checked_in_at)),
            Column(self.tr("Signed"), lambda r: ""),
        ]

    def extra_data(self, item: CheckInEntry, column: Column[CheckInEntry], role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and column is self._columns[self.SIGNED]:
            return Qt.CheckState.Checked if item.signed else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.SIGNED and self._sign is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        entry = self.row_at(index.row()) if index.isValid() else None
        if (
            entry is None
            or self._sign is None
            or role != Qt.ItemDataRole.CheckStateRole
            or index.column() != self.SIGNED
        ):
            return False
        signed = _is_checked(value)
        if signed == entry.signed:
            return True
        saved = self._sign(entry, signed)
        if saved is None:
            return False
        self.replace_row(index.row(), saved)
        return True

    def replace_id(self, entry: CheckInEntry) -> None:
        """The entry of the same attendance, saved anew (a change of role, a signature)."""
        row = self.row_of_id(entry.id)
        if row is not None:
            self.replace_row(row, entry)

    def add_first(self, entry: CheckInEntry) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, entry)
        self.endInsertRows()

    def remove_id(self, attendance_id: int) -> None:
        row = self.row_of_id(attendance_id)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()


def _is_checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return int(value) == Qt.CheckState.Checked.value
