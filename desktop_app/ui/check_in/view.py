"""The check-in screen: one always-focused search box, matches as you type, Enter checks in.

Keys in the search box: Up/Down (PgUp/PgDn) move the highlight, Enter checks the highlighted
person in (or, with no match, or a whole name that is not the match's, opens the new-person
form), Ins opens the new-person form, Esc clears, Ctrl+Z / Ctrl+Shift+Z undo / redo the last
change of the day shown. Ctrl+R chooses the role of the person being typed, or else of the last
check-in; Ctrl+Shift+S ticks or unticks the signature of the highlighted person (if checked in
that day) or else of the last check-in; Ctrl+PgUp / Ctrl+PgDn change day.

A change to a check-in (role, signature, undo) names the revision the screen shows; one that
someone else changed in between is refused, and the day is read again (`write_refused`).

The screen is one widget in four modules: this one builds it, checks in and reads the keys;
`check_in_day_log.CheckInDayLog` holds the day, its log, its undo stack and the signatures
(revisions); `check_in_roles.CheckInRoles` the roles; `check_in_search.CheckInSearch` finds who
is arriving (the matches, what Enter will do, the new-person form).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.activities.activities import get_activity
from desktop_app.activities.attendance import check_in
from desktop_app.activities.counting import activity_counts
from desktop_app.messages import RegistreError
from desktop_app.registry.persons import PersonRow
from desktop_app.registry.registry_index import RegistryIndex
from desktop_app.store import Database
from desktop_app.ui.check_in.commands import CheckInCommand
from desktop_app.ui.check_in.day_log import CheckInDayLog
from desktop_app.ui.check_in.expected_panel import ExpectedPanel
from desktop_app.ui.check_in.likely_persons import LikelyPersons
from desktop_app.ui.check_in.person_form import NewPersonPanel
from desktop_app.ui.check_in.roles import CheckInRoles, RoleCombo
from desktop_app.ui.check_in.scanning import scanned_in
from desktop_app.ui.check_in.search import CheckInSearch
from desktop_app.ui.common.actions import make_action
from desktop_app.ui.common.changes import ChangeSignal
from desktop_app.ui.common.formats import format_range, role_label
from desktop_app.ui.common.i18n import format_date
from desktop_app.ui.common.text import error_text
from desktop_app.ui.models.check_in import CheckInEntry, CheckInLogModel, CheckInMatchModel
from desktop_app.ui.reports.count_links import CountLabel, CountLine
from desktop_app.ui.reports.count_parts import counter_parts
from desktop_app.ui.reports.explain_dialog import ExplainDialog, open_explanation
from desktop_app.ui.widgets.changed_elsewhere import ChangedElsewhereBar
from desktop_app.ui.widgets.field_messages import ERROR_STYLE

SEARCH_DELAY_MS = 60


class CheckInView(CheckInDayLog, CheckInRoles, CheckInSearch, QWidget):
    counts_changed = Signal()
    undo_stack_changed = Signal(object)  # the QUndoStack of the day now shown

    def __init__(
        self,
        database: Database,
        activity_id: int,
        day: dt.date | None = None,
        youth_threshold: int = 30,
        parent: QWidget | None = None,
        index: RegistryIndex | None = None,
        changes: ChangeSignal | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CheckInView")
        self.database = database
        self.changes = changes if changes is not None else ChangeSignal(self)
        self.index = index if index is not None else RegistryIndex(database)
        self.likely = LikelyPersons(database, self)
        self._created: list[int] = []  # persons created here, for a fresher index to know
        self.activity = get_activity(database, activity_id)
        self.youth_threshold = youth_threshold
        self._undo_stacks: dict[dt.date, QUndoStack] = {}  # one per day
        self._present: dict[int, tuple[int, str]] = {}  # person id -> (attendance id, role)
        self._usual_roles: dict[int, str] = {}  # person id -> the role held on other days
        self._role_choice: str | None = None  # chosen (Ctrl+R) for the arrival being typed
        self._highlight_chosen = False  # moved with the arrows since the last search
        self._activity_persons: set[int] = set()  # checked in to the activity, any day
        # attendance id -> the revision last shown or saved here, sent as expected_revision=
        self._revisions: dict[int, int] = {}
        self._candidates: dict[int, PersonRow] = {}  # likely existing persons on offer
        self._build()
        today = dt.date.today()
        start = day or (today if today in self.activity.days else self.activity.start_date)
        days = self.activity.days
        self.undo_stack = self.undo_stack_of(start if start in days else days[0])
        self.day_combo.setCurrentIndex(days.index(start) if start in days else 0)
        self.reload_day()
        self.changes.changed.connect(self.apply_changes)

    # Building ----------------------------------------------------------------------------

    def _title_text(self) -> str:
        return (
            f"<b>{self.activity.title}</b> — "
            f"{format_range(self.activity.start_date, self.activity.end_date)}, "
            f"{self.activity.city}"
        )

    def activity_changed(self) -> None:
        """The activity was edited elsewhere: its title, its days, then the day shown."""
        day = self.current_day()
        self.activity = get_activity(self.database, self.activity.id)
        self.title_label.setText(self._title_text())
        days = self.activity.days
        self.day_combo.blockSignals(True)  # one reading of the day, below
        self.day_combo.clear()
        for each in days:
            self.day_combo.addItem(format_date(each))
        self.day_combo.setCurrentIndex(days.index(day) if day in days else 0)
        self.day_combo.blockSignals(False)
        self.reload_day()

    def _build(self) -> None:
        title = self.title_label = QLabel(self._title_text())
        title.setObjectName("check_in_title")
        title.setWordWrap(True)
        self.day_combo = QComboBox()
        self.day_combo.setObjectName("check_in_day")
        for day in self.activity.days:
            self.day_combo.addItem(format_date(day))
        self.day_combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.role_combo = RoleCombo()
        self.role_combo.setToolTip(
            self.tr(
                "Role (Ctrl+R) of the person being typed, or of the last check-in when the "
                "search box is empty"
            )
        )

        self.previous_day_action = make_action(
            self, self.tr("Previous day"), lambda: self.step_day(-1), "Ctrl+PgUp"
        )
        self.next_day_action = make_action(
            self, self.tr("Next day"), lambda: self.step_day(1), "Ctrl+PgDown"
        )
        self.role_action = make_action(
            self,
            self.tr("Role of the person being typed, or of the last check-in"),
            self.choose_role,
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
        for action in (
            self.previous_day_action,
            self.next_day_action,
            self.role_action,
            self.sign_action,
            self.new_person_action,
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(QLabel(self.tr("Day:")))
        top.addWidget(self._button(self.previous_day_action, "◀"))
        top.addWidget(self.day_combo)
        top.addWidget(self._button(self.next_day_action, "▶"))

        # Each count opens the persons behind it (Tab to it, then Enter, Space or a click).
        self.counter_label = CountLine()
        self.counter_label.setObjectName("check_in_counter")
        font = QFont(self.counter_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.counter_label.setFont(font)
        self.counter_label.activated.connect(self.open_count)
        self.day_label = CountLabel(field="team")
        self.day_label.setObjectName("check_in_day_counts")
        self.day_label.setToolTip(self.tr("Enter or click: the facilitation team"))
        self.day_label.activated.connect(self.open_count)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("check_in_search")
        self.search_edit.setPlaceholderText(
            self.tr("Type a name, an organisation or a phone number, then Enter")
        )
        search_font = QFont(self.search_edit.font())
        search_font.setPointSizeF(search_font.pointSizeF() * 1.3)
        self.search_edit.setFont(search_font)
        self.search_edit.installEventFilter(self)
        role_label_widget = QLabel(self.tr("Role (Ctrl+R):"))
        role_label_widget.setBuddy(self.role_combo)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(role_label_widget)
        search_row.addWidget(self.role_combo)
        search_row.addWidget(self._button(self.new_person_action, self.tr("New person")))
        search_row.addWidget(self._button(self.undo_action, self.tr("Undo")))
        self.next_label = QLabel()  # what Enter will do
        self.next_label.setObjectName("check_in_next")
        self.next_label.setWordWrap(True)
        next_font = QFont(self.next_label.font())
        next_font.setBold(True)
        self.next_label.setFont(next_font)

        self.matches = CheckInMatchModel(self)
        self.match_table = self._table(self.matches, "check_in_matches")
        self.match_table.doubleClicked.connect(lambda index: self._check_in_row(index.row()))
        self.new_person = NewPersonPanel(self)
        self.new_person.hide()
        self.new_person.submitted.connect(self.submit_new_person)
        self.new_person.cancelled.connect(self.cancel_new_person)
        self.message_label = QLabel()
        self.message_label.setObjectName("check_in_message")
        self.message_label.setWordWrap(True)
        self.changed_elsewhere = ChangedElsewhereBar(self)
        self.changed_elsewhere.reload_button.hide()  # the day is read again at once
        self.log = CheckInLogModel(self, sign=self._sign)
        self.log_table = self._table(self.log, "check_in_log")
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

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(self._typed)
        self.day_combo.currentIndexChanged.connect(lambda _index: self.reload_day())
        self.role_combo.activated.connect(self.role_chosen)
        self.role_combo.closed.connect(self.focus_first)

    def _button(self, action: object, text: str) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)  # type: ignore[arg-type]
        button.setText(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    def _table(self, model: CheckInMatchModel | CheckInLogModel, name: str) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # the rows on screen: not 800 at each check-in
        header.setStretchLastSection(True)
        # Rows inserted one by one (check-ins) do not resize the columns by themselves.
        model.rowsInserted.connect(lambda *_: header.resizeSections())
        return table

    def focus_first(self) -> None:
        self.search_edit.setFocus()

    def _typed(self, text: str) -> None:
        if not text.strip():
            self.forget_role_choice()  # a role chosen was for the arrival being typed
        self.search_timer.start()

    # Counters ----------------------------------------------------------------------------

    def refresh_counts(self) -> None:
        # Here, not in a part: PySide's tr() finds a part's texts through the class hierarchy,
        # but not a text with a count, which must be in the widget's own class.
        counts = activity_counts(self.database, self.activity.id, self.youth_threshold)
        self.counter_label.set_counts(
            counter_parts(counts.participants, counts.women, counts.youth)
        )
        self.day_label.setText(
            self.tr("{day}: %Ln checked in · team {team}", "", len(self._present)).format(
                day=format_date(self.current_day()), team=counts.team
            )
        )
        self.counts_changed.emit()

    def open_count(self, field: str) -> ExplainDialog:
        """The persons behind a count of the counter; then back to the search box."""
        dialog = open_explanation(
            self,
            self.database,
            field,
            activity_id=self.activity.id,
            youth_threshold=self.youth_threshold,
        )
        dialog.finished.connect(lambda _result: self.focus_first())
        return dialog

    # Checking in -------------------------------------------------------------------------

    def check_in_person(self, person_id: int, name: str, organisation: str) -> bool:
        """Check the person in on the day shown, in the role `role_for` gives them."""
        role = self.role_for(person_id)
        try:
            record = check_in(self.database, self.activity.id, person_id, self.current_day(), role)
        except RegistreError as error:
            self.show_error(error)
            return False
        if record.already_present:
            if self.shown_revision(record.id) != record.revision:
                self.reload_day()  # checked in or changed by someone else since it was read
            self.show_message(
                self.tr("{name} is already checked in on this day (as {role}).").format(
                    name=name, role=role_label(record.role)
                )
            )
        else:
            entry = CheckInEntry(
                record.id,
                person_id,
                name,
                organisation,
                role,
                record.checked_in_at,
                record.signed,
                record.revision,
            )
            self._present[person_id] = (record.id, role)
            self._activity_persons.add(person_id)
            self._revisions[record.id] = record.revision
            self.log.add_first(entry)
            present = {pid: r for pid, (_aid, r) in self._present.items()}
            self.matches.set_present(present, repaint=False)  # the matches are cleared below
            self.undo_stack.push(CheckInCommand(self, record, entry))
            self.announce_attendance()
            self.show_message(
                self.tr("{name} checked in as {role}.").format(name=name, role=role_label(role))
            )
            self.refresh_counts()
        self.search_edit.setText("")  # also forgets the box's own undo history
        self.matches.set_rows([])
        self.show_next()
        self.focus_first()
        return not record.already_present

    # Messages and keys -------------------------------------------------------------------

    def show_message(self, text: str, error: bool = False) -> None:
        self.changed_elsewhere.hide()
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")
        self.message_label.setText(text)

    def show_error(self, error: BaseException) -> None:
        self.show_message(error_text(error), error=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.search_edit or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo)
        box_undo = (undo and self.search_edit.isUndoAvailable()) or (
            redo and self.search_edit.isRedoAvailable()
        )
        if event.type() == QEvent.Type.ShortcutOverride and (undo or redo) and not box_undo:
            event.accept()  # our Ctrl+Z, not the main window's
            return True
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        if (undo or redo) and not box_undo:
            (self.undo_on_this_day if undo else self.redo_on_this_day)()
            return True
        key = event.key()
        steps = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_PageUp: -10,
            Qt.Key.Key_PageDown: 10,
        }
        if key in steps and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if self.search_timer.isActive():
                self.run_search()
            self.move_highlight(steps[Qt.Key(key)])
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not scanned_in(self):  # a badge's code, from a scanner (ui/check_in/scanning.py)
                self.check_in_highlighted()
            return True
        if key == Qt.Key.Key_Escape:
            self.search_edit.setText("")  # also forgets the box's own undo history
            self.matches.set_rows([])
            return True
        return super().eventFilter(watched, event)
