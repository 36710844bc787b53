"""Ages and youth: one rule, written once in Python and once as SQL (kept in step by tests).

Age at an activity = the exact age on the activity's start date when the whole date of birth is
known (born 12/12/1992: 29 on 05/12/2022); otherwise the start year minus the birth year (the
*year rule*: born in 1992, 30 in 2022), and such an age is said to come "from a year only".
Youth = that age below the threshold (default 30, "under 30"). Without a birth year, an age band
(stored without spaces) "A-B" (inclusive, A <= B) counts as youth when B is below the threshold
and as not youth when A is at or above it; "A+" counts as not youth when A is at or above it;
anything else is age unknown.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, case, literal, or_
from sqlalchemy.orm import QueryableAttribute
from sqlalchemy.sql.elements import ColumnElement

from desktop_app.store.sql_dialect import (
    band_is_closed,
    band_is_open,
    band_lower,
    band_upper,
    year_of,
    years_before,
    years_between,
)

Column = ColumnElement[Any] | QueryableAttribute[Any]

DEFAULT_YOUTH_THRESHOLD = 30
RANGE_BAND = re.compile(r"^(\d+)-(\d+)$")
OPEN_BAND = re.compile(r"^(\d+)\+$")
PLAUSIBLE_AGES = (12, 100)


def birth_year_from_age(age: int, on: dt.date | None = None) -> int:
    """The birth year of someone `age` years old at the date `on` (today by default)."""
    return (on or dt.date.today()).year - age


def age_on(birth_date: dt.date | None, birth_year: int | None, on: dt.date) -> int | None:
    """The age at the date `on`: exact from the date of birth when known, else by the year
    rule; None when neither is known."""
    if birth_date is not None:
        return on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))
    if birth_year is not None:
        return on.year - birth_year
    return None


def age_from_year_only(birth_date: dt.date | None, birth_year: int | None) -> bool:
    """Whether an age is worked out from a birth year alone (the year rule), not from a date."""
    return birth_date is None and birth_year is not None


def canonical_band(age_band: str | None) -> str | None:
    """The band without spaces ("18 - 29" -> "18-29"), None when empty."""
    cleaned = "".join((age_band or "").split())
    return cleaned or None


def band_limits(age_band: str | None) -> tuple[int, int | None] | None:
    """(lower, upper) of a band such as "18-29" or "60+", None when it is not a band."""
    text = age_band or ""
    closed = RANGE_BAND.match(text)
    if closed:
        lower, upper = int(closed.group(1)), int(closed.group(2))
        return (lower, upper) if lower <= upper else None
    open_ended = OPEN_BAND.match(text)
    return (int(open_ended.group(1)), None) if open_ended else None


@dataclass(frozen=True)
class AgeAt:
    """Someone's age at an activity, and what it was worked out from.

    `basis`: "date" (the exact age, from the whole date of birth), "year" (start year minus
    birth year: the person may be a year younger), "band" (only the age band is known: `years`
    is None, `band` says it) or "unknown".
    """

    years: int | None
    basis: str
    band: str | None = None


def age_at(
    birth_year: int | None,
    age_band: str | None,
    start_date: dt.date,
    *,
    birth_date: dt.date | None = None,
    exact_age: int | None = None,
) -> AgeAt:
    """The age shown beside a person in the lists behind the counts (the same rule as
    `is_youth`). `exact_age`: the age from the date of birth, worked out by the server where
    the date itself may not be read (the analyst's views)."""
    if exact_age is not None:
        return AgeAt(exact_age, "date")
    if birth_date is not None:
        return AgeAt(age_on(birth_date, birth_year, start_date), "date")
    if birth_year is not None:
        return AgeAt(age_on(None, birth_year, start_date), "year")
    if band_limits(age_band) is not None:
        return AgeAt(None, "band", age_band)
    return AgeAt(None, "unknown")


def plausible_age(years: int) -> bool:
    """Ages a participant can have: below 12 or above 100, the birth year is almost always a
    typing slip (2012 for 1992, 1899 for 1989)."""
    return PLAUSIBLE_AGES[0] <= years <= PLAUSIBLE_AGES[1]


def is_youth(
    birth_year: int | None,
    age_band: str | None,
    start_date: dt.date,
    threshold: int = DEFAULT_YOUTH_THRESHOLD,
    *,
    birth_date: dt.date | None = None,
) -> bool | None:
    """True (youth), False (not youth) or None (age unknown) at an activity starting then."""
    age = age_on(birth_date, birth_year, start_date)
    if age is not None:
        return age < threshold
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
    *,
    birth_date: Column | None = None,
    start_year: Column | None = None,
    born_after: Column | None = None,
    exact_age: Column | None = None,
) -> ColumnElement[Any]:
    """SQL for `is_youth`: 1, 0 or NULL, on SQLite and PostgreSQL alike. When a query has
    them already (worked out once per activity): `start_year`, the year of `start_date`, and
    `born_after`, `years_before(start_date, threshold)` (born after it: under the
    threshold). `exact_age` instead of `birth_date`: the age at the start from the date of
    birth, NULL without one (the analyst's views)."""
    year = year_of(start_date) if start_year is None else start_year
    by_year = youth_sql_for_year(birth_year, age_band, year, threshold)
    if exact_age is not None:
        young = case((exact_age < literal(threshold), 1), else_=0)
        return case((exact_age.is_not(None), young), else_=by_year)
    if birth_date is None:
        return by_year
    if born_after is None:
        born_after = years_before(start_date, literal(threshold))
    exact = case((birth_date > born_after, 1), else_=0)
    return case((birth_date.is_not(None), exact), else_=by_year)


def age_sql(birth_date: Column, birth_year: Column, on: Column) -> ColumnElement[Any]:
    """SQL for `age_on`: the age in whole years, or NULL."""
    return case(
        (birth_date.is_not(None), years_between(on, birth_date)),
        else_=year_of(on) - birth_year,
    )


def from_year_only_sql(birth_date: Column, birth_year: Column) -> ColumnElement[bool]:
    """SQL for `age_from_year_only`: a condition, true or false (never NULL)."""
    return and_(birth_date.is_(None), birth_year.is_not(None))


def youth_sql_for_year(
    birth_year: Column,
    age_band: Column,
    start_year: Column,
    threshold: int,
) -> ColumnElement[Any]:
    """`youth_sql` with the activity's start year already worked out."""
    lower = band_lower(age_band)
    upper = band_upper(age_band)
    closed = and_(band_is_closed(age_band), lower <= upper)
    open_ended = band_is_open(age_band)
    limit = literal(threshold)
    return case(
        (birth_year.is_not(None), case((start_year - birth_year < limit, 1), else_=0)),
        (and_(closed, upper < limit), 1),
        (and_(or_(closed, open_ended), lower >= limit), 0),
        else_=None,
    )
