"""The activities of a period report, one row each, with their counts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.reports.counting import ActivityCounts
from desktop_app.ui.formats import format_range, kind_label
from desktop_app.ui.models.rows import Column, RowTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportActivityTableModel", text)


class ReportActivityTableModel(RowTableModel[ActivityCounts]):
    def columns(self) -> list[Column[ActivityCounts]]:
        return [
            Column(_tr("Dates"), lambda a: format_range(a.start_date, a.end_date)),
            Column(_tr("Title"), lambda a: a.title),
            Column(_tr("Kind"), lambda a: kind_label(a.kind)),
            Column(_tr("Place"), lambda a: f"{a.city} ({a.country})"),
            Column(_tr("Participants"), lambda a: str(a.participants), numeric=True),
            Column(_tr("Women"), lambda a: str(a.women), numeric=True),
            Column(_tr("Men"), lambda a: str(a.men), numeric=True),
            Column(_tr("Sex not stated"), lambda a: str(a.sex_not_stated), numeric=True),
            Column(_tr("Youth"), lambda a: str(a.youth), numeric=True),
            Column(_tr("Age unknown"), lambda a: str(a.age_unknown), numeric=True),
            Column(_tr("Person-days"), lambda a: str(a.person_days), numeric=True),
            Column(_tr("Team"), lambda a: str(a.team), numeric=True),
        ]
