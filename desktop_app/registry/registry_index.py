"""Search as you type over a big registry, from memory: the check-in screen's search.

The same search texts and matching as `person_search.search_persons` (`SearchTexts`: every word
of the query in the search text; family names starting with a word first, then any word starting
with one, then the rest; inside a group, by normalised name), in an index of its own that the
check-in screen controls. The registry search's shared index is read again after any write to
persons (about 0.2 s for 100,000); at the door of the room, where new persons are created
between searches, that would stall the next keystroke, so this one is read once (in the
background) and `add` puts a person created or edited here in place. The rows shown come fresh
from the database.
"""

from __future__ import annotations

from sqlalchemy import select

from desktop_app.records.text import search_words
from desktop_app.registry.person_search import SearchTexts
from desktop_app.registry.persons import PersonRow
from desktop_app.store import Database
from desktop_app.store.models import Organisation, Person


class RegistryIndex:
    def __init__(self, database: Database) -> None:
        self.database = database
        self._texts = SearchTexts()
        self.reload()

    def __len__(self) -> int:
        return len(self._texts)

    def reload(self) -> None:
        """Read every live person's search text again (after imports, merges, deletions)."""
        with self.database.session() as session:
            rows = session.execute(
                select(Person.search_text, Person.id)
                .where(~Person.deleted)
                .order_by(Person.search_text, Person.id)
            )
            self._texts = SearchTexts(rows)

    def add(self, person_id: int) -> None:
        """A person created or edited in this window: (re)index them, in order."""
        with self.database.session() as session:
            text = session.scalar(
                select(Person.search_text).where(Person.id == person_id, ~Person.deleted)
            )
        self._texts.put(person_id, text)

    def matching_ids(self, text: str, limit: int) -> list[int]:
        """Ids of the best `limit` matches; none when nothing is typed."""
        if not search_words(text):
            return []
        return self._texts.matching_ids(text, limit)

    def search(self, text: str, limit: int = 20) -> list[PersonRow]:
        """Live persons matching every word of `text`, at most `limit`, best first."""
        ids = self.matching_ids(text, limit)
        if not ids:
            return []
        with self.database.session() as session:
            rows = session.execute(
                select(Person, Organisation.name, Organisation.acronym)
                .outerjoin(Organisation, Organisation.id == Person.organisation_id)
                .where(Person.id.in_(ids), ~Person.deleted)
            ).all()
        found = {}
        for person, organisation, acronym in rows:
            label = f"{organisation} ({acronym})" if organisation and acronym else organisation
            found[person.id] = PersonRow(
                person.id,
                person.family_name,
                person.given_names,
                person.sex,
                person.birth_year,
                label,
                person.category,
                person.phone,
                person.email,
                birth_date=person.birth_date,
            )
        return [found[person_id] for person_id in ids if person_id in found]
