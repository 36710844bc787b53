"""The youth rule in Python and in SQL agree; birth year from age; age bands."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, literal, select

from desktop_app.services.ages import (
    band_limits,
    birth_year_from_age,
    canonical_band,
    is_youth,
    youth_sql,
)


def test_age_is_start_year_minus_birth_year() -> None:
    start = dt.date(2022, 12, 14)
    assert is_youth(1993, None, start) is True  # 29 in 2022
    assert is_youth(1992, None, start) is False  # 30: not under 30
    assert is_youth(1992, None, start, threshold=35) is True
    assert is_youth(None, None, start) is None


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
