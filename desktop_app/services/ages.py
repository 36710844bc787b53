"""Ages and youth: one rule, written once in Python and once as SQL (kept in step by tests).

Age at an activity = the activity's start year minus the birth year (no birthdays are stored).
Youth = that age below the threshold (default 30, "under 30"). Without a birth year, an age band
"A-B" (inclusive) counts as youth when B is below the threshold and as not youth when A is at or
above it; "A+" counts as not youth when A is at or above it; anything else is age unknown.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import Integer, case, cast, func, literal
from sqlalchemy.orm import QueryableAttribute
from sqlalchemy.sql.elements import ColumnElement

Column = ColumnElement[Any] | QueryableAttribute[Any]

DEFAULT_YOUTH_THRESHOLD = 30
AGE_BAND = re.compile(r"^\s*(\d{1,3})\s*(?:-\s*(\d{1,3})|\+)\s*$")


def birth_year_from_age(age: int, on: dt.date | None = None) -> int:
    """The birth year of someone `age` years old at the date `on` (today by default)."""
    return (on or dt.date.today()).year - age


def band_limits(age_band: str | None) -> tuple[int | None, int | None] | None:
    """(lower, upper) of a band such as "18-29" or "60+", None when it is not a band."""
    match = AGE_BAND.match(age_band or "")
    if not match:
        return None
    lower = int(match.group(1))
    upper = int(match.group(2)) if match.group(2) else None
    if upper is not None and upper < lower:
        return None
    return lower, upper


def is_youth(
    birth_year: int | None,
    age_band: str | None,
    start_date: dt.date,
    threshold: int = DEFAULT_YOUTH_THRESHOLD,
) -> bool | None:
    """True (youth), False (not youth) or None (age unknown) at an activity starting then."""
    if birth_year is not None:
        return start_date.year - birth_year < threshold
    limits = band_limits(age_band)
    if limits is None:
        return None
    lower, upper = limits
    if upper is not None and upper < threshold:
        return True
    if lower is not None and lower >= threshold:
        return False
    return None


def youth_sql(
    birth_year: Column,
    age_band: Column,
    start_date: Column,
    threshold: int,
) -> ColumnElement[Any]:
    """SQL for `is_youth`: 1, 0 or NULL. Dates are stored as ISO text by SQLite."""
    start_year = cast(func.substr(start_date, 1, 4), Integer)
    dash = func.instr(age_band, "-")
    upper = case((dash > 0, cast(func.substr(age_band, dash + 1), Integer)), else_=None)
    lower = case((age_band.op("GLOB")("[0-9]*"), cast(age_band, Integer)), else_=None)
    limit = literal(threshold)
    return case(
        (birth_year.is_not(None), case((start_year - birth_year < limit, 1), else_=0)),
        (upper < limit, 1),
        (lower >= limit, 0),
        else_=None,
    )
