"""The person registry's search results, and one person's history of activities."""

from __future__ import annotations

from desktop_app.registry.persons import PersonActivity, PersonRow
from desktop_app.ui.common.formats import (
    category_label,
    format_range,
    kind_label,
    role_label,
    sex_label,
)
from desktop_app.ui.common.i18n import format_date
from desktop_app.ui.models.rows import Column, RowTableModel


def born_text(row: PersonRow) -> str:
    """The date of birth as the language writes dates, else the birth year."""
    if row.birth_date is not None:
        return format_date(row.birth_date)
    return str(row.birth_year or "")


class PersonTableModel(RowTableModel[PersonRow]):
    FAMILY, GIVEN, SEX, BIRTH_YEAR, ORGANISATION, CATEGORY, PHONE = range(7)

    def columns(self) -> list[Column[PersonRow]]:
        return [
            Column(self.tr("Family name"), lambda r: r.family_name),
            Column(self.tr("Given names"), lambda r: r.given_names),
            Column(self.tr("Sex"), lambda r: sex_label(r.sex)),
            Column(self.tr("Born"), born_text, numeric=True),
            Column(self.tr("Organisation"), lambda r: r.organisation or ""),
            Column(self.tr("Category"), lambda r: category_label(r.category)),
            Column(self.tr("Phone"), lambda r: r.phone or ""),
        ]


class PersonHistoryModel(RowTableModel[PersonActivity]):
    """Rows have no `id` of their own: ID_ROLE gives nothing, use ROW_ROLE's activity_id."""

    TITLE, KIND, DATES, PLACE, ROLES, DAYS = range(6)

    def columns(self) -> list[Column[PersonActivity]]:
        return [
            Column(self.tr("Activity"), lambda r: r.title, tooltip=lambda r: r.title),
            Column(self.tr("Kind"), lambda r: kind_label(r.kind)),
            Column(self.tr("Dates"), lambda r: format_range(r.start_date, r.end_date)),
            Column(self.tr("Place"), lambda r: f"{r.city} ({r.country})"),
            Column(self.tr("Roles"), lambda r: ", ".join(role_label(code) for code in r.roles)),
            Column(self.tr("Days present"), lambda r: str(r.days_present), numeric=True),
        ]
