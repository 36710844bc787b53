"""Who in the registry may be the person about to be created at the check-in screen.

Two sources: the duplicate matcher (`services.dedup_match.PersonMatcher`: similar names,
same phone, same organisation and birth year), built off the UI thread the first time the
new-person form opens (on a big registry it takes a few seconds, while the form is typed);
and the check-in's registry index (same words in the name), which also knows the persons
created since the matcher was built.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop_app.services.dedup_match import Candidate, PersonMatcher
from desktop_app.services.persons import PersonFields, PersonRow
from desktop_app.services.registry_index import RegistryIndex
from desktop_app.store import Database
from desktop_app.ui.worker import Task, run_task

LIMIT = 5


def _row(candidate: Candidate) -> PersonRow:
    return PersonRow(
        candidate.id,
        candidate.family_name,
        candidate.given_names,
        candidate.sex,
        candidate.birth_year,
        candidate.organisation or None,
        None,
        candidate.phone,
        None,
    )


class LikelyPersons(QObject):
    def __init__(self, database: Database, index: RegistryIndex, parent: QObject) -> None:
        super().__init__(parent)
        self.database = database
        self.index = index
        self.matcher: PersonMatcher | None = None
        self.task: Task | None = None

    def prepare(self) -> None:
        """Start building the matcher, once, in the background."""
        if self.matcher is not None or self.task is not None:
            return
        database = self.database
        self.task = run_task(lambda _p, _c: PersonMatcher.from_database(database), self)
        self.task.succeeded.connect(self._ready)

    def _ready(self, matcher: PersonMatcher) -> None:
        self.matcher = matcher

    def find(self, fields: PersonFields) -> list[PersonRow]:
        found: dict[int, PersonRow] = {}
        if self.matcher is not None:
            candidates = self.matcher.match(
                fields.family_name,
                fields.given_names,
                phone=fields.phone,
                organisation=fields.organisation_name,
                birth_year=fields.birth_year,
                sex=fields.sex,
                limit=LIMIT,
            )
            for candidate in candidates:
                found.setdefault(candidate.id, _row(candidate))
        first_given = (fields.given_names or "").split()[:1]
        names = " ".join([fields.family_name, *first_given]).strip()
        if names:
            for row in self.index.search(names, limit=LIMIT):
                found.setdefault(row.id, row)
        digits = "".join(c for c in fields.phone or "" if c.isdigit())
        if len(digits) >= 8:
            for row in self.index.search(digits[-8:], limit=LIMIT):
                found.setdefault(row.id, row)
        return list(found.values())[: LIMIT * 2]
