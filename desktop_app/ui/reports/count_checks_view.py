"""Data checks: what to look at before sending the counts of an activity or a period.

A view of the main window (*View ▸ Data checks*, Ctrl+8; *Reports ▸ Check the counts of the
activity…*, Ctrl+Shift+C, for the activity chosen in the list). On the left the checks with
how many findings each has (Up/Down), on the right the findings of the one chosen; Enter (or
a double click) opens what fixes it: the person, the activity, its head counts or its
attendance grid (a possible duplicate: both persons). F5 checks again. The checks run off
the UI thread (the duplicate finder reads the whole registry). Its menu entries:
ui/reports/checks_menu.py.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.activities.activities import get_activity
from desktop_app.activities.counting import PeriodFilter
from desktop_app.checks.checks import (
    ACTIVITY,
    ATTENDANCE,
    CONTEXT,
    HEAD_COUNTS,
    PERSON,
    Check,
    CheckReport,
    Finding,
    check_counts,
)
from desktop_app.messages import RegistreError, UserMessage
from desktop_app.settings import load_settings
from desktop_app.store import Database
from desktop_app.ui.common.current_activity import CurrentActivity
from desktop_app.ui.common.formats import role_label
from desktop_app.ui.common.i18n import format_date, format_number, format_percent
from desktop_app.ui.common.record_links import links_for
from desktop_app.ui.common.text import error_text, language, translate_message
from desktop_app.ui.common.worker import Task, run_task
from desktop_app.ui.models.rows import Column, RowTableModel
from desktop_app.ui.widgets.open_on_enter_table import OpenOnEnterTable

if TYPE_CHECKING:
    pass

LIST_WIDTH, ACTIVITY_WIDTH = 330, 300  # pixels: the checks' names and the activity column
TITLE_CHARS = 70  # an activity's title beyond this is cut short in the scope line


class FindingTableModel(RowTableModel[Finding]):
    def columns(self) -> list[Column[Finding]]:
        return [
            Column(
                self.tr("Activity"),
                lambda f: (
                    f"{format_date(f.activity.start_date)} {f.activity.title}" if f.activity else ""
                ),
            ),
            Column(self.tr("Day"), self._day),
            Column(self.tr("Who"), self._who),
            Column(self.tr("Role"), lambda f: ", ".join(role_label(r) for r in f.roles)),
            Column(self.tr("What"), lambda f: translate_message(f.detail)),
        ]

    def _activity(self, finding: Finding) -> str:
        activity = finding.activity
        return f"{format_date(activity.start_date)} {activity.title}" if activity else ""

    def _day(self, finding: Finding) -> str:
        if finding.day is not None:
            return format_date(finding.day)
        return self.tr("every day") if finding.head_count_id is not None else ""

    def _who(self, finding: Finding) -> str:
        if finding.other_person_id is not None:
            return f"{finding.person_name} / {finding.other_person_name}"
        if finding.person_id is not None:
            return finding.person_name
        if finding.head_count_id is not None:
            return self.tr("Head count #{id}").format(id=finding.head_count_id)
        return ""


class CountChecksView(QWidget):
    """Emits `checked` when a report is on screen."""

    checked = Signal()

    def __init__(
        self,
        database: Database,
        current_activity: CurrentActivity | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CountChecksView")
        self.database = database
        self.current_activity = current_activity or CurrentActivity(self)
        self.report: CheckReport | None = None
        self._task: Task | None = None
        self._activity: tuple[int, str] | None = None
        self._build()
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.run)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _build(self) -> None:
        today = dt.date.today()
        self.activity_radio = QRadioButton(self.tr("The &activity chosen in the list"), self)
        self.period_radio = QRadioButton(self.tr("The &period"), self)
        self.period_radio.setChecked(True)
        self.start_edit = self._date_edit(dt.date(today.year, 1, 1))
        self.end_edit = self._date_edit(dt.date(today.year, 12, 31))
        self.check_button = QPushButton(self.tr("&Check"), self)
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.run)
        scope = QHBoxLayout()
        scope.addWidget(QLabel(self.tr("Check:"), self))
        scope.addWidget(self.activity_radio)
        scope.addSpacing(12)
        scope.addWidget(self.period_radio)
        scope.addWidget(self.start_edit)
        scope.addWidget(QLabel("–", self))
        scope.addWidget(self.end_edit)
        scope.addStretch(1)
        scope.addWidget(self.check_button)
        for edit in (self.start_edit, self.end_edit):
            edit.dateChanged.connect(lambda _date: self.period_radio.setChecked(True))

        self.status = QLabel(self)
        self.status.setObjectName("checks_status")
        self.status.setWordWrap(True)
        self.checks_list = QListWidget(self)
        self.checks_list.setObjectName("checks_list")
        self.checks_list.setWordWrap(True)
        self.checks_list.setSpacing(2)
        self.checks_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.checks_list.currentRowChanged.connect(self._show_check)
        self.advice = QLabel(self)
        self.advice.setObjectName("checks_advice")
        self.advice.setWordWrap(True)
        self.model = FindingTableModel(self)
        self.table = OpenOnEnterTable(self)
        self.table.setObjectName("checks_findings")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)  # long titles
        header.resizeSection(0, ACTIVITY_WIDTH)
        header.setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.open_requested.connect(self.open_finding)
        self.table.doubleClicked.connect(lambda index: self.open_finding(index.row()))
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.clicked.connect(lambda: self.open_finding(self.table.currentIndex().row()))
        findings = QWidget(self)
        right = QVBoxLayout(findings)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.advice)
        right.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(
            QLabel(self.tr("Enter or double click: open what fixes it."), findings), 1
        )
        buttons.addWidget(self.open_button)
        right.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.checks_list)
        splitter.addWidget(findings)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([LIST_WIDTH, 3 * LIST_WIDTH])
        layout = QVBoxLayout(self)
        layout.addLayout(scope)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)

    def _date_edit(self, day: dt.date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy" if language() == "fr" else "d MMM yyyy")
        return edit

    def focus_first(self) -> None:
        self.checks_list.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        """The first time the view is shown, check the period it proposes."""
        super().showEvent(event)
        if self.report is None and self._task is None:
            self.run()

    # Checking --------------------------------------------------------------------------

    def check_activity(self) -> None:
        """Check the activity chosen in the activity list (a message when there is none)."""
        self.activity_radio.setChecked(True)
        self.run()

    def check_period(self, start: dt.date, end: dt.date) -> None:
        self.start_edit.setDate(QDate(start.year, start.month, start.day))
        self.end_edit.setDate(QDate(end.year, end.month, end.day))
        self.period_radio.setChecked(True)
        self.run()

    def run(self) -> None:
        if self._task is not None and not self._task.is_finished():
            self._task.cancel()
        activity_id: int | None = None
        period: PeriodFilter | None = None
        threshold = load_settings().youth_threshold
        if self.activity_radio.isChecked():
            activity_id = self.current_activity.id()
            if activity_id is None:
                self.status.setText(self.tr("Choose an activity in the activity list first."))
                return
            try:
                whole = get_activity(self.database, activity_id).title
            except RegistreError as error:
                self.status.setText(error_text(error))
                return
            title = whole if len(whole) <= TITLE_CHARS else whole[:TITLE_CHARS] + "…"
            self.activity_radio.setText(
                self.tr("The &activity chosen in the list: “{title}”").format(title=title)
            )
            self.activity_radio.setToolTip(whole)
        else:
            start, end = self.start_edit.date().toPython(), self.end_edit.date().toPython()
            assert isinstance(start, dt.date) and isinstance(end, dt.date)
            if end < start:
                self.status.setText(self.tr("The end of the period is before its start."))
                return
            period = PeriodFilter(start=start, end=end, youth_threshold=threshold)
        database = self.database
        self.status.setText(self.tr("Checking…"))
        task = run_task(
            lambda progress, cancelled: check_counts(
                database,
                activity_id=activity_id,
                period=period,
                youth_threshold=threshold,
                progress=progress,
                cancelled=cancelled,
            ),
            self,
        )
        task.progress.connect(
            lambda done, total: self.status.setText(
                self.tr("Checking… {share}").format(share=format_percent(done / max(total, 1)))
            )
        )
        task.succeeded.connect(self.show_report)
        task.failed.connect(lambda error: self.status.setText(error_text(error)))
        self._task = task

    def show_report(self, report: Any) -> None:
        assert isinstance(report, CheckReport)
        self.report = report
        self.status.setText(
            self.tr("%n thing(s) to look at before sending these counts.", "", report.findings)
        )
        current = max(self.checks_list.currentRow(), 0)
        self.checks_list.clear()
        for check, findings in report.results:
            item = QListWidgetItem(
                self.tr("{check}: {count}").format(
                    check=_check_title(check), count=format_number(len(findings))
                )
            )
            if not findings:
                item.setForeground(self.palette().placeholderText())
            self.checks_list.addItem(item)
        self.checks_list.setCurrentRow(min(current, self.checks_list.count() - 1))
        self._show_check(self.checks_list.currentRow())
        self.checked.emit()

    def _show_check(self, row: int) -> None:
        if self.report is None or not 0 <= row < len(self.report.results):
            self.model.set_rows([])
            self.advice.setText("")
            return
        check, findings = self.report.results[row]
        self.advice.setText(_advice(check) if findings else self.tr("Nothing here."))
        self.model.set_rows(findings)
        self.table.setColumnHidden(0, self.report.activity is not None)  # one activity: known
        if findings:
            self.table.setCurrentIndex(self.model.index(0, 0))

    # Fixing ----------------------------------------------------------------------------

    def open_finding(self, row: int) -> list[object]:
        """Open what fixes the finding of `row`: its person(s), activity, head counts or grid."""
        finding = self.model.row_at(row)
        if finding is None:
            return []
        links = links_for(self, self.database)
        activity_id = finding.activity.id if finding.activity else None
        if finding.target == PERSON and finding.person_id is not None:
            opened = [links.open_person(finding.person_id)]
            if finding.other_person_id is not None:
                opened.append(links.open_person(finding.other_person_id))
            return opened
        if activity_id is None:
            return []
        if finding.target == HEAD_COUNTS:
            return [links.open_head_counts(activity_id)]
        if finding.target == ATTENDANCE:
            return [links.open_attendance(activity_id)]
        if finding.target == ACTIVITY:
            return [links.open_activity(activity_id)]
        return []


def _check_title(check: Check) -> str:
    return translate_message(UserMessage(CONTEXT, check.title))


def _advice(check: Check) -> str:
    return translate_message(UserMessage(CONTEXT, check.advice))
