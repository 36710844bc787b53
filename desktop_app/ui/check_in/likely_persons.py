"""Who in the registry may be the person about to be created at the check-in screen.

The duplicate finder's matcher decides, and nothing else: `services.dedup_match.likely_matches`
(similar names, a typo or a vowel in each name part, a shortened or missing given name, the same
phone, the same organisation and birth year), with the person index's matcher lookup. It is
made off the UI thread when the new-person form first opens (on a big registry it takes about a
second, while the form is typed), then brought up to date for the persons changed since, the
ones created here included; Enter before it is ready waits for it.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QObject

from desktop_app.dedup.match import Candidate, cached_matcher, likely_persons
from desktop_app.registry.persons import PersonFields, PersonRow
from desktop_app.store import Database
from desktop_app.ui.common.worker import Task, run_task

LIMIT = 5


def person_row(candidate: Candidate) -> PersonRow:
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
    def __init__(self, database: Database, parent: QObject) -> None:
        super().__init__(parent)
        self.database = database
        self.task: Task | None = None

    def prepare(self) -> None:
        """Bring the matcher up to date in the background (no work when it already is)."""
        if self.task is not None and not self.task.is_finished():
            return
        database = self.database
        self.task = run_task(lambda _p, _c: cached_matcher(database), self)

    def ready(self) -> bool:
        """Whether the background preparation has finished."""
        return self.task is not None and self.task.is_finished()

    def find(self, fields: PersonFields, present: Collection[int] = ()) -> list[PersonRow]:
        """`present`: the persons checked in that day, who are not the one arriving (unless
        a phone or an e-mail says so)."""
        found = likely_persons(self.database, fields, limit=LIMIT, present=present)
        return [person_row(c) for c in found]
