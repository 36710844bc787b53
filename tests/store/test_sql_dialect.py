"""The expressions of store/sql_dialect.py give the same answers on either engine as Python does.

Run against the `db` fixture: SQLite by default, PostgreSQL with `--engine postgresql`.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Date, Integer, String, literal, select

from desktop_app.records.ages import age_on, age_sql, is_youth, youth_sql
from desktop_app.store import Database
from desktop_app.store.sql_dialect import days_between, year_of, years_between

BANDS = st.one_of(
    st.none(),
    st.builds(lambda a, b: f"{a}-{a + b}", st.integers(0, 90), st.integers(0, 30)),
    st.builds(lambda a: f"{a}+", st.integers(0, 90)),
    st.sampled_from(["young", "", "-", "12-", "1-2-3", "+", "5++", "-5", "3-1", "1 -2"]),
    st.sampled_from(["99999999999999999999-1", "18-99999999999999999999", "123456789012+"]),
    st.text(alphabet="0123456789-+ a", max_size=8),
)
DATES = st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    birth_year=st.one_of(st.none(), st.integers(1900, 2024)),
    band=BANDS,
    start=DATES,
    threshold=st.integers(1, 120),
)
def test_the_youth_rule_in_sql_is_pythons(
    db: Database, birth_year: int | None, band: str | None, start: dt.date, threshold: int
) -> None:
    expression = youth_sql(
        literal(birth_year, Integer), literal(band, String), literal(start, Date), threshold
    )
    with db.engine.connect() as connection:
        value = connection.execute(select(expression)).scalar()
    expected = is_youth(birth_year, band, start, threshold)
    assert value == (None if expected is None else int(expected))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(start=DATES, days=st.integers(0, 400))
def test_years_and_day_spans(db: Database, start: dt.date, days: int) -> None:
    end = start + dt.timedelta(days=days)
    with db.engine.connect() as connection:
        year, span = connection.execute(
            select(
                year_of(literal(start, Date)),
                days_between(literal(end, Date), literal(start, Date)),
            )
        ).one()
    assert (year, span) == (start.year, days)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    born=st.dates(dt.date(1900, 1, 1), dt.date(2024, 12, 31)),
    on=DATES,
    threshold=st.integers(1, 120),
)
def test_exact_ages_in_sql_are_pythons(
    db: Database, born: dt.date, on: dt.date, threshold: int
) -> None:
    date, day = literal(born, Date), literal(on, Date)
    year = literal(born.year, Integer)
    with db.engine.connect() as connection:
        years, age, youth = connection.execute(
            select(
                years_between(day, date),
                age_sql(date, year, day),
                youth_sql(year, literal(None, String), day, threshold, birth_date=date),
            )
        ).one()
    assert years == age == age_on(born, born.year, on)
    assert youth == int(is_youth(born.year, None, on, threshold, birth_date=born) is True)


# (born, on, threshold, young) around 29 February, worked out with a calendar.
LEAP_DAYS = (
    (dt.date(1994, 2, 28), dt.date(2024, 2, 29), 30, False),  # 30 the day before
    (dt.date(1994, 3, 1), dt.date(2024, 2, 29), 30, True),  # 30 the next day
    (dt.date(2000, 2, 29), dt.date(2023, 2, 28), 23, True),  # no 29th in 2023: 22 still
    (dt.date(2000, 2, 29), dt.date(2023, 3, 1), 23, False),  # 23 on 1 March
    (dt.date(2000, 2, 29), dt.date(2024, 2, 28), 24, True),
    (dt.date(2000, 2, 29), dt.date(2024, 2, 29), 24, False),  # 24 on the day
)


def test_exact_youth_around_29_february(db: Database) -> None:
    with db.engine.connect() as connection:
        for born, on, threshold, young in LEAP_DAYS:
            date, year = literal(born, Date), literal(born.year, Integer)
            expression = youth_sql(
                year, literal(None, String), literal(on, Date), threshold, birth_date=date
            )
            value = connection.execute(select(expression)).scalar()
            assert value == int(young), (born, on, threshold)
            assert is_youth(born.year, None, on, threshold, birth_date=born) is young
