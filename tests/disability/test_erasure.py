"""Erasing a person (retention) erases their answers on functioning and their consent with
their personal fields; a person kept keeps theirs."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from desktop_app.privacy import retention
from desktop_app.store import Database
from desktop_app.store.models import Activity, Attendance, Person

OLD_DAY = dt.date(2015, 3, 10)
TODAY = dt.date(2026, 11, 26)


def test_the_answers_go_with_the_person(db: Database) -> None:
    with db.session() as session:
        old = Activity(
            title="Atelier 2015",
            kind="workshop",
            start_date=OLD_DAY,
            end_date=OLD_DAY,
            country="NE",
            city="Niamey",
        )
        answered = {
            "wg_walking": "a_lot",
            "wg_hearing": "some",
            "disability_consent": True,
            "disability_consent_date": OLD_DAY,
        }
        gone = Person(family_name="GUIDIMEY", given_names="Célestin", **answered)
        kept = Person(family_name="ABDOULAYE", given_names="Mariama", **answered)
        session.add_all([old, gone, kept])
        session.flush()
        session.add(Attendance(activity_id=old.id, person_id=gone.id, day=OLD_DAY))
        ids = (gone.id, kept.id)
    with db.session() as session:
        session.execute(
            update(Person).where(Person.id == ids[0]).values(changed_at=dt.datetime(2015, 1, 1))
        )
    plan = retention.plan_purge(db, years=5, today=TODAY)
    assert plan.person_ids == (ids[0],)
    retention.purge(db, plan)
    with db.session() as session:
        erased, still = session.get(Person, ids[0]), session.get(Person, ids[1])
        assert erased is not None and still is not None and erased.deleted
        assert (erased.wg_walking, erased.wg_hearing) == (None, None)
        assert (erased.disability_consent, erased.disability_consent_date) == (False, None)
        assert (still.wg_walking, still.disability_consent) == ("a_lot", True)
