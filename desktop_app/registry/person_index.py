"""The live persons of one database, in memory: what every search for a person reads.

The registry search and the check-in's (`person_search`), the matching of a typed person or a
sign-in sheet's rows, and the duplicate finder (dedup/) read the persons from this one index
(`PersonIndex.of(database)`, one per database engine). It holds each live person's row
(`INDEX_COLUMNS`) by id and each organisation's name and acronym. What a search builds on
them (the sorted search texts, the matcher's blocks) is a *part* of the index (`IndexPart`),
made on first need and brought up to date with the index when next asked for (`part`).

The one rule, checked at each use (`refresh`: on SQLite well under a millisecond when nothing
changed; on a server the stamp's scan, 30 ms for 100,000 persons):
- persons written through this program's sessions with the ORM (a person created at the door or
  in a form, edited, merged, deleted or brought back): the index knows which, and reads those
  persons again;
- any other write to the person or organisation tables (a statement of this program: a workbook
  or sheet import, an organisation renamed, a purge; or a commit of another program, seen on
  SQLite as a change of `PRAGMA data_version` with no commit of ours in between, on a server
  as a change of the person table's stamp): it reads every person again (0.2 s of CPU for
  100,000) and compares.
Either way only the persons whose row differs are put in place in each part; a part with more
than a tenth of the registry changed (and more than 1,000 persons) is made again whole. A write
is noted once its connection is back in the pool, after the commit, so that a search reading
meanwhile cannot miss it.
"""

from __future__ import annotations

import gc
import re
import threading
import weakref
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol, Self, TypeVar

from sqlalchemy import Connection, Engine, Select, event, select, text
from sqlalchemy.orm import Session

from desktop_app.store import Database
from desktop_app.store.models import Organisation, Person
from desktop_app.store.sql_dialect import is_server

# What the searches read of a person; the first eleven are what duplicate matching reads.
INDEX_COLUMNS = (
    Person.id,
    Person.uuid,
    Person.family_name,
    Person.given_names,
    Person.sex,
    Person.birth_year,
    Person.organisation_id,
    Person.phone,
    Person.email,
    Person.region,
    Person.position,
    Person.search_text,
)
SEARCH_TEXT = len(INDEX_COLUMNS) - 1
REBUILD_SHARE = 10  # more than one person in ten changed: the part is made again whole,
FEWEST_REBUILT = 1_000  # if more than these
READ_BY_ID = 500  # ids in one IN list

PersonRow = tuple[Any, ...]  # a row of INDEX_COLUMNS (a plain tuple: it compares quickly)
Rows = dict[int, PersonRow]  # by id
Organisations = dict[int, tuple[str, str | None]]  # id -> (name, acronym), deleted ones too


class IndexPart(Protocol):
    """A structure built on the index's persons and kept up to date."""

    @classmethod
    def build(cls, rows: Rows, organisations: Organisations) -> Self:
        """From the rows by id, in id order (a copy made for it, which it may keep)."""

    def update(self, changed: Mapping[int, PersonRow | None], organisations: Organisations) -> None:
        """The persons of `changed` are now these rows (None: no longer live)."""


Part = TypeVar("Part", bound=IndexPart)


def _tuples(connection: Connection, statement: Select[*tuple[Any, ...]]) -> list[PersonRow]:
    """The rows as plain tuples straight from the driver: reading a SQLAlchemy row per person
    costs a quarter more, and the index keeps them as tuples anyway. (The columns read need
    no conversion on either engine: integers and texts.)"""
    sql = str(statement.compile(connection, compile_kwargs={"literal_binds": True}))
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def read_organisations(connection: Connection | Session) -> Organisations:
    statement = select(Organisation.id, Organisation.name, Organisation.acronym)
    return {i: (name, acronym) for i, name, acronym in connection.execute(statement)}


@dataclass
class Noted:
    """What writes have said since the index last looked: persons written by id, organisations
    written, or a write that cannot be put down to persons (then every person is read)."""

    persons: set[int] = field(default_factory=set)
    organisations: bool = False
    everyone: bool = False

    def merge(self, other: Noted) -> None:
        self.persons |= other.persons
        self.organisations |= other.organisations
        self.everyone |= other.everyone


class PersonIndex:
    """The live persons of one database (see the module's docstring)."""

    def __init__(self) -> None:
        self.lock = threading.RLock()  # held while the rows or a part are read or changed
        self._ready = threading.Condition(self.lock)
        self.rows: Rows = {}  # in id order unless `_shuffled`
        self._shuffled = False  # a person came back with an id below the last one
        self.organisations: Organisations = {}
        self.generation = 0  # moves at each change of the rows or organisations
        self.reads = 0  # times every person was read from the database
        self._noted = Noted(everyone=True)  # nothing read yet
        self._log: list[tuple[int, frozenset[int]]] = []  # (generation, persons changed)
        self._log_start = 0  # the log holds every change after this generation
        self._parts: dict[type[IndexPart], tuple[IndexPart, int]] = {}
        self._building: dict[type[IndexPart], int] = {}  # kind -> generation of its rows
        # SQLite: (data version, own commits) per pooled connection when last looked at.
        self._versions: dict[int | None, tuple[object, int]] = {}
        self._own_commits = 0

    @classmethod
    def of(cls, database: Database) -> PersonIndex:
        """The index of this database (made, and its writes watched, on first call)."""
        engine = database.engine
        with _indexes_lock:
            index = _indexes.get(engine)
            if index is None:
                index = _indexes[engine] = cls()
                _watch(engine, index)
            return index

    @classmethod
    def forget(cls, database: Database) -> None:
        """Drop the index of this database, as in a program just started (benches)."""
        with _indexes_lock:
            index = _indexes.pop(database.engine, None)
        if index is not None:
            _unwatch(database.engine, index)

    def refresh(self, session: Session) -> None:
        """Bring the rows up to date with the database (the rule of the module's docstring),
        reading through `session` (best the one the caller reads the found persons with: a
        pooled connection seen for the first time tells nothing of other programs' commits)."""
        with self.lock:
            self._look_for_others(session)
            noted, self._noted = self._noted, Noted()
            try:
                self._read(session, noted)
            except BaseException:
                self._noted.everyone = True  # read it all next time
                raise

    def part(self, kind: type[Part]) -> Part:
        """The part of this kind, up to date with the rows as last refreshed. Made on first
        need from a copy of the rows, without holding the lock unless the caller does (a
        second thread asking meanwhile waits for it rather than making another)."""
        while True:
            with self._ready:
                while kind in self._building:
                    self._ready.wait()
                held = self._parts.pop(kind, None)
                if held is not None and self._bring_up_to_date(*held):
                    self._parts[kind] = (held[0], self.generation)
                    self._trim()
                    return held[0]  # type: ignore[return-value]
                generation = self.generation
                rows, organisations = self._copy()
                self._building[kind] = generation
            try:
                built = kind.build(rows, organisations)
            finally:
                with self._ready:
                    del self._building[kind]
                    self._ready.notify_all()
            with self._ready:
                if self._bring_up_to_date(built, generation):
                    self._parts[kind] = (built, self.generation)
                    self._trim()
                    return built
            # Too many persons changed while it was being made: made again.

    def fresh(self, database: Database, kind: type[Part]) -> Part:
        """`refresh` (in a session of its own), then the part of this kind."""
        with database.session() as session:
            self.refresh(session)
        return self.part(kind)

    def has(self, kind: type[IndexPart]) -> bool:
        """Whether the part of this kind is made (then asking for it costs little)."""
        with self.lock:
            return kind in self._parts

    def snapshot(self) -> tuple[Rows, Organisations]:
        """The rows by id in id order and the organisations, as last refreshed (a copy)."""
        with self.lock:
            return self._copy()

    def _copy(self) -> tuple[Rows, Organisations]:
        if self._shuffled:
            self.rows = {i: self.rows[i] for i in sorted(self.rows)}
            self._shuffled = False
        return dict(self.rows), dict(self.organisations)

    # Reading ------------------------------------------------------------------------------

    def _read(self, session: Session, noted: Noted) -> None:
        connection = session.connection()
        if noted.everyone:
            self.reads += 1
            statement = select(*INDEX_COLUMNS).where(~Person.deleted).order_by(Person.id)
            with paused_garbage_collector():
                fresh = {row[0]: row for row in _tuples(connection, statement)}
            if self._parts or self._building:  # what they must put in place
                held = self.rows
                changed = {i for i, row in fresh.items() if held.get(i) != row}
                changed.update(i for i in held if i not in fresh)
            else:
                changed = set() if fresh == self.rows else set(fresh)
            self.rows, self._shuffled = fresh, False
        else:
            changed = set()
            ordered = sorted(noted.persons)
            for start in range(0, len(ordered), READ_BY_ID):
                chunk = ordered[start : start + READ_BY_ID]
                live = select(*INDEX_COLUMNS).where(Person.id.in_(chunk), ~Person.deleted)
                read = {row[0]: tuple(row) for row in connection.execute(live)}
                for person_id in chunk:
                    row = read.get(person_id)  # None: deleted, or merged away
                    if self.rows.get(person_id) != row:
                        changed.add(person_id)
                        if row is None:
                            self.rows.pop(person_id, None)
                        else:
                            if person_id not in self.rows and self.rows:
                                self._shuffled |= person_id < next(reversed(self.rows))
                            self.rows[person_id] = row
        organisations = self.organisations
        if noted.everyone or noted.organisations:
            organisations = read_organisations(connection)
        if changed or organisations != self.organisations:
            self.organisations = organisations
            self.generation += 1
            if len(changed) > self._most_updated():
                self._log.clear()  # every part will be made again
                self._log_start = self.generation
            else:
                self._log.append((self.generation, frozenset(changed)))
            self._trim()

    def _look_for_others(self, session: Session) -> None:
        """Whether another program committed a change (the module's docstring): `data_version`
        changes on a connection when any other connection commits, ours included; a change
        with no commit of ours in between can only come from another program. (One that
        commits at the same moment as us is seen at its next commit.)"""
        if is_server(session):
            key: int | None = None
            version: object = tuple(session.execute(SERVER_STAMP).one())
        else:
            key = id(session.connection().connection.driver_connection)
            version = int(session.execute(text("PRAGMA data_version")).scalar_one())
        seen = self._versions.get(key)
        if seen is None or (seen[0] != version and seen[1] == self._own_commits):
            self._noted.everyone = True
        self._versions[key] = (version, self._own_commits)

    def _most_updated(self) -> int:
        return max(len(self.rows) // REBUILD_SHARE, FEWEST_REBUILT)

    def _bring_up_to_date(self, made: IndexPart, seen: int) -> bool:
        """Put the persons changed since generation `seen` in place in `made`; False when
        they are too many (or no longer known): the part must be made again."""
        if seen == self.generation:
            return True
        changed = self._changed_since(seen)
        if changed is None or len(changed) > self._most_updated():
            return False
        made.update({i: self.rows.get(i) for i in changed}, self.organisations)
        return True

    def _changed_since(self, generation: int) -> set[int] | None:
        """The persons changed after `generation`; None when the log no longer tells."""
        if generation < self._log_start:
            return None
        changed: set[int] = set()
        for logged, persons in self._log:
            if logged > generation:
                changed |= persons
        return changed

    def _trim(self) -> None:
        """Forget the changes every part (and every part being made) has seen."""
        kept = [seen for _made, seen in self._parts.values()] + list(self._building.values())
        start = max(min(kept, default=self.generation), self._log_start)
        self._log = [entry for entry in self._log if entry[0] > start]
        self._log_start = start

    def _note(self, noted: Noted) -> None:
        with self.lock:
            self._noted.merge(noted)


SERVER_STAMP = text("SELECT count(*), sum(xmin::text::bigint) FROM person")

_indexes: weakref.WeakKeyDictionary[Engine, PersonIndex] = weakref.WeakKeyDictionary()
_indexes_lock = threading.Lock()

# Writes that can change a person's row or an organisation's name, by this program.
WRITE_TO_WATCHED = re.compile(
    r"^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)"
    r"\s+[\"`\[]?(?:person|organisation)\b(?!_)",
    re.IGNORECASE,
)
ANY_WRITE = re.compile(r"^\s*(?:INSERT|REPLACE|UPDATE|DELETE)\b", re.IGNORECASE)
# Keys of a connection's `info` (the pooled connection's, kept across checkouts).
FLUSHING = "registre_flushing"  # an ORM flush is writing: its persons are known by id
PENDING = "registre_pending"  # noted in the transaction under way
COMMITTED = "registre_committed"  # noted in transactions committed, until the checkin
WROTE = "registre_wrote"


def _watch(engine: Engine, index: PersonIndex) -> None:
    listeners = _listeners(index)
    for name, listener in listeners.items():
        event.listen(engine, name, listener)
    _watching[index] = listeners


def _unwatch(engine: Engine, index: PersonIndex) -> None:
    for name, listener in _watching.pop(index, {}).items():
        event.remove(engine, name, listener)


_watching: weakref.WeakKeyDictionary[PersonIndex, dict[str, Any]] = weakref.WeakKeyDictionary()


def _listeners(index: PersonIndex) -> dict[str, Any]:
    def after_cursor_execute(connection: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if not ANY_WRITE.match(statement):
            return
        info = connection.info
        info[WROTE] = True
        # Only these two tables: a check-in (attendance.person_id) changes no person.
        if WRITE_TO_WATCHED.match(statement) and not info.get(FLUSHING):
            pending(info).everyone = True

    def begin(connection: Any) -> None:
        connection.info.pop(FLUSHING, None)  # left by a flush that failed

    def commit(connection: Any) -> None:
        info = connection.info
        info.pop(FLUSHING, None)
        if info.pop(WROTE, False):
            with index.lock:
                index._own_commits += 1
        written = info.pop(PENDING, None)
        if written is not None:
            info.setdefault(COMMITTED, Noted()).merge(written)

    def rollback(connection: Any) -> None:
        for key in (FLUSHING, PENDING, WROTE):
            connection.info.pop(key, None)

    def rollback_savepoint(connection: Any, *_args: Any) -> None:
        connection.info.pop(FLUSHING, None)

    def checkin(_dbapi_connection: Any, record: Any) -> None:
        committed = record.info.pop(COMMITTED, None)
        if committed is not None:
            index._note(committed)

    return {
        "after_cursor_execute": after_cursor_execute,
        "begin": begin,
        "commit": commit,
        "rollback": rollback,
        "rollback_savepoint": rollback_savepoint,
        "checkin": checkin,
    }


def pending(info: dict[str, Any]) -> Noted:
    """What the transaction under way on a connection has written."""
    noted = info.get(PENDING)
    if noted is None:
        noted = info[PENDING] = Noted()
    return noted


# The ORM's writes, by instance: which persons a flush wrote (the sessions of a database whose
# index exists).


@event.listens_for(Session, "before_flush")
def _flush_begins(session: Session, _context: Any, _instances: Any) -> None:
    if session.get_bind() in _indexes:
        session.connection().info[FLUSHING] = True


@event.listens_for(Session, "after_flush")
def _flushed(session: Session, _context: Any) -> None:
    if session.get_bind() not in _indexes:
        return
    info = session.connection().info
    info.pop(FLUSHING, None)
    written = pending(info)
    for instances in (session.new, session.dirty, session.deleted):
        for instance in instances:
            if isinstance(instance, Person):
                written.persons.add(instance.id)
            elif isinstance(instance, Organisation):
                written.organisations = True


@contextmanager
def paused_garbage_collector() -> Iterator[None]:
    """Reading or building the index makes hundreds of thousands of small objects that live
    on: the cyclic garbage collector would walk them again and again meanwhile, for a third of
    the time, to free nothing. Reference counting still frees everything as usual."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # Move what was made into the old generation at once, as if it had survived young
        # collections: otherwise the next one walks it all (a quarter of a second).
        gc.freeze()
        gc.unfreeze()
        if enabled:
            gc.enable()
