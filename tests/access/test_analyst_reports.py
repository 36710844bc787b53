"""The analyst's reports and indicators on the server: the same figures as an officer's, read
only from what the analyst may read, with pseudonyms where the officer sees names (the data:
tests/access/analyst_data.py)."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.activities.counting import PeriodFilter
from desktop_app.activities.explain import explain
from desktop_app.cli.main import main
from desktop_app.indicators.lists import cell_list
from desktop_app.indicators.progress import progress
from desktop_app.reports.data import activity_report, period_report
from desktop_app.store import Database, open_database
from tests.access.analyst_data import Counted
from tests.access.conftest import MakeUser, as_user, plain

pytestmark = pytest.mark.postgresql_only

D = dt.date
YEAR = PeriodFilter(start=D(2022, 1, 1), end=D(2022, 12, 31))


@contextlib.contextmanager
def connected(url: str) -> Iterator[Database]:
    database = open_database(url)
    try:
        yield database
    finally:
        database.close()


def registre(url: str, *args: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--db", url, *args])
    assert code == 0, err.getvalue()
    return out.getvalue()


def test_the_analyst_may_not_read_the_person_table_and_reads_the_views(
    counted: Counted, make_user: MakeUser
) -> None:
    analyst = make_user("analyst")
    with plain(counted.url, analyst) as connection:
        ages = connection.execute(
            "SELECT p.pseudonym, a.age_at_start FROM analyst_attendance a "
            "JOIN analyst_person p ON p.id = a.person_id "
            "WHERE a.age_at_start IS NOT NULL ORDER BY a.age_at_start"
        ).fetchall()
        columns = connection.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_name IN ('analyst_person', 'analyst_attendance')"
        ).fetchall()
    # DAO 22, BA 29, CISSÉ 30 at A1; the others have a birth year at most.
    assert [age for _, age in ages] == [22, 29, 30]
    assert {name for name, _ in ages} <= set(counted.pseudonyms.values())
    shown = {str(column) for (column,) in columns}
    assert not shown & {"family_name", "given_names", "phone", "email", "birth_date", "uuid"}
    with connected(as_user(counted.url, analyst)) as database:
        assert not database.reads_persons
    with connected(as_user(counted.url, make_user("officer"))) as database:
        assert database.reads_persons


def test_the_period_report_of_an_analyst_is_the_officers_figure_by_figure(
    counted: Counted, make_user: MakeUser
) -> None:
    with connected(as_user(counted.url, make_user("officer"))) as database:
        officer = period_report(database, YEAR)
    with connected(as_user(counted.url, make_user("analyst"))) as database:
        analyst = period_report(database, YEAR)
    # Counted by hand: A1 has Aminata (27), Issa (42), Fatou (age unknown), BA (29 by her
    # date of birth), CISSÉ (30 that very day), DAO (22): participants 6, women 4, youth 3.
    a1 = next(a for a in officer.activities if a.id == counted.activities["A1"])
    assert (a1.participants, a1.women, a1.youth, a1.not_youth, a1.age_unknown) == (6, 4, 3, 2, 1)
    assert a1.age_from_year_only == 2  # Aminata and Issa
    assert analyst == officer  # every activity's counts, the totals, by month, country, kind


def test_an_activity_report_counts_the_same_and_lists_pseudonyms(
    counted: Counted, make_user: MakeUser
) -> None:
    a1 = counted.activities["A1"]
    with connected(as_user(counted.url, make_user("officer"))) as database:
        officer = activity_report(database, a1)
    with connected(as_user(counted.url, make_user("analyst"))) as database:
        analyst = activity_report(database, a1)
    assert analyst.counts == officer.counts
    assert (analyst.by_day, analyst.by_region) == (officer.by_day, officer.by_region)
    assert len(analyst.names) == len(officer.names) == 7  # Karim the expert too
    names = {n.family_name for n in analyst.names}
    assert names <= set(counted.pseudonyms.values())
    assert not names & set(counted.names.values())
    assert all(n.given_names == "" and n.position == "" for n in analyst.names)
    assert [m.roles for m in analyst.team] == [m.roles for m in officer.team] == [("expert",)]


def test_the_lists_behind_the_counts_give_pseudonyms_and_the_same_ages(
    counted: Counted, make_user: MakeUser
) -> None:
    a1 = counted.activities["A1"]
    with connected(as_user(counted.url, make_user("officer"))) as database:
        officer = explain(database, "youth", activity_id=a1)
        officer_unique = explain(database, "unique_women", period=YEAR)
    with connected(as_user(counted.url, make_user("analyst"))) as database:
        analyst = explain(database, "youth", activity_id=a1)
        analyst_unique = explain(database, "unique_women", period=YEAR)
    assert analyst.total == officer.total == 3

    def seen(rows: tuple[object, ...], by_pseudonym: bool) -> set[tuple[object, ...]]:
        return {
            (counted.pseudonyms[p.person_id] if by_pseudonym else p.display_name, p.age)  # type: ignore[attr-defined]
            for p in rows
        }

    assert seen(analyst.persons, False) == seen(officer.persons, True)
    ages = sorted((p.age.years, p.age.basis) for p in analyst.persons if p.age)
    assert ages == [(22, "date"), (27, "year"), (29, "date")]
    assert all(p.birth_date is None for p in analyst.persons)
    assert {p.display_name for p in analyst_unique.persons} == {
        counted.pseudonyms[p.person_id] for p in officer_unique.persons
    }


def test_the_indicators_progress_of_an_analyst_is_the_officers(
    counted: Counted, make_user: MakeUser
) -> None:
    today = D(2023, 3, 1)
    with connected(as_user(counted.url, make_user("officer"))) as database:
        officer = progress(database, "PAG", "2022", today=today)
        officer_list = cell_list(database, "PAG", "1.1", "2022Q4", value=("age:UN", "25-34"))
    with connected(as_user(counted.url, make_user("analyst"))) as database:
        analyst = progress(database, "PAG", "2022", today=today)
        analyst_list = cell_list(database, "PAG", "1.1", "2022Q4", value=("age:UN", "25-34"))
    assert analyst == officer  # every cell, breakdown, percentage and light
    # By hand, Q4 by age at the first activity: Aminata 27, BA 29 (by date; 30 by year),
    # CISSÉ 30 are 25-34.
    assert officer.cell("1.1", "2022Q4", None).actual.breakdown["age:UN"]["25-34"] == 3
    assert officer_list.explanation is not None and analyst_list.explanation is not None
    assert sorted(counted.pseudonyms[p.person_id] for p in officer_list.explanation.persons) == (
        sorted(p.display_name for p in analyst_list.explanation.persons)
    )


def test_the_command_line_reports_for_an_analyst_as_for_an_officer(
    counted: Counted, make_user: MakeUser, tmp_path: Path
) -> None:
    officer, analyst = make_user("officer"), make_user("analyst")
    period = ("--from", "2022-01-01", "--to", "2022-12-31")
    assert registre(as_user(counted.url, analyst), "report", *period, "--format", "json") == (
        registre(as_user(counted.url, officer), "report", *period, "--format", "json")
    )
    listed = registre(
        as_user(counted.url, analyst), "report", "--explain", "women", "--activity",
        str(counted.activities["A1"]),
    )  # fmt: skip
    assert counted.pseudonyms[next(i for i, n in counted.names.items() if n == "BA")] in listed
    # As words: a pseudonym's hex digits may hold "BA".
    assert not any(re.search(rf"\b{name}\b", listed) for name in ("MAÏGA", "DIALLO", "BA", "DAO"))
    # The activity's report with its name list, as a workbook: pseudonyms there too.
    book = tmp_path / "a1.xlsx"
    registre(
        as_user(counted.url, analyst), "report", "--activity", str(counted.activities["A1"]),
        "--format", "xlsx", "--out", str(book),
    )  # fmt: skip
    cells = {
        str(cell)
        for sheet in load_workbook(book, read_only=True).worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
    }
    assert set(counted.pseudonyms.values()) & cells
    assert not cells & {"MAÏGA", "DIALLO", "BA", "DAO", "CISSÉ"}
    table = ("progress", "--project", "PAG", "--period", "2022")
    assert registre(as_user(counted.url, analyst), *table) == (
        registre(as_user(counted.url, officer), *table)
    )
