"""The small dialogs of the Payments tab: how a payee is paid, and approving the list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.messages import RegistreError
from desktop_app.payments import settings
from desktop_app.payments.approval import approve
from desktop_app.payments.computation import PaymentLine
from desktop_app.payments.labels import channel_label
from desktop_app.store import Database
from desktop_app.ui.common.text import error_text, language
from desktop_app.ui.widgets.field_messages import ERROR_STYLE

MAX_ADJUSTMENT = 10_000_000


class _Dialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def row(self, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        self.form.addRow(label, field)

    def _accept(self) -> None:
        try:
            self.write()
        except RegistreError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        self.accept()

    def write(self) -> None:
        raise NotImplementedError


class PayeeDialog(_Dialog):
    """Channel and number (the person's, for every activity); residence, zone and adjustment
    (this activity's)."""

    def __init__(
        self, database: Database, activity_id: int, line: PaymentLine, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.database, self.activity_id, self.person_id = database, activity_id, line.person_id
        self.setWindowTitle(self.tr("How {name} is paid").format(name=line.name))
        self.channel_combo = QComboBox()
        for code in settings.CHANNELS:
            self.channel_combo.addItem(channel_label(code, language()), code)
        self.channel_combo.setCurrentIndex(max(0, self.channel_combo.findData(line.channel)))
        self.number_edit = QLineEdit(line.number or "")
        self.number_edit.setPlaceholderText("+227 90 12 34 56")
        self.resident_box = QCheckBox(self.tr("&Resident (no travel)"))
        self.resident_box.setChecked(line.resident)
        self.zone_edit = QLineEdit(line.zone or "")
        self.adjustment_spin = QSpinBox()
        self.adjustment_spin.setRange(-MAX_ADJUSTMENT, MAX_ADJUSTMENT)
        self.adjustment_spin.setGroupSeparatorShown(True)
        self.adjustment_spin.setValue(line.adjustment)
        self.reason_edit = QLineEdit(line.adjustment_reason or "")
        self.row(self.tr("&Channel:"), self.channel_combo)
        self.row(self.tr("&Number:"), self.number_edit)
        self.form.addRow("", self.resident_box)
        self.row(self.tr("Origin &zone:"), self.zone_edit)
        self.row(self.tr("&Adjustment:"), self.adjustment_spin)
        self.row(self.tr("Reason for the a&djustment:"), self.reason_edit)

    def write(self) -> None:
        payee = settings.Payee(
            resident=self.resident_box.isChecked(),
            zone=self.zone_edit.text(),
            adjustment=self.adjustment_spin.value(),
            adjustment_reason=self.reason_edit.text(),
        )
        if payee.adjustment and not (payee.adjustment_reason or "").strip():
            # Checked before the account is written: a refusal changes nothing
            settings.set_payee(self.database, self.activity_id, self.person_id, payee)
        settings.set_account(
            self.database,
            self.person_id,
            str(self.channel_combo.currentData()),
            self.number_edit.text(),
        )
        settings.set_payee(self.database, self.activity_id, self.person_id, payee)


class ApproveDialog(_Dialog):
    def __init__(self, database: Database, activity_id: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.database, self.activity_id = database, activity_id
        self.setWindowTitle(self.tr("Approve the payment list"))
        self.approver_edit = QLineEdit()
        self.preparer_edit = QLineEdit()
        self.budget_edit = QLineEdit()
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy" if language() == "fr" else "d MMM yyyy")
        self.row(self.tr("&Approved by:"), self.approver_edit)
        self.row(self.tr("&Prepared by:"), self.preparer_edit)
        self.row(self.tr("&Budget line:"), self.budget_edit)
        self.row(self.tr("&Date:"), self.date_edit)
        note = QLabel(
            self.tr(
                "Once approved, the list is frozen: later changes to the attendance are shown "
                "beside it, never applied to it."
            )
        )
        note.setWordWrap(True)
        self.form.addRow(note)

    def write(self) -> None:
        day = self.date_edit.date()
        approve(
            self.database,
            self.activity_id,
            approved_by=self.approver_edit.text(),
            prepared_by=self.preparer_edit.text(),
            approved_on=dt.date(day.year(), day.month(), day.day()),
            budget_line=self.budget_edit.text(),
        )
