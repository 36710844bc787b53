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

    from desktop_app.activities import attendance
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
    from desktop_app.store import open_database
    from desktop_app.sync.importing import import_workbooks

    database = open_database(database_path)
    announce_writes(database)
    say("ready", 0)
    say("pending", workbook.name)
    import_workbooks(database, [workbook])
    say("committed", workbook.name)


def import_protected(database_path: Path, workbook: Path, password: str) -> None:
    """An import of a password-protected workbook that says `row` as its rows are read, then
    waits a little, so that the parent's kill lands while the decrypted copy is being read."""
    import time

    from desktop_app.store import open_database
    from desktop_app.sync.importing import import_workbooks

    def read(*_counts: int) -> None:
        say("row", 0)
        time.sleep(0.2)

    database = open_database(database_path)
    say("ready", 0)
    import_workbooks(database, [workbook], password=password, progress=read)


def backup_burst(database_path: Path, folder: Path) -> None:
    from desktop_app.backups import backups
    from desktop_app.store import open_database

    database = open_database(database_path)
    say("ready", 0)
    for number in range(1000):
        say("pending", number)
        backups.backup_now(database, folder, reason="manual", keep_daily=1000)
        say("committed", number)


def hold_forever(word: str) -> Any:
    """A stand-in that says `word` and waits to be killed, where the work is at its most
    exposed (a whole copy written, not yet moved in place)."""
    import time

    def hold(*_args: object, **_kwargs: object) -> Any:
        say(word, 0)
        time.sleep(600)

    return hold


def backup_held(database_path: Path, folder: Path) -> None:
    """A backup stopped once its copy is whole, before it is checked and moved in place."""
    from desktop_app.backups import backups, files
    from desktop_app.store import open_database

    database = open_database(database_path)
    files.check_file = hold_forever("copied")  # type: ignore[assignment]
    backups.check_file = files.check_file  # type: ignore[attr-defined]
    say("ready", 0)
    backups.backup_now(database, folder, reason="manual", keep_daily=1000)


def export_held(database_path: Path, out: Path, password: str) -> None:
    """An HQ export stopped once the whole workbook is written, before it is encrypted (with a
    password) or moved in place (without)."""
    from desktop_app.store import open_database
    from desktop_app.sync import export as hq_export
    from desktop_app.workbooks import protection

    database = open_database(database_path)
    protection.protect = hold_forever("written")  # type: ignore[assignment]
    os.replace = hold_forever("written")
    say("ready", 0)
    hq_export.export_workbook(database, out, full=True, password=password or None)


def export_streaming(database_path: Path, out: Path) -> None:
    """An HQ export that says `row` as its rows are written, then waits a little (a slow USB
    key), so that the parent's kill lands in the middle of the workbook."""
    import time

    from desktop_app.store import open_database
    from desktop_app.sync.export import export_workbook

    def written(*_counts: int) -> None:
        say("row", 0)
        time.sleep(0.2)

    database = open_database(database_path)
    say("ready", 0)
    export_workbook(database, out, full=True, progress=written)


if __name__ == "__main__":
    mode, path = sys.argv[1], Path(sys.argv[2])
    if mode == "orm":
        orm_burst(path, int(sys.argv[3]))
    elif mode == "check-in":
        check_in_burst(path, int(sys.argv[3]))
    elif mode == "import":
        import_once(path, Path(sys.argv[3]))
    elif mode == "import-protected":
        import_protected(path, Path(sys.argv[3]), sys.argv[4])
    elif mode == "backup":
        backup_burst(path, Path(sys.argv[3]))
    elif mode == "backup-held":
        backup_held(path, Path(sys.argv[3]))
    elif mode == "export-held":
        export_held(path, Path(sys.argv[3]), sys.argv[4] if len(sys.argv) > 4 else "")
    elif mode == "export-streaming":
        export_streaming(path, Path(sys.argv[3]))
    else:
        raise SystemExit(f"unknown mode {mode}")
