"""SIGKILL in the middle of a burst of writes through `Database.session()`: the database opens,
passes integrity_check and holds exactly the committed work, each transaction whole."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import func, select

from desktop_app.store import open_database
from desktop_app.store.models import AuditEntry, Organisation, Person
from tests.faults.kill_harness import Outcome, run_and_kill


def check_store(path: Path, outcome: Outcome, persons_per_unit: int) -> set[str]:
    """The database is sound and holds the committed units, whole; returns the units held."""
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    raw.close()
    database = open_database(path)
    try:
        with database.session() as session:
            held = set(session.scalars(select(Organisation.uuid)))
            persons = dict(
                session.execute(
                    select(Person.organisation_id, func.count()).group_by(Person.organisation_id)
                ).all()
            )
            organisation_ids = dict(
                session.execute(select(Organisation.uuid, Organisation.id)).all()
            )
            audited = set(
                session.scalars(
                    select(AuditEntry.record_uuid).where(AuditEntry.table_name == "organisation")
                )
            )
    finally:
        database.close()
    assert set(outcome.committed) <= held
    assert held <= set(outcome.committed) | outcome.in_flight
    for key in held:
        assert persons.get(organisation_ids[key], 0) == persons_per_unit
        assert key in audited  # the audit entry belongs to the same transaction
    return held


def _merge(first: Outcome, second: Outcome) -> Outcome:
    return Outcome(first.committed + second.committed, first.pending + second.pending)


def test_killed_at_several_points_of_a_burst(db_path: Path) -> None:
    """Three runs on the same file, 200 persons per transaction: killed after the third
    commit, then twice by a timer that lands inside a transaction. After each, the file is
    sound, takes writes again, and holds every committed transaction whole."""
    outcome = Outcome()
    interrupted = 0
    for kill in ({"after_committed": 3}, {"after_seconds": 0.05}, {"after_seconds": 0.4}):
        run = run_and_kill("orm", db_path, "200", **kill)  # type: ignore[arg-type]
        assert run.pending, "the child was killed before it began"
        if "after_seconds" in kill:
            interrupted += bool(run.in_flight)
        outcome = _merge(outcome, run)
        held = check_store(db_path, outcome, persons_per_unit=200)
        assert set(run.committed) <= held
    assert len(outcome.committed) >= 3
    # Between two transactions there is only a line to print: the timed kills land inside.
    assert interrupted >= 1
