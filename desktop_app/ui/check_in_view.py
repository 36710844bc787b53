"""The check-in screen: one always-focused search box, matches as you type, Enter checks in.

Keys in the search box: Up/Down (PgUp/PgDn) move the highlight, Enter checks the highlighted
person in (or, with no match, opens the new-person form), Ins opens the new-person form, Esc
clears, Ctrl+Z / Ctrl+Shift+Z undo / redo the last check-in. Ctrl+R chooses the role of the next
check-ins, Ctrl+Shift+R gives that role to the highlighted person (if checked in that day) or
else to the last check-in, Ctrl+Shift+S ticks or unticks that one's signature, Ctrl+PgUp /
Ctrl+PgDn change day.

A change to a check-in (role, signature, undo) names the revision the screen shows; one that
someone else changed in between is refused, and the day is read again (`write_refused`).

The screen is one widget in three modules: this one builds it, checks in and reads the keys;
`check_in_day_log.CheckInDayLog` holds the day, its log and the changes made to it (role,
signature, revisions); `check_in_search.CheckInSearch` finds who is arriving (the matches, the
new-person form).
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

from desktop_app.messages import RegistreError
from desktop_app.reports.counting import activity_counts
from desktop_app.services.activities import get_activity
from desktop_app.services.attendance import DEFAULT_ROLE, check_in
from desktop_app.services.persons import PersonRow
from desktop_app.services.registry_index import RegistryIndex
from desktop_app.store import Database
from desktop_app.store.vocabulary import attendance_roles
from desktop_app.ui.actions import make_action, show_shortcut_in_tooltip
from desktop_app.ui.changed_elsewhere import ChangedElsewhereBar
from desktop_app.ui.check_in_commands import CheckInCommand
from desktop_app.ui.check_in_day_log import CheckInDayLog
from desktop_app.ui.check_in_person_form import NewPersonPanel
from desktop_app.ui.check_in_search import CheckInSearch
from desktop_app.ui.field_messages import ERROR_STYLE
from desktop_app.ui.formats import counter_text, format_range, role_label
from desktop_app.ui.i18n import format_date
from desktop_app.ui.likely_persons import LikelyPersons
from desktop_app.ui.models.check_in import CheckInEntry, CheckInLogModel, CheckInMatchModel
from desktop_app.ui.text import error_text, language

SEARCH_DELAY_MS = 60


class CheckInView(CheckInDayLog, CheckInSearch, QWidget):
    counts_changed = Signal()

    def __init__(
        self,
        database: Database,
        activity_id: int,
        day: dt.date | None = None,
        youth_threshold: int = 30,
        parent: QWidget | None = None,
        index: RegistryIndex | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CheckInView")
        self.database = database
        self.index = index if index is not None else RegistryIndex(database)
        self.likely = LikelyPersons(database, self)
        self._created: list[int] = []  # persons created here, for a fresher index to know
        self.activity = get_activity(database, activity_id)
        self.youth_threshold = youth_threshold
        self.undo_stack = QUndoStack(self)
        self._present: dict[int, tuple[int, str]] = {}  # person id -> (attendance id, role)
        # attendance id -> the revision last shown or saved here, sent as expected_revision=
        self._revisions: dict[int, int] = {}
        self._candidates: dict[int, PersonRow] = {}  # likely existing persons on offer
        self._build()
        today = dt.date.today()
        start = day or (today if today in self.activity.days else self.activity.start_date)
        days = self.activity.days
        self.day_combo.setCurrentIndex(days.index(start) if start in days else 0)
        self.reload_day()

    # Building ----------------------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel(
            f"<b>{self.activity.title}</b> — "
            f"{format_range(self.activity.start_date, self.activity.end_date)}, "
            f"{self.activity.city}"
        )
        title.setObjectName("check_in_title")
        title.setWordWrap(True)
        self.day_combo = QComboBox()
        self.day_combo.setObjectName("check_in_day")
        for day in self.activity.days:
            self.day_combo.addItem(format_date(day))
        self.day_combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("check_in_role")
        for term in attendance_roles():
            self.role_combo.addItem(term.label(language()), term.code)

        self.previous_day_action = make_action(
            self, self.tr("Previous day"), lambda: self.step_day(-1), "Ctrl+PgUp"
        )
        self.next_day_action = make_action(
            self, self.tr("Next day"), lambda: self.step_day(1), "Ctrl+PgDown"
        )
        self.role_action = make_action(
            self, self.tr("Role of the next check-ins"), self.choose_role, "Ctrl+R"
        )
        self.last_role_action = make_action(
            self,
            self.tr("Give this role to the highlighted person, or to the last check-in"),
            self.apply_role_to_last,
            "Ctrl+Shift+R",
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
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        show_shortcut_in_tooltip(self.undo_action)
        self.undo_action.setShortcuts([])  # the search box handles Ctrl+Z (see eventFilter)
        for action in (
            self.previous_day_action,
            self.next_day_action,
            self.role_action,
            self.last_role_action,
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
        top.addSpacing(12)
        role_label_widget = QLabel(self.tr("Role:"))
        role_label_widget.setBuddy(self.role_combo)
        top.addWidget(role_label_widget)
        top.addWidget(self.role_combo)
        top.addWidget(self._button(self.last_role_action, self.tr("Apply to last")))

        self.counter_label = QLabel()
        self.counter_label.setObjectName("check_in_counter")
        font = QFont(self.counter_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.counter_label.setFont(font)
        self.day_label = QLabel()
        self.day_label.setObjectName("check_in_day_counts")

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("check_in_search")
        self.search_edit.setPlaceholderText(
            self.tr("Type a name, an organisation or a phone number, then Enter")
        )
        search_font = QFont(self.search_edit.font())
        search_font.setPointSizeF(search_font.pointSizeF() * 1.3)
        self.search_edit.setFont(search_font)
        self.search_edit.installEventFilter(self)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self._button(self.new_person_action, self.tr("New person")))
        search_row.addWidget(self._button(self.undo_action, self.tr("Undo")))

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
        layout.addLayout(search_row)
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
        self.search_edit.textChanged.connect(lambda _text: self.search_timer.start())
        self.day_combo.currentIndexChanged.connect(lambda _index: self.reload_day())
        self.role_combo.activated.connect(lambda _index: self.focus_first())

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
        header.setStretchLastSection(True)
        return table

    def focus_first(self) -> None:
        self.search_edit.setFocus()

    # Counters ----------------------------------------------------------------------------

    def refresh_counts(self) -> None:
        # Here, not in a part: PySide's tr() finds a part's texts through the class hierarchy,
        # but not a text with a count, which must be in the widget's own class.
        counts = activity_counts(self.database, self.activity.id, self.youth_threshold)
        self.counter_label.setText(counter_text(counts.participants, counts.women, counts.youth))
        self.day_label.setText(
            self.tr("{day}: %Ln checked in · team {team}", "", len(self._present)).format(
                day=format_date(self.current_day()), team=counts.team
            )
        )
        self.counts_changed.emit()

    # Checking in -------------------------------------------------------------------------

    def check_in_person(self, person_id: int, name: str, organisation: str) -> bool:
        role = str(self.role_combo.currentData() or DEFAULT_ROLE)
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
            self._revisions[record.id] = record.revision
            self.log.add_first(entry)
            present = {pid: r for pid, (_aid, r) in self._present.items()}
            self.matches.set_present(present, repaint=False)  # the matches are cleared below
            self.undo_stack.push(CheckInCommand(self, record, entry))
            self.show_message(
                self.tr("{name} checked in as {role}.").format(name=name, role=role_label(role))
            )
            self.refresh_counts()
        self.search_edit.setText("")  # also forgets the box's own undo history
        self.matches.set_rows([])
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
            (self.undo_stack.undo if undo else self.undo_stack.redo)()
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
            self.check_in_highlighted()
            return True
        if key == Qt.Key.Key_Escape:
            self.search_edit.setText("")  # also forgets the box's own undo history
            self.matches.set_rows([])
            return True
        return super().eventFilter(watched, event)
