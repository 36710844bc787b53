"""The shared shape of the table models: a list of frozen dataclasses shown through columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record's id (int)
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the whole dataclass
NO_PARENT = QModelIndex()

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column(Generic[T]):
    """A column: its header, how a row reads in it, and the service's sort key (if sortable)."""

    title: str
    text: Callable[[T], str]
    sort_key: str | None = None
    numeric: bool = False
    tooltip: Callable[[T], str] | None = None


class RowTableModel(QAbstractTableModel, Generic[T]):
    """Rows of dataclasses T with an `id`, shown through `columns()`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        self._columns: list[Column[T]] = self.columns()

    def columns(self) -> list[Column[T]]:
        raise NotImplementedError

    # Rows --------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_id(self, record_id: int) -> int | None:
        for number, item in enumerate(self._rows):
            if getattr(item, "id", None) == record_id:
                return number
        return None

    def column(self, number: int) -> Column[T]:
        return self._columns[number]

    def replace_row(self, row: int, item: T) -> None:
        """One row changed in place (an edit): only its cells are repainted."""
        self._rows[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(item)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((RIGHT if column.numeric else LEFT).value)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(item)
        if role == ID_ROLE:
            return getattr(item, "id", None)
        if role == ROW_ROLE:
            return item
        return self.extra_data(item, column, role)

    def extra_data(self, item: T, column: Column[T], role: int) -> Any:
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None
