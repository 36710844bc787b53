"""A child process doing a burst of writes, killed by tests/faults with SIGKILL.

Usage: python kill_child.py MODE DATABASE [ARGS...]. It prints `pending KEY` before each unit
of work and `committed KEY` once it is committed, flushing each line, so that the parent knows
exactly what must be in the database and what may be.
"""

from __future__ import annotations

import sys
from pathlib import Path


def say(word: str, key: object) -> None:
    sys.stdout.write(f"{word} {key}\n")
    sys.stdout.flush()


def orm_burst(database_path: Path, rows_per_commit: int) -> None:
    from desktop_app.store import open_database
    from desktop_app.store.models import Organisation, Person, new_uuid

    database = open_database(database_path)
    say("ready", 0)
    for number in range(100_000):
        key = new_uuid()
        say("pending", key)
        with database.session() as session:
            organisation = Organisation(uuid=key, name=f"Organisation {number}")
            session.add(organisation)
            for index in range(rows_per_commit):
                session.add(
                    Person(
                        uuid=f"{key[:28]}{index:04d}",
                        family_name=f"FAMILY{number}",
                        given_names=f"Given {index}",
                        organisation=organisation,
                    )
                )
        say("committed", key)


def check_in_burst(database_path: Path, activity_id: int) -> None:
    import datetime as dt

    from desktop_app.services import attendance
    from desktop_app.store import open_database
    from desktop_app.store.models import Person

    database = open_database(database_path)
    with database.session() as session:
        person_ids = [p.id for p in session.query(Person).order_by(Person.id)]
    day = dt.date.fromisoformat(sys.argv[4])
    say("ready", 0)
    for person_id in person_ids:
        say("pending", person_id)
        attendance.check_in(database, activity_id, person_id, day)
        say("committed", person_id)


if __name__ == "__main__":
    mode, path = sys.argv[1], Path(sys.argv[2])
    if mode == "orm":
        orm_burst(path, int(sys.argv[3]))
    elif mode == "check-in":
        check_in_burst(path, int(sys.argv[3]))
    else:
        raise SystemExit(f"unknown mode {mode}")
