"""SIGKILL in the middle of a burst of writes through `Database.session()`: the database opens,
passes integrity_check and holds exactly the committed work, each transaction whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.store import encryption, open_database
from desktop_app.store.models import AuditEntry, Organisation, Person, Site
from tests.faults.kill_harness import Outcome, run_and_kill


def check_store(
    path: Path, outcome: Outcome, persons_per_unit: int, passphrase: str | None = None
) -> set[str]:
    """The database is sound and holds the committed units, whole; returns the units held."""
    raw = encryption.connect(path, passphrase)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        raw.close()
    database = open_database(path, passphrase=passphrase)
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


def test_killed_inside_a_transaction_of_an_encrypted_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "secret.db"
    database = open_database(path, passphrase="Zinder")
    with database.session() as session:
        session.add(Site(code="NE-NIA", name="Niamey", country="NE", is_local=True))
    database.close()
    monkeypatch.setenv("REGISTRE_PASSPHRASE", "Zinder")
    run = run_and_kill("orm", path, "200", after_seconds=0.5)
    assert run.pending
    check_store(path, run, persons_per_unit=200, passphrase="Zinder")
    assert not encryption.has_plain_header(path)
