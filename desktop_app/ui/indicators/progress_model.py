"""The progress table: one row per indicator, period and office (indicators/tables.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.indicators.tables import Row

INDICATOR, PERIOD, OFFICE, TARGET, ACTUAL, PERCENT, LIGHT, BREAKDOWN = range(8)
LIGHT_COLOURS = {
    "green": "#c6efce",
    "amber": "#ffeb9c",
    "red": "#ffc7ce",
}
Index = QModelIndex | QPersistentModelIndex


class ProgressTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self._texts: list[tuple[str, ...]] = []
        self.language = "en"
        self.headers = [
            self.tr("Indicator"),
            self.tr("Period"),
            self.tr("Office"),
            self.tr("Target"),
            self.tr("Actual"),
            self.tr("% of target"),
            self.tr("Status"),
            self.tr("Disaggregated (Enter on a value: its list)"),
        ]

    def set_rows(self, rows: list[Row], language: str) -> None:
        self.beginResetModel()
        self.rows, self.language = rows, language
        self._texts = [row.texts(language) for row in rows]  # once, not at every paint
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][column]
        if role == Qt.ItemDataRole.BackgroundRole and column == LIGHT:
            colour = LIGHT_COLOURS.get(row.cell.light)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (TARGET, ACTUAL, PERCENT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (ACTUAL, BREAKDOWN):
            return self.tr(
                "Enter or double click: the persons, head counts or activities behind it"
            )
        return None

    def row_at(self, row: int) -> Row | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None
