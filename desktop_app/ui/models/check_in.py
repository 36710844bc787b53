"""The check-in screen's tables: registry matches for the typed text, and the day's check-ins."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont

from desktop_app.services.persons import PersonRow
from desktop_app.ui.formats import role_label
from desktop_app.ui.models.rows import Column, RowTableModel


class CheckInMatchModel(RowTableModel[PersonRow]):
    """Matches of the search box; those already checked in that day say so (and in which role)."""

    NAME, ORGANISATION, PHONE, PRESENT = range(4)

    def __init__(self, parent: Any = None) -> None:
        self._present: dict[int, str] = {}
        super().__init__(parent)

    def columns(self) -> list[Column[PersonRow]]:
        here = self.tr("✓ here as {role}")

        def present(row: PersonRow) -> str:
            role = self._present.get(row.id)
            return here.format(role=role_label(role)) if role else ""

        return [
            Column(self.tr("Name"), lambda r: f"{r.family_name.upper()} {r.given_names}".strip()),
            Column(self.tr("Organisation"), lambda r: r.organisation or ""),
            Column(self.tr("Phone"), lambda r: r.phone or ""),
            Column(self.tr("This day"), present),
        ]

    def set_present(self, present: dict[int, str], repaint: bool = True) -> None:
        """Who is checked in that day (person id -> role); repaints the "This day" column."""
        self._present = dict(present)
        if repaint and self.rowCount():
            self.dataChanged.emit(
                self.index(0, self.PRESENT), self.index(self.rowCount() - 1, self.PRESENT)
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


class CheckInLogModel(RowTableModel[CheckInEntry]):
    NAME, ORGANISATION, ROLE = range(3)

    def columns(self) -> list[Column[CheckInEntry]]:
        return [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Organisation"), lambda r: r.organisation),
            Column(self.tr("Role"), lambda r: role_label(r.role)),
        ]

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
