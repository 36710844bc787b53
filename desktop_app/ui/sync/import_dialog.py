"""File ▸ Import workbooks…: a preview per file and record type, then Apply (all or nothing).

A password-protected workbook asks for its password first (one prompt per file; a wrong one is
said and asked again; Cancel skips that file). The password is never stored: the workbook is
decrypted into the user's own private folder (private_folder.clear_copies), read from there,
and the copy is erased when the dialog closes (or at the next start, if the program was
killed).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.backups.backups import backup_before_import
from desktop_app.store import Database
from desktop_app.sync.importing import FileSummary, ImportResult, import_workbooks
from desktop_app.ui.common.changes import EVERY, Changes, IdsGiven, announce
from desktop_app.ui.common.i18n import format_moment, format_number
from desktop_app.ui.common.password_prompt import ask_secret
from desktop_app.ui.common.text import error_text, translate_message
from desktop_app.ui.common.worker import CancelCheck, ProgressCallback, Task, run_with_progress
from desktop_app.ui.widgets.field_messages import ERROR_STYLE
from desktop_app.workbooks.protection import (
    WorkbookPasswordError,
    is_protected,
    unprotected_copy,
)

COUNT_NAMES = ("new", "updated", "unchanged", "older", "conflicts", "invalid")


def type_label(type_name: str) -> str:
    labels = {
        "organisation": QCoreApplication.translate("SyncImport", "Organisations"),
        "activity": QCoreApplication.translate("SyncImport", "Activities"),
        "person": QCoreApplication.translate("SyncImport", "Persons"),
        "attendance": QCoreApplication.translate("SyncImport", "Attendance"),
        "head_count": QCoreApplication.translate("SyncImport", "Head counts"),
        "expected_person": QCoreApplication.translate("SyncImport", "Expected"),
        "badge": QCoreApplication.translate("SyncImport", "Badges"),
        "project": QCoreApplication.translate("SyncImport", "Projects"),
        "age_band_set": QCoreApplication.translate("SyncImport", "Age band sets"),
        "indicator": QCoreApplication.translate("SyncImport", "Indicators"),
        "target": QCoreApplication.translate("SyncImport", "Targets"),
        "payment_list": QCoreApplication.translate("SyncImport", "Payment lists"),
    }
    return labels.get(type_name, QCoreApplication.translate("SyncImport", "Total"))


def count_headers() -> list[str]:
    return [
        QCoreApplication.translate("SyncImport", "New"),
        QCoreApplication.translate("SyncImport", "Updated"),
        QCoreApplication.translate("SyncImport", "Unchanged"),
        QCoreApplication.translate("SyncImport", "Older (ignored)"),
        QCoreApplication.translate("SyncImport", "Conflicts"),
        QCoreApplication.translate("SyncImport", "Invalid rows"),
    ]


def _exported_on(manifest_time: str) -> str:
    """The manifest's ISO time in the user's format (as written if it is not ISO)."""
    try:
        return format_moment(dt.datetime.fromisoformat(manifest_time))
    except ValueError:
        return manifest_time.replace("T", " ")


def _read_only(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class _CountsTable(QTableWidget):
    """Each column as wide as its header and numbers, the spare width shared among them."""

    def spread_columns(self) -> None:
        self.resizeColumnsToContents()
        spare = self.viewport().width() - self.horizontalHeader().length()
        if spare > 0 and self.columnCount():
            for column in range(self.columnCount()):
                self.setColumnWidth(column, self.columnWidth(column) + spare // self.columnCount())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.spread_columns()


class FilePreview(QWidget):
    """One workbook: where it comes from, the counts per record type, its invalid rows."""

    def __init__(self, summary: FileSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        origin = self.tr("From {site} {name}, exported {when} ({mode}).").format(
            site=summary.site,
            name=summary.site_name,
            when=_exported_on(summary.exported_at),
            mode=self.tr("changes") if summary.mode == "changes" else self.tr("full"),
        )
        if summary.imported_before is not None:
            origin += " " + self.tr("Already imported on {date}.").format(
                date=format_moment(summary.imported_before)
            )
        self.origin = QLabel(origin)
        self.origin.setWordWrap(True)
        layout.addWidget(self.origin)
        # What needs a confirmation, apart from the counts: an office in doubt, mass deletions.
        doubts = [translate_message(w) for w in summary.office_warnings]
        doubts += [
            self.tr("Deletes {what}.").format(what=translate_message(deletion.message()))
            for deletion in summary.mass_deletions
        ]
        self.doubts = QLabel("\n".join(doubts))
        self.doubts.setObjectName("import_doubts")
        self.doubts.setWordWrap(True)
        self.doubts.setStyleSheet(ERROR_STYLE)
        self.doubts.setVisible(bool(doubts))
        layout.addWidget(self.doubts)
        rows = [*(t for t in summary.types if t.shown), summary.totals()]
        self.counts = _CountsTable(len(rows), len(COUNT_NAMES))
        self.counts.setHorizontalHeaderLabels(count_headers())
        self.counts.setVerticalHeaderLabels([type_label(t.type_name) for t in rows])
        bold = QFont()
        bold.setBold(True)
        for r, counts in enumerate(rows):
            for c, name in enumerate(COUNT_NAMES):
                item = _read_only(format_number(getattr(counts, name)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r == len(rows) - 1:
                    item.setFont(bold)
                self.counts.setItem(r, c, item)
        self.counts.spread_columns()
        height = self.counts.verticalHeader().length() + self.counts.horizontalHeader().height()
        self.counts.setFixedHeight(height + 2 * self.counts.frameWidth())
        layout.addWidget(self.counts)
        # Photos of signed sheets beside the workbook: how many kept, which could not be.
        photos = []
        if summary.photos:
            photos.append(
                self.tr(
                    "%Ln photos of signed sheets kept beside their activity.", "", summary.photos
                )
            )
        photos += [translate_message(problem) for problem in summary.photo_problems]
        self.photos = QLabel("\n".join(photos))
        self.photos.setObjectName("import_photos")
        self.photos.setWordWrap(True)
        if summary.photo_problems:
            self.photos.setStyleSheet(ERROR_STYLE)
        self.photos.setVisible(bool(photos))
        layout.addWidget(self.photos)
        self.invalid_label = QLabel(self.tr("Invalid rows (not imported):"))
        layout.addWidget(self.invalid_label)
        self.invalid = QTableWidget(len(summary.invalid_rows), 3)
        self.invalid.setHorizontalHeaderLabels(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Reason")]
        )
        for r, row in enumerate(summary.invalid_rows):
            self.invalid.setItem(r, 0, _read_only(row.sheet))
            self.invalid.setItem(r, 1, _read_only(str(row.row)))
            self.invalid.setItem(r, 2, _read_only(translate_message(row.reason)))
        self.invalid.horizontalHeader().setStretchLastSection(True)
        self.invalid.resizeColumnToContents(0)
        self.invalid_label.setVisible(bool(summary.invalid_rows))
        self.invalid.setVisible(bool(summary.invalid_rows))
        layout.addWidget(self.invalid, 1)
        if not summary.invalid_rows:
            layout.addStretch(1)


class ImportPreviewDialog(QDialog):
    """Runs the preview in the background, shows it, and applies it on Apply."""

    def __init__(
        self, database: Database, paths: Sequence[Path], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.paths = list(paths)
        self.preview: ImportResult | None = None
        self.applied: ImportResult | None = None
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Import workbooks"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        self.status = QLabel(self.tr("Reading %Ln workbooks…", "", len(self.paths)))
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.status)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.office_check = QCheckBox(
            self.tr("I c&onfirm where these workbooks come from (see the warning above)")
        )
        self.delete_check = QCheckBox(self.tr("Also apply these &deletions (see the list above)"))
        for check in (self.office_check, self.delete_check):
            check.setStyleSheet(ERROR_STYLE)
            check.hide()
            check.toggled.connect(self._update_apply)
            layout.addWidget(check)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._decrypted: contextlib.ExitStack | None = None
        self.finished.connect(self.forget_decrypted)

    def keep_decrypted(self, copies: contextlib.ExitStack) -> None:
        """Hold the decrypted copies of protected workbooks until the dialog closes."""
        self._decrypted = copies
        self.destroyed.connect(copies.close)

    def forget_decrypted(self) -> None:
        if self._decrypted is not None:
            self._decrypted.close()
            self._decrypted = None

    def start_preview(self) -> Task:
        self.task = run_with_progress(
            self,
            self.tr("Reading the workbooks…"),
            lambda progress, cancelled: import_workbooks(
                self.database, self.paths, apply=False, progress=progress, cancelled=cancelled
            ),
            on_result=self.show_preview,
            on_error=self.show_error,
        )
        return self.task

    def show_preview(self, result: ImportResult) -> None:
        self.preview = result
        self.tabs.clear()
        self.tabs.show()
        for summary in result.files:
            self.tabs.addTab(FilePreview(summary), summary.path.name)
        if result.changes == 0:
            self.status.setText(
                self.tr("Nothing to change: this database already holds all of it.")
            )
        else:
            self.status.setText(
                self.tr(
                    "%Ln changes to apply. Apply them all, or cancel to change nothing.",
                    "",
                    result.changes,
                )
            )
        self.office_check.setChecked(False)
        self.delete_check.setChecked(False)
        self.office_check.setVisible(any(f.office_warnings for f in result.files))
        self.delete_check.setVisible(any(f.mass_deletions for f in result.files))
        self._update_apply()

    def _update_apply(self) -> None:
        """Apply needs changes to apply and every confirmation the preview asks for."""
        result = self.preview
        ready = result is not None and result.changes > 0
        for check in (self.office_check, self.delete_check):
            ready = ready and (check.isHidden() or check.isChecked())
        self.apply_button.setEnabled(ready)

    def show_error(self, error: BaseException) -> None:
        self.status.setText(error_text(error))
        self.tabs.hide()  # no empty frame under the message
        self.apply_button.setEnabled(False)

    def apply(self) -> Task:
        self.apply_button.setEnabled(False)
        database, paths = self.database, self.paths
        office, deletions = self.office_check.isChecked(), self.delete_check.isChecked()

        def job(progress: ProgressCallback, cancelled: CancelCheck) -> ImportResult:
            backup_before_import(database)  # a way back, made before anything changes
            return import_workbooks(
                database,
                paths,
                apply=True,
                progress=progress,
                cancelled=cancelled,
                accept_office_change=office,
                allow_mass_delete=deletions,
            )

        self.task = run_with_progress(
            self, self.tr("Importing…"), job, on_result=self._applied, on_error=self.show_error
        )
        return self.task

    def _applied(self, result: ImportResult) -> None:
        self.applied = result
        announce(self, import_changes(result))
        self.accept()


# Record types of the workbook -> the Changes they announce (which ids: not known, so every one).
_CHANGED_KINDS = {
    "activity": "activities",
    "person": "persons",
    "attendance": "attendance",
    "head_count": "head_counts",
    "organisation": "organisations",
    # An expected list is read with the attendance of its activity; a badge names a person.
    "expected_person": "attendance",
    "badge": "persons",
    # A results framework changes no record a screen lists: the activities are re-read.
    "project": "activities",
    "age_band_set": "activities",
    "indicator": "activities",
    "target": "activities",
    "payment_list": "activities",  # read with its activity's Payments tab
}


def changes_of_types(type_names: Iterable[str]) -> Changes:
    """Every record of these record types (workbook sheet names) may have changed."""
    kinds: dict[str, IdsGiven] = {_CHANGED_KINDS[name]: EVERY for name in type_names}
    return Changes.of(**kinds)


def import_changes(result: ImportResult) -> Changes:
    """What an applied import changed: every record of each type it wrote."""
    return changes_of_types(
        t.type_name for f in result.files for t in f.types if t.new or t.updated
    )


def open_import(parent: QWidget, database: Database) -> QFileDialog:
    """Ask for the workbooks, then show their preview."""
    chooser = QFileDialog(parent, QCoreApplication.translate("SyncImport", "Import workbooks"))
    chooser.setFileMode(QFileDialog.FileMode.ExistingFiles)
    chooser.setNameFilter(QCoreApplication.translate("SyncImport", "Excel workbooks (*.xlsx)"))

    def chosen(files: list[str]) -> None:
        if files:
            show_preview_dialog(parent, database, [Path(f) for f in files])

    chooser.filesSelected.connect(chosen)
    chooser.open()
    return chooser


def unlock_workbooks(
    parent: QWidget | None, paths: Sequence[Path], copies: contextlib.ExitStack
) -> list[Path]:
    """The workbooks to read: a protected one as a decrypted copy (entered into `copies`) once
    the user typed its password; a wrong password is said and asked again; Cancel skips it."""
    readable: list[Path] = []
    title = QCoreApplication.translate("SyncImport", "Protected workbook")
    for path in paths:
        if not is_protected(path):
            readable.append(path)
            continue
        prompt = QCoreApplication.translate(
            "SyncImport",
            "The workbook {name} is protected by a password. Password (Cancel skips this "
            "workbook):",
        ).format(name=path.name)
        problem = ""
        while (password := ask_secret(parent, title, problem + prompt)) is not None:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # about a second
            try:
                readable.append(copies.enter_context(unprotected_copy(path, password)))
                break
            except WorkbookPasswordError as error:
                problem = translate_message(error.message) + "\n\n"
            except OSError as error:  # no room for the decrypted copy, an unreadable file
                QMessageBox.warning(parent, title, f"{path.name}: {error_text(error)}")
                break
            finally:
                QGuiApplication.restoreOverrideCursor()
    return readable


def show_preview_dialog(
    parent: QWidget, database: Database, paths: Sequence[Path]
) -> ImportPreviewDialog | None:
    """Ask the passwords of protected workbooks, then preview; None when every file was
    skipped."""
    copies = contextlib.ExitStack()
    readable = unlock_workbooks(parent, paths, copies)
    if not readable:
        copies.close()
        return None
    dialog = ImportPreviewDialog(database, readable, parent)
    dialog.keep_decrypted(copies)
    dialog.open()
    dialog.start_preview()
    return dialog
