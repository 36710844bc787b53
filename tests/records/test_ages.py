"""The youth rule in Python and in SQL agree; exact ages from dates of birth; birth year from
age; age bands."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Date, Integer, create_engine, literal, select

from desktop_app.records.ages import (
    age_from_year_only,
    age_on,
    age_sql,
    band_limits,
    birth_year_from_age,
    canonical_band,
    from_year_only_sql,
    is_youth,
    youth_sql,
)


def test_age_is_start_year_minus_birth_year() -> None:
    start = dt.date(2022, 12, 14)
    assert is_youth(1993, None, start) is True  # 29 in 2022
    assert is_youth(1992, None, start) is False  # 30: not under 30
    assert is_youth(1992, None, start, threshold=35) is True
    assert is_youth(None, None, start) is None


def test_a_whole_date_of_birth_gives_the_exact_age() -> None:
    workshop = dt.date(2022, 12, 5)
    born = dt.date(1992, 12, 12)
    assert age_on(born, 1992, workshop) == 29  # his birthday is a week after the workshop
    assert is_youth(1992, None, workshop, birth_date=born) is True  # under 30
    assert age_from_year_only(born, 1992) is False
    # The same man known by his birth year only: the year rule makes him 30, not young.
    assert age_on(None, 1992, workshop) == 30
    assert is_youth(1992, None, workshop) is False
    assert age_from_year_only(None, 1992) is True
    # On his birthday he is 30.
    assert age_on(born, 1992, dt.date(2022, 12, 12)) == 30
    assert is_youth(1992, None, dt.date(2022, 12, 12), birth_date=born) is False


def test_birthdays_on_29_february_and_unknown_ages() -> None:
    leap = dt.date(2000, 2, 29)
    assert age_on(leap, 2000, dt.date(2023, 2, 28)) == 22
    assert age_on(leap, 2000, dt.date(2023, 3, 1)) == 23
    assert age_on(leap, 2000, dt.date(2024, 2, 29)) == 24
    assert age_on(None, None, dt.date(2023, 1, 1)) is None
    assert age_from_year_only(None, None) is False
    assert is_youth(None, "18-29", dt.date(2022, 1, 1), birth_date=None) is True


def test_age_bands() -> None:
    start = dt.date(2022, 1, 1)
    assert band_limits("18-29") == (18, 29)
    assert band_limits("60+") == (60, None)
    assert band_limits(canonical_band(" 60 + ")) == (60, None)
    assert band_limits("29-18") is None
    assert band_limits("young") is None
    assert is_youth(None, "18-29", start) is True
    assert is_youth(None, "15-35", start) is None
    assert is_youth(None, "30-39", start) is False
    assert is_youth(None, "60+", start) is False
    assert is_youth(None, "20+", start) is None
    assert is_youth(1960, "18-29", start) is False  # the birth year wins


def test_birth_year_from_age() -> None:
    assert birth_year_from_age(27, dt.date(2022, 12, 5)) == 1995
    assert birth_year_from_age(0) == dt.date.today().year


ENGINE = create_engine("sqlite://")
BANDS = st.one_of(
    st.none(),
    st.builds(lambda a, b: f"{a}-{a + b}", st.integers(0, 90), st.integers(0, 30)),
    st.builds(lambda a: f"{a}+", st.integers(0, 90)),
    st.sampled_from(["young", "", "-", "12-", "abc-10", "1-2-3", "+", "5++", "-5", "3-1", "1 -2"]),
    st.text(alphabet="0123456789-+ a", max_size=6),
)


@settings(max_examples=150, deadline=None)
@given(
    birth_year=st.one_of(st.none(), st.integers(1900, 2024)),
    band=BANDS,
    start=st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)),
    threshold=st.integers(1, 120),
)
def test_sql_and_python_agree(
    birth_year: int | None, band: str | None, start: dt.date, threshold: int
) -> None:
    expression = youth_sql(literal(birth_year), literal(band), literal(start), threshold)
    with ENGINE.connect() as connection:
        value = connection.execute(select(expression)).scalar()
    expected = is_youth(birth_year, band, start, threshold)
    assert value == (None if expected is None else int(expected))


@settings(max_examples=150, deadline=None)
@given(
    born=st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2024, 12, 31))),
    other_year=st.one_of(st.none(), st.integers(1900, 2024)),
    band=BANDS,
    start=st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)),
    threshold=st.integers(1, 120),
)
def test_exact_ages_in_sql_and_python_agree(
    born: dt.date | None,
    other_year: int | None,
    band: str | None,
    start: dt.date,
    threshold: int,
) -> None:
    year = born.year if born is not None else other_year
    date, year_value = literal(born, Date), literal(year, Integer)
    on = literal(start, Date)
    youth = youth_sql(year_value, literal(band), on, threshold, birth_date=date)
    with ENGINE.connect() as connection:
        row = connection.execute(
            select(youth, age_sql(date, year_value, on), from_year_only_sql(date, year_value))
        ).one()
    expected = is_youth(year, band, start, threshold, birth_date=born)
    assert row[0] == (None if expected is None else int(expected))
    assert row[1] == age_on(born, year, start)
    assert row[2] == int(age_from_year_only(born, year))
