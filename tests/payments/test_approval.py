"""An approved list is frozen: later changes are flagged, never applied to it; it travels to
HQ in the workbook and appears in the consolidation; HQ's controls see double payments across
two offices once the same person is merged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.activities.activities import create_activity
from desktop_app.activities.attendance import check_in, set_signed
from desktop_app.dedup.merge import merge_persons
from desktop_app.messages import RegistreError
from desktop_app.payments import settings
from desktop_app.payments.approval import approval_of, approve, current_list
from desktop_app.payments.consolidation import ConsolidatedRow, consolidate
from desktop_app.payments.controls import TWO_ACTIVITIES, run_controls
from desktop_app.registry.persons import PersonFields, create_person
from desktop_app.store import Database
from desktop_app.store.models import Activity, Attendance, PaymentList, Person
from desktop_app.sync.export import export_workbook
from desktop_app.sync.importing import import_workbooks
from tests.factories import activity_fields
from tests.payments.training import DAYS, RULES, Training, build_training
from tests.sync.hq_builders import site_database

APPROVED_ON = dt.date(2022, 12, 9)


def _approve(db: Database, activity_id: int, budget_line: str = "3.1.2") -> None:
    approve(
        db,
        activity_id,
        approved_by="Mariama SOUMANA",
        prepared_by="Ousmane GARBA",
        approved_on=APPROVED_ON,
        budget_line=budget_line,
    )


def test_an_approved_list_is_frozen_and_later_changes_are_flagged(db: Database, training: Training):
    _approve(db, training.activity_id)
    approval = approval_of(db, training.activity_id)
    assert approval is not None
    assert (approval.approved_by, approval.approved_on) == ("Mariama SOUMANA", APPROVED_ON)
    # The sheet of day 3 is found after approval: the absent participant had signed it.
    with db.session() as session:
        attendance_id = session.scalars(
            select(Attendance.id).where(
                Attendance.person_id == training.absent_day3, Attendance.day == DAYS[2]
            )
        ).one()
    set_signed(db, attendance_id)
    shown = current_list(db, training.activity_id)
    assert shown.payment_list.totals.total == 1_497_500  # as approved
    assert [(c.person_id, c.frozen_total, c.current_total) for c in shown.changes] == [
        (training.absent_day3, 30_000, 42_500)
    ]
    with pytest.raises(RegistreError):
        _approve(db, training.activity_id)


def test_a_list_without_rules_cannot_be_approved(db: Database, training: Training):
    activity = create_activity(db, activity_fields(title="Réunion du comité"))
    with pytest.raises(RegistreError):
        _approve(db, activity.id)
    assert approval_of(db, activity.id) is None


def test_an_approved_list_reaches_hq_and_its_consolidation(template_db: Path, tmp_path: Path):
    office = site_database(template_db, tmp_path / "office", "NE-NIA")
    training = build_training(office)
    _approve(office, training.activity_id)
    book = export_workbook(office, tmp_path / "niamey.xlsx", language="fr").path
    hq = site_database(template_db, tmp_path / "hq", "HQ-GVA")
    result = import_workbooks(hq, [book])
    shown = {t.type_name: t.new for t in result.files[0].types if t.shown}
    assert shown["payment_list"] == 1
    rows = consolidate(hq)
    assert [r for r in rows if r.lists] == [
        ConsolidatedRow(
            project="SSG-NE-24",
            budget_line="3.1.2",
            office="NE-NIA",
            month="2022-12",
            currency="XOF",
            lists=1,
            persons=28,
            days=83,
            total=1_497_500,
            activity_ids=rows[0].activity_ids,
        )
    ]
    with hq.session() as session:
        hq_activity = session.scalars(
            select(Activity.id).where(Activity.title == "Formation des formateurs en budget")
        ).one()
    frozen = current_list(hq, hq_activity)
    assert frozen.approval is not None and frozen.approval.origin_site == "NE-NIA"
    assert frozen.payment_list.totals.total == 1_497_500
    assert import_workbooks(hq, [book]).changes == 0  # again: nothing new


def _office_paying(office: Database, title: str, family: str, given: str) -> None:
    activity = create_activity(
        office, activity_fields(title=title, start_date=DAYS[1], end_date=DAYS[1])
    )
    person = create_person(office, PersonFields(family_name=family, given_names=given))
    row = check_in(office, activity.id, person.id, DAYS[1], "expert")
    set_signed(office, row.id)
    settings.set_rules(office, activity.id, RULES)
    _approve(office, activity.id)


def test_hq_sees_one_person_paid_by_two_offices_on_one_day(template_db: Path, tmp_path: Path):
    niamey = site_database(template_db, tmp_path / "niamey", "NE-NIA")
    bamako = site_database(template_db, tmp_path / "bamako", "ML-BKO")
    _office_paying(niamey, "Atelier sur le contrôle parlementaire", "COULIBALY", "Fatoumata")
    _office_paying(bamako, "Séminaire sur la gouvernance du secteur", "COULIBALY", "Fatoumata")
    hq = site_database(template_db, tmp_path / "hq", "HQ-GVA")
    import_workbooks(
        hq,
        [
            export_workbook(niamey, tmp_path / "niamey.xlsx").path,
            export_workbook(bamako, tmp_path / "bamako.xlsx").path,
        ],
    )
    with hq.session() as session:
        people = session.scalars(select(Person.id).order_by(Person.id)).all()
        activities = session.scalars(select(Activity.id).order_by(Activity.id)).all()
    assert len(people) == 2 and len(activities) == 2
    before = {r.code: r.findings for r in run_controls(hq, activities[0])}[TWO_ACTIVITIES]
    assert before == ()  # two records: nobody can tell yet
    merge_persons(hq, people[0], people[1])
    after = {r.code: r.findings for r in run_controls(hq, activities[0])}[TWO_ACTIVITIES]
    assert [(f.person_id, f.day, f.other_activity_id) for f in after] == [
        (people[0], DAYS[1], activities[1])
    ]


def test_a_long_list_is_approved_in_parts_that_each_fit_a_workbook_cell(
    template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    # A cell of 6,000 characters instead of 32,000: the training's 28 lines need several parts
    monkeypatch.setattr("desktop_app.payments.approval.MAX_LINES_TEXT", 6_000)
    office = site_database(template_db, tmp_path / "office", "NE-NIA")
    training = build_training(office)
    _approve(office, training.activity_id)
    with office.session() as session:
        parts = session.scalars(
            select(PaymentList).where(PaymentList.activity_id == training.activity_id)
        ).all()
        assert len(parts) >= 2 and all(len(p.lines) <= 6_000 for p in parts)
        assert sum(p.total for p in parts) == 1_497_500
    book = export_workbook(office, tmp_path / "niamey.xlsx").path
    hq = site_database(template_db, tmp_path / "hq", "HQ-GVA")
    import_workbooks(hq, [book])
    (row,) = [r for r in consolidate(hq) if r.lists]
    assert (row.lists, row.persons, row.days, row.total) == (1, 28, 83, 1_497_500)
    with hq.session() as session:
        hq_activity = session.scalars(
            select(Activity.id).where(Activity.title == "Formation des formateurs en budget")
        ).one()
    shown = current_list(hq, hq_activity)
    assert (len(shown.payment_list.lines), shown.missing_parts) == (28, 0)
    assert shown.payment_list.totals.total == 1_497_500


def test_lines_edited_on_the_way_are_left_out_not_trusted(db: Database, training: Training):
    _approve(db, training.activity_id)
    with db.session() as session:
        row = session.scalars(select(PaymentList)).one()
        lines = row.lines
        # A line typed over in Excel (its days are words) and one cell that is no JSON at all
        row.lines = lines.replace('"d":["2022-12-05"', '"d":["lundi"', 1)
    shown = current_list(db, training.activity_id)
    assert len(shown.payment_list.lines) == 27
    with db.session() as session:
        session.scalars(select(PaymentList)).one().lines = "=SUM(A1:A9)"
    assert current_list(db, training.activity_id).payment_list.lines == ()
    assert [r.total for r in consolidate(db) if r.lists] == [1_497_500]  # the list's own total
