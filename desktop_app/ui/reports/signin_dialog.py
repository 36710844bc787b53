"""Print a sign-in sheet: the day, the number of blank rows, the language and the file kind."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from desktop_app.activities.activities import ActivityDetails
from desktop_app.signin.printing import MAX_BLANK_ROWS
from desktop_app.store import Database
from desktop_app.ui.common.i18n import format_date
from desktop_app.ui.common.text import language
from desktop_app.ui.reports.exports import export_signin_sheet


class SigninSheetDialog(QDialog):
    """Asks for the sheet's options, then where to save it; writes it off the UI thread."""

    def __init__(
        self, database: Database, activity: ActivityDetails, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.activity = activity
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Sign-in sheet"))
        title = QLabel(activity.title, self)
        title.setWordWrap(True)
        self.day_combo = QComboBox(self)
        for number, day in enumerate(activity.days, start=1):
            self.day_combo.addItem(
                self.tr("Day {n}: {date}").format(n=number, date=format_date(day)), day
            )
        today = dt.date.today()
        if today in activity.days:
            self.day_combo.setCurrentIndex(activity.days.index(today))
        self.blank_spin = QSpinBox(self)
        self.blank_spin.setRange(0, MAX_BLANK_ROWS)
        self.blank_spin.setValue(10)
        self.language_combo = QComboBox(self)
        self.language_combo.addItem(self.tr("French"), "fr")
        self.language_combo.addItem(self.tr("English"), "en")
        self.language_combo.setCurrentIndex(0 if language() == "fr" else 1)
        self.format_combo = QComboBox(self)
        self.format_combo.addItem(self.tr("PDF, to print"), "pdf")
        self.format_combo.addItem(self.tr("Excel workbook (.xlsx), to fill in"), "xlsx")
        form = QFormLayout(self)
        form.addRow(title)
        form.addRow(self.tr("&Day:"), self.day_combo)
        form.addRow(self.tr("&Blank rows:"), self.blank_spin)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("&File:"), self.format_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def day(self) -> dt.date:
        value = self.day_combo.currentData()
        assert isinstance(value, dt.date)
        return value

    def file_format(self) -> str:
        return str(self.format_combo.currentData())

    def save(self, path: Path | None = None) -> None:
        if path is None:
            suffix = self.file_format()
            file_filter = self.tr("PDF (*.pdf)") if suffix == "pdf" else self.tr("Excel (*.xlsx)")
            name = f"emargement-{self.activity.id}-{self.day().isoformat()}.{suffix}"
            chosen, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), name, file_filter)
            if not chosen:
                return
            path = Path(chosen)
        export_signin_sheet(
            self,
            self.database,
            self.activity.id,
            self.day(),
            self.blank_spin.value(),
            path,
            str(self.language_combo.currentData()),
            self._written,
        )

    def _written(self, path: Path) -> None:
        self.written = path
        self.accept()
