"""Who is arriving, on the check-in screen: the registry's matches for what is typed in the
search box (the highlighted one is checked in), or, for someone not in the registry, the
new-person form, which first offers the likely existing persons.

A part of `CheckInView`, which builds the widgets used here and does the checking in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.messages import RegistreError
from desktop_app.services.persons import PersonRow, create_person
from desktop_app.services.registry_index import RegistryIndex
from desktop_app.services.validation import ValidationError
from desktop_app.ui.check_in_day_log import person_label

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QLineEdit, QTableView, QWidget

    from desktop_app.services.activities import ActivityDetails
    from desktop_app.store import Database
    from desktop_app.ui.check_in_person_form import NewPersonPanel
    from desktop_app.ui.likely_persons import LikelyPersons
    from desktop_app.ui.models.check_in import CheckInMatchModel

    class _Screen(QWidget):
        """What the search's part uses of the rest of the screen (CheckInView builds it all)."""

        database: Database
        activity: ActivityDetails
        index: RegistryIndex
        likely: LikelyPersons
        search_edit: QLineEdit
        search_timer: QTimer
        matches: CheckInMatchModel
        match_table: QTableView
        new_person: NewPersonPanel
        _created: list[int]  # persons created here, for a fresher index to know
        _candidates: dict[int, PersonRow]  # likely existing persons on offer

        def focus_first(self) -> None: ...
        def check_in_person(self, person_id: int, name: str, organisation: str) -> bool: ...
        def show_message(self, text: str, error: bool = False) -> None: ...
        def show_error(self, error: BaseException) -> None: ...

else:
    _Screen = object  # CheckInView, the QWidget this is a part of

MATCH_LIMIT = 20


class CheckInSearch(_Screen):
    """The part of CheckInView that finds who is arriving."""

    def use_index(self, index: RegistryIndex) -> None:
        """A registry index read afresh (in the background) replaces the current one."""
        for person_id in self._created:
            index.add(person_id)  # in case the new one was read before they were created
        self.index = index

    # Searching ---------------------------------------------------------------------------

    def run_search(self) -> None:
        self.search_timer.stop()
        text = self.search_edit.text().strip()
        rows = self.index.search(text, limit=MATCH_LIMIT) if text else []
        self.matches.set_rows(rows)
        if rows:
            self.match_table.selectRow(0)

    def highlighted_row(self) -> int:
        index = self.match_table.currentIndex()
        return index.row() if index.isValid() else -1

    def move_highlight(self, step: int) -> None:
        count = self.matches.rowCount()
        if not count:
            return
        row = max(0, min(self.highlighted_row() + step, count - 1))
        self.match_table.selectRow(row)

    def check_in_highlighted(self) -> None:
        if self.search_timer.isActive():
            self.run_search()  # Enter typed before the pause: use what is in the box
        row = self.highlighted_row()
        if row < 0:
            if self.search_edit.text().strip():
                self.start_new_person()
            return
        self._check_in_row(row)

    def _check_in_row(self, row: int) -> None:
        person = self.matches.row_at(row)
        if person is not None:
            self.check_in_person(
                person.id,
                person_label(person.family_name, person.given_names),
                person.organisation or "",
            )

    # New person --------------------------------------------------------------------------

    def start_new_person(self) -> None:
        self.search_timer.stop()
        self.matches.set_rows([])
        self.match_table.hide()  # room for the form; the search box keeps what was typed
        self.likely.prepare()
        self.new_person.start(self.search_edit.text())

    def close_new_person(self) -> None:
        self.new_person.hide()
        self.match_table.show()

    def cancel_new_person(self) -> None:
        self.close_new_person()
        self.focus_first()

    def submit_new_person(self, force_new: bool) -> None:
        chosen = self.new_person.chosen_candidate()
        if chosen is not None and not force_new:
            row = self._candidates.get(chosen)
            self.close_new_person()
            if row is not None:
                name = person_label(row.family_name, row.given_names)
                self.check_in_person(row.id, name, row.organisation or "")
            return
        try:
            fields = self.new_person.person_fields(self.activity.start_date)
        except ValidationError as error:
            self.new_person.show_errors(error)
            return
        if not force_new and not self.new_person.candidates_shown():
            likely = self.likely.find(fields)
            if likely:
                self._candidates = {row.id: row for row in likely}
                self.new_person.show_candidates(likely)
                return
        try:
            person = create_person(self.database, fields)
        except ValidationError as error:
            unplaced = self.new_person.show_errors(error)
            if unplaced:
                self.show_message("\n".join(unplaced), error=True)
            return
        except RegistreError as error:
            self.show_error(error)
            return
        self.index.add(person.id)
        self._created.append(person.id)
        self.close_new_person()
        self.check_in_person(
            person.id,
            person_label(person.family_name, person.given_names),
            person.organisation or "",
        )
