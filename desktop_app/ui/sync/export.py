"""File ▸ Export for HQ…: the profile (full for HQ, or pseudonymised to share beyond HQ),
changes or everything, where, and an optional password; then the workbook is written with
progress.

The password (typed twice, never stored) protects the workbook with standard Office encryption,
as `registre export --protect` does: Excel and LibreOffice ask for it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.privacy.pseudonymised import PseudonymisedExport, export_pseudonymised
from desktop_app.settings import load_settings
from desktop_app.store import Database
from desktop_app.sync.export import ExportResult, export_workbook, last_export
from desktop_app.sync.unsendable import described
from desktop_app.ui.common.i18n import format_moment
from desktop_app.ui.common.password_prompt import NewSecretFields
from desktop_app.ui.common.text import language, translate_message
from desktop_app.ui.common.worker import CancelCheck, ProgressCallback, Task, run_with_progress
from desktop_app.ui.widgets.field_messages import ERROR_STYLE

PSEUDONYMISED_SUFFIX = "-pseudonymised"


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class ExportDialog(QDialog):
    """The profile, whether only the changes since the last export, where, and a password."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.task: Task | None = None
        self.result_: ExportResult | PseudonymisedExport | None = None
        self.setObjectName("ExportDialog")
        self.setWindowTitle(self.tr("Export for HQ"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(self._profile_group())
        layout.addWidget(self._records_group())
        row = QHBoxLayout()
        where = QLabel(self.tr("&Workbook:"))
        row.addWidget(where)
        self.path_edit = QLineEdit(str(self._default_path()))
        self.path_edit.setObjectName("path_edit")
        self.path_edit.setMinimumWidth(380)
        where.setBuddy(self.path_edit)
        row.addWidget(self.path_edit, 1)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(browse)
        layout.addLayout(row)
        layout.addWidget(self._password_group())
        self.error = _wrapped("")
        self.error.setObjectName("export_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("Export"))
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.for_hq.toggled.connect(self._profile_changed)
        self.protect.toggled.connect(self._protect_changed)
        self._profile_changed()
        self._protect_changed()

    def sizeHint(self) -> QSize:
        # Wrapped texts: the height they need at the dialog's own width, not at the width
        # of their longest line (which makes a dialog as wide as the screen).
        width = self.minimumWidth()
        layout = self.layout()
        height = layout.totalHeightForWidth(width) if layout is not None else 0
        return QSize(width, max(height, self.minimumSizeHint().height()))

    # Building ----------------------------------------------------------------------------

    def _profile_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Profile"))
        box = QVBoxLayout(group)
        self.for_hq = QRadioButton(self.tr("&Full (for HQ)"))
        self.for_hq.setObjectName("profile_full")
        self.for_hq.setChecked(True)
        self.pseudonymised = QRadioButton(self.tr("&Pseudonymised (to share beyond HQ)"))
        self.pseudonymised.setObjectName("profile_pseudonymised")
        self.profile_note = _wrapped("")
        self.profile_note.setObjectName("profile_note")
        for widget in (self.for_hq, self.pseudonymised, self.profile_note):
            box.addWidget(widget)
        return group

    def _records_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Records"))
        box = QVBoxLayout(group)
        self.previous = last_export(self.database)
        if self.previous is None:
            told = self.tr("No export yet: the workbook will hold every record.")
        else:
            told = self.tr("Last export: {date} (UTC).").format(date=format_moment(self.previous))
        self.last_label = _wrapped(told)
        self.changes = QRadioButton(self.tr("Only what &changed since the last export"))
        self.full = QRadioButton(self.tr("&Everything (full export)"))
        (self.full if self.previous is None else self.changes).setChecked(True)
        for widget in (self.last_label, self.changes, self.full):
            box.addWidget(widget)
        return group

    def _password_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Password"))
        box = QVBoxLayout(group)
        self.protect = QCheckBox(self.tr("Pro&tect the workbook with a password"))
        self.protect.setObjectName("protect")
        box.addWidget(self.protect)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.password = NewSecretFields("workbook_password", self)
        self.password.add_to(form, self.tr("Passwo&rd:"), self.tr("Same password &again:"))
        box.addLayout(form)
        box.addWidget(self.password.hint)
        self.password_note = _wrapped(
            self.tr(
                "Excel and LibreOffice ask for it to open the workbook, and so does the "
                "import. Send it by another way than the workbook: a phone call, not the same "
                "e-mail."
            )
        )
        box.addWidget(self.password_note)
        return group

    def _profile_changed(self) -> None:
        pseudonymised = self.pseudonymised.isChecked()
        if pseudonymised:
            note = self.tr(
                "No names, phone numbers or e-mails: pseudonyms and age bands instead, every "
                "record. Pseudonymised is not anonymous: share the smallest extract that serves."
            )
        else:
            note = self.tr(
                "Every field, for HQ's registry: HQ imports it with File ▸ Import workbooks."
            )
        self.profile_note.setText(note)
        self.changes.setEnabled(self.previous is not None and not pseudonymised)
        self.full.setEnabled(not pseudonymised)
        self.last_label.setEnabled(not pseudonymised)
        path = Path(self.path_edit.text().strip())
        stem = path.stem.removesuffix(PSEUDONYMISED_SUFFIX)
        if path.name:
            suffix = PSEUDONYMISED_SUFFIX if pseudonymised else ""
            self.path_edit.setText(str(path.with_name(f"{stem}{suffix}{path.suffix or '.xlsx'}")))

    def _protect_changed(self) -> None:
        on = self.protect.isChecked()
        for widget in (self.password.first, self.password.second, self.password_note):
            widget.setEnabled(on)
        if not on:
            self.password.clear()

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

    # Writing -----------------------------------------------------------------------------

    def problem(self) -> str:
        if not self.path_edit.text().strip():
            return self.tr("Choose where to write the workbook.")
        if self.protect.isChecked():
            return self.password.problem()
        return ""

    def start(self) -> Task | None:
        """Write the workbook in the background, with progress and Cancel."""
        problem = self.problem()
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        if problem:
            return None
        path = Path(self.path_edit.text().strip())
        full = self.full.isChecked()
        words = language()
        password = self.password.secret() if self.protect.isChecked() else None
        database = self.database
        pseudonymised = self.pseudonymised.isChecked()
        settings = load_settings()
        photos = settings.photos_travel

        def job(
            progress: ProgressCallback, cancelled: CancelCheck
        ) -> ExportResult | PseudonymisedExport:
            if pseudonymised:
                return export_pseudonymised(
                    database,
                    path,
                    language=words,
                    password=password,
                    with_disability=settings.record_disability,
                    small_number_threshold=settings.small_number_threshold,
                )
            return export_workbook(
                database,
                path,
                full=full,
                language=words,
                progress=progress,
                cancelled=cancelled,
                password=password,
                photos=photos,
            )

        self.export_button.setEnabled(False)
        self.task = run_with_progress(
            self, self.tr("Writing the workbook…"), job, on_result=self._done
        )
        self.task.finished.connect(lambda: self.export_button.setEnabled(True))
        return self.task

    def _done(self, result: ExportResult | PseudonymisedExport) -> None:
        self.result_ = result
        rows = sum(result.row_counts.values())
        if isinstance(result, PseudonymisedExport):
            told = self.tr("%Ln pseudonymised records written to {file}.", "", rows)
        else:
            told = self.tr("%Ln records written to {file}.", "", rows)
        told = told.format(file=result.path.name)
        if self.protect.isChecked():
            told += " " + self.tr("It opens with its password only.")
        if isinstance(result, ExportResult) and result.photos_path is not None:
            told += "\n\n" + self.tr(
                "%Ln photos of signed sheets written to {file}: send it with the workbook.",
                "",
                result.photos,
            ).format(file=result.photos_path.name)
        withheld = isinstance(result, ExportResult) and result.photos_left_out > 0
        if isinstance(result, ExportResult) and withheld:
            told += "\n\n" + self.tr(
                "%Ln photos of signed sheets did not travel: a protected workbook leaves them "
                "out. Export without a password to send them.",
                "",
                result.photos_left_out,
            )
        unsent = getattr(result, "unsent", ())
        if unsent:
            told += "\n\n" + self.tr(
                "%Ln records were not sent: HQ's import would refuse them as they are. Correct "
                "them and export again; they wait until then.",
                "",
                len(unsent),
            )
            told += "".join(
                f"\n• {record.label or record.uuid}: {translate_message(record.reason)}"
                for record in described(unsent)[:20]
            )
        self.password.clear()
        box = QMessageBox(
            QMessageBox.Icon.Warning if unsent or withheld else QMessageBox.Icon.Information,
            self.tr("Export for HQ"),
            told,
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
