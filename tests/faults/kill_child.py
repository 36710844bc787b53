"""A child process doing a burst of writes, killed by tests/faults with SIGKILL.

Usage: python kill_child.py MODE DATABASE [ARGS...]. It prints `pending KEY` before each unit
of work and `committed KEY` once it is committed, flushing each line, so that the parent knows
exactly what must be in the database and what may be.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any


def say(word: str, key: object) -> None:
    sys.stdout.write(f"{word} {key}\n")
    sys.stdout.flush()


def orm_burst(database_path: Path, rows_per_commit: int) -> None:
    from desktop_app.store import open_database
    from desktop_app.store.models import Organisation, Person, new_uuid

    # An encrypted database when the parent gives its passphrase.
    database = open_database(database_path, passphrase=os.environ.get("REGISTRE_PASSPHRASE"))
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


def announce_writes(database: Any) -> None:
    """Print `write N` before each statement that writes, then wait a little (a slow disk),
    so that the parent's kill lands in the middle of the transaction."""
    import time

    from sqlalchemy import event

    counter = iter(range(1, 10**9))

    @event.listens_for(database.engine, "before_cursor_execute")
    def _before(*args: Any) -> None:
        statement = str(args[2]).lstrip().upper()
        if statement.startswith(("INSERT", "UPDATE", "DELETE")):
            say("write", next(counter))
            time.sleep(0.2)


def import_once(database_path: Path, workbook: Path) -> None:
    from desktop_app.exchange.hq_import import import_workbooks
    from desktop_app.store import open_database

    database = open_database(database_path)
    announce_writes(database)
    say("ready", 0)
    say("pending", workbook.name)
    import_workbooks(database, [workbook])
    say("committed", workbook.name)


def backup_burst(database_path: Path, folder: Path) -> None:
    from desktop_app.services import backups
    from desktop_app.store import open_database

    database = open_database(database_path)
    say("ready", 0)
    for number in range(1000):
        say("pending", number)
        backups.backup_now(database, folder, reason="manual", keep_daily=1000)
        say("committed", number)


if __name__ == "__main__":
    mode, path = sys.argv[1], Path(sys.argv[2])
    if mode == "orm":
        orm_burst(path, int(sys.argv[3]))
    elif mode == "check-in":
        check_in_burst(path, int(sys.argv[3]))
    elif mode == "import":
        import_once(path, Path(sys.argv[3]))
    elif mode == "backup":
        backup_burst(path, Path(sys.argv[3]))
    else:
        raise SystemExit(f"unknown mode {mode}")
