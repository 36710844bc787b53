"""The rows behind a count (activities/explain.py): persons and head counts in one table, sorted in
Python by any column (lists of a period hold tens of thousands of rows: no proxy model)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt

from desktop_app.activities.explain import CountedHeadCount, CountedPerson, Explanation
from desktop_app.records.ages import AgeAt
from desktop_app.ui.common.formats import category_label, role_label, sex_label
from desktop_app.ui.common.i18n import format_date
from desktop_app.ui.models.rows import Column, RowTableModel


@dataclass(frozen=True)
class CountedRow:
    """A person or a head count of the list."""

    person: CountedPerson | None = None
    head_count: CountedHeadCount | None = None

    @property
    def id(self) -> int:
        if self.person is not None:
            return self.person.person_id
        assert self.head_count is not None
        return self.head_count.head_count.id

    @property
    def counted(self) -> int:
        if self.person is not None:
            return self.person.counted
        assert self.head_count is not None
        return self.head_count.counted


def rows_of(explanation: Explanation) -> list[CountedRow]:
    return [CountedRow(person=p) for p in explanation.persons] + [
        CountedRow(head_count=h) for h in explanation.head_counts
    ]


@dataclass(frozen=True)
class Sorted:
    column: Column[CountedRow]
    key: Callable[[CountedRow], Any]


class CountedRowsModel(RowTableModel[CountedRow]):
    """Columns for a list over one activity, over a period (the activity first), or of unique
    persons (`kind`: "activity", "period", "unique")."""

    def __init__(self, kind: str = "activity", parent: Any = None) -> None:
        self.kind = kind
        self._sorted: list[Sorted] = []
        super().__init__(parent)

    def columns(self) -> list[Column[CountedRow]]:
        self._sorted = self._sortable_columns()
        return [entry.column for entry in self._sorted]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._sorted):
            return
        key = self._sorted[column].key

        def value(row: CountedRow) -> tuple[bool, Any]:
            found = key(row)
            return (found is None, found)  # empty cells last

        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=value, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    # Columns ---------------------------------------------------------------------------

    def _sortable_columns(self) -> list[Sorted]:
        def text(
            title: str,
            read: Callable[[CountedRow], str],
            key: Callable[[CountedRow], Any] | None = None,
        ) -> Sorted:
            return Sorted(Column(title, read), key or (lambda r: read(r).casefold()))

        def number(title: str, read: Callable[[CountedRow], int | None]) -> Sorted:
            return Sorted(
                Column(title, lambda r: "" if read(r) is None else str(read(r)), numeric=True),
                read,
            )

        columns = [
            number(self.tr("Id"), lambda r: r.id),
            text(self.tr("Name"), self._name),
            text(self.tr("Sex"), self._sex),
            text(
                self.tr("Age") if self.kind != "unique" else self.tr("Born"),
                self._age,
                self._age_key,
            ),
            text(self.tr("Organisation"), lambda r: r.person.organisation if r.person else ""),
            text(
                self.tr("Category"), lambda r: category_label(r.person.category) if r.person else ""
            ),
        ]
        if self.kind == "unique":
            columns.append(
                number(self.tr("Activities"), lambda r: r.person.activities if r.person else None)
            )
        else:
            columns += [
                text(self.tr("Role"), self._roles),
                Sorted(
                    Column(self.tr("Days present"), self._days_present, numeric=True),
                    lambda r: r.person.days_present if r.person else None,
                ),
                number(
                    self.tr("Days signed"), lambda r: r.person.days_signed if r.person else None
                ),
            ]
        columns += [
            number(self.tr("Counted"), lambda r: r.counted),
            text(self.tr("Note"), self._note),
        ]
        if self.kind == "period":
            columns.insert(0, text(self.tr("Activity"), self._activity, self._activity_key))
        return columns

    def _days_present(self, row: CountedRow) -> str:
        """Days present, or of a series the days attended of its days ("5 / 6")."""
        person = row.person
        if person is None:
            return ""
        if person.days_of is None:
            return str(person.days_present)
        return self.tr("{days} / {of}").format(days=person.days_present, of=person.days_of)

    def _activity(self, row: CountedRow) -> str:
        item = row.person or row.head_count
        activity = item.activity if item is not None else None
        return f"{format_date(activity.start_date)} {activity.title}" if activity else ""

    def _activity_key(self, row: CountedRow) -> tuple[object, ...]:
        item = row.person or row.head_count
        activity = item.activity if item is not None else None
        return (activity.start_date, activity.id) if activity else ()

    def _name(self, row: CountedRow) -> str:
        if row.person is not None:
            return row.person.display_name
        assert row.head_count is not None
        return self.tr("Head count of {total}").format(total=row.head_count.head_count.total)

    def _sex(self, row: CountedRow) -> str:
        if row.person is not None:
            return sex_label(row.person.sex) or self.tr("not stated")
        assert row.head_count is not None
        women = row.head_count.head_count.women
        if women is None:
            return self.tr("not stated")
        return self.tr("women {women}").format(women=women)

    def _age(self, row: CountedRow) -> str:
        if row.head_count is not None:
            youth = row.head_count.head_count.youth
            return (
                self.tr("not stated")
                if youth is None
                else self.tr("youth {youth}").format(youth=youth)
            )
        assert row.person is not None
        return self.age_text(row.person.age, row.person.birth_year)

    def age_text(self, age: AgeAt | None, birth_year: int | None) -> str:
        if age is None:  # a list of unique persons: the birth year
            return str(birth_year) if birth_year is not None else self.tr("unknown")
        if age.basis == "year":
            return self.tr("{age} (year only)").format(age=age.years)
        if age.basis == "band":
            return self.tr("{band} (band)").format(band=age.band)
        return str(age.years) if age.years is not None else self.tr("unknown")

    def _age_key(self, row: CountedRow) -> Any:
        if row.person is None:
            return None
        if row.person.age is None:
            return row.person.birth_year
        return row.person.age.years

    def _roles(self, row: CountedRow) -> str:
        if row.person is None:
            return self.tr("unnamed")
        return ", ".join(role_label(role) for role in row.person.roles)

    def _note(self, row: CountedRow) -> str:
        if row.head_count is None:
            return ""
        head_count = row.head_count.head_count
        day = format_date(head_count.day) if head_count.day else self.tr("every day")
        return " · ".join(part for part in (day, head_count.note or "") if part)
