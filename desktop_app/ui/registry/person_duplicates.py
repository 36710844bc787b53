"""Under the person form: other persons of the registry who may be this one.

When the name, phone, e-mail, sex or birth year is edited, the registry's matcher (the one the
check-in screen and the duplicate finder score with: `services.dedup_match.likely_persons`) is
asked again a moment later, off the UI thread, and the persons it offers are listed with what
tells them apart. The list only informs: merging is done in Tools ▸ Duplicate persons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from desktop_app.dedup.match import Candidate, likely_persons
from desktop_app.registry.persons import PersonFields
from desktop_app.store import Database
from desktop_app.ui.common.worker import Task, run_task

DELAY_MS = 400  # after the last keystroke
LIMIT = 3


def candidate_line(candidate: Candidate) -> str:
    name = f"{candidate.family_name.upper()} {candidate.given_names}".strip()
    details = (candidate.sex, candidate.birth_year, candidate.organisation, candidate.phone)
    return " · ".join([name, *(str(detail) for detail in details if detail)])


class LikelyDuplicates(QWidget):
    """The "Already in the registry?" list of the person being edited (never offered itself)."""

    def __init__(self, database: Database, person_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("LikelyDuplicates")
        self.database = database
        self.person_id = person_id
        self.label = QLabel(
            self.tr(
                "Already in the registry? These persons may be the same one; "
                "Tools ▸ Duplicate persons… merges them."
            )
        )
        self.label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("person_likely_duplicates")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setMaximumHeight(70)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.list)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self._look_up)
        self.fields: PersonFields | None = None
        self.task: Task | None = None
        self.hide()

    def look_up(self, fields: PersonFields) -> None:
        """Ask again for these fields, a moment after the last change."""
        self.fields = fields
        self.timer.start()

    def busy(self) -> bool:
        """Whether an answer is still to come."""
        return self.timer.isActive() or (self.task is not None and not self.task.is_finished())

    def _look_up(self) -> None:
        if self.task is not None and not self.task.is_finished():
            self.timer.start()  # one question at a time: ask again once this one is answered
            return
        fields, database, person_id = self.fields, self.database, self.person_id
        if fields is None:
            return
        self.task = run_task(
            lambda _p, _c: likely_persons(database, fields, excluding=person_id, limit=LIMIT),
            self,
        )
        self.task.succeeded.connect(self.show_candidates)
        self.task.failed.connect(lambda _error: self.show_candidates([]))  # no offer, no harm

    def show_candidates(self, candidates: list[Candidate]) -> None:
        self.list.clear()
        self.list.addItems([candidate_line(candidate) for candidate in candidates])
        self.setVisible(bool(candidates))
