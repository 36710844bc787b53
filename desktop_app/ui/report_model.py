"""The activities of a period report, one row each, with their counts."""

from __future__ import annotations

from desktop_app.reports.counting import ActivityCounts
from desktop_app.ui.formats import format_range, kind_label
from desktop_app.ui.models.rows import Column, RowTableModel


class ReportActivityTableModel(RowTableModel[ActivityCounts]):
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
