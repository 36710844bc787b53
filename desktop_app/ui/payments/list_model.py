"""The payment list's lines in a table: one column per amount of the rules (lump sums vary)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.payments.computation import PaymentLine, PaymentList
from desktop_app.payments.labels import amount, channel_label
from desktop_app.ui.common.formats import role_label
from desktop_app.ui.common.text import language

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1


class PaymentLinesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[PaymentLine] = []
        self._columns: list[tuple[str, Callable[[PaymentLine], str], bool]] = []

    def set_list(self, payment_list: PaymentList) -> None:
        self.beginResetModel()
        self._lines = list(payment_list.lines)
        words = language()
        lumps = [
            (label, (lambda line, i=i: amount(line.lump_sums[i], words)), True)
            for i, label in enumerate(payment_list.lump_labels)
        ]
        self._columns = [
            (self.tr("Name"), lambda line: line.name, False),
            (self.tr("Role"), lambda line: role_label(line.role), False),
            (self.tr("Days"), lambda line: str(len(line.days)), True),
            (self.tr("Per diem"), lambda line: amount(line.per_diem, words), True),
            (self.tr("Transport"), lambda line: amount(line.transport, words), True),
            *lumps,
            (self.tr("Adjustment"), lambda line: amount(line.adjustment, words), True),
            (self.tr("Total"), lambda line: amount(line.total, words), True),
            (self.tr("Channel"), lambda line: channel_label(line.channel, words), False),
            (self.tr("Number"), lambda line: line.number or "", False),
        ]
        self.endResetModel()

    def line_at(self, row: int) -> PaymentLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        _title, text, numeric = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text(line)
        if role == Qt.ItemDataRole.TextAlignmentRole and numeric:
            return int(RIGHT)
        if role == Qt.ItemDataRole.ToolTipRole and line.exceptions:
            return "\n".join(reason for _day, reason in line.exceptions)
        if role == PERSON_ROLE:
            return line.person_id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section][0]
        return None
