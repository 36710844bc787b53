"""`registre report --explain FIELD`: the persons and head counts behind one count, as a table
in the command line's language or as JSON (the same keys in both languages)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop_app.activities.explain import CountedHeadCount, CountedPerson, Explanation, field_label
from desktop_app.cli import output
from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.records.ages import AgeAt
from desktop_app.sync import cells as hq_cells


def age_text(age: AgeAt | None, birth_year: int | None) -> str:
    """ "24 (year only)", "18-29 (band)", "unknown"; in a list of unique persons, "born 1998"."""
    if age is None:
        if birth_year is None:
            return output.text(QT_TRANSLATE_NOOP("Cli", "unknown"))
        return output.text(QT_TRANSLATE_NOOP("Cli", "born {year}"), year=birth_year)
    if age.basis == "year":
        return output.text(QT_TRANSLATE_NOOP("Cli", "{age} (year only)"), age=age.years)
    if age.basis == "band":
        return output.text(QT_TRANSLATE_NOOP("Cli", "{band} (band)"), band=age.band)
    if age.years is not None:
        return str(age.years)
    return output.text(QT_TRANSLATE_NOOP("Cli", "unknown"))


def _sex(code: str | None) -> str:
    return hq_cells.label("sex", code, output.language()) or "-"


def _roles(codes: tuple[str, ...]) -> str:
    return ", ".join(output.role_label(code) for code in codes) or "-"


def _activity(person: CountedPerson | CountedHeadCount) -> str:
    activity = person.activity
    return f"#{activity.id} {output.date(activity.start_date)}" if activity else ""


def heading(explanation: Explanation) -> str:
    label = output.render(field_label(explanation.field, explanation.youth_threshold))
    if explanation.activity is not None:
        return output.text(
            QT_TRANSLATE_NOOP("Cli", "{count}: {total}, activity #{id} {title} ({date})"),
            count=label,
            total=output.number(explanation.total),
            id=explanation.activity.id,
            title=explanation.activity.title,
            date=output.date(explanation.activity.start_date),
        )
    period = explanation.period
    start = output.date(period.start) if period and period.start else "…"
    end = output.date(period.end) if period and period.end else "…"
    return output.text(
        QT_TRANSLATE_NOOP("Cli", "{count}: {total}, activities from {start} to {end}"),
        count=label,
        total=output.number(explanation.total),
        start=start,
        end=end,
    )


def as_text(explanation: Explanation) -> str:
    lines = [heading(explanation)]
    over_period = explanation.activity is None
    unique = explanation.field.startswith("unique_")
    if explanation.persons:
        lines.append("")
        lines += _person_table(explanation.persons, over_period=over_period, unique=unique)
    if explanation.head_counts:
        lines += ["", output.text(QT_TRANSLATE_NOOP("Cli", "Head counts (unnamed):"))]
        lines += _head_count_table(explanation.head_counts, over_period=over_period)
    lines += [
        "",
        output.text(
            QT_TRANSLATE_NOOP(
                "Cli", "Total: {total} ({persons} persons, {head_counts} from head counts)"
            ),
            total=output.number(explanation.total),
            persons=output.number(sum(p.counted for p in explanation.persons)),
            head_counts=output.number(sum(h.counted for h in explanation.head_counts)),
        ),
    ]
    return "\n".join(lines)


def _person_table(
    persons: tuple[CountedPerson, ...], *, over_period: bool, unique: bool
) -> list[str]:
    headers = [
        output.text(QT_TRANSLATE_NOOP("Cli", "Id")),
        output.text(QT_TRANSLATE_NOOP("Cli", "Name")),
        output.text(QT_TRANSLATE_NOOP("Cli", "Sex")),
        output.text(QT_TRANSLATE_NOOP("Cli", "Age")),
        output.text(QT_TRANSLATE_NOOP("Cli", "Organisation")),
        output.text(QT_TRANSLATE_NOOP("Cli", "Category")),
    ]
    if unique:
        headers.append(output.text(QT_TRANSLATE_NOOP("Cli", "Activities")))
    else:
        headers += [
            output.text(QT_TRANSLATE_NOOP("Cli", "Role")),
            output.text(QT_TRANSLATE_NOOP("Cli", "Days present")),
            output.text(QT_TRANSLATE_NOOP("Cli", "Days signed")),
            output.text(QT_TRANSLATE_NOOP("Cli", "Counted")),
        ]
    if over_period and not unique:
        headers.insert(0, output.text(QT_TRANSLATE_NOOP("Cli", "Activity")))
    rows = []
    for person in persons:
        row = [
            str(person.person_id),
            person.display_name,
            _sex(person.sex),
            age_text(person.age, person.birth_year),
            person.organisation or "-",
            output.category_label(person.category),
        ]
        if unique:
            row.append(str(person.activities))
        else:
            row += [
                _roles(person.roles),
                str(person.days_present)
                + ("" if person.days_of is None else f" / {person.days_of}"),
                str(person.days_signed),
                str(person.counted),
            ]
        if over_period and not unique:
            row.insert(0, _activity(person))
        rows.append(row)
    last = len(headers) - 1
    numbers = {last} if unique else {last, last - 1, last - 2}
    identifier = 1 if over_period and not unique else 0
    return output.table(headers, rows, right=sorted(numbers | {identifier}))


def _head_count_table(head_counts: tuple[CountedHeadCount, ...], *, over_period: bool) -> list[str]:
    not_stated = output.text(QT_TRANSLATE_NOOP("Cli", "not stated"))
    whole = output.text(QT_TRANSLATE_NOOP("Cli", "every day"))
    headers = [
        output.text(QT_TRANSLATE_NOOP("Cli", "Id")),
        output.text(QT_TRANSLATE_NOOP("Cli", "Day")),
        output.text(QT_TRANSLATE_NOOP("Cli", "Total")),
        output.text(QT_TRANSLATE_NOOP("Cli", "Women")),
        output.text(QT_TRANSLATE_NOOP("Cli", "Youth")),
        output.text(QT_TRANSLATE_NOOP("Cli", "Counted")),
        output.text(QT_TRANSLATE_NOOP("Cli", "Note")),
    ]
    rows = []
    for item in head_counts:
        row = item.head_count
        cells = [
            str(row.id),
            output.date(row.day) if row.day else whole,
            str(row.total),
            not_stated if row.women is None else str(row.women),
            not_stated if row.youth is None else str(row.youth),
            str(item.counted),
            row.note or "",
        ]
        if over_period:
            cells.insert(0, _activity(item))
        rows.append(cells)
    if over_period:
        headers.insert(0, output.text(QT_TRANSLATE_NOOP("Cli", "Activity")))
    offset = 1 if over_period else 0
    return output.table(headers, rows, right=[offset, offset + 2, offset + 5])


def as_json(explanation: Explanation) -> dict[str, Any]:
    def day(value: dt.date | None) -> str | None:
        return value.isoformat() if value else None

    period = explanation.period
    return {
        "field": explanation.field,
        "count": explanation.total,
        "activity_id": explanation.activity.id if explanation.activity else None,
        "from": day(period.start) if period else None,
        "to": day(period.end) if period else None,
        "youth_threshold": explanation.youth_threshold,
        "persons": [
            {
                "person_id": p.person_id,
                "family_name": p.family_name,
                "given_names": p.given_names,
                "sex": p.sex,
                "age": p.age.years if p.age else None,
                "age_basis": p.age.basis if p.age else None,
                "birth_year": p.birth_year,
                "birth_date": p.birth_date.isoformat() if p.birth_date else None,
                "age_band": p.age_band,
                "organisation": p.organisation,
                "category": p.category,
                "roles": list(p.roles),
                "days_present": p.days_present,
                "days_of": p.days_of,
                "days_signed": p.days_signed,
                "activity_id": p.activity.id if p.activity else None,
                "activities": p.activities,
                "counted": p.counted,
            }
            for p in explanation.persons
        ],
        "head_counts": [
            {
                "head_count_id": h.head_count.id,
                "activity_id": h.activity.id,
                "day": day(h.head_count.day),
                "total": h.head_count.total,
                "women": h.head_count.women,
                "youth": h.head_count.youth,
                "note": h.head_count.note,
                "counted": h.counted,
            }
            for h in explanation.head_counts
        ],
    }
