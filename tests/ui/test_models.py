"""Every table model passes pytest-qt's model tester, with rows and after a reset."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from desktop_app.activities.activity_list import list_activities
from desktop_app.activities.attendance import AttendanceCell, attendance_grid, check_in
from desktop_app.activities.headcounts import add_head_count, list_head_counts
from desktop_app.registry.person_search import search_persons
from desktop_app.registry.persons import person_history
from desktop_app.store import Database
from desktop_app.ui.models.activities import ActivityTableModel
from desktop_app.ui.models.attendance_grid import FIRST_DAY, AttendanceGridModel
from desktop_app.ui.models.check_in import CheckInEntry, CheckInLogModel, CheckInMatchModel
from desktop_app.ui.models.head_counts import HeadCountTableModel
from desktop_app.ui.models.persons import PersonHistoryModel, PersonTableModel
from desktop_app.ui.models.rows import ID_ROLE

DAY1, DAY2 = dt.date(2022, 12, 5), dt.date(2022, 12, 6)


def attend(db: Database) -> None:
    for person_id in (1, 2, 3):
        check_in(db, 1, person_id, DAY1)
    check_in(db, 1, 1, DAY2)
    check_in(db, 1, 4, DAY2, "facilitator")


def test_activity_model(qtmodeltester: ModelTester, seeded_db: Database) -> None:
    attend(seeded_db)
    model = ActivityTableModel()
    model.set_rows(list_activities(seeded_db))
    qtmodeltester.check(model)
    assert model.index(0, ActivityTableModel.PARTICIPANTS).data() == "3"
    assert model.index(0, ActivityTableModel.WOMEN).data() == "2"
    assert model.index(0, ActivityTableModel.DATES).data() == "5 Dec 2022 – 6 Dec 2022"
    assert model.index(0, 0).data(ID_ROLE) == 1
    sorts: list[tuple[str, bool]] = []
    model.sort_requested.connect(lambda key, desc: sorts.append((key, desc)))
    model.sort(ActivityTableModel.TITLE, Qt.SortOrder.AscendingOrder)
    assert sorts == [("title", False)]
    model.set_rows([])
    qtmodeltester.check(model)


def test_person_models(qtmodeltester: ModelTester, seeded_db: Database) -> None:
    attend(seeded_db)
    persons = PersonTableModel()
    persons.set_rows(search_persons(seeded_db, "kledu"))
    qtmodeltester.check(persons)
    assert persons.rowCount() == 10
    assert persons.index(0, PersonTableModel.ORGANISATION).data() == "Radio Kledu"
    history = PersonHistoryModel()
    history.set_rows(person_history(seeded_db, 1))
    qtmodeltester.check(history)
    assert history.index(0, PersonHistoryModel.DAYS).data() == "2"


def test_check_in_models(qtmodeltester: ModelTester, seeded_db: Database) -> None:
    matches = CheckInMatchModel()
    matches.set_rows(search_persons(seeded_db, "traore"))
    matches.set_present({1: "participant"})
    qtmodeltester.check(matches)
    assert matches.index(0, CheckInMatchModel.NAME).data() == "TRAORE Aminata"
    assert matches.index(0, CheckInMatchModel.ROLE).data() == "✓ here as participant"
    assert matches.index(1, CheckInMatchModel.ROLE).data() == ""
    # TRAORE Aminata (person 1) is a woman born in 1995, TRAORE Moussa (9) one born in 1970.
    sex_and_year = (CheckInMatchModel.SEX, CheckInMatchModel.BORN)
    assert [matches.index(0, column).data() for column in sex_and_year] == ["F", "1995"]
    assert [matches.index(1, column).data() for column in sex_and_year] == ["F", "1970"]
    second, third = matches.rows()[1].id, matches.rows()[2].id
    matches.set_present({}, usual={second: "facilitator", third: "participant"})
    assert matches.index(0, CheckInMatchModel.ROLE).data() == ""
    assert matches.index(1, CheckInMatchModel.ROLE).data() == "facilitator (other days)"
    assert matches.index(2, CheckInMatchModel.ROLE).data() == ""
    qtmodeltester.check(matches)
    log = CheckInLogModel()
    qtmodeltester.check(log)
    log.add_first(CheckInEntry(10, 1, "TRAORE Aminata", "", "participant", None))
    log.add_first(CheckInEntry(11, 2, "DIALLO Aminata", "", "expert", None))
    assert log.index(0, CheckInLogModel.NAME).data() == "DIALLO Aminata"
    log.remove_id(10)
    assert log.rowCount() == 1
    qtmodeltester.check(log)


def test_head_count_model(qtmodeltester: ModelTester, seeded_db: Database) -> None:
    add_head_count(seeded_db, 1, 151, women=51)
    add_head_count(seeded_db, 1, 40, day=DAY2, note="afternoon only")
    model = HeadCountTableModel()
    model.set_rows(list_head_counts(seeded_db, 1))
    qtmodeltester.check(model)
    assert [model.index(r, HeadCountTableModel.DAY).data() for r in range(2)] == [
        "the whole activity",
        "6 Dec 2022",
    ]
    assert model.index(0, HeadCountTableModel.YOUTH).data() == "not stated"


def test_attendance_grid_model_totals_and_ticks(
    qtmodeltester: ModelTester, seeded_db: Database
) -> None:
    attend(seeded_db)
    calls: list[tuple[int, dt.date, AttendanceCell | None]] = []

    def toggle(
        person_id: int, day: dt.date, before: AttendanceCell | None
    ) -> AttendanceCell | None:
        calls.append((person_id, day, before))
        return None if before is not None else AttendanceCell(99, "participant", False)

    model = AttendanceGridModel(toggle)
    model.set_grid(attendance_grid(seeded_db, 1))
    qtmodeltester.check(model)
    totals = model.totals_row()
    assert totals == 4
    assert [model.index(totals, FIRST_DAY + i).data() for i in range(2)] == ["3", "2"]
    assert model.index(totals, model.total_column()).data() == "5"
    assert model.completion() == (1, 3)
    row_of_two = next(r for r in range(totals) if model.person_at(r).person_id == 2)  # type: ignore[union-attr]
    day2 = model.index(row_of_two, FIRST_DAY + 1)
    assert model.setData(day2, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert calls == [(2, DAY2, None)]
    assert model.index(totals, FIRST_DAY + 1).data() == "3"
    assert model.index(row_of_two, model.total_column()).data() == "2"
    assert model.completion() == (2, 3)
    assert not model.flags(model.index(totals, FIRST_DAY)) & Qt.ItemFlag.ItemIsUserCheckable
    qtmodeltester.check(model)
