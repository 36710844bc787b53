"""The activity list: title, kind, dates, place, status and counts at a glance."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor

from desktop_app.services.activities import ActivityRow
from desktop_app.ui.formats import format_range, kind_label, status_label
from desktop_app.ui.models.rows import Column, RowTableModel


class ActivityTableModel(RowTableModel[ActivityRow]):
    """Sorting is asked of the service: `sort()` emits `sort_requested(key, descending)`."""

    TITLE, KIND, DATES, PLACE, STATUS, PARTICIPANTS, WOMEN, YOUTH = range(8)
    sort_requested = Signal(str, bool)

    def columns(self) -> list[Column[ActivityRow]]:
        return [
            Column(self.tr("Title"), lambda r: r.title, "title", tooltip=lambda r: r.title),
            Column(self.tr("Kind"), lambda r: kind_label(r.kind), "kind"),
            Column(
                self.tr("Dates"), lambda r: format_range(r.start_date, r.end_date), "start_date"
            ),
            Column(self.tr("Place"), lambda r: f"{r.city} ({r.country})", "city"),
            Column(self.tr("Status"), lambda r: status_label(r.status), "status"),
            Column(self.tr("Participants"), lambda r: str(r.participants), "participants", True),
            Column(self.tr("Women"), lambda r: str(r.women), None, True),
            Column(self.tr("Youth"), lambda r: str(r.youth), None, True),
        ]

    def extra_data(self, item: ActivityRow, column: Column[ActivityRow], role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and item.status == "cancelled":
            return QColor(Qt.GlobalColor.gray)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.column(column).sort_key if 0 <= column < self.columnCount() else None
        if key:
            self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)
