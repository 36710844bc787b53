"""The matcher's index restricted to the persons some known queries can meet: a sign-in sheet's
rows are all known before the first is matched, and 300 rows meet a few thousand persons of
100,000.

`SheetLookup.load(database, queries)` gives each of these queries the same answer as the whole
registry's `RegistryLookup` (the person index's part, which the matcher uses instead when it is
in memory already): it holds, for every block a query can look in, every person of that
block, and for every name it holds, every person of that name (the scores count namesakes).
Cheap columns are read for everyone (phones, e-mails, the distinct names); a whole row only for
the persons kept:
- the persons of the queries' phones and e-mails, and of their family name with organisation and
  birth year (read for those organisations and years only);
- the persons whose name key is a query's, or a query's with one word one edit away (the words'
  edits are made from all the registry's distinct names, as the whole index makes them), or the
  name of a person kept above. Only the family names and given names whose words all sit in one
  of these keys are asked of the database (an indexed `IN`), and each row's name key is then
  checked exactly.
The registry's organisations by name and acronym are found as the whole index finds them (the
first person's organisation on a clash), so that a typed organisation is the same one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Connection, String, cast, func, select
from sqlalchemy.orm import InstrumentedAttribute

from desktop_app.dedup import name_parts
from desktop_app.dedup.index import (
    Blocks,
    RegistryLookup,
    block_signature,
    word_carriers,
    words_by_edit,
)
from desktop_app.dedup.name_parts import MOST_GIVEN_WORDS, PartBlocks, given_keys
from desktop_app.dedup.records import (
    NO_ORGANISATION,
    PHONE_KEY_DIGITS,
    Labels,
    MatchQuery,
    PersonRecord,
    labels_of,
    name_key,
    query_record,
    stored_phone_key,
)
from desktop_app.dedup.words import initials_only
from desktop_app.records.text import normalise
from desktop_app.registry.person_index import (
    INDEX_COLUMNS,
    PersonIndex,
    paused_garbage_collector,
    read_organisations,
)
from desktop_app.store import Database
from desktop_app.store.models import Person

# Values (or pairs) in one IN list: their bound parameters stay below SQLite's 32,766 and
# PostgreSQL's 65,535. Each list is one scan of the table: fewer, longer lists are quicker.
MAX_LISTED = 30_000
SEPARATOR = "\x1f"  # the unit separator: in no name
FEW_WORDS = 12  # a name of more words is checked by counting them
_fold = normalise
EMPTY_PARTS = PartBlocks({}, {}, {}, {})


@dataclass
class SheetLookup(RegistryLookup):
    """A RegistryLookup of the persons some queries can meet (their blocks in full)."""

    database: Database | None = None
    registry_size: int = 0
    signatures: frozenset[tuple[object, ...]] = frozenset()
    _whole: RegistryLookup | None = field(default=None, init=False, repr=False)

    def __len__(self) -> int:
        return self.registry_size  # the live persons of the registry, not those kept

    def covers(self, query: PersonRecord) -> bool:
        """Whether this index gives `query` the whole registry's answer."""
        return block_signature(query) in self.signatures

    def whole(self) -> RegistryLookup:
        """The whole registry's index (the person index's), on first need (a query not known
        in advance)."""
        if self._whole is None:
            if self.database is None:
                raise RuntimeError("a SheetLookup made without its database")
            self._whole = PersonIndex.of(self.database).fresh(self.database, RegistryLookup)
        return self._whole

    @classmethod
    def load(cls, database: Database, queries: Iterable[MatchQuery] = ()) -> SheetLookup:
        with paused_garbage_collector(), database.session() as session:
            connection = session.connection()
            organisations = read_organisations(connection)
            labels = labels_of(organisations)
            organisation_ids, sizes = _organisations_first_met(connection, labels)
            records = {block_signature(r): r for r in _records(queries, organisation_ids)}
            families, givens = _distinct_names(connection)
            words = words_by_edit(_fold(name) for name in (*families, *givens))
            finder = Blocks({}, words, {}, {}, {}, {}, EMPTY_PARTS)
            wanted = {
                v for r in records.values() if r.name_key for v in finder.name_variants(r.name_key)
            }
            rows = _rows_by_id(connection, _contact_ids(connection, records.values(), families))
            rows += _rows_of_pairs(connection, _part_pairs(records.values(), families, givens))
            wanted.update(key for row in rows for key in [name_key(row[2], row[3] or "")] if key)
            named = _rows_named(connection, wanted, families, givens)
            kept = {row[0]: row for row in (*rows, *named)}
            carriers = word_carriers(_names_carried(connection))
        lookup = cls.build({i: tuple(kept[i]) for i in sorted(kept)}, organisations)
        # What the whole registry's index knows of the persons not kept.
        lookup.by_word_edit = words
        lookup.organisation_ids = organisation_ids
        lookup.organisation_sizes = {k: n for k, n in sizes.items() if k is not None}
        lookup.word_carriers = carriers
        lookup.database = database
        lookup.registry_size = sum(sizes.values())
        lookup.signatures = frozenset(records)
        return lookup


def _records(
    queries: Iterable[MatchQuery], organisation_ids: dict[str, int]
) -> Iterator[PersonRecord]:
    for query in queries:
        yield query_record(query, organisation_ids)


def _organisations_first_met(
    connection: Connection, labels: Labels
) -> tuple[dict[str, int], dict[int | None, int]]:
    """Each organisation name and acronym's organisation, as RegistryLookup finds it (the one
    of the first person in id order on a clash), and the live persons of each organisation
    (None: of none)."""
    first = (
        select(Person.organisation_id, func.min(Person.id), func.count())
        .where(~Person.deleted)
        .group_by(Person.organisation_id)
        .order_by(func.min(Person.id))
    )
    organisation_ids: dict[str, int] = {}
    sizes: dict[int | None, int] = {}
    for organisation_id, _first_person, persons in connection.execute(first):
        sizes[organisation_id] = persons
        if organisation_id is not None:
            for key in labels.get(organisation_id, NO_ORGANISATION)[1]:
                organisation_ids.setdefault(key, organisation_id)
    return organisation_ids, sizes


def _names_carried(connection: Connection) -> Iterator[tuple[str, range]]:
    """Each name key of the live persons and as many as carry it (what the whole index counts
    from its names: a slip of the pen is a word nobody else writes)."""
    # Counted here rather than by a GROUP BY, which sorts the table: half the time.
    names = select(Person.family_name, Person.given_names).where(~Person.deleted)
    for (family, given), persons in Counter(map(tuple, connection.execute(names))).items():
        key = name_key(family, given or "")
        if key:
            yield key, range(persons)


def _distinct_names(connection: Connection) -> tuple[list[str], list[str]]:
    """Every family name and given names written in the registry (retired persons' too: the
    indexed column reads quicker without the test, and these only narrow the search)."""
    families = connection.scalars(select(Person.family_name).distinct()).all()
    givens = connection.scalars(select(Person.given_names).distinct()).all()
    return [name or "" for name in families], [name or "" for name in givens]


def _contact_ids(
    connection: Connection, queries: Iterable[PersonRecord], family_names: Sequence[str]
) -> set[int]:
    """The persons (retired ones too) of the queries' phones, e-mails, and family names with
    organisation and birth year."""
    phones, emails = set(), set()
    families: set[tuple[str, int, int]] = set()
    # A family name alone (or with initials) meets its organisation's persons, and persons of
    # no given name (or initials) are met by their family's.
    anyone: set[tuple[str, int]] = set()
    bare: set[tuple[str, int]] = set()
    for query in queries:
        phones.add(query.phone_key)
        emails.add(query.email_key)
        if query.organisation_id is not None and query.family_key:
            block = (query.family_key, query.organisation_id)
            (anyone if initials_only(query.given_key) else bare).add(block)
        if query.organisation_id is not None and query.birth_year is not None:
            for family in {query.family_key, *query.name_key.split()}:
                families.add((family, query.organisation_id, query.birth_year))
    phones.discard("")
    emails.discard("")
    found: set[int] = set()
    if phones:
        # Read from the phone's index alone (no test of `deleted`, which would read the rows).
        with_phone = select(Person.id, Person.phone).where(Person.phone.is_not(None))
        rows = connection.execute(with_phone).all()
        found.update(i for i, phone in rows if phone and _phone_in(phone, phones))
    if emails:
        with_email = select(Person.id, Person.email).where(Person.email.is_not(None))
        rows = connection.execute(with_email).all()
        found.update(i for i, email in rows if email and email.strip().casefold() in emails)
    written: dict[str, list[str]] = {}
    for name in family_names:
        written.setdefault(_fold(name), []).append(name)
    if anyone or bare:
        found.update(_family_organisation_ids(connection, written, anyone, bare))
    if families:
        # The family names as written whose normalised form a query's block names: one scan
        # of the table for the exact (family name, organisation, birth year) triples.
        triples = {
            (name, org, year) for word, org, year in families for name in written.get(word, ())
        }
        columns = (Person.id, Person.family_name, Person.organisation_id, Person.birth_year)
        for chunk in _chunks(sorted(map(_joined, triples))):
            same_family = _joined_column(*columns[1:]).in_(chunk)
            for i, name, org, year in connection.execute(select(*columns).where(same_family)):
                if (name, org, year) in triples:
                    found.add(i)
    return found


def _family_organisation_ids(
    connection: Connection,
    written: dict[str, list[str]],
    anyone: set[tuple[str, int]],
    bare: set[tuple[str, int]],
) -> set[int]:
    """The persons of these (family name, organisation) blocks: all of them in `anyone`'s,
    those of no given name in `bare`'s."""
    pairs = {
        (name, organisation)
        for family, organisation in anyone | bare
        for name in written.get(family, ())
    }
    columns = (Person.id, Person.family_name, Person.given_names, Person.organisation_id)
    found: set[int] = set()
    for chunk in _chunks(sorted(map(_joined, pairs))):
        same_family = _joined_column(Person.family_name, Person.organisation_id).in_(chunk)
        for i, name, given, organisation in connection.execute(select(*columns).where(same_family)):
            block = (_fold(name), organisation)
            if block in anyone or (block in bare and initials_only(_fold(given))):
                found.add(i)
    return found


def _part_pairs(
    queries: Iterable[PersonRecord], families: Sequence[str], givens: Sequence[str]
) -> set[tuple[str, str]]:
    """The (family name, given names) as written of the persons of a query's family name with
    one given name more or fewer (dedup_name_parts); read first, then their namesakes with the
    other names (the scores count them)."""
    written: dict[str, list[str]] = {}
    for family in families:
        written.setdefault(_fold(family), []).append(family)
    exact: dict[str, list[str]] = {}  # the given names' sorted words -> the given names
    fuller: dict[str, list[str]] = {}  # ... with one left out -> the given names
    for given in givens:
        words = sorted(_fold(given).split())
        if not 1 <= len(words) <= MOST_GIVEN_WORDS:
            continue
        exact.setdefault(" ".join(words), []).append(given)
        if len(words) >= 2:
            for rest in dict.fromkeys(
                " ".join(words[:at] + words[at + 1 :]) for at in range(len(words))
            ):
                fuller.setdefault(rest, []).append(given)
    pairs: set[tuple[str, str]] = set()
    for query in queries:
        own, shorter = given_keys(query.family_key, query.given_key)
        names = written.get(query.family_key)
        if not own or not names:
            continue
        chosen = list(fuller.get(_given_part(own), ()))
        for key in shorter:
            chosen += exact.get(_given_part(key), ())
        pairs.update((family, given) for family in names for given in chosen)
    return pairs


def _rows_of_pairs(connection: Connection, pairs: set[tuple[str, str]]) -> list[Any]:
    """The live persons of these (family name, given names) as written."""
    found: list[Any] = []
    named = _joined_column(Person.family_name, func.coalesce(Person.given_names, ""))
    for chunk in _chunks(sorted(map(_joined, pairs))):
        statement = select(*INDEX_COLUMNS).where(~Person.deleted, named.in_(chunk))
        found.extend(
            row for row in connection.execute(statement) if (row[2], row[3] or "") in pairs
        )
    return found


def _given_part(key: str) -> str:
    return key.split(name_parts.SEPARATOR, 1)[1]


def _phone_in(phone: str, keys: set[str]) -> bool:
    tail = phone[-PHONE_KEY_DIGITS:]
    # Eight digits at the end are the key itself: the regular expression only for the others.
    return tail in keys or (not tail.isdigit() and stored_phone_key(phone) in keys)


def _rows_by_id(connection: Connection, ids: set[int]) -> list[Any]:
    """The live persons of these ids."""
    ordered = sorted(ids)
    rows: list[Any] = []
    for start in range(0, len(ordered), MAX_LISTED):
        chunk = ordered[start : start + MAX_LISTED]
        statement = select(*INDEX_COLUMNS).where(~Person.deleted, Person.id.in_(chunk))
        rows.extend(connection.execute(statement))
    return rows


def _rows_named(
    connection: Connection,
    wanted: set[str],
    families: Sequence[str],
    givens: Sequence[str],
) -> list[Any]:
    """The live persons whose name key is one of `wanted`.

    One scan of the table per batch of names: the family name's index would read most rows one
    by one (a sheet's family names are the common ones), and PostgreSQL tests `IN` of row
    values one value after another: one joined text per pair is hashed there."""
    return _rows_of_pairs(connection, _name_pairs(wanted, families, givens))


def _joined(values: Iterable[object]) -> str:
    return SEPARATOR.join(map(str, values))


def _joined_column(*columns: ColumnElement[Any] | InstrumentedAttribute[Any]) -> ColumnElement[str]:
    """The columns' values as `_joined` writes them (a name holding the separator would only
    make a row read for nothing: each row read is checked)."""
    joined: ColumnElement[str] = cast(columns[0], String)
    for column in columns[1:]:
        joined = joined + SEPARATOR + cast(column, String)
    return joined


def _chunks(values: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(values), MAX_LISTED):
        yield values[start : start + MAX_LISTED]


def _name_pairs(
    wanted: set[str], families: Sequence[str], givens: Sequence[str]
) -> set[tuple[str, str]]:
    """The (family name, given names) as written in the registry whose name key is wanted: a
    family name's words taken from a wanted key leave the words its given names must have."""
    wanted.discard("")
    keys_of_word: dict[str, set[str]] = {}
    for key in wanted:
        for word in key.split():
            keys_of_word.setdefault(word, set()).add(key)
    givens_by_words: dict[str, list[str]] = {}
    for given in givens:
        givens_by_words.setdefault(" ".join(sorted(_fold(given).split())), []).append(given)
    pairs: set[tuple[str, str]] = set()
    for family in families:
        words = _fold(family).split()
        keys = set(wanted) if not words else set(keys_of_word.get(words[0], ()))
        for word in words[1:]:
            keys &= keys_of_word.get(word, set())
        for key in keys:
            rest = _without(key.split(), words)
            if rest is not None:
                pairs.update((family, given) for given in givens_by_words.get(rest, ()))
    return pairs


def _without(key_words: list[str], words: list[str]) -> str | None:
    """The (sorted) key words left once each of `words` is taken out once, or None when one is
    missing (a word written twice must be there twice). A name of many words is counted
    rather than taken out word by word, which would cost the square of its length."""
    if len(key_words) > FEW_WORDS:
        return _without_counted(key_words, words)
    left = list(key_words)
    for word in words:
        if word not in left:
            return None
        left.remove(word)
    return " ".join(left)


def _without_counted(key_words: list[str], words: list[str]) -> str | None:
    left = Counter(key_words)
    left.subtract(words)
    if any(count < 0 for count in left.values()):
        return None
    kept: list[str] = []
    for word in key_words:
        if left[word] > 0:
            kept.append(word)
            left[word] -= 1
    return " ".join(kept)
