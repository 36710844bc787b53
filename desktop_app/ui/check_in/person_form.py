"""The compact form of the check-in screen for someone not in the registry yet.

Enter submits; if people who look the same are already in the registry they are offered first
(Up/Down picks one, Enter checks that person in); Ctrl+Enter creates the new person anyway;
Esc goes back to the search box. `NewPersonPanel` is the form's widget; `NewPersonForm`, a part
of the check-in screen (view.py wires it), owns it with the likely existing persons on offer and
turns what was typed into the person to check in (`submit`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from desktop_app.messages import RegistreError
from desktop_app.records.validation import ValidationError
from desktop_app.registry.persons import PersonFields, PersonRow, create_person
from desktop_app.store import Database
from desktop_app.store.vocabulary import person_categories
from desktop_app.ui.check_in.day_log import MessageLine, person_label
from desktop_app.ui.check_in.likely_persons import LikelyPersons
from desktop_app.ui.common.formats import sex_label
from desktop_app.ui.common.text import language
from desktop_app.ui.widgets.birth_edit import BirthEdit
from desktop_app.ui.widgets.field_messages import FieldMessages

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_CAPITALISED = re.compile(r"^[^\W\d_]{2,}$")


def split_typed_name(text: str) -> tuple[str, str, str]:
    """(family name, given names, phone) guessed from what was typed in the search box.

    Words in capitals are the family name ("Célestin GUIDIMEY"); digits are a phone number;
    without capitals the last word is taken as the family name.
    """
    words = text.split()
    digits = [w for w in words if any(c.isdigit() for c in w)]
    names = [w for w in words if w not in digits]
    family = [w for w in names if w.isupper() and _CAPITALISED.match(w)]
    given = [w for w in names if w not in family]
    if not family and given:
        family, given = given[-1:], given[:-1]
    return " ".join(family), " ".join(given), " ".join(digits)


class NewPersonPanel(QFrame):
    """`submitted(force_new)` on Enter (False) or Ctrl+Enter (True); `cancelled` on Esc."""

    submitted = Signal(bool)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NewPersonPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.messages = FieldMessages()
        self.family_edit = QLineEdit()
        self.given_edit = QLineEdit()
        self.sex_combo = QComboBox()
        self.sex_combo.addItem(self.tr("not stated"), None)
        self.sex_combo.addItem(self.tr("F (woman)"), "F")
        self.sex_combo.addItem(self.tr("M (man)"), "M")
        self.age_edit = BirthEdit()
        self.age_edit.setMaximumWidth(170)
        self.organisation_edit = QLineEdit()
        self.category_combo = QComboBox()
        self.category_combo.addItem(self.tr("not stated"), None)
        for term in person_categories():
            self.category_combo.addItem(term.label(language()), term.code)
        self.phone_edit = QLineEdit()
        self.candidates = QListWidget()
        self.candidates.setObjectName("likely_candidates")
        self.candidates.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.candidates.setMaximumHeight(110)
        self.candidates_label = QLabel(
            self.tr(
                "Already in the registry? Up/Down picks, Enter checks in that person; "
                "Ctrl+Enter creates a new person anyway."
            )
        )
        self.candidates_label.setWordWrap(True)
        title = QLabel(self.tr("<b>New person</b> — Enter: check in · Esc: back to the search"))
        grid = QGridLayout(self)
        grid.addWidget(title, 0, 0, 1, 4)
        fields: list[tuple[str, str, QWidget]] = [
            ("family_name", self.tr("&Family name:"), self.family_edit),
            ("given_names", self.tr("&Given names:"), self.given_edit),
            ("sex", self.tr("Se&x:"), self.sex_combo),
            ("age", self.tr("Born or a&ge:"), self.age_edit),
            ("organisation_name", self.tr("&Organisation:"), self.organisation_edit),
            ("category", self.tr("Ca&tegory:"), self.category_combo),
            ("phone", self.tr("&Phone:"), self.phone_edit),
        ]
        for number, (field, text, editor) in enumerate(fields):
            editor.setObjectName(f"new_person_{field}")
            editor.installEventFilter(self)
            label = QLabel(text)
            label.setBuddy(editor)
            row, column = 1 + number // 2, (number % 2) * 2
            grid.addWidget(label, row, column)
            grid.addWidget(self.messages.wrap(field, editor), row, column + 1)
        grid.addWidget(self.candidates_label, 5, 0, 1, 4)
        grid.addWidget(self.candidates, 6, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.hide_candidates()

    # Content -----------------------------------------------------------------------------

    def start(self, typed: str) -> None:
        """Clear, pre-fill from the search text, show, and focus the first empty name field."""
        family, given, phone = split_typed_name(typed)
        for edit in (self.family_edit, self.given_edit, self.age_edit):
            edit.clear()
        self.organisation_edit.clear()
        self.family_edit.setText(family)
        self.given_edit.setText(given)
        self.phone_edit.setText(phone)
        self.sex_combo.setCurrentIndex(0)
        self.category_combo.setCurrentIndex(0)
        self.messages.clear()
        self.hide_candidates()
        self.show()
        (self.given_edit if family else self.family_edit).setFocus()

    def person_fields(self, age_on: dt.date) -> PersonFields:
        """What was typed; an age (under 1000) is taken at `age_on`, a birth year or a date of
        birth as is."""
        birth = self.age_edit.birth("age")
        return PersonFields(
            family_name=self.family_edit.text(),
            given_names=self.given_edit.text(),
            sex=self.sex_combo.currentData(),
            birth_year=birth.birth_year,
            birth_date=birth.birth_date,
            age=birth.age,
            age_on=age_on,
            organisation_name=self.organisation_edit.text() or None,
            category=self.category_combo.currentData(),
            phone=self.phone_edit.text() or None,
        )

    def show_errors(self, error: ValidationError) -> list[str]:
        fields = dict(error.fields)
        for name in ("birth_year", "birth_date"):
            if name in fields:
                fields["age"] = fields.pop(name)
        return self.messages.show(fields)

    # Likely existing persons -------------------------------------------------------------

    def show_candidates(self, rows: list[PersonRow]) -> None:
        self.candidates.clear()
        for row in rows:
            # Sex and birth year first: they tell namesakes apart, as in the search's matches.
            parts = [f"{row.family_name.upper()} {row.given_names}".strip()]
            parts += [sex_label(row.sex)] if row.sex else []
            parts += [p for p in (str(row.birth_year or ""), row.organisation, row.phone) if p]
            item = QListWidgetItem(" · ".join(parts))
            item.setData(ID_ROLE, row.id)
            self.candidates.addItem(item)
        self.candidates.setCurrentRow(0)
        self.candidates_label.show()
        self.candidates.show()

    def hide_candidates(self) -> None:
        self.candidates.clear()
        self.candidates_label.hide()
        self.candidates.hide()

    def candidates_shown(self) -> bool:
        return not self.candidates.isHidden() and self.candidates.count() > 0

    def chosen_candidate(self) -> int | None:
        item = self.candidates.currentItem()
        return int(item.data(ID_ROLE)) if item is not None and self.candidates_shown() else None

    # Keys --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                force = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
                self.submitted.emit(force)
                return True
            if key == Qt.Key.Key_Escape:
                self.cancelled.emit()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.candidates_shown():
                step = -1 if key == Qt.Key.Key_Up else 1
                row = self.candidates.currentRow() + step
                self.candidates.setCurrentRow(max(0, min(row, self.candidates.count() - 1)))
                return True
        return super().eventFilter(watched, event)


@dataclass(frozen=True)
class Arrival:
    """The person to check in once the form is submitted."""

    person_id: int
    name: str
    organisation: str
    created: bool  # new in the registry, made by the form


class NewPersonForm(QObject):
    """The new-person form of the check-in screen and the likely existing persons it offers."""

    def __init__(self, database: Database, messages: MessageLine, parent: QWidget) -> None:
        super().__init__(parent)
        self.database = database
        self.messages = messages
        self.panel = NewPersonPanel(parent)
        self.panel.hide()
        self.likely = LikelyPersons(database, self)
        self._candidates: dict[int, PersonRow] = {}  # likely existing persons on offer

    def is_open(self) -> bool:
        return not self.panel.isHidden()

    def open(self, typed: str) -> None:
        """Pre-filled from what was typed in the search box."""
        self.likely.prepare()
        self.panel.start(typed)

    def close(self) -> None:
        self.panel.hide()

    def submit(self, force_new: bool, present: Collection[int], age_on: dt.date) -> Arrival | None:
        """Enter (Ctrl+Enter: `force_new`): the likely existing person chosen, else the person
        created from what was typed. None while the form stays open: likely existing persons
        offered first (unless `force_new`; `present` are checked in that day, not the one
        arriving), or a field refused (said under it)."""
        chosen = self.panel.chosen_candidate()
        if chosen is not None and not force_new:
            row = self._candidates[chosen]
            name = person_label(row.family_name, row.given_names)
            return Arrival(row.id, name, row.organisation or "", created=False)
        try:
            fields = self.panel.person_fields(age_on)
        except ValidationError as error:
            self.panel.show_errors(error)
            return None
        if not force_new and not self.panel.candidates_shown():
            likely = self.likely.find(fields, present=present)
            if likely:
                self._candidates = {row.id: row for row in likely}
                self.panel.show_candidates(likely)
                return None
        try:
            person = create_person(self.database, fields)
        except ValidationError as error:
            unplaced = self.panel.show_errors(error)
            if unplaced:
                self.messages.show("\n".join(unplaced), error=True)
            return None
        except RegistreError as error:
            self.messages.show_error(error)
            return None
        name = person_label(person.family_name, person.given_names)
        return Arrival(person.id, name, person.organisation or "", created=True)

    def typed_name(self, age_on: dt.date) -> str | None:
        """The name typed in the open form when anything is typed in it (unsaved work), else
        None; "…" for something typed but no name."""
        if not self.is_open():
            return None
        try:
            fields = self.panel.person_fields(age_on)
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
        panel = self.panel
        parts = (panel.given_edit.text(), panel.family_edit.text())
        return " ".join(part for part in parts if part.strip()) or "…"
