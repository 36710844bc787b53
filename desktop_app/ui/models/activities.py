"""The activity list: title, kind, dates, place, status and counts at a glance."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont

from desktop_app.activities.counting import ActivityRow
from desktop_app.ui.common.formats import format_range, kind_label, status_label
from desktop_app.ui.models.rows import Column, RowTableModel

UNKNOWN = "…"  # a count not read yet


def _count(name: str) -> Callable[[ActivityRow], str]:
    return lambda row: str(getattr(row, name)) if row.counted else UNKNOWN


class ActivityTableModel(RowTableModel[ActivityRow]):
    """Sorting is asked of the service: `sort()` emits `sort_requested(key, descending)`."""

    TITLE, KIND, DATES, PLACE, STATUS, PARTICIPANTS, WOMEN, YOUTH, TEAM = range(9)
    # The count columns, and the count (activities/explain.py) whose persons each opens.
    COUNT_FIELDS: ClassVar[dict[int, str]] = {
        PARTICIPANTS: "participants",
        WOMEN: "women",
        YOUTH: "youth",
        TEAM: "team",
    }
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
            Column(self.tr("Participants"), _count("participants"), "participants", True),
            Column(self.tr("Women"), _count("women"), None, True),
            Column(self.tr("Youth"), _count("youth"), None, True),
            Column(self.tr("Team"), _count("team"), None, True),
        ]

    def show_rows(self, rows: Sequence[ActivityRow]) -> None:
        """The same activities in the same order (their counts arrived, one was edited):
        repainted in place, the scroll position and selection kept; others: a new list."""
        if [row.id for row in rows] != [row.id for row in self._rows]:
            self.set_rows(rows)
        elif rows:
            self._rows = list(rows)
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1)
            )

    def extra_data(self, item: ActivityRow, column: Column[ActivityRow], role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and item.status == "cancelled":
            return QColor(Qt.GlobalColor.gray)
        if role == Qt.ItemDataRole.FontRole and column.numeric:  # a count: it opens its list
            font = QFont()
            font.setUnderline(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column.numeric:
            return self.tr("Enter, Space or double click: the persons behind this count")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.column(column).sort_key if 0 <= column < self.columnCount() else None
        if key:
            self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)
