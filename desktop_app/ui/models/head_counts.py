"""Head counts of one activity: whole activity or a day, total, women, youth, note."""

from __future__ import annotations

from desktop_app.activities.headcounts import HeadCountRow
from desktop_app.ui.common.i18n import format_date
from desktop_app.ui.models.rows import Column, RowTableModel


class HeadCountTableModel(RowTableModel[HeadCountRow]):
    DAY, TOTAL, WOMEN, YOUTH, NOTE = range(5)

    def columns(self) -> list[Column[HeadCountRow]]:
        whole = self.tr("the whole activity")
        not_stated = self.tr("not stated")

        def optional(value: int | None) -> str:
            return not_stated if value is None else str(value)

        return [
            Column(self.tr("For"), lambda r: format_date(r.day) if r.day else whole),
            Column(self.tr("Total"), lambda r: str(r.total), numeric=True),
            Column(self.tr("Women"), lambda r: optional(r.women), numeric=True),
            Column(self.tr("Youth"), lambda r: optional(r.youth), numeric=True),
            Column(self.tr("Note"), lambda r: r.note or "", tooltip=lambda r: r.note or ""),
        ]
