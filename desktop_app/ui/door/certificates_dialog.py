"""Certificates of participation: who met the activity's completion rule (and who did not,
with their days), then one PDF of their certificates, one page each, signed.

The list is the count "completed" of the reports, person by person (`completion_list`); the
certificates are made for exactly those persons (`certificate_book`). The rule is set in the
activity's form.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.activities.activities import get_activity
from desktop_app.door.certificate_pages import certificate_book
from desktop_app.door.certificates import Attendee, CompletionList, completion_list
from desktop_app.reports.pdf_cards import render_certificates
from desktop_app.store import Database
from desktop_app.ui.common.actions import make_action
from desktop_app.ui.common.i18n import current_language
from desktop_app.ui.common.worker import CancelCheck, ProgressCallback, Task
from desktop_app.ui.door.pdf_files import (
    ask_pdf_path,
    letterhead,
    no_default_button,
    write_pdf,
)


class CertificatesDialog(QDialog):
    def __init__(self, database: Database, activity_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("CertificatesDialog")
        self.database = database
        self.activity = get_activity(database, activity_id)
        self.written: tuple[Path, int] | None = None  # file, certificates
        self.setWindowTitle(
            self.tr("Certificates of participation — {title}").format(title=self.activity.title)
        )
        self.rule = QLabel()
        self.rule.setObjectName("certificates_rule")
        self.rule.setWordWrap(True)
        self.completed_title = QLabel()
        self.completed = self._table("certificates_completed")
        self.not_completed_title = QLabel()
        self.not_completed = self._table("certificates_not_completed")
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("French"), "fr")
        self.language_combo.addItem(self.tr("English"), "en")
        self.language_combo.setCurrentIndex(0 if current_language() == "fr" else 1)
        self.message = QLabel()
        self.message.setObjectName("certificates_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        # An action, not the box's accept button: that one would take every Enter typed.
        self.save_button = buttons.addButton(
            self.tr("&Save the PDF… (Ctrl+S)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.clicked.connect(lambda _checked=False: self.save())
        buttons.rejected.connect(self.reject)
        self.addAction(make_action(self, "", self.save, QKeySequence.StandardKey.Save))
        form = QFormLayout()
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_combo)
        form.addRow(language_label, self.language_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rule)
        layout.addWidget(self.completed_title)
        layout.addWidget(self.completed, 2)
        layout.addWidget(self.not_completed_title)
        layout.addWidget(self.not_completed, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(640, 600)
        self.refresh()
        no_default_button(self)

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget(0, 3)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Organisation"), self.tr("Days present")]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def refresh(self) -> None:
        found = completion_list(self.database, self.activity.id)
        self.list = found
        self.rule.setText(self._rule_text(found))
        self.completed_title.setText(
            self.tr("Completed, a certificate each: %n", "", len(found.completed))
        )
        self.not_completed_title.setText(
            self.tr("Participants who did not meet the rule: %n", "", len(found.not_completed))
        )
        self._fill(self.completed, found.completed, found.day_count)
        self._fill(self.not_completed, found.not_completed, found.day_count)
        self.save_button.setEnabled(bool(found.completed))
        if not found.completed:
            self.message.setText(self.tr("Nobody met the rule yet: no certificate to print."))

    def _rule_text(self, found: CompletionList) -> str:
        return self.tr(
            "The rule: present at least {percent}% of the days, that is {needed} of the "
            "activity's {days} days, as a participant (set in the activity's form)."
        ).format(percent=found.rule_percent, needed=found.days_needed, days=found.day_count)

    def _fill(self, table: QTableWidget, rows: tuple[Attendee, ...], day_count: int) -> None:
        table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            days = self.tr("{days} of {count}").format(days=row.days_present, count=day_count)
            name = f"{row.family_name} {row.given_names}".strip()
            for column, text in enumerate((name, row.organisation, days)):
                table.setItem(number, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()

    def completed_names(self) -> list[str]:
        items = (self.completed.item(r, 0) for r in range(self.completed.rowCount()))
        return [item.text() for item in items if item is not None]

    def save(self, path: Path | None = None) -> Task | None:
        if not self.list.completed:
            return None
        if path is None:
            path = ask_pdf_path(self, f"certificates-{self.activity.id}.pdf")
            if path is None:
                return None
        target = path
        database, activity_id = self.database, self.activity.id
        language = str(self.language_combo.currentData())
        issuer, logo = letterhead()

        def render(partial: Path, progress: ProgressCallback, cancelled: CancelCheck) -> object:
            book, done = certificate_book(
                database, activity_id, language=language, issuer=issuer, logo=logo
            )
            render_certificates(book, partial, progress, cancelled)
            return target, len(done)

        return write_pdf(self, self.tr("Writing the certificates…"), target, render, self._written)

    def _written(self, result: tuple[Path, int]) -> None:
        self.written = result
        path, count = result
        self.message.setText(
            self.tr("%n certificates: {path}", "", count).format(path=path)
            + "\n"
            + self.tr("Anyone checks one offline: registre verify-certificate FILE.")
        )
