"""Import a sign-in sheet: choose the activity and the file, check the columns, look at every
row's outcome (confirm or refuse possible duplicates), then import all rows or none.

Reading the workbook, matching the rows against the registry and writing run off the UI
thread (`ui/common/worker.py`) with a progress bar; the wizard only shows what the services return.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app.activities.activities import ActivityDetails, get_activity
from desktop_app.activities.activity_list import ActivityFilter, list_activities
from desktop_app.backups.backups import backup_before_import
from desktop_app.signin import (
    ImportResult,
    SheetGrid,
    apply_preview,
    read_workbook,
    result_summary,
)
from desktop_app.signin.finder import RegistryFinder
from desktop_app.store import Database
from desktop_app.ui.common.i18n import format_date
from desktop_app.ui.common.text import error_text, language, translate_message
from desktop_app.ui.common.worker import CancelCheck, ProgressCallback, Task, run_task
from desktop_app.ui.sheet_import.mapping import MappingPage
from desktop_app.ui.sheet_import.preview import PreviewPage, show_progress

FILE_FILTER = "*.xlsx *.xlsm *.xls *.ods *.csv *.tsv"
ACTIVITY_CHOICES = 500


class FilePage(QWizardPage):
    """The activity and the workbook; the workbook is read as soon as it is chosen."""

    def __init__(self, wizard: SheetImportWizard, activity_id: int | None) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.task: Task | None = None
        self.setTitle(self.tr("Sign-in sheet"))
        self.setSubTitle(self.tr("Choose the activity and the file (.xlsx, .xls, .ods or .csv)."))
        self.activity_combo = QComboBox(self)
        rows = list_activities(wizard.database, ActivityFilter(limit=ACTIVITY_CHOICES))
        for row in rows:
            label = self.tr("{title} ({start})").format(
                title=row.title, start=format_date(row.start_date)
            )
            self.activity_combo.addItem(label, row.id)
        if activity_id is not None:
            self.activity_combo.setCurrentIndex(max(self.activity_combo.findData(activity_id), 0))
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("Path of the sign-in sheet"))
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        form = QFormLayout(self)
        form.addRow(self.tr("&Activity:"), self.activity_combo)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, path_row)
        form.addRow(self.progress)
        form.addRow(self.status)
        self.browse_button.clicked.connect(self._browse)
        self.path_edit.editingFinished.connect(lambda: self.read(self.path_edit.text()))
        self.activity_combo.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())

    def activity_id(self) -> int | None:
        data = self.activity_combo.currentData()
        return data if isinstance(data, int) else None

    def isComplete(self) -> bool:
        return bool(self.owner.grids) and self.activity_id() is not None and self.task is None

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Sign-in sheet"),
            "",
            self.tr("Spreadsheets ({patterns})").format(patterns=FILE_FILTER),
        )
        if path:
            self.path_edit.setText(path)
            self.read(path)

    def read(self, path: str) -> Task | None:
        """Read every sheet of the workbook off the UI thread."""
        if not path.strip() or (self.task is not None and not self.task.is_finished()):
            return None
        self.owner.grids = ()
        self.status.setText(self.tr("Reading {name}…").format(name=Path(path).name))
        self.progress.setValue(0)
        self.progress.show()
        task = run_task(
            lambda progress, cancelled: read_workbook(path, progress=progress, cancelled=cancelled),
            owner=self,
        )
        self.task = task
        task.progress.connect(lambda done, total: show_progress(self.progress, done, total))
        task.succeeded.connect(self._read_done)
        task.failed.connect(lambda error: self.status.setText(error_text(error)))
        task.finished.connect(self._task_finished)
        self.completeChanged.emit()
        return task

    def _read_done(self, grids: tuple[SheetGrid, ...]) -> None:
        self.owner.grids = grids
        rows = sum(len(g.rows) for g in grids)
        sheets = self.tr("%Ln sheets,", "", len(grids))
        read = self.tr("%Ln rows read.", "", rows)
        self.status.setText(f"{sheets} {read}")

    def _task_finished(self) -> None:
        self.task = None
        self.progress.hide()
        self.completeChanged.emit()


class ResultPage(QWizardPage):
    """Writes the preview in one transaction and says what was done."""

    def __init__(self, wizard: SheetImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.task: Task | None = None
        self.result: ImportResult | None = None
        self.setTitle(self.tr("Import"))
        self.progress = QProgressBar(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:
        preview_page = self.owner.preview_page
        preview = preview_page.model.preview()
        decisions = preview_page.model.decisions()
        skip = preview_page.skip_invalid.isChecked()
        choices = preview_page.choices()
        database = self.owner.database
        self.summary.setText(self.tr("Importing…"))
        if preview is None:
            return

        def job(progress: ProgressCallback, cancelled: CancelCheck) -> ImportResult:
            backup_before_import(database)  # a way back, made before anything changes
            return apply_preview(
                database,
                preview,
                decisions,
                skip_invalid=skip,
                choices=choices,
                progress=progress,
                cancelled=cancelled,
            )

        task = run_task(job, owner=self)
        self.task = task
        task.progress.connect(lambda done, total: show_progress(self.progress, done, total))
        task.succeeded.connect(self._done)
        task.failed.connect(
            lambda error: self.summary.setText(
                self.tr("Nothing was imported: {reason}").format(reason=error_text(error))
            )
        )
        task.finished.connect(self._finished)

    def _done(self, result: ImportResult) -> None:
        self.result = result
        lines = result_summary(result, language())
        self.summary.setText("\n".join(translate_message(line) for line in lines))
        self.owner.imported = True

    def _finished(self) -> None:
        self.task = None
        self.progress.hide()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.task is None


class SheetImportWizard(QWizard):
    def __init__(
        self, database: Database, activity_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.grids: tuple[SheetGrid, ...] = ()
        self.imported = False
        # The registry's matching index, built while the user checks the columns.
        self.finder: RegistryFinder | None = None
        self.finder_activity: int | None = None
        self.finder_task: Task | None = None
        self.setWindowTitle(self.tr("Import a sign-in sheet"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.file_page = FilePage(self, activity_id)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.result_page):
            self.addPage(page)
        self.resize(980, 620)

    def activity_id(self) -> int | None:
        return self.file_page.activity_id()

    def reject(self) -> None:
        """Cancel stops any work under way; an import stopped midway writes nothing."""
        for page in (self.file_page, self.preview_page, self.result_page):
            if page.task is not None:
                page.task.cancel()
        if self.finder_task is not None:
            self.finder_task.cancel()
        super().reject()

    def prepare_finder(self) -> None:
        activity_id = self.activity_id()
        if self.finder_task is not None or (self.finder and self.finder_activity == activity_id):
            return
        database = self.database
        task = run_task(lambda _p, _c: RegistryFinder(database, activity_id), owner=self)
        self.finder_task = task

        def built(finder: RegistryFinder) -> None:
            self.finder, self.finder_activity = finder, activity_id

        def finished() -> None:
            self.finder_task = None

        task.succeeded.connect(built)
        task.finished.connect(finished)

    def ready_finder(self) -> RegistryFinder | None:
        """The index built ahead for the current activity, if it is ready."""
        return self.finder if self.finder_activity == self.activity_id() else None

    def activity(self) -> ActivityDetails | None:
        activity_id = self.activity_id()
        return get_activity(self.database, activity_id) if activity_id is not None else None
