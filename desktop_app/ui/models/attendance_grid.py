"""Persons x days of one activity: ticks editable, totals per day (last row) and per person."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from desktop_app.activities.attendance import AttendanceCell, AttendanceGrid, GridRow, usual_roles
from desktop_app.messages import RegistreError
from desktop_app.store.vocabulary import team_roles
from desktop_app.ui.common.formats import format_day_short, role_label
from desktop_app.ui.models.rows import LEFT, NO_PARENT, RIGHT

Index = QModelIndex | QPersistentModelIndex
# Called when a tick changes: (person id, day, the cell before: None if absent) -> the cell after.
Toggle = Callable[[int, dt.date, AttendanceCell | None], AttendanceCell | None]
# Called to sign or unsign a present day: (the cell, signed) -> the cell after.
Sign = Callable[[AttendanceCell, bool], AttendanceCell]

NAME, ORGANISATION = 0, 1
FIRST_DAY = 2


class AttendanceGridModel(QAbstractTableModel):
    """One row per person, one column per day, then the days present; a last row of totals.

    Ticking a cell calls `toggle` (a service call made by the view), `toggle_signed` calls
    `sign`; an error goes out as `failed(error, person: GridRow, day)` and the cell stays as
    it was.
    """

    failed = Signal(object, object, object)
    totals_changed = Signal()

    def __init__(
        self, toggle: Toggle | None = None, parent: Any = None, sign: Sign | None = None
    ) -> None:
        super().__init__(parent)
        self._toggle = toggle
        self._sign = sign
        self._days: tuple[dt.date, ...] = ()
        self._persons: list[GridRow] = []
        self._cells: list[list[AttendanceCell | None]] = []

    def set_grid(self, grid: AttendanceGrid) -> None:
        self.beginResetModel()
        self._days = grid.days
        self._persons = list(grid.rows)
        self._cells = [list(row.cells) for row in grid.rows]
        self.endResetModel()
        self.totals_changed.emit()

    # Shape -------------------------------------------------------------------------------

    @property
    def days(self) -> tuple[dt.date, ...]:
        return self._days

    def total_column(self) -> int:
        return FIRST_DAY + len(self._days)

    def totals_row(self) -> int:
        return len(self._persons)

    def day_of_column(self, column: int) -> dt.date | None:
        offset = column - FIRST_DAY
        return self._days[offset] if 0 <= offset < len(self._days) else None

    def person_at(self, row: int) -> GridRow | None:
        return self._persons[row] if 0 <= row < len(self._persons) else None

    def persons(self) -> list[GridRow]:
        return list(self._persons)

    def row_of_person(self, person_id: int) -> int | None:
        for row, person in enumerate(self._persons):
            if person.person_id == person_id:
                return row
        return None

    def role_on(self, person_id: int, day: dt.date) -> str | None:
        """The role the person gets when ticked on `day`: the one held on the nearest earlier
        day, else the nearest later (`usual_roles`); None when never present."""
        row = self.row_of_person(person_id)
        if row is None:
            return None
        person = dataclasses.replace(self._persons[row], cells=tuple(self._cells[row]))
        grid = AttendanceGrid(0, self._days, (person,))
        return usual_roles(grid, day).get(person_id)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() or not self._days else len(self._persons) + 1

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else FIRST_DAY + len(self._days) + 1

    # Counts ------------------------------------------------------------------------------

    def present_on(self, day_index: int) -> int:
        return sum(1 for cells in self._cells if cells[day_index] is not None)

    def days_present(self, row: int) -> int:
        return sum(1 for cell in self._cells[row] if cell is not None)

    def person_days(self) -> int:
        return sum(self.days_present(row) for row in range(len(self._persons)))

    def _is_participant(self, row: int) -> bool:
        return any(cell is not None and cell.role == "participant" for cell in self._cells[row])

    def completion(self) -> tuple[int, int]:
        """(participants present every day, participants)."""
        rows = [row for row in range(len(self._persons)) if self._is_participant(row)]
        complete = sum(1 for row in rows if self.days_present(row) == len(self._days))
        return complete, len(rows)

    # Data --------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if row == self.totals_row():
            return self._totals_data(column, role)
        day = self.day_of_column(column)
        cell = self._cells[row][column - FIRST_DAY] if day is not None else None
        if role == Qt.ItemDataRole.DisplayRole:
            person = self._persons[row]
            if column == NAME:
                return self._name(row, person)
            if column == ORGANISATION:
                return person.organisation or ""
            if column == self.total_column():
                return str(self.days_present(row))
            return self.tr("signed") if cell is not None and cell.signed else ""
        if role == Qt.ItemDataRole.CheckStateRole and day is not None:
            checked = cell is not None
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and cell is not None:
            if cell.signed:
                return self.tr("{role}, signed").format(role=role_label(cell.role))
            return role_label(cell.role)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((RIGHT if column == self.total_column() else LEFT).value)
        return None

    def _name(self, row: int, person: GridRow) -> str:
        name = f"{person.family_name.upper()} {person.given_names}".strip()
        roles = {cell.role for cell in self._cells[row] if cell is not None}
        team = sorted(roles & team_roles())
        if team and "participant" not in roles:
            return f"{name} ({', '.join(role_label(code) for code in team)})"
        return name

    def _totals_data(self, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return self.tr("Present")
            if column == self.total_column():
                return str(self.person_days())
            day = self.day_of_column(column)
            return str(self.present_on(column - FIRST_DAY)) if day is not None else ""
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((LEFT if column in (NAME, ORGANISATION) else RIGHT).value)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return "" if section == self.totals_row() else str(section + 1)
        if section == NAME:
            return self.tr("Name")
        if section == ORGANISATION:
            return self.tr("Organisation")
        if section == self.total_column():
            return self.tr("Days")
        day = self.day_of_column(section)
        return format_day_short(day) if day is not None else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.row() < self.totals_row() and self.day_of_column(index.column()) is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        row, column = index.row(), index.column()
        day = self.day_of_column(column)
        if day is None or row >= self.totals_row() or self._toggle is None:
            return False
        checked = _is_checked(value)
        before = self._cells[row][column - FIRST_DAY]
        if checked == (before is not None):
            return True
        person = self._persons[row]
        try:
            cell = self._toggle(person.person_id, day, before)
        except RegistreError as error:
            self.failed.emit(error, person, day)
            return False
        self._cells[row][column - FIRST_DAY] = cell
        self.dataChanged.emit(index, index)
        changed = [
            self.index(row, NAME),
            self.index(row, self.total_column()),
            self.index(self.totals_row(), column),
            self.index(self.totals_row(), self.total_column()),
        ]
        for changed_index in changed:
            self.dataChanged.emit(changed_index, changed_index)
        self.totals_changed.emit()
        return True

    def toggle_signed(self, index: Index) -> bool:
        """Sign or unsign the present day at `index`; False when absent or refused."""
        day = self.day_of_column(index.column()) if index.isValid() else None
        row = index.row()
        if day is None or row >= self.totals_row() or self._sign is None:
            return False
        before = self._cells[row][index.column() - FIRST_DAY]
        if before is None:
            return False
        try:
            cell = self._sign(before, not before.signed)
        except RegistreError as error:
            self.failed.emit(error, self._persons[row], day)
            return False
        self._cells[row][index.column() - FIRST_DAY] = cell
        self.dataChanged.emit(index, index)
        return True


def _is_checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return int(value) == Qt.CheckState.Checked.value
