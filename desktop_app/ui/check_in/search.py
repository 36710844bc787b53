"""Who is arriving, on the check-in screen: the registry's matches for what is typed in the
search box (the highlighted one is checked in), or, for someone not in the registry, the
new-person form, which first offers the likely existing persons. A line under the search box
says what Enter will do.

A whole name typed that is not the highlighted match ("Fati Hamadou" finds MAHAMADOU Fatimata
through "hamadou" inside her family name) makes Enter open the new-person form, naming the match:
nobody else is checked in silently. Moving the highlight with the arrows is choosing (on a
single match, an arrow key keeps it highlighted): Enter then checks the highlighted person in,
whatever was typed.

A part of `CheckInView`, which builds the widgets used here and does the checking in.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from desktop_app.messages import RegistreError
from desktop_app.records.text import search_words
from desktop_app.records.validation import ValidationError
from desktop_app.registry.person_search import prepare_search, search_persons
from desktop_app.registry.persons import PersonRow, create_person
from desktop_app.registry.typed_names import is_full_name, names_person
from desktop_app.ui.check_in.day_log import person_label
from desktop_app.ui.common.changes import Changes
from desktop_app.ui.common.formats import role_label
from desktop_app.ui.common.worker import run_task

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QLabel, QLineEdit, QTableView, QWidget

    from desktop_app.activities.activities import ActivityDetails
    from desktop_app.store import Database
    from desktop_app.ui.check_in.likely_persons import LikelyPersons
    from desktop_app.ui.check_in.person_form import NewPersonPanel
    from desktop_app.ui.common.changes import ChangeSignal, Ids
    from desktop_app.ui.models.check_in import CheckInLogModel, CheckInMatchModel

    class _Screen(QWidget):
        """What the search's part uses of the rest of the screen (CheckInView builds it all)."""

        database: Database
        activity: ActivityDetails
        likely: LikelyPersons
        search_edit: QLineEdit
        search_timer: QTimer
        matches: CheckInMatchModel
        match_table: QTableView
        new_person: NewPersonPanel
        next_label: QLabel
        log: CheckInLogModel
        _candidates: dict[int, PersonRow]  # likely existing persons on offer
        _present: dict[int, tuple[int, str]]  # person id -> (attendance id, role)
        _highlight_chosen: bool  # moved with the arrows since the last search
        changes: ChangeSignal

        def focus_first(self) -> None: ...
        def check_in_person(self, person_id: int, name: str, organisation: str) -> bool: ...
        def show_message(self, text: str, error: bool = False) -> None: ...
        def show_error(self, error: BaseException) -> None: ...
        def role_for(self, person_id: int | None) -> str: ...
        def show_target_role(self) -> None: ...

else:
    _Screen = object  # CheckInView, the QWidget this is a part of

MATCH_LIMIT = 20
INDEX_UPDATES = 50  # more persons written elsewhere: the registry is read off the UI thread


class CheckInSearch(_Screen):
    """The part of CheckInView that finds who is arriving."""

    def persons_changed(self, persons: Ids) -> None:
        """Persons written elsewhere (a form, an import, a merge) are found as they are now:
        the person index puts a few in place at the next search; after many, it reads the
        registry again off the UI thread first."""
        if persons.every or len(persons.ids) > INDEX_UPDATES:
            database = self.database
            task = run_task(lambda _progress, _cancelled: prepare_search(database), self)
            task.succeeded.connect(lambda _none: self._search_again())
            return
        self._search_again()

    def _search_again(self) -> None:
        """The matches of what is typed, read again; the highlight stays on the same person."""
        if not self.search_edit.text().strip() or not self.new_person.isHidden():
            return
        person, chosen = self.matches.row_at(self.highlighted_row()), self._highlight_chosen
        self.run_search()
        row = self.matches.row_of_id(person.id) if person is not None else None
        if row is not None:
            self.match_table.selectRow(row)
            self._highlight_chosen = chosen
            self.show_next()

    # Searching ---------------------------------------------------------------------------

    def run_search(self) -> None:
        self.search_timer.stop()
        text = self.search_edit.text().strip()
        rows = search_persons(self.database, text, MATCH_LIMIT) if search_words(text) else []
        self.matches.set_rows(rows)
        self._highlight_chosen = False
        if rows:
            # A whole name typed: the first match it names, rather than one found inside a word.
            named = [n for n, row in enumerate(rows) if names_person(text, row)]
            self.match_table.selectRow(named[0] if named and is_full_name(text) else 0)
        self.show_next()

    def highlighted_row(self) -> int:
        index = self.match_table.currentIndex()
        return index.row() if index.isValid() else -1

    def highlighted_person(self) -> PersonRow | None:
        if self.search_timer.isActive():
            self.run_search()
        return self.matches.row_at(self.highlighted_row())

    def move_highlight(self, step: int) -> None:
        count = self.matches.rowCount()
        if not count:
            return
        row = max(0, min(self.highlighted_row() + step, count - 1))
        self.match_table.selectRow(row)
        self._highlight_chosen = True
        self.show_next()

    def enter_offers_new_person(self, person: PersonRow) -> bool:
        """A whole name typed that does not name the highlighted match, which nobody chose
        with the arrows: Enter is for a new person."""
        typed = self.search_edit.text()
        if self._highlight_chosen or not is_full_name(typed):
            return False
        return not names_person(typed, person)

    def show_next(self) -> None:
        """The line under the search box: what Enter will do. The role list follows."""
        if not self.new_person.isHidden():
            return  # the form is what Enter submits; the line says why it opened, if it must
        self.show_target_role()
        typed = self.search_edit.text().strip()
        if not typed:
            last = self.log.row_at(0)
            self.next_label.setText(
                self.tr("Ctrl+R changes the role of {name}, the last check-in.").format(
                    name=last.name
                )
                if last is not None
                else ""
            )
            return
        person = self.matches.row_at(self.highlighted_row())
        if person is None:
            text = self.tr("Enter: a new person, “{typed}”, as {role}.").format(
                typed=typed, role=role_label(self.role_for(None))
            )
        else:
            name = person_label(person.family_name, person.given_names)
            if person.id in self._present:
                text = self.tr("{name} is already here as {role}; Ctrl+R changes the role.")
                role = self._present[person.id][1]
            elif self.enter_offers_new_person(person):
                text = self.tr(
                    "Enter: a new person, “{typed}” — not {name}, the closest match "
                    "(↑ ↓ pick a match)."
                )
                role = self.role_for(None)
            else:
                text = self.tr("Enter: check in {name} as {role}.")
                role = self.role_for(person.id)
            text = text.format(name=name, typed=typed, role=role_label(role))
        self.next_label.setText(text)

    def check_in_highlighted(self) -> None:
        person = self.highlighted_person()  # Enter typed before the pause: what is in the box
        if person is None:
            if self.search_edit.text().strip():
                self.start_new_person()
            return
        if self.enter_offers_new_person(person):
            self.start_new_person(closest=person)
            return
        self._check_in_row(self.highlighted_row())

    def _check_in_row(self, row: int) -> None:
        person = self.matches.row_at(row)
        if person is not None:
            self.check_in_person(
                person.id,
                person_label(person.family_name, person.given_names),
                person.organisation or "",
            )

    # New person --------------------------------------------------------------------------

    def start_new_person(self, closest: PersonRow | None = None) -> None:
        """The new-person form, pre-filled from the search box; `closest`: the match the typed
        name is not, named above the form."""
        self.search_timer.stop()
        self.matches.set_rows([])
        self.match_table.hide()  # room for the form; the search box keeps what was typed
        self.likely.prepare()
        self.new_person.start(self.search_edit.text())
        self.next_label.setText("")
        if closest is not None:
            self.next_label.setText(
                self.tr(
                    "“{typed}” is not {name}, the closest match in the registry: a new person? "
                    "Esc goes back to the matches, to pick one with ↑ ↓ and Enter."
                ).format(
                    typed=self.search_edit.text().strip(),
                    name=person_label(closest.family_name, closest.given_names),
                )
            )

    def close_new_person(self) -> None:
        self.new_person.hide()
        self.match_table.show()
        self.show_next()

    def cancel_new_person(self) -> None:
        self.close_new_person()
        self.run_search()  # the matches of what is still typed, and what Enter does
        self.focus_first()

    # Unsaved work, asked about when the main window closes (unsaved_work.HoldsUnsavedWork).

    def unsaved_work(self) -> str | None:
        """The new-person form, open with something typed in it."""
        if self.new_person.isHidden():
            return None
        try:
            fields = self.new_person.person_fields(self.activity.start_date)
        except ValidationError:
            typed = True  # something typed, and not right yet
        else:
            values = dataclasses.asdict(fields)
            values.pop("age_on")
            typed = any(
                value.strip() if isinstance(value, str) else value for value in values.values()
            )
        if not typed:
            return None
        name = " ".join(
            part
            for part in (self.new_person.given_edit.text(), self.new_person.family_edit.text())
            if part.strip()
        )
        return self.tr("New person at the check-in: {name}").format(name=name or "…")

    def save_unsaved_work(self) -> bool:
        """Enter in the form: created and checked in, unless a likely existing person is
        offered first or a field is refused (the form stays open, saying why)."""
        self.submit_new_person(False)
        return self.new_person.isHidden()

    def discard_unsaved_work(self) -> None:
        self.cancel_new_person()

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
            likely = self.likely.find(fields, present=self._present.keys())
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
        self.changes.announce(Changes.of(persons={person.id}), self)
        self.close_new_person()
        self.check_in_person(
            person.id,
            person_label(person.family_name, person.given_names),
            person.organisation or "",
        )
