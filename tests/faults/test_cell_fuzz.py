"""Hostile cells in every column of every record sheet of an HQ workbook, one row at a time.

Each row, built from an office's real row with some cells replaced by hypothesis (control
characters and escape sequences, huge strings, formulas, dates at the edges of 1900-2100,
revisions of 2**63, negative and huge counts, wrong types), is either an invalid row with a
reason in words, or a record that (1) meets the rules an export checks, so an office holding it
could send it, and (2) written back as the export writes it and read again, is the same record.
Never another exception. Rows are parsed in memory (the reader's own code, without a file), so
that thousands of examples run in seconds; test_import_fuzz.py goes through real files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import python_calamine
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop_app.door.tokens import new_token
from desktop_app.indicators import frameworks
from desktop_app.store import Database
from desktop_app.store.models import Activity, Badge, ExpectedPerson, PaymentList, Person
from desktop_app.sync import cells as hq_cells
from desktop_app.sync.export import export_workbook
from desktop_app.sync.format import SHEETS, Column, SheetSpec
from desktop_app.sync.sheet_rows import TRAVEL_KEYS, Incoming, InvalidRow, parse_rows
from desktop_app.sync.unsendable import _problem
from tests.sync.hq_builders import add_sample, site_database

# 10,000 rows in all (five record types); with the other fuzz tests, 10,105 examples.
ROWS_PER_TYPE = 2_000
FUZZ = settings(
    max_examples=ROWS_PER_TYPE,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
LANGUAGE = "en"

hostile_text = st.one_of(
    st.text(max_size=30),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=30),
    st.sampled_from(
        [
            "=cmd|' /C calc'!A0",
            '=HYPERLINK("http://x"&A1,"x")',
            "+227 90 12 34 56",
            "-",
            "@SUM(1)",
            "\x1b[31mrouge\x1b[0m",
            "cloche\x07",
            "\x9b2J",
            "NUL\x00",
            " \t\n ",
            "Niger",
            "Ni",
            "ne",
        ]
    ),
    st.integers(1, 40_000).map(lambda n: "N" * n),
)
edge_dates = st.one_of(
    st.dates(min_value=dt.date(1899, 12, 25), max_value=dt.date(1900, 1, 5)),
    st.dates(min_value=dt.date(2100, 12, 25), max_value=dt.date(2101, 1, 5)),
    st.dates(),
    st.sampled_from(["1899-12-31", "2101-01-01", "31/12/2100", "00/00/0000", "2022-02-30"]),
)
edge_numbers = st.one_of(
    st.integers(-(2**70), 2**70),
    st.sampled_from([2**63, 2**63 - 1, 2**31, 2**31 - 1, 0, -1, 1_000_000, 1_000_001, 1899]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
)
hostile_cell = st.one_of(st.none(), hostile_text, edge_dates, edge_numbers)


def _cell(column: Column, value: Any) -> Any:
    """The cell the export writes for a stored value (hq_sheet_xml), as python-calamine reads
    it back: labels in the export's language, numbers, dates, text."""
    kind = column.kind
    if value is None or kind == "readable":
        return ""
    if kind == "bool":
        return hq_cells.bool_label(value, LANGUAGE)
    if kind in ("sex", "status", "kind", "category", "role"):
        return hq_cells.label(kind, value, LANGUAGE)
    if kind == "refs":
        return " ".join(sorted(value))
    if kind == "tags":
        return hq_cells.tags_text(value)
    if kind in ("int", "year", "count", "revision", "percent", "minutes", "decimal"):
        return float(value)  # calamine gives every number as a float
    if kind in ("words", "filters", "bands"):
        return hq_cells.json_text(value)
    return value


def _written(spec: SheetSpec, record: Incoming) -> list[Any]:
    keys = [f.key for f in spec.record_type.fields]
    values: dict[str, Any] = dict(zip(keys, record.content, strict=True))
    values.update(zip(TRAVEL_KEYS, record.travel, strict=True))
    values["uuid"] = record.uuid
    return [_cell(column, values.get(column.key)) for column in spec.columns]


@pytest.fixture(scope="module")
def sample_rows(
    template_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, list[list[Any]]]:
    """An office's full export, each record sheet's header and first row as read back."""
    folder = tmp_path_factory.mktemp("office")
    office = site_database(template_db, folder, "NE-NIA")
    try:
        add_sample(office, people=2)
        _door_records(office)
        path = export_workbook(office, folder / "office.xlsx", full=True, language=LANGUAGE).path
    finally:
        office.close()
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    try:
        return {spec.type_name: book.get_sheet_by_name(spec.en).to_python()[:2] for spec in SHEETS}
    finally:
        book.close()


def _door_records(office: Database) -> None:
    """An expected person, a badge, the activity's door rules, an approved payment list and a
    results framework: a row on every sheet."""
    project = frameworks.add_project(office, "PAG", "Gouvernance", offices=["NE-NIA"])
    frameworks.add_age_band_set(office, "UN", "15-24 / 25+", "15-24, 25+")
    frameworks.add_indicator(
        office, project.code, "1.1", "Formés", "unique_persons", filters={"kind": ["training"]},
        disaggregations=["sex", "age:UN"],
    )  # fmt: skip
    frameworks.set_target(office, project.code, "1.1", "2022Q4", 12.5)
    with office.session() as session:
        activity = session.scalars(select(Activity)).one()
        person = session.scalars(select(Person).order_by(Person.id)).first()
        assert person is not None
        activity.completion_percent, activity.late_after_minutes = 75, 510
        session.add(ExpectedPerson(activity_id=activity.id, person_id=person.id))
        session.add(Badge(person_id=person.id, token=new_token(), revoked=False))
        session.add(
            PaymentList(
                activity_id=activity.id,
                approved_by="Mariama SOUMANA",
                approved_on=dt.date(2022, 12, 9),
                budget_line="3.1.2",
                total=42_500,
                lines='{"rules":{},"lines":[]}',
            )
        )


def _parsed(spec: SheetSpec, rows: list[list[Any]]) -> tuple[list[Incoming], list[InvalidRow]]:
    invalid: list[InvalidRow] = []
    parsed = parse_rows(spec, spec.en, rows, Path("fuzzed.xlsx"), LANGUAGE, invalid)
    return parsed.incoming(), invalid


def _fuzz(spec: SheetSpec, sample: list[list[Any]], data: st.DataObject) -> None:
    header, row = sample[0], list(sample[1])
    for position in data.draw(
        st.lists(st.integers(0, len(row) - 1), min_size=1, max_size=2, unique=True),
        label="columns",
    ):
        row[position] = data.draw(hostile_cell, label=str(header[position]))
    records, invalid = _parsed(spec, [header, row])
    if invalid:
        event("invalid row")
        (bad,) = invalid
        assert bad.reason.render()  # a reason in words, its values filled in
        return
    event("imported")
    (record,) = records
    values = dict(zip((f.key for f in spec.record_type.fields), record.content, strict=True))
    # (1) Nothing the import takes would an export leave out: the same rules both sides.
    assert _problem(spec, values, record.travel.revision) is None
    # (2) Written back as the export writes it, read again: the same record.
    again, invalid_again = _parsed(spec, [header, _written(spec, record)])
    assert invalid_again == [] and again == [record._replace(row=again[0].row)]


@pytest.mark.parametrize("spec", SHEETS, ids=[spec.type_name for spec in SHEETS])
@FUZZ
@given(data=st.data())
def test_hostile_cells_are_refused_with_a_reason_or_travel_unchanged(
    sample_rows: dict[str, list[list[Any]]], spec: SheetSpec, data: st.DataObject
) -> None:
    _fuzz(spec, sample_rows[spec.type_name], data)


def test_the_fuzz_suite_runs_ten_thousand_examples() -> None:
    """The hostile cells, the fuzzed HQ workbooks and the fuzzed sign-in sheets: at least 10,000
    examples in each run, as docs/security.md says (each of these tests reaches its
    max_examples: `pytest --hypothesis-show-statistics` says "Stopped because
    settings.max_examples")."""
    from tests.faults import test_import_fuzz, test_sheet_fuzz

    runs = [
        (test_hostile_cells_are_refused_with_a_reason_or_travel_unchanged, len(SHEETS)),
        (test_import_fuzz.test_what_was_imported_exports_back_the_same, 1),
        (test_import_fuzz.test_fuzzed_workbooks_never_crash_nor_import_partially, 1),
        (test_sheet_fuzz.test_hostile_sheet_rows_are_refused_or_held_to_the_rules, 1),
        (test_sheet_fuzz.test_what_a_sheet_brings_reaches_hq_whole_and_comes_back_the_same, 1),
    ]
    examples = sum(
        times * test._hypothesis_internal_use_settings.max_examples  # type: ignore[attr-defined]
        for test, times in runs
    )
    assert examples >= 10_000, examples
