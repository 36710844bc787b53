"""No name, phone or e-mail of the registry reaches the log: errors on rows that hold them are
logged the way the window and the command line log them, then the capture and the file are
searched."""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import python_calamine
import xlsxwriter
from sqlalchemy.exc import IntegrityError

from desktop_app import logging_setup
from desktop_app.activities import activities, attendance
from desktop_app.messages import RegistreError
from desktop_app.registry import persons
from desktop_app.store import Database, open_database
from desktop_app.store.errors import DiskFull
from desktop_app.store.models import Person
from desktop_app.sync.export import export_workbook
from desktop_app.sync.importing import import_workbooks

FAMILY = "GUIDIMEY"
GIVEN = "Célestin"
PHONE_DIGITS = "90123456"
EMAIL = "celestin.guidimey@example.ne"
SECRETS = (FAMILY, GIVEN, PHONE_DIGITS, EMAIL, "Guidimey", "guidimey")

log = logging.getLogger("registre.test")


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    factory = logging.getLogRecordFactory()
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    path = logging_setup.configure_logging(tmp_path / "logs", level=logging.DEBUG, to_stderr=False)
    yield path
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    logging.setLogRecordFactory(factory)


def _person(db: Database) -> persons.PersonDetails:
    return persons.create_person(
        db,
        persons.PersonFields(
            family_name=FAMILY, given_names=GIVEN, phone="+227" + PHONE_DIGITS, email=EMAIL
        ),
    )


def _assert_clean(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, secret


def test_errors_on_named_rows_leave_no_personal_data(
    db: Database, log_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    person = _person(db)
    day = dt.date(2026, 3, 2)
    activity = activities.create_activity(
        db,
        activities.ActivityFields(
            title="Atelier", kind="workshop", start_date=day, country="NE", city="Niamey"
        ),
    )
    attendance.check_in(db, activity.id, person.id, day)

    # A refused deletion: the message names the person.
    with pytest.raises(RegistreError) as refused:
        persons.delete_person(db, person.id)
    assert FAMILY in str(refused.value)  # the error itself does carry the name
    log.warning("delete refused: %s", refused.value)
    log.error("delete refused", exc_info=refused.value)

    # An invalid check-in of the named person, and a bad e-mail typed for them.
    with pytest.raises(RegistreError) as bad_day:
        attendance.check_in(db, activity.id, person.id, day + dt.timedelta(days=9))
    log.warning("check-in refused for person %d: %s", person.id, bad_day.value)
    with pytest.raises(RegistreError) as bad_email:
        persons.create_person(
            db, persons.PersonFields(family_name=FAMILY, given_names=GIVEN, email="guidimey@")
        )
    log.warning("person refused: %r", bad_email.value)

    # A bug: a driver error whose statement carried the name and the phone.
    with pytest.raises(IntegrityError) as bug, db.session() as session:
        session.add(Person(uuid=person.uuid, family_name=FAMILY, phone="+227" + PHONE_DIGITS))
    assert "hidden" in str(bug.value)
    log.exception("unexpected error", exc_info=bug.value)

    # A value quoted by a plain Python error, and one logged with %r.
    try:
        {"other": 1}[FAMILY]
    except KeyError:
        log.exception("lookup failed")
    log.info("typed %r then %s", GIVEN, EMAIL)

    messages = [record.getMessage() for record in caplog.records]
    assert any("delete refused" in message for message in messages)
    assert any("{name} attended {count} activities" in message for message in messages)
    _assert_clean(caplog.text)
    _assert_clean("\n".join(messages))
    written = log_file.read_text(encoding="utf-8")
    assert "unexpected error" in written and "IntegrityError" in written
    assert "Traceback" in written
    _assert_clean(written)


def test_a_bad_import_row_holding_a_name(
    db: Database,
    template_db: Path,
    tmp_path: Path,
    log_file: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A workbook row with the person's name and an impossible birth year and sex: the import
    reports it, and logging the reasons leaks nothing."""
    caplog.set_level(logging.DEBUG)
    _person(db)
    written = export_workbook(db, tmp_path / "office.xlsx", full=True, language="en").path
    book = python_calamine.CalamineWorkbook.from_path(str(written))
    sheets = {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}
    book.close()
    persons_sheet = sheets["Persons"]
    header = persons_sheet[0]
    persons_sheet[1][header.index("Birth year")] = f"{FAMILY} 19x0"
    persons_sheet[1][header.index("Sex")] = GIVEN
    bad = tmp_path / "bad.xlsx"
    out = xlsxwriter.Workbook(str(bad), {"strings_to_numbers": False, "strings_to_formulas": False})
    for name, rows in sheets.items():
        sheet = out.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if isinstance(value, dt.date):
                    sheet.write_datetime(r, c, value, out.add_format({"num_format": "yyyy-mm-dd"}))
                elif value not in (None, ""):
                    sheet.write(r, c, value)
    out.close()
    hq_path = tmp_path / "hq.db"
    shutil.copyfile(template_db, hq_path)
    with sqlite3.connect(hq_path) as raw:
        raw.execute("UPDATE site SET code = 'HQ-GVA'")
    raw.close()
    hq = open_database(hq_path)
    try:
        result = import_workbooks(hq, [bad])
    finally:
        hq.close()
    (summary,) = result.files
    assert summary.invalid_rows
    # The reason shown to the user quotes the bad cell, which holds a name.
    assert any(GIVEN in invalid.reason.render() for invalid in summary.invalid_rows)
    for invalid in summary.invalid_rows:
        log.warning("row %d of %s refused: %s", invalid.row, invalid.sheet, invalid.reason)
    log.info("import summary: %s", summary)
    assert "refused" in log_file.read_text(encoding="utf-8")
    _assert_clean(caplog.text)
    _assert_clean(log_file.read_text(encoding="utf-8"))


def test_disk_full_while_saving_a_named_person(
    db_path: Path, log_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with sqlite3.connect(db_path) as probe:
        pages = probe.execute("PRAGMA page_count").fetchone()[0]
    probe.close()
    database = open_database(db_path, extra_pragmas={"max_page_count": pages + 1})
    try:
        with pytest.raises(DiskFull) as full, database.session() as session:
            for index in range(500):
                session.add(Person(family_name=f"{FAMILY} {index}", given_names=GIVEN * 20))
        log.error("save failed", exc_info=full.value)
    finally:
        database.close()
    assert "DiskFull" in log_file.read_text(encoding="utf-8")
    _assert_clean(caplog.text)
    _assert_clean(log_file.read_text(encoding="utf-8"))


def test_masking_keeps_what_is_not_personal() -> None:
    masked = logging_setup.mask_text(
        "backup registre-20261126-213000-manual.db of 2026-11-26: 12 rows, "
        "tel +227 90 12 34 56, mail a.b@example.org, value 'Zeinabou'"
    )
    assert "registre-20261126-213000-manual.db" in masked and "2026-11-26" in masked
    assert "12 rows" in masked
    for secret in ("90 12 34 56", "a.b@example.org", "Zeinabou"):
        assert secret not in masked


def test_safe_traceback_tells_each_exception_of_the_chain() -> None:
    try:
        try:
            raise ValueError(f"bad name '{FAMILY}'")
        except ValueError as first:
            raise RuntimeError("wrapping") from first
    except RuntimeError as error:
        text = logging_setup.safe_traceback((type(error), error, error.__traceback__))
    assert "ValueError: bad name '…'" in text and "RuntimeError: wrapping" in text
    assert FAMILY not in text
