"""The wizard's third step: every row's outcome before anything is written.

Three tabs: the rows (possible duplicates confirmed or refused there), the rows that are not
persons with their reason (a doubtful one may be declared a person: the preview is made again),
and the roles the sheets write (a value the vocabulary does not know waits for a role). Above
them, what the import would record: persons by outcome, persons by role, how each sheet's
signatures were read, and the choice for rows left unsigned where others signed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from desktop_app.signin import (
    DUPLICATE,
    INVALID,
    MATCHED,
    NEW,
    Choices,
    SheetChoice,
    SheetPreview,
    SkippedRow,
    preview_sheets,
    tally,
)
from desktop_app.signin.summary import roles_text, signature_lines
from desktop_app.signin.tally import Tally, role_values
from desktop_app.ui.common.text import error_text, language, translate_message
from desktop_app.ui.common.worker import Task, run_task
from desktop_app.ui.sheet_import.lists import RoleChoicesTable, SkippedRowsTable
from desktop_app.ui.sheet_import.model import DETAILS, CandidateDelegate, SheetPreviewModel

if TYPE_CHECKING:
    from desktop_app.ui.sheet_import.wizard import SheetImportWizard

DETAILS_WIDTH = 320
ROWS_TAB, SKIPPED_TAB, ROLES_TAB = range(3)


def show_progress(bar: QProgressBar, done: int, total: int) -> None:
    bar.setMaximum(max(total, 1))
    bar.setValue(min(done, total))


class PreviewPage(QWizardPage):
    """Every row's outcome; possible duplicates, roles and unsigned rows are decided here."""

    def __init__(self, wizard: SheetImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.task: Task | None = None
        self.kept: tuple[SkippedRow, ...] = ()  # rows declared persons
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr("Nothing is written yet. Tick “Same person?” for each possible duplicate "
                    "that is the proposed person; the others become new persons.")
        )  # fmt: skip
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.model = SheetPreviewModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.setItemDelegateForColumn(DETAILS, CandidateDelegate(self.view))
        self.view.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked
            | QTableView.EditTrigger.SelectedClicked
            | QTableView.EditTrigger.EditKeyPressed
        )
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.skipped = SkippedRowsTable(self)
        self.roles = RoleChoicesTable(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.view, "")
        self.tabs.addTab(self.skipped, "")
        self.tabs.addTab(self.roles, "")
        self.progress = QProgressBar(self)
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.role_counts = QLabel(self)
        self.role_counts.setWordWrap(True)
        self.role_counts.setObjectName("sheet_import_role_counts")
        self.signatures = QLabel(self)
        self.signatures.setWordWrap(True)
        self.unsigned = QCheckBox(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        self.confirm_all = QPushButton(self.tr("All &duplicates are the proposed persons"), self)
        self.refuse_all = QPushButton(self.tr("All duplicates are &new persons"), self)
        self.skip_invalid = QCheckBox(self.tr("&Skip invalid rows"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_all)
        buttons.addWidget(self.refuse_all)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_invalid)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.counts)
        layout.addWidget(self.role_counts)
        layout.addWidget(self.signatures)
        layout.addWidget(self.unsigned)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.confirm_all.clicked.connect(lambda: self.model.set_all_duplicates(True))
        self.refuse_all.clicked.connect(lambda: self.model.set_all_duplicates(False))
        self.skip_invalid.toggled.connect(lambda _on: self.completeChanged.emit())
        self.unsigned.toggled.connect(lambda _on: self._choices_changed())
        self.roles.changed.connect(self._choices_changed)
        self.skipped.kept_changed.connect(self._kept_changed)
        self._show_extras(None)

    # Pages of QWizard ---------------------------------------------------------------------

    def initializePage(self) -> None:
        self.kept = ()
        self.unsigned.setChecked(False)
        self._start()

    def cleanupPage(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def isComplete(self) -> bool:
        preview = self.model.preview()
        if preview is None or self.task is not None or self.roles.undecided():
            return False
        return preview.count(INVALID) == 0 or self.skip_invalid.isChecked()

    def choices(self) -> Choices:
        """What the user decided: whether unsigned rows count, the role of each value."""
        return Choices(unsigned_present=self.unsigned.isChecked(), roles=self.roles.chosen())

    # Making the preview -------------------------------------------------------------------

    def _start(self) -> None:
        """Match the rows against the registry, off the UI thread (again when a row is kept)."""
        if self.task is not None:
            self.task.cancel()
        self.model.set_preview(None)
        self._show_extras(None)
        self.error.clear()
        self.counts.setText(self.tr("Matching the rows against the registry…"))
        self.progress.setValue(0)
        self.progress.show()
        database, activity_id = self.owner.database, self.owner.activity_id()
        choices = [
            SheetChoice(
                state.grid,
                state.layout,
                state.day,
                frozenset(row.row for row in self.kept if row.sheet == state.grid.name),
            )
            for state in self.owner.mapping_page.chosen()
            if state.layout is not None
        ]
        finder = self.owner.ready_finder()
        task = run_task(
            lambda progress, cancelled: preview_sheets(
                database,
                activity_id or 0,
                choices,
                finder=finder,
                progress=progress,
                cancelled=cancelled,
            ),
            owner=self,
        )
        self.task = task
        task.progress.connect(lambda done, total: show_progress(self.progress, done, total))
        task.succeeded.connect(self._show)
        task.failed.connect(self._failed)
        task.finished.connect(lambda: self._finished(task))
        self.completeChanged.emit()

    def _show(self, preview: SheetPreview) -> None:
        self.model.set_preview(preview)
        self.model.set_choices(self.choices())
        self.view.resizeColumnsToContents()
        # Long reasons stay readable in the tooltip; the other columns stay in sight.
        self.view.setColumnWidth(DETAILS, min(self.view.columnWidth(DETAILS), DETAILS_WIDTH))
        self.skipped.set_rows(preview.skipped, self.kept)
        self.roles.set_values(role_values(preview, self.choices()))
        self._show_extras(preview)
        has_duplicates = preview.count(DUPLICATE) > 0
        self.confirm_all.setEnabled(has_duplicates)
        self.refuse_all.setEnabled(has_duplicates)
        self.skip_invalid.setEnabled(preview.count(INVALID) > 0)

    def _failed(self, error: BaseException) -> None:
        self.counts.clear()
        self.error.setText(error_text(error))

    def _finished(self, task: Task) -> None:
        if self.task is task:
            self.task = None
            self.progress.hide()
        self.completeChanged.emit()

    # The user's choices -------------------------------------------------------------------

    def _choices_changed(self) -> None:
        self.model.set_choices(self.choices())
        self._show_extras(self.model.preview())
        self.completeChanged.emit()

    def _kept_changed(self) -> None:
        self.kept = tuple(self.skipped.kept())
        self._start()

    # Texts --------------------------------------------------------------------------------

    def _show_extras(self, preview: SheetPreview | None) -> None:
        rows = len(preview.rows) if preview else 0
        skipped = len(preview.skipped) + len(self.kept) if preview else 0
        values = self.roles.rowCount() if preview else 0
        self.tabs.setTabText(ROWS_TAB, self.tr("Ro&ws ({count})").format(count=rows))
        self.tabs.setTabText(SKIPPED_TAB, self.tr("Not &persons ({count})").format(count=skipped))
        self.tabs.setTabText(ROLES_TAB, self.tr("R&oles ({count})").format(count=values))
        counted = tally(preview, self.choices()) if preview is not None else None
        if preview is None or counted is None:
            for label in (self.role_counts, self.signatures):
                label.hide()
            self.unsigned.hide()
            return
        self.counts.setText(self._counts_text(preview, counted))
        self.role_counts.setText(self._roles_text(counted))
        self.role_counts.show()
        lines = [translate_message(line) for line in signature_lines(preview, self.choices())]
        self.signatures.setText("\n".join(lines))
        self.signatures.setVisible(bool(lines))
        self.unsigned.setText(
            self.tr("&Count the %Ln rows without signature as present", "", counted.unsigned_rows)
        )
        self.unsigned.setVisible(counted.unsigned_rows > 0)

    def _counts_text(self, preview: SheetPreview, counted: Tally) -> str:
        """ "12 rows: 3 new persons, ..., 1 invalid row; 2 total rows skipped.": each count
        with its own words, so each part is a text of its own."""
        parts = [
            self.tr("%Ln new persons", "", counted.recorded[NEW]),
            self.tr("%Ln known persons", "", counted.recorded[MATCHED]),
            self.tr("%Ln possible duplicates", "", counted.recorded[DUPLICATE]),
            self.tr("%Ln invalid rows", "", counted.recorded[INVALID]),
        ]
        rows = self.tr("%Ln rows:", "", len(preview.rows))
        skipped = self.tr("; %Ln total rows skipped.", "", preview.total_rows_skipped)
        return f"{rows} {', '.join(parts)}{skipped}"

    def _roles_text(self, counted: Tally) -> str:
        """ "Persons by role: participant 8, facilitator 1, expert 1 (team: 2); 6 rows are not
        persons; 1 role to choose.": each part with its own punctuation (French spaces)."""
        text = self.tr("Persons by role: {roles} (team: {team})").format(
            roles=roles_text(counted, language()) or "-", team=counted.team
        )
        text += self.tr("; %Ln rows are not persons", "", counted.skipped)
        if counted.unknown_roles:
            text += self.tr("; %Ln roles to choose", "", len(counted.unknown_roles))
        return text + "."
