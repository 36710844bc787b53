"""SIGKILL in the middle of a burst of writes through `Database.session()`: the database opens,
passes integrity_check and holds exactly the committed work, each transaction whole."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kill_harness import Outcome, run_and_kill
from sqlalchemy import func, select

from desktop_app.store import open_database
from desktop_app.store.models import AuditEntry, Organisation, Person


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


def test_killed_after_commits_then_written_again(db_path: Path) -> None:
    """Killed after the 1st, then after the 12th commit of a second run on the same file."""
    outcome = Outcome()
    for after_committed in (1, 12):
        run = run_and_kill("orm", db_path, "3", after_committed=after_committed)
        outcome = _merge(outcome, run)
        held = check_store(db_path, outcome, persons_per_unit=3)
        assert set(run.committed) <= held and len(run.committed) >= after_committed


def test_killed_inside_big_transactions(db_path: Path) -> None:
    """400 persons per transaction: the kill lands inside one; it is there whole or not at all."""
    outcome = Outcome()
    interrupted = 0
    for after_seconds in (0.05, 0.5):
        run = run_and_kill("orm", db_path, "400", after_seconds=after_seconds)
        assert run.pending, "the child was killed before it began"
        interrupted += bool(run.in_flight)
        outcome = _merge(outcome, run)
        check_store(db_path, outcome, persons_per_unit=400)
    # Between two transactions there is only a line to print: the kills land inside them.
    assert interrupted >= 1
