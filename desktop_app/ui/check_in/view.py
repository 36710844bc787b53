"""The check-in screen: one always-focused search box, matches as you type, Enter checks in.

Keys in the search box: Up/Down (PgUp/PgDn) move the highlight, Enter checks the highlighted
person in (or, with no match, or a whole name that is not the match's, opens the new-person
form), Ins opens the new-person form, Esc clears, Ctrl+Z / Ctrl+Shift+Z undo / redo the last
change of the day shown. Ctrl+R chooses the role of the person being typed, or else of the last
check-in; Ctrl+Shift+S ticks or unticks the signature of the highlighted person (if checked in
that day) or else of the last check-in; Ctrl+PgUp / Ctrl+PgDn change day.

The screen is composed of parts, each owning its widgets and its state, wired here:
`search.CheckInSearch` (the box, the matches, the highlight, the person index's searches),
`day_log.CheckInDayLog` (the day, who is here, the log, the undo stack, every write to the day's
check-ins and the revisions guarding them), `roles.CheckInRoles` (the role list and the role
chosen for the arrival) and `person_form.NewPersonForm` (the new-person form and the likely
existing persons), with `counter.CheckInCounter` above them. This module lays them out,
reads the keys and acts on Enter as `enter.next_step` decides, the rule the line under the
search box states before Enter is pressed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from desktop_app.activities.activities import get_activity
from desktop_app.messages import RegistreError
from desktop_app.registry.persons import PersonRow
from desktop_app.store import Database
from desktop_app.ui.check_in.camera import camera_action
from desktop_app.ui.check_in.counter import CheckInCounter
from desktop_app.ui.check_in.day_log import CheckInDayLog, MessageLine, person_label
from desktop_app.ui.check_in.enter import next_step, not_the_match_text, step_text
from desktop_app.ui.check_in.expected_panel import ExpectedPanel
from desktop_app.ui.check_in.likely_persons import LikelyPersons
from desktop_app.ui.check_in.person_form import Arrival, NewPersonForm
from desktop_app.ui.check_in.roles import CheckInRoles
from desktop_app.ui.check_in.scanning import scanned_in
from desktop_app.ui.check_in.search import CheckInSearch
from desktop_app.ui.common.actions import make_action
from desktop_app.ui.common.changes import Changes, ChangeSignal
from desktop_app.ui.common.current_activity import CurrentActivity
from desktop_app.ui.common.formats import format_range, role_label


class CheckInView(QWidget):
    counts_changed = Signal()
    undo_stack_changed = Signal(object)  # the QUndoStack of the day now shown

    def __init__(
        self,
        database: Database,
        activity_id: int,
        day: dt.date | None = None,
        youth_threshold: int = 30,
        parent: QWidget | None = None,
        changes: ChangeSignal | None = None,
        current: CurrentActivity | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CheckInView")
        self.database = database
        self.changes = changes if changes is not None else ChangeSignal(self)
        self.activity = get_activity(database, activity_id)
        self.youth_threshold = youth_threshold
        self.messages = MessageLine(self)
        self.search = CheckInSearch(database, self)
        self.day = CheckInDayLog(database, self.activity, day, self.messages, self)
        self.roles = CheckInRoles(self.day, self.search, self.messages, self)
        self.form = NewPersonForm(database, self.messages, self)
        self.counter = CheckInCounter(database, activity_id, youth_threshold, self)
        # The parts' widgets, by the names the tests and the keyboard guide know.
        self.search_edit = self.search.edit
        self.matches, self.match_table = self.search.matches, self.search.table
        self.log, self.log_table = self.day.log, self.day.table
        self.day_combo = self.day.combo
        self.role_combo = self.roles.combo
        self.new_person = self.form.panel
        self.message_label = self.messages.label
        self.counter_label, self.day_label = self.counter.line, self.counter.day_line
        self.changed_elsewhere = self.messages.changed_elsewhere
        self._build()
        self._wire()
        self.day.reload()
        self.changes.changed.connect(self.apply_changes)
        if current is not None:  # on screen, its activity is the window's current one
            current.follow(self, lambda: self.activity.id)

    # Building ----------------------------------------------------------------------------

    def _title_text(self) -> str:
        return (
            f"<b>{self.activity.title}</b> — "
            f"{format_range(self.activity.start_date, self.activity.end_date)}, "
            f"{self.activity.city}"
        )

    def _build(self) -> None:
        title = self.title_label = QLabel(self._title_text())
        title.setObjectName("check_in_title")
        title.setWordWrap(True)
        self.previous_day_action = make_action(
            self, self.tr("Previous day"), lambda: self.step_day(-1), "Ctrl+PgUp"
        )
        self.next_day_action = make_action(
            self, self.tr("Next day"), lambda: self.step_day(1), "Ctrl+PgDown"
        )
        self.role_action = make_action(
            self,
            self.tr("Role of the person being typed, or of the last check-in"),
            self.roles.choose,
            "Ctrl+R",
        )
        self.sign_action = make_action(
            self,
            self.tr("Signed: tick or untick the highlighted person, or the last check-in"),
            self.toggle_signed,
            "Ctrl+Shift+S",
        )
        self.new_person_action = make_action(
            self, self.tr("New person"), self.start_new_person, "Ins"
        )
        self.undo_action = make_action(
            self,
            self.tr("Undo the last change of this day"),
            self.undo_on_this_day,
            QKeySequence.StandardKey.Undo,
        )
        self.undo_action.setShortcuts([])  # the search box handles Ctrl+Z (see eventFilter)
        self.camera_action = camera_action(self)  # ui/check_in/camera.py, off until F9
        for action in (
            self.previous_day_action,
            self.next_day_action,
            self.role_action,
            self.sign_action,
            self.new_person_action,
            self.camera_action,
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(QLabel(self.tr("Day:")))
        top.addWidget(self._button(self.previous_day_action, "◀"))
        top.addWidget(self.day_combo)
        top.addWidget(self._button(self.next_day_action, "▶"))

        role_label_widget = QLabel(self.tr("Role (Ctrl+R):"))
        role_label_widget.setBuddy(self.role_combo)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(role_label_widget)
        search_row.addWidget(self.role_combo)
        search_row.addWidget(self._button(self.new_person_action, self.tr("New person")))
        search_row.addWidget(self._button(self.undo_action, self.tr("Undo")))
        search_row.addWidget(self._button(self.camera_action, self.tr("Camera")))
        self.next_label = QLabel()  # what Enter will do
        self.next_label.setObjectName("check_in_next")
        self.next_label.setWordWrap(True)
        next_font = QFont(self.next_label.font())
        next_font.setBold(True)
        self.next_label.setFont(next_font)
        log_title = QLabel(self.tr("Checked in on this day (latest first)"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.counter_label)
        layout.addWidget(self.day_label)
        self.expected_panel = ExpectedPanel.for_screen(self)  # ui/check_in/expected_panel.py
        layout.addWidget(self.expected_panel)
        layout.addLayout(search_row)
        layout.addWidget(self.next_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.changed_elsewhere)
        layout.addWidget(self.match_table, 3)
        layout.addWidget(self.new_person)
        log_row = QHBoxLayout()
        log_row.addWidget(log_title, 1)
        log_row.addWidget(self._button(self.sign_action, self.tr("Signed")))
        layout.addLayout(log_row)
        layout.addWidget(self.log_table, 2)
        self.setFocusProxy(self.search_edit)

    def _button(self, action: object, text: str) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)  # type: ignore[arg-type]
        button.setText(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    def _wire(self) -> None:
        """How the parts answer one another."""
        self.search.entered.connect(self.enter)
        self.search.undo_asked.connect(self._undo_asked)
        self.search_edit.textChanged.connect(self._typed)
        self.search.changed.connect(self.show_next)
        self.match_table.doubleClicked.connect(
            lambda index: self.check_in_match(self.matches.row_at(index.row()))
        )
        self.day.reloaded.connect(self._day_read)
        self.day.written.connect(self._written)
        self.day.undo_stack_changed.connect(self.undo_stack_changed)
        self.roles.acted.connect(self._role_acted)
        self.role_combo.closed.connect(self.focus_first)
        self.new_person.submitted.connect(self.enter)
        self.new_person.cancelled.connect(self.cancel_new_person)
        self.counter.closed.connect(self.focus_first)

    # What the parts hold, as the window and the tests ask for it -------------------------

    @property
    def undo_stack(self) -> QUndoStack:
        """The undo stack of the day shown (Edit ▸ Undo follows `undo_stack_changed`)."""
        return self.day.undo_stack

    @property
    def likely(self) -> LikelyPersons:
        return self.form.likely

    def current_day(self) -> dt.date:
        return self.day.current_day()

    def run_search(self) -> None:
        self.search.run()

    def highlighted_row(self) -> int:
        return self.search.highlighted_row()

    def highlighted_person(self) -> PersonRow | None:
        return self.search.highlighted()

    def focus_first(self) -> None:
        self.search_edit.setFocus()

    # The parts' news ---------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        if not text.strip():
            self.roles.forget_choice()  # a role chosen was for the arrival being typed

    def _day_read(self) -> None:
        self.search.set_present(self.day.present_roles(), self.day.usual_roles())
        self.refresh_counts()
        self.show_next()

    def _written(self) -> None:
        self.announce_attendance()
        self.focus_first()

    def _role_acted(self) -> None:
        self.show_next()
        self.focus_first()

    def announce_attendance(self) -> None:
        self.changes.announce(Changes.of(attendance={self.activity.id}), self)

    def apply_changes(self, changes: Changes, source: object) -> None:
        """What other writes changed: the registry search learns the persons written, and the
        day is read again when the activity, its attendance or one of its persons changed."""
        if source is self:
            return
        if changes.persons:
            self.search.persons_changed(changes.persons)
        activity_id = self.activity.id
        if activity_id in changes.activities:
            self.activity_changed()  # reads the day too
        elif activity_id in changes.attendance or self.day.touches(changes.persons):
            self.day.reload()
        elif activity_id in changes.head_counts:
            self.refresh_counts()

    def activity_changed(self) -> None:
        """The activity was edited elsewhere: its title, its days, then the day shown."""
        self.activity = get_activity(self.database, self.activity.id)
        self.title_label.setText(self._title_text())
        self.day.set_activity(self.activity)

    # Counters ----------------------------------------------------------------------------

    def refresh_counts(self) -> None:
        self.counter.refresh(self.current_day(), self.day.count())
        self.counts_changed.emit()

    # Enter -------------------------------------------------------------------------------

    def enter(self, force_new: bool = False) -> None:
        """Enter in the search box or the new-person form (Ctrl+Enter there: `force_new`)."""
        if self.form.is_open():
            self.submit_new_person(force_new)
            return
        if scanned_in(self):  # a badge's code, from a scanner (ui/check_in/scanning.py)
            return
        self.search.flush()  # Enter typed before the pause: what is in the box
        step = next_step(self.search, self.day, self.roles)
        if step.kind == "new":
            self.start_new_person(closest=step.person)
        elif step.kind in ("check_in", "here"):
            self.check_in_match(step.person)

    def show_message(self, text: str, error: bool = False) -> None:
        self.messages.show(text, error)

    def show_next(self) -> None:
        """The line under the search box: what Enter will do. The role list follows."""
        if self.form.is_open():
            return  # the form is what Enter submits; the line says why it opened, if it must
        self.roles.show_target_role()
        step = next_step(self.search, self.day, self.roles)
        self.next_label.setText(step_text(step, self.search, self.day))

    # Checking in -------------------------------------------------------------------------

    def check_in_match(self, person: PersonRow | None) -> None:
        if person is not None:
            name = person_label(person.family_name, person.given_names)
            self.check_in_person(person.id, name, person.organisation or "")

    def check_in_person(self, person_id: int, name: str, organisation: str) -> bool:
        """Check the person in on the day shown, in the role `role_for` gives them."""
        role = self.roles.role_for(person_id)
        try:
            record = self.day.check_in(person_id, name, organisation, role)
        except RegistreError as error:
            self.messages.show_error(error)
            return False
        if record.already_present:
            self.messages.show(
                self.tr("{name} is already checked in on this day (as {role}).").format(
                    name=name, role=role_label(record.role)
                )
            )
        else:
            self.search.set_present(self.day.present_roles(), repaint=False)  # cleared below
            self.announce_attendance()
            self.messages.show(
                self.tr("{name} checked in as {role}.").format(name=name, role=role_label(role))
            )
            self.refresh_counts()
        self.search.clear()
        self.show_next()
        self.focus_first()
        return not record.already_present

    # New person --------------------------------------------------------------------------

    def start_new_person(self, closest: PersonRow | None = None) -> None:
        """The new-person form, pre-filled from the search box; `closest`: the match the typed
        name is not, named above the form."""
        self.search.pause()  # room for the form; the search box keeps what was typed
        self.form.open(self.search_edit.text())
        self.next_label.setText(not_the_match_text(self.search, closest) if closest else "")

    def submit_new_person(self, force_new: bool) -> None:
        """Enter in the form: the person it gives is checked in (and announced, if created)."""
        present = self.day.present_ids()
        arrival = self.form.submit(force_new, present, self.activity.start_date)
        if arrival is not None:
            self._arrived(arrival)

    def _arrived(self, arrival: Arrival) -> None:
        if arrival.created:
            self.changes.announce(Changes.of(persons={arrival.person_id}), self)
        self.close_new_person()
        self.check_in_person(arrival.person_id, arrival.name, arrival.organisation)

    def close_new_person(self) -> None:
        self.form.close()
        self.search.resume()
        self.show_next()

    def cancel_new_person(self) -> None:
        self.close_new_person()
        self.search.run()  # the matches of what is still typed, and what Enter does
        self.focus_first()

    # Unsaved work, asked about when the main window closes (unsaved_work.HoldsUnsavedWork).

    def unsaved_work(self) -> str | None:
        """The new-person form, open with something typed in it."""
        name = self.form.typed_name(self.activity.start_date)
        if name is None:
            return None
        return self.tr("New person at the check-in: {name}").format(name=name)

    def save_unsaved_work(self) -> bool:
        """Enter in the form: created and checked in, unless a likely existing person is
        offered first or a field is refused (the form stays open, saying why)."""
        self.submit_new_person(False)
        return not self.form.is_open()

    def discard_unsaved_work(self) -> None:
        self.cancel_new_person()

    # The day's other keys ----------------------------------------------------------------

    def step_day(self, step: int) -> None:
        self.day.step(step)
        self.focus_first()

    def undo_on_this_day(self) -> None:
        self.day.undo()
        self.focus_first()

    def redo_on_this_day(self) -> None:
        self.day.redo()
        self.focus_first()

    def _undo_asked(self, redo: bool) -> None:
        (self.redo_on_this_day if redo else self.undo_on_this_day)()

    def toggle_signed(self) -> None:
        """Ctrl+Shift+S: tick or untick the signature of the highlighted person if checked in
        that day, otherwise of the last check-in."""
        person = self.search.highlighted()
        if person is not None and self.day.present_role(person.id) is not None:
            entry = self.day.entry_of(person.id)
        else:
            entry = self.day.last()
        if entry is not None and self.day.toggle_signed(entry):
            self.search.clear()
        self.focus_first()
