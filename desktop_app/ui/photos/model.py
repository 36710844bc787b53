"""The rows of the photographed sheets as a table: N°, person, the signature cell as it was
photographed, and what the reading says, or what the user settled."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPixmap

from desktop_app.photos import ink
from desktop_app.photos.reading import RowReading

NUMBER, PERSON, CELL, READING = range(4)
CELL_HEIGHT = 44
UNSURE_BRUSH = QBrush(QColor("#fff2cc"))
SETTLED_BRUSH = QBrush(QColor("#e2efda"))
Index = QModelIndex | QPersistentModelIndex


class PhotoRowsModel(QAbstractTableModel):
    """One line per pre-filled row; `settled` holds the user's answers (token: signed)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: tuple[RowReading, ...] = ()
        self.settled: dict[str, bool] = {}
        self._pixmaps: dict[str, QPixmap] = {}

    def set_rows(self, rows: tuple[RowReading, ...]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.settled = {}
        self._pixmaps = {}
        for row in rows:
            pixmap = QPixmap()
            pixmap.loadFromData(row.cell_png, "PNG")
            self._pixmaps[row.token] = pixmap.scaledToHeight(
                CELL_HEIGHT, Qt.TransformationMode.SmoothTransformation
            )
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def signed(self, row: RowReading) -> bool | None:
        """The user's answer, else the reading's; None while unsure."""
        if row.token in self.settled:
            return self.settled[row.token]
        return None if row.decision == ink.UNSURE else row.decision == ink.SIGNED

    def unsure(self) -> int:
        return sum(1 for row in self.rows if self.signed(row) is None)

    def toggle(self, line: int) -> None:
        """Space: unsure or not signed becomes signed, signed becomes not signed."""
        row = self.rows[line]
        self.settled[row.token] = not self.signed(row)
        self.dataChanged.emit(self.index(line, 0), self.index(line, 3))

    def _reading_text(self, row: RowReading) -> str:
        signed = self.signed(row)
        if signed is None:
            return self.tr("Unsure — Space to settle")
        text = self.tr("Signed") if signed else self.tr("Not signed")
        if row.token in self.settled:
            return self.tr("%1 (settled by you)").replace("%1", text)
        percent = str(round(row.confidence * 100))
        return self.tr("%1 (sure at %2 %)").replace("%1", text).replace("%2", percent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NUMBER:
                return str(row.number)
            if column == PERSON:
                return row.name or self.tr("Badge unknown here")
            if column == READING:
                return self._reading_text(row)
        if role == Qt.ItemDataRole.DecorationRole and column == CELL:
            return self._pixmaps.get(row.token)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.token in self.settled:
                return SETTLED_BRUSH
            if row.decision == ink.UNSURE:
                return UNSURE_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole and column == CELL:
            return (
                self.tr("Page %1, %2 mm² of ink")
                .replace("%1", str(row.page))
                .replace("%2", str(row.ink_mm2))
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("N°"), self.tr("Person"), self.tr("Signature cell"), self.tr("Reading"))[
            section
        ]
