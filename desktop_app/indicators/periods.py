"""The periods targets and progress are given for: a month ("2022-03"), a quarter ("2022Q4"),
a year ("2022") or the project's life ("life")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage

CONTEXT = "Indicators"
LIFE = "life"
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})\s*[QqTt]([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")


@dataclass(frozen=True, order=True)
class Period:
    """A period's code and the days it covers (both ends included; None: open)."""

    start: dt.date | None
    end: dt.date | None
    code: str
    kind: str  # "month", "quarter", "year" or "life"

    def contains(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    @property
    def year(self) -> int | None:
        return self.start.year if self.start and self.kind != LIFE else None

    @property
    def quarter(self) -> int | None:
        return (self.start.month - 1) // 3 + 1 if self.start and self.kind == "quarter" else None


def month(year: int, number: int) -> Period:
    start = dt.date(year, number, 1)
    following = dt.date(year + number // 12, number % 12 + 1, 1)
    return Period(start, following - dt.timedelta(days=1), f"{year}-{number:02d}", "month")


def quarter(year: int, number: int) -> Period:
    start = dt.date(year, 3 * number - 2, 1)
    end = month(year, 3 * number).end
    return Period(start, end, f"{year}Q{number}", "quarter")


def year(number: int) -> Period:
    return Period(dt.date(number, 1, 1), dt.date(number, 12, 31), str(number), "year")


def life(start: dt.date | None, end: dt.date | None) -> Period:
    return Period(start, end, LIFE, LIFE)


def parse_period(
    text: str, project_start: dt.date | None = None, project_end: dt.date | None = None
) -> Period:
    """The period a user typed ("2022Q4", "2022 T4", "2022-03", "2022", "life"); a clear
    RegistreError otherwise."""
    cleaned = text.strip()
    if cleaned.lower() in (LIFE, "vie", "projet", "project"):
        return life(project_start, project_end)
    for pattern, make in ((_QUARTER, quarter), (_MONTH, month)):
        found = pattern.match(cleaned)
        if found and 1 <= int(found.group(2)) <= 12 and 1900 <= int(found.group(1)) <= 2200:
            return make(int(found.group(1)), int(found.group(2)))
    found = _YEAR.match(cleaned)
    if found and 1900 <= int(found.group(1)) <= 2200:
        return year(int(found.group(1)))
    raise RegistreError(
        UserMessage(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Indicators",
                "{text} is not a period: write a quarter (2022Q4), a month (2022-03), a year"
                " (2022) or life (the whole project).",
            ),
            {"text": text},
        )
    )


def quarters_of(number: int) -> tuple[Period, ...]:
    return tuple(quarter(number, q) for q in range(1, 5))


def year_to_date(period: Period) -> Period:
    """From the first day of `period`'s year to its last day (what an annual target is
    compared with during the year)."""
    assert period.start is not None and period.end is not None
    return Period(dt.date(period.start.year, 1, 1), period.end, f"{period.start.year}", "year")
