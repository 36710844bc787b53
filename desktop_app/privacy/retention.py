"""Retention: erase the persons with no activity for N years, so that their data is gone.

A person is inactive when neither they attended anything nor their record changed since the
cut-off date. Erasing keeps a tombstone that travels (uuid, `deleted`, a new revision) so that other
sites erase the person too and no older copy brings them back; every personal field is blanked,
their attendance is tombstoned, and the audit entries and sync conflicts that held their values
are deleted, so are the photos of sign-in sheets of every activity they attended or were
expected at (a sheet shows every name on it and its signatures; docs/photos.md). It runs with
SQLite's `secure_delete` on, then checkpoints the WAL and truncates it, so that the old bytes
are overwritten in the file and no longer in the WAL. Another program reading the file keeps the
old pages alive: the purge waits a moment for it, then refuses before erasing anything; a reader
that arrives during the erasure makes it say that the values are still in the file
(`finish_erasure` completes it later). It never says "erased" before it has read the file back
and found none of the erased values in it.
On a PostgreSQL server it VACUUMs the touched tables after the erasure instead (see
`_vacuum_server` for what stays on the server's disk).

Copies made before (backups, exported workbooks) are out of its reach: see docs/security.md.
"""

from __future__ import annotations

import datetime as dt
import logging
import mmap
import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, func, insert, or_, select, text, update

from desktop_app.disability import answers as disability_answers
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.registry.sites import require_site
from desktop_app.store import Database, translate_errors
from desktop_app.store.errors import DatabaseLocked
from desktop_app.store.models import (
    Attendance,
    AuditEntry,
    ExpectedPerson,
    NotDuplicate,
    PaymentAccount,
    PaymentList,
    Person,
    SheetPhoto,
    Site,
    SyncConflict,
    utc_now,
)

log = logging.getLogger(__name__)

CONTEXT = "Retention"
# What an erased person's required name becomes: a mark, not a name.
ERASED_NAME = "—"
_CHUNK = 500
CHECKPOINT_BUSY_MS = 200  # each attempt's wait for readers; `wait_seconds` bounds the whole
VERIFIED_PERSONS = 100  # erased persons whose values are searched for in the file (a sample)
MAX_YEARS = 1000  # far longer than any record can be old: more is a typing mistake


@dataclass(frozen=True)
class PurgePlan:
    """What a purge would erase; shown to the user for confirmation, then given to `purge`."""

    cutoff: dt.date
    person_ids: tuple[int, ...]
    attendance_count: int


@dataclass(frozen=True)
class PurgeResult:
    cutoff: dt.date
    persons: int
    attendance: int
    audit_entries: int
    # SQLite: the file (and its WAL) was read back and holds none of the erased values. False
    # on a server, whose disk is its administrator's (docs/security.md).
    bytes_verified: bool = False
    photos: int = 0  # photos of sign-in sheets that showed an erased person


def earlier_values_remain(path: object) -> DatabaseLocked:
    return _readers_error(
        QT_TRANSLATE_NOOP(
            "Retention",
            "Another program is reading the database {path}: values erased by an earlier "
            "purge may still be in the file. Close it, then run the purge again.",
        ),
        path,
    )


def _readers_error(text: str, path: object) -> DatabaseLocked:
    return DatabaseLocked(UserMessage(CONTEXT, text, {"path": str(path)}))


def other_readers(path: object) -> DatabaseLocked:
    return _readers_error(
        QT_TRANSLATE_NOOP(
            "Retention",
            "Another program is reading the database {path} (another Registre window, a "
            "backup, a spreadsheet): while it does, erased values cannot leave the file. "
            "Nothing was erased: close it, then run the purge again.",
        ),
        path,
    )


def bytes_remain(path: object) -> DatabaseLocked:
    return _readers_error(
        QT_TRANSLATE_NOOP(
            "Retention",
            "The persons are erased from the records, but some of their old values are still in "
            "the database file {path}: another program began reading it meanwhile. Close it, "
            "then run the purge again to remove them from the file.",
        ),
        path,
    )


def cutoff_date(years: int, today: dt.date | None = None) -> dt.date:
    if years < 1:
        raise RegistreError(
            UserMessage(
                CONTEXT,
                QT_TRANSLATE_NOOP("Retention", "The retention period must be at least one year."),
            )
        )
    today = today or dt.date.today()
    if years > MAX_YEARS:
        raise RegistreError(
            UserMessage(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Retention", "The retention period must be at most {years} years."
                ),
                {"years": MAX_YEARS},
            )
        )
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def _inactive_ids(connection: Connection, cutoff: dt.date) -> list[int]:
    last_day = (
        select(Attendance.person_id, func.max(Attendance.day).label("last_day"))
        .group_by(Attendance.person_id)
        .subquery()
    )
    cutoff_time = dt.datetime.combine(cutoff, dt.time())
    statement = (
        select(Person.id)
        .outerjoin(last_day, last_day.c.person_id == Person.id)
        .where(
            Person.changed_at < cutoff_time,
            or_(last_day.c.last_day.is_(None), last_day.c.last_day < cutoff),
            # Already erased: nothing left to erase.
            ~(Person.deleted & (Person.family_name == ERASED_NAME)),
        )
        .order_by(Person.id)
    )
    return list(connection.scalars(statement))


def _chunks(ids: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def plan_purge(database: Database, *, years: int, today: dt.date | None = None) -> PurgePlan:
    cutoff = cutoff_date(years, today)
    with database.session() as session:
        connection = session.connection()
        ids = _inactive_ids(connection, cutoff)
        attendance = 0
        for chunk in _chunks(ids):
            attendance += (
                connection.scalar(select(func.count()).where(Attendance.person_id.in_(chunk))) or 0
            )
    return PurgePlan(cutoff, tuple(ids), attendance)


def _erase_photos(connection: Connection, ids: Sequence[int]) -> int:
    """The sheet photos of the activities the persons attended or were expected at: a photo
    shows every name of its page and the signatures, so it goes with the first person erased.
    The presences written from it stay (the erased persons' are tombstoned as any other)."""
    attended = select(Attendance.activity_id).where(Attendance.person_id.in_(ids))
    expected = select(ExpectedPerson.activity_id).where(ExpectedPerson.person_id.in_(ids))
    return connection.execute(
        delete(SheetPhoto).where(
            or_(SheetPhoto.activity_id.in_(attended), SheetPhoto.activity_id.in_(expected))
        )
    ).rowcount


def _erase_chunk(
    connection: Connection, ids: Sequence[int], site: str
) -> tuple[int, int, int, int]:
    now = utc_now()
    photos = _erase_photos(connection, ids)
    person_uuids = list(connection.scalars(select(Person.uuid).where(Person.id.in_(ids))))
    attendance_uuids = list(
        connection.scalars(select(Attendance.uuid).where(Attendance.person_id.in_(ids)))
    )
    stamp = {"revision": Person.revision + 1, "changed_at": now, "changed_by_site": site}
    connection.execute(
        update(Person)
        .where(Person.id.in_(ids))
        .values(
            family_name=ERASED_NAME,
            given_names="",
            sex=None,
            birth_year=None,
            birth_date=None,
            age_band=None,
            organisation_id=None,
            position=None,
            category=None,
            region=None,
            nationality=None,
            phone=None,
            email=None,
            consent_contact=False,
            **disability_answers.erased_values(),
            search_text="",
            deleted=True,
            **stamp,
        )
    )
    connection.execute(
        update(Attendance)
        .where(Attendance.person_id.in_(ids))
        .values(
            checked_in_at=None,
            deleted=True,
            revision=Attendance.revision + 1,
            changed_at=now,
            changed_by_site=site,
        )
    )
    # How they were paid (channel and mobile money number) goes with them; approved payment
    # lists stay as approved: they are finance's records (docs/payments.md)
    for chunk in _chunks(list(ids)):
        connection.execute(delete(PaymentAccount).where(PaymentAccount.person_id.in_(chunk)))
    audit_removed = 0
    for uuids in (person_uuids, attendance_uuids):
        for chunk in _chunks(uuids):
            audit_removed += connection.execute(
                delete(AuditEntry).where(AuditEntry.record_uuid.in_(chunk))
            ).rowcount
            connection.execute(delete(SyncConflict).where(SyncConflict.record_uuid.in_(chunk)))
    for chunk in _chunks(person_uuids):
        connection.execute(
            delete(NotDuplicate).where(
                or_(NotDuplicate.first_uuid.in_(chunk), NotDuplicate.second_uuid.in_(chunk))
            )
        )
    revisions = connection.execute(
        select(Person.uuid, Person.revision).where(Person.id.in_(ids))
    ).all()
    if revisions:
        connection.execute(
            insert(AuditEntry),
            [
                {
                    "table_name": "person",
                    "record_uuid": uuid,
                    "action": "purge",
                    "site_code": site,
                    "changed_at": now,
                    "revision": revision,
                    "changes": {},
                }
                for uuid, revision in revisions
            ],
        )
    return len(person_uuids), len(attendance_uuids), audit_removed, photos


def _erase(connection: Connection, plan: PurgePlan, site: str) -> tuple[int, int, int, int]:
    persons = attendance = audit = photos = 0
    try:
        still_inactive = set(_inactive_ids(connection, plan.cutoff))
        ids = [person_id for person_id in plan.person_ids if person_id in still_inactive]
        for chunk in _chunks(ids):
            counted = _erase_chunk(connection, chunk, site)
            persons += counted[0]
            attendance += counted[1]
            audit += counted[2]
            photos += counted[3]
        connection.commit()
    except BaseException:
        connection.rollback()
        raise
    return persons, attendance, audit, photos


def _checkpoint(connection: Connection, wait_seconds: float) -> bool:
    """Copy the WAL into the file and truncate it, waiting up to `wait_seconds` for readers;
    whether it was done (a reader's snapshot keeps old pages in the WAL and the file)."""
    deadline = time.monotonic() + wait_seconds
    previous = connection.execute(text("PRAGMA busy_timeout")).scalar()
    connection.execute(text(f"PRAGMA busy_timeout = {CHECKPOINT_BUSY_MS}"))
    try:
        while True:
            busy, log_frames, _done = connection.execute(
                text("PRAGMA wal_checkpoint(TRUNCATE)")
            ).one()
            connection.commit()
            if busy == 0 and log_frames in (0, -1):  # -1: not in WAL mode, nothing to copy
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.1)
    finally:
        connection.execute(text(f"PRAGMA busy_timeout = {int(previous or 0)}"))
        connection.commit()


_FIELDS = (Person.search_text, Person.phone, Person.email)


def _values_of(connection: Connection, ids: Sequence[int]) -> set[str]:
    """Values of (a sample of) the persons to erase, as SQLite stores them, specific enough to
    stand for them: phone, e-mail, and the search text when it holds a phone or an e-mail (a
    search text of names alone is often part of a namesake's)."""
    step = max(1, len(ids) // VERIFIED_PERSONS)
    sample = list(ids[::step])[:VERIFIED_PERSONS]
    found: set[str] = set()
    for chunk in _chunks(sample):
        for search, phone, email in connection.execute(
            select(*_FIELDS).where(Person.id.in_(chunk))
        ):
            found.update(value for value in (phone, email) if value and len(value) >= 6)
            if search and any(c.isdigit() or c == "@" for c in search):
                found.add(search)
    return found


def _still_held(connection: Connection, values: set[str]) -> set[str]:
    """The values that are part of what a person still holds after the erasure (a namesake
    kept, a shared phone): their bytes in the file say nothing about the erased ones."""
    if not values:
        return set()
    kept = "\n".join(
        value
        for row in connection.execute(select(*_FIELDS).where(~Person.deleted))
        for value in row
        if value
    )
    # Approved payment lists keep the numbers they paid (finance's records, docs/payments.md).
    paid = "\n".join(connection.execute(select(PaymentList.lines)).scalars())
    return {value for value in values if value in kept or value in paid}


def _file_holds(path: Path, values: set[str]) -> bool:
    """Whether the database file or its WAL still holds any of `values` (read as bytes, in one
    pass: one pattern for all, measured 0.6 s for 300 values over a 16 MB database)."""
    if not values:
        return False
    longest_first = sorted((value.encode("utf-8") for value in values), key=len, reverse=True)
    pattern = re.compile(b"|".join(re.escape(value) for value in longest_first))
    for part in (path, path.with_name(path.name + "-wal")):
        try:
            with part.open("rb") as handle:
                if part.stat().st_size == 0:
                    continue
                with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as content:
                    if pattern.search(content):
                        return True
        except FileNotFoundError:
            continue
    return False


def _erase_in_file(
    connection: Connection, plan: PurgePlan, site: str, path: Path, wait_seconds: float
) -> tuple[int, int, int, int]:
    """SQLite: erase with secure_delete on, then checkpoint and truncate the WAL, then read the
    file back; refused while another program reads, before anything is erased."""
    # A one-page write first: a reader of the file as it is (the WAL empty when it began)
    # then blocks the checkpoint too, as it would block the erasure's.
    connection.execute(update(Site).where(Site.is_local).values(code=Site.code))
    connection.commit()
    if not _checkpoint(connection, wait_seconds):
        raise other_readers(path)
    still_inactive = set(_inactive_ids(connection, plan.cutoff))
    values = _values_of(connection, [i for i in plan.person_ids if i in still_inactive])
    connection.commit()
    previous = int(connection.execute(text("PRAGMA secure_delete")).scalar() or 0)
    connection.execute(text("PRAGMA secure_delete = ON"))
    connection.commit()
    try:
        counts = _erase(connection, plan, site)
    finally:
        connection.execute(text(f"PRAGMA secure_delete = {previous}"))
        connection.commit()
    values -= _still_held(connection, values)
    connection.commit()
    # Old page images stay in the WAL, and in the file, until the WAL is checkpointed.
    if not _checkpoint(connection, wait_seconds) or _file_holds(path, values):
        raise bytes_remain(path)
    return counts


def finish_erasure(database: Database, *, wait_seconds: float = 30.0) -> bool:
    """After a purge that said the values were still in the file: copy the WAL into the file
    now (True when done: nothing reads an old snapshot any more). True on a server."""
    if database.is_server:
        return True
    with translate_errors(database.location), database.engine.connect() as connection:
        return _checkpoint(connection, wait_seconds)


def _vacuum_server(connection: Connection) -> None:
    """PostgreSQL: VACUUM the touched tables so that the erased rows' space is reclaimed. The
    old bytes may stay on the server's disk until reused or a VACUUM FULL, and in its WAL
    archive and pg_dump backups: their rotation is the administrator's (docs/security.md)."""
    autocommit = connection.execution_options(isolation_level="AUTOCOMMIT")
    autocommit.execute(
        text("VACUUM person, attendance, audit_entry, sync_conflict, not_duplicate, sheet_photo")
    )


def purge(database: Database, plan: PurgePlan, *, wait_seconds: float = 30.0) -> PurgeResult:
    """Erase the persons of a confirmed `plan` that are still inactive, in one transaction.

    On a file, waits up to `wait_seconds` for other programs' reads to end, then refuses
    (`other_readers`, nothing erased); raises `bytes_remain` when the erased values are still
    in the file afterwards."""
    site = require_site(database).code
    with translate_errors(database.location), database.engine.connect() as connection:
        if database.is_server:
            persons, attendance, audit, photos = _erase(connection, plan, site)
            _vacuum_server(connection)
        else:
            path = database.file_path()
            persons, attendance, audit, photos = _erase_in_file(
                connection, plan, site, path, wait_seconds
            )
    log.info(
        "retention purge: %d persons, %d attendance rows and %d sheet photos erased (inactive "
        "since %s)",
        persons,
        attendance,
        photos,
        plan.cutoff.isoformat(),
    )
    return PurgeResult(plan.cutoff, persons, attendance, audit, not database.is_server, photos)
