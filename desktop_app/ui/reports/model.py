"""The activities of a period report, one row each, with their counts."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from desktop_app.activities.counting import ActivityCounts
from desktop_app.ui.common.formats import format_range, kind_label
from desktop_app.ui.models.rows import Column, RowTableModel


class ReportActivityTableModel(RowTableModel[ActivityCounts]):
    # The count columns, and the count (activities/explain.py) whose persons each opens.
    COUNT_FIELDS: ClassVar[dict[int, str]] = {
        4: "participants",
        5: "women",
        6: "men",
        7: "sex_not_stated",
        8: "youth",
        9: "age_unknown",
        10: "person_days",
        11: "team",
    }

    def columns(self) -> list[Column[ActivityCounts]]:
        return [
            Column(self.tr("Dates"), lambda a: format_range(a.start_date, a.end_date)),
            Column(self.tr("Title"), lambda a: a.title),
            Column(self.tr("Kind"), lambda a: kind_label(a.kind)),
            Column(self.tr("Place"), lambda a: f"{a.city} ({a.country})"),
            Column(self.tr("Participants"), lambda a: str(a.participants), numeric=True),
            Column(self.tr("Women"), lambda a: str(a.women), numeric=True),
            Column(self.tr("Men"), lambda a: str(a.men), numeric=True),
            Column(self.tr("Sex not stated"), lambda a: str(a.sex_not_stated), numeric=True),
            Column(self.tr("Youth"), lambda a: str(a.youth), numeric=True),
            Column(self.tr("Age unknown"), lambda a: str(a.age_unknown), numeric=True),
            Column(self.tr("Person-days"), lambda a: str(a.person_days), numeric=True),
            Column(self.tr("Team"), lambda a: str(a.team), numeric=True),
        ]

    def extra_data(self, item: ActivityCounts, column: Column[ActivityCounts], role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and column.numeric:  # a count: it opens its list
            font = QFont()
            font.setUnderline(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column.numeric:
            return self.tr("Enter, Space or double click: the persons behind this count")
        return None
