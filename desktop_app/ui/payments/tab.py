"""The Payments tab of an activity: its rules, the list computed from the signed presences,
the controls with the rows behind them, approval and printing (docs/payments.md).

The rules are saved with the activity's form (Ctrl+S); a payee's settings, an exception and
the approval are written at once, each from its own dialog.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.messages import RegistreError, UserMessage
from desktop_app.payments import settings
from desktop_app.payments.approval import CurrentList, current_list
from desktop_app.payments.controls import NUMBER, ControlResult, run_controls
from desktop_app.payments.labels import amount
from desktop_app.payments.rules import PaymentRules
from desktop_app.settings import load_settings
from desktop_app.store import Database
from desktop_app.ui.common.i18n import format_date
from desktop_app.ui.common.text import error_text, language, translate_message
from desktop_app.ui.payments.dialogs import ApproveDialog, PayeeDialog
from desktop_app.ui.payments.list_model import PaymentLinesModel
from desktop_app.ui.payments.rules_panel import RulesPanel
from desktop_app.ui.widgets.field_messages import ERROR_STYLE

UNPAID_ROLE = 256 + 10


class PaymentsTab(QWidget):
    """`changed` when the rules are edited (unsaved until `save`); `written` after anything
    else was written (a payee, an exception, an approval)."""

    changed = Signal()
    written = Signal()

    def __init__(self, database: Database, activity_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.database, self.activity_id = database, activity_id
        self.dirty = False
        self.shown: CurrentList | None = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.rules_panel = RulesPanel()
        self.rules_panel.changed.connect(self._rules_edited)
        self.rules_panel.copy_requested.connect(self._copy_template)
        self.rules_panel.save_template_requested.connect(self._save_template)
        self.model = PaymentLinesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._edit_payee)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.unpaid = QListWidget()
        self.unpaid.setMaximumHeight(80)
        pay_day = QPushButton(self.tr("Pay t&his day without a signature…"))
        pay_day.clicked.connect(self._pay_unsigned)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.totals)
        unpaid_label = QLabel(self.tr("Presences &not signed (not paid):"))
        unpaid_label.setBuddy(self.unpaid)
        list_layout.addWidget(unpaid_label)
        unpaid_row = QHBoxLayout()
        unpaid_row.addWidget(self.unpaid, 1)
        unpaid_row.addWidget(pay_day)
        list_layout.addLayout(unpaid_row)
        self.controls = QTreeWidget()
        self.controls.setHeaderLabels([self.tr("Control"), self.tr("Day"), self.tr("Details")])
        self.controls.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.pages = QTabWidget()
        self.pages.addTab(self.rules_panel, self.tr("Rules"))
        self.pages.addTab(list_page, self.tr("List"))
        self.pages.addTab(self.controls, self.tr("Controls"))
        self.approve_button = QPushButton(self.tr("&Approve…"))
        self.approve_button.clicked.connect(self._approve)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addStretch(1)
        for text, kind in (
            (self.tr("&PDF…"), "pdf"),
            (self.tr("&Workbook…"), "xlsx"),
            (self.tr("Operator &CSV…"), "csv"),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, kind=kind: self.write_file(kind))
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.refresh()

    # Reading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.rules_panel.set_templates(list(settings.templates(self.database)))
        if not self.dirty:
            rules = settings.rules_of(self.database, self.activity_id)
            self.rules_panel.set_rules(rules or PaymentRules())
        self.shown = current_list(self.database, self.activity_id)
        self._show_list(self.shown)
        self._show_controls(run_controls(self.database, self.activity_id))

    def _show_list(self, shown: CurrentList) -> None:
        payment_list = shown.payment_list
        self.model.set_list(payment_list)
        totals = payment_list.totals
        words = language()
        self.totals.setText(
            self.tr("{persons} payees, {days} days paid; total {total} {currency}: {words}").format(
                persons=len(payment_list.lines),
                days=totals.days,
                total=amount(totals.total, words),
                currency=payment_list.rules.currency,
                words=payment_list.in_words(words),
            )
        )
        self.unpaid.clear()
        for unpaid in payment_list.unpaid:
            item = QListWidgetItem(f"{unpaid.name} — {format_date(unpaid.day)}")
            item.setData(UNPAID_ROLE, (unpaid.person_id, unpaid.day.isoformat()))
            self.unpaid.addItem(item)
        approval = shown.approval
        if approval is None:
            status = self.tr("Draft: computed from the signed presences, not approved yet.")
        else:
            status = self.tr("Approved by {name} on {date}: frozen.").format(
                name=approval.approved_by, date=format_date(approval.approved_on)
            )
            if shown.changes:
                status += " " + self.tr(
                    "%n change(s) to the attendance since approval, not applied: see Controls.",
                    "",
                    len(shown.changes),
                )
        if shown.missing_parts:
            status += " " + self.tr(
                "%n part(s) of the approved list not received yet: its totals are incomplete.",
                "",
                shown.missing_parts,
            )
        self.status.setText(status)
        self.approve_button.setEnabled(approval is None)

    def _show_controls(self, results: tuple[ControlResult, ...]) -> None:
        self.controls.clear()
        for result in results:
            title = translate_message(UserMessage("Payments", result.title))
            parent = QTreeWidgetItem([f"{title} ({len(result.findings)})"])
            for finding in result.findings:
                detail = finding.detail
                if result.code == NUMBER:
                    detail = f"{self._problem(finding.problem)} {detail}".strip()
                day = format_date(finding.day) if finding.day else ""
                parent.addChild(QTreeWidgetItem([finding.name, day, detail]))
            self.controls.addTopLevelItem(parent)
            parent.setExpanded(bool(result.findings))

    def _problem(self, code: str) -> str:
        return {
            "missing": self.tr("no number"),
            "malformed": self.tr("not a mobile number"),
            "operator": self.tr("a number of another operator"),
        }.get(code, code)

    # Writing ------------------------------------------------------------------------------

    def _rules_edited(self) -> None:
        self.dirty = True
        self.changed.emit()

    def save(self) -> bool:
        """The rules as typed, when edited; on bad input the message shows and nothing changes."""
        if not self.dirty:
            return True
        try:
            settings.set_rules(self.database, self.activity_id, self.rules_panel.rules())
        except RegistreError as error:
            self._fail(error)
            self.pages.setCurrentWidget(self.rules_panel)
            return False
        self.dirty = False
        self.error.hide()
        self.refresh()
        return True

    def _fail(self, error: BaseException) -> None:
        self.error.setText(error_text(error))
        self.error.show()

    def _done(self) -> None:
        self.error.hide()
        self.refresh()
        self.written.emit()

    def _copy_template(self, name: str) -> None:
        if not name:
            return
        try:
            settings.copy_template(self.database, self.activity_id, name)
        except RegistreError as error:
            self._fail(error)
            return
        self.dirty = False
        self._done()

    def _save_template(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save as a template"), self.tr("Name:"))
        if not ok:
            return
        try:
            settings.save_template(self.database, name, self.rules_panel.rules())
        except RegistreError as error:
            self._fail(error)
            return
        self._done()

    def _edit_payee(self, index: QModelIndex) -> None:
        line = self.model.line_at(index.row())
        if line is None or (self.shown is not None and self.shown.approval is not None):
            return
        dialog = PayeeDialog(self.database, self.activity_id, line, self)
        dialog.accepted.connect(self._done)
        dialog.open()

    def _pay_unsigned(self) -> None:
        item = self.unpaid.currentItem()
        if item is None:
            return
        person_id, day = item.data(UNPAID_ROLE)
        reason, ok = QInputDialog.getText(
            self, self.tr("Pay a day without a signature"), self.tr("Reason (kept in the audit):")
        )
        if not ok:
            return
        try:
            settings.add_exception(
                self.database, self.activity_id, person_id, dt.date.fromisoformat(day), reason
            )
        except RegistreError as error:
            self._fail(error)
            return
        self._done()

    def _approve(self) -> None:
        if not self.save():
            return
        dialog = ApproveDialog(self.database, self.activity_id, self)
        dialog.accepted.connect(self._done)
        dialog.open()

    def write_file(self, kind: str, path: Path | None = None, channel: str = "") -> Path | None:
        """The list as PDF, workbook or an operator's CSV (asks where, and for the CSV which
        operator)."""
        from desktop_app.payments.documents import write_operator_csv, write_pdf, write_xlsx

        if self.shown is None:
            return None
        if kind == "csv" and not channel:
            names = [code for code in settings.CHANNELS if code != "cash"]
            chosen, ok = QInputDialog.getItem(
                self, self.tr("Operator CSV"), self.tr("Operator:"), names, 0, False
            )
            if not ok:
                return None
            channel = chosen
        if path is None:
            filters = {
                "pdf": self.tr("PDF (*.pdf)"),
                "xlsx": self.tr("Excel (*.xlsx)"),
                "csv": self.tr("CSV (*.csv)"),
            }
            chosen_path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Payment list"), f"payments-{self.activity_id}.{kind}", filters[kind]
            )
            if not chosen_path:
                return None
            path = Path(chosen_path)
        shown = self.shown
        try:
            if kind == "pdf":
                organisation = load_settings().organisation_name
                write_pdf(
                    shown.payment_list, shown.approval, path, language(), organisation=organisation
                )
            elif kind == "xlsx":
                write_xlsx(shown.payment_list, shown.approval, path, language())
            else:
                write_operator_csv(shown.payment_list, path, channel=channel)
        except (RegistreError, OSError) as error:
            QMessageBox.warning(self, self.tr("Payment list"), error_text(error))
            return None
        return path
