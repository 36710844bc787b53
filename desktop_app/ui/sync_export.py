"""File ▸ Export for HQ…: choose changes or everything and where, then write with progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.exchange.hq_export import ExportResult, export_workbook, last_export
from desktop_app.store import Database
from desktop_app.ui.i18n import format_date
from desktop_app.ui.text import language
from desktop_app.ui.worker import Task, run_with_progress


class ExportDialog(QDialog):
    """Where to write the workbook, and whether only the changes since the last export."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.task: Task | None = None
        self.result_: ExportResult | None = None
        self.setWindowTitle(self.tr("Export for HQ"))
        layout = QVBoxLayout(self)
        previous = last_export(database)
        if previous is None:
            told = self.tr("No export yet: the workbook will hold every record.")
        else:
            told = self.tr("Last export: {date} (UTC).").format(
                date=f"{format_date(previous.date())} {previous:%H:%M}"
            )
        self.last_label = QLabel(told)
        layout.addWidget(self.last_label)
        self.changes = QRadioButton(self.tr("Only what changed since the last export"))
        self.full = QRadioButton(self.tr("Everything (full export)"))
        (self.full if previous is None else self.changes).setChecked(True)
        self.changes.setEnabled(previous is not None)
        layout.addWidget(self.changes)
        layout.addWidget(self.full)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Workbook:")))
        self.path_edit = QLineEdit(str(self._default_path()))
        self.path_edit.setMinimumWidth(380)
        row.addWidget(self.path_edit, 1)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(browse)
        layout.addLayout(row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("Export"))
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _default_path(self) -> Path:
        site = self.database.site_code or "registre"
        stamp = QDate.currentDate().toString("yyyy-MM-dd")
        return Path.home() / f"{site}-{stamp}.xlsx"

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Export for HQ"), self.path_edit.text())
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Excel workbooks (*.xlsx)"))
        dialog.setDefaultSuffix("xlsx")
        dialog.fileSelected.connect(self.path_edit.setText)
        dialog.open()

    def start(self) -> None:
        """Write the workbook in the background, with progress and Cancel."""
        path = Path(self.path_edit.text().strip())
        full = self.full.isChecked()
        words = language()
        self.export_button.setEnabled(False)
        self.task = run_with_progress(
            self,
            self.tr("Writing the workbook for HQ…"),
            lambda progress, cancelled: export_workbook(
                self.database,
                path,
                full=full,
                language=words,
                progress=progress,
                cancelled=cancelled,
            ),
            on_result=self._done,
        )
        self.task.finished.connect(lambda: self.export_button.setEnabled(True))

    def _done(self, result: ExportResult) -> None:
        self.result_ = result
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Export for HQ"),
            self.tr("{rows} records written to {file}.").format(
                rows=result.total_rows, file=result.path.name
            ),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.finished.connect(lambda _code: self.accept())
        box.open()


def open_export(parent: QWidget, database: Database) -> ExportDialog:
    dialog = ExportDialog(database, parent)
    dialog.open()
    return dialog
