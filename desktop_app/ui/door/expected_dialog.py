"""The expected list of an activity: who is on it, and three ways to add to it.

- *From the registry*: type a name, tick persons in the matches (Space), add them (Enter).
- *Pasted names*: one name a line, or spreadsheet rows with their header row.
- *From a sheet*: a partner's invitation list (.xlsx, .ods, .csv), read as the sign-in sheet
  import reads it (titles, totals, signatories are not persons).

Pasted lines and sheets are read and matched against the registry off the UI thread and shown
row by row (new person, known person, possible duplicate with its "same person?" box, invalid
row with its reasons) before anything is written; "Add to the list" writes them all or none.
Del takes the chosen persons off the list. Closing with names pasted or a preview not added
asks first: nothing typed is lost silently.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.activities.activities import get_activity
from desktop_app.door.expected import add_expected, expected_list, remove_expected
from desktop_app.door.expected_import import (
    ExpectedImport,
    apply_expected,
    pasted_as_sheet,
    preview_expected,
)
from desktop_app.messages import RegistreError
from desktop_app.registry.person_search import search_persons
from desktop_app.signin import DUPLICATE, INVALID, MATCHED, NEW, SheetPreview
from desktop_app.store import Database
from desktop_app.ui.common.actions import make_action
from desktop_app.ui.common.text import error_text
from desktop_app.ui.common.worker import CancelCheck, Job, ProgressCallback, Task, run_task
from desktop_app.ui.door.pdf_files import no_default_button
from desktop_app.ui.sheet_import.model import DAYS, DETAILS, ROLE, CandidateDelegate
from desktop_app.ui.sheet_import.model import SheetPreviewModel as PreviewModel

SEARCH_LIMIT = 50
SEARCH_PAUSE_MS = 150
FILE_FILTER = "*.xlsx *.xlsm *.xls *.ods *.csv *.tsv"
PERSON_ROLE = Qt.ItemDataRole.UserRole
REGISTRY, PASTED, SHEET = range(3)


class ExpectedListDialog(QDialog):
    """`changed` after each write to the list (the window's views count again)."""

    changed = Signal()

    def __init__(self, database: Database, activity_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ExpectedListDialog")
        self.database = database
        self.activity = get_activity(database, activity_id)
        self.task: Task | None = None
        self.imported: ExpectedImport | None = None
        self.setWindowTitle(self.tr("Expected list — {title}").format(title=self.activity.title))
        self._build()
        self.refresh_list()
        self.search_edit.setFocus()
        no_default_button(self)

    # Building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.list_title = QLabel()
        self.listed = QListWidget()
        self.listed.setObjectName("expected_listed")
        self.listed.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.remove_action = make_action(
            self,
            self.tr("&Remove from the list"),
            self.remove_chosen,
            QKeySequence.StandardKey.Delete,
        )
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.listed.addAction(self.remove_action)
        remove_button = QPushButton(self.tr("&Remove from the list (Del)"))
        remove_button.clicked.connect(self.remove_chosen)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_title)
        left_layout.addWidget(self.listed, 1)
        left_layout.addWidget(remove_button)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._registry_tab(), self.tr("From the re&gistry"))
        self.tabs.addTab(self._pasted_tab(), self.tr("&Pasted names"))
        self.tabs.addTab(self._sheet_tab(), self.tr("From a &sheet"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.preview_box = self._preview_box()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addWidget(self.preview_box, 3)  # the rows read get the room
        self._tab_changed(self.tabs.currentIndex())

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([420, 640])  # the names on the list whole, beside the matches
        self.message = QLabel()
        self.message.setObjectName("expected_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(1100, 640)

    def _registry_tab(self) -> QWidget:
        tab = QWidget()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("expected_search")
        self.search_edit.setPlaceholderText(
            self.tr("Name, organisation or phone; ↓ to the matches, Space ticks, Enter adds")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.matches = QListWidget()
        self.matches.setObjectName("expected_matches")
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_PAUSE_MS)
        self.search_timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(lambda _text: self.search_timer.start())
        self.search_edit.returnPressed.connect(self.add_ticked)
        self.search_edit.installEventFilter(self)
        self.matches.itemActivated.connect(lambda _item: self.add_ticked())
        self.add_button = QPushButton(self.tr("&Add the ticked persons (Enter)"))
        self.add_button.clicked.connect(self.add_ticked)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.matches, 1)
        layout.addWidget(self.add_button)
        return tab

    def _pasted_tab(self) -> QWidget:
        tab = QWidget()
        self.pasted = QPlainTextEdit()
        self.pasted.setObjectName("expected_pasted")
        self.pasted.setPlaceholderText(
            self.tr(
                'One name a line ("DIALLO Awa"), or rows copied from a spreadsheet with '
                "their header row (Nom, Prénoms, Structure…)."
            )
        )
        self.pasted.setTabChangesFocus(True)
        read = QPushButton(self.tr("&Read the names (Ctrl+Enter)"))
        read.clicked.connect(self.read_pasted)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.pasted, 1)
        layout.addWidget(read)
        return tab

    def _sheet_tab(self) -> QWidget:
        tab = QWidget()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("expected_path")
        self.path_edit.setPlaceholderText(self.tr("Path of the partner's list (.xlsx, .ods, .csv)"))
        self.path_edit.returnPressed.connect(lambda: self.read_sheet(self.path_edit.text()))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        hint = QLabel(
            self.tr(
                "Read as a sign-in sheet is: the title block, totals and signatories under the "
                "table are not persons. Enter reads the file."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addStretch(1)
        return tab

    def _preview_box(self) -> QWidget:
        box = QWidget()
        self.counts = QLabel()
        self.counts.setObjectName("expected_counts")
        self.counts.setWordWrap(True)
        self.model = PreviewModel(self)
        self.view = QTableView()
        self.view.setObjectName("expected_preview")
        self.view.setModel(self.model)
        self.view.setColumnHidden(ROLE, True)  # nobody is checked in: no role, no days
        self.view.setColumnHidden(DAYS, True)
        self.view.setItemDelegateForColumn(DETAILS, CandidateDelegate(self.view))
        self.view.verticalHeader().hide()
        self.skip_invalid = QCheckBox(self.tr("S&kip the invalid rows"))
        self.skip_invalid.toggled.connect(lambda _on: self._enable_apply())
        self.apply_button = QPushButton(self.tr("Add them to the &list (Ctrl+Enter)"))
        self.apply_button.setObjectName("expected_apply")
        self.apply_button.clicked.connect(self.apply_preview)
        self.apply_action = make_action(
            self, "", self._ctrl_enter, [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")]
        )
        self.addAction(self.apply_action)
        row = QHBoxLayout()
        row.addWidget(self.skip_invalid)
        row.addStretch(1)
        row.addWidget(self.apply_button)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.counts)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self._enable_apply()
        return box

    # The list ----------------------------------------------------------------------------

    def refresh_list(self) -> None:
        rows = expected_list(self.database, self.activity.id)
        self.listed.clear()
        for row in rows:
            label = row.display_name + (f" — {row.organisation}" if row.organisation else "")
            item = QListWidgetItem(label)
            item.setData(PERSON_ROLE, row.person_id)
            self.listed.addItem(item)
        self.list_title.setText(self.tr("On the list: %n", "", len(rows)))

    def listed_names(self) -> list[str]:
        return [self.listed.item(i).text() for i in range(self.listed.count())]

    def remove_chosen(self) -> None:
        items = self.listed.selectedItems()
        if not items:
            self.message.setText(self.tr("Choose the persons to take off the list first."))
            return
        try:
            for item in items:
                remove_expected(self.database, self.activity.id, int(item.data(PERSON_ROLE)))
        except RegistreError as error:
            self.message.setText(error_text(error))
            self._list_changed()
            return
        self.message.setText(self.tr("%n persons taken off the list.", "", len(items)))
        self._list_changed()

    def _list_changed(self) -> None:
        self.refresh_list()
        self.run_search()  # the matches say who is on the list now
        self.changed.emit()

    # From the registry -------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """↓ in the search box goes to the matches (the keyboard never needs the mouse)."""
        if (
            watched is self.search_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.matches.count()
        ):
            self.matches.setFocus()
            self.matches.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)

    def run_search(self) -> None:
        self.search_timer.stop()
        text = self.search_edit.text().strip()
        ticked = set(self.ticked_ids())
        self.matches.clear()
        if not text:
            return
        listed = {int(self.listed.item(i).data(PERSON_ROLE)) for i in range(self.listed.count())}
        for person in search_persons(self.database, text, limit=SEARCH_LIMIT):
            label = f"{person.family_name} {person.given_names}".strip()
            if person.organisation:
                label += f" — {person.organisation}"
            if person.id in listed:
                label += self.tr(" (on the list)")
            item = QListWidgetItem(label)
            item.setData(PERSON_ROLE, person.id)
            if person.id in listed:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            else:
                checked = person.id in ticked
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.matches.addItem(item)

    def ticked_ids(self) -> list[int]:
        return [
            int(item.data(PERSON_ROLE))
            for item in (self.matches.item(i) for i in range(self.matches.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def add_ticked(self) -> None:
        """Enter: the ticked persons, or else the highlighted match, go on the list."""
        if self.search_timer.isActive():
            self.run_search()
        chosen = self.ticked_ids()
        current = self.matches.currentItem() or (
            self.matches.item(0) if self.matches.count() == 1 else None
        )
        if not chosen and current is not None and current.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            chosen = [int(current.data(PERSON_ROLE))]
        if not chosen:
            self.message.setText(self.tr("Tick the persons to add (Space), then press Enter."))
            return
        try:
            result = add_expected(self.database, self.activity.id, chosen)
        except RegistreError as error:  # a cancelled activity, a person deleted meanwhile
            self.message.setText(error_text(error))
            return
        self.message.setText(self.tr("%n persons added to the list.", "", len(result.added)))
        self.search_edit.clear()
        self.search_edit.setFocus()
        self._list_changed()

    # Pasted lines and sheets -------------------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        self.preview_box.setVisible(index != REGISTRY)

    def _ctrl_enter(self) -> None:
        if self.tabs.currentIndex() == PASTED and self.model.preview() is None:
            self.read_pasted()
        elif self.model.preview() is not None:
            self.apply_preview()

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("The partner's list"),
            "",
            self.tr("Spreadsheets ({patterns})").format(patterns=FILE_FILTER),
        )
        if path:
            self.path_edit.setText(path)
            self.read_sheet(path)

    def read_pasted(self) -> Task | None:
        text = self.pasted.toPlainText()
        return self._read(lambda folder: pasted_as_sheet(text, folder))

    def read_sheet(self, path: str) -> Task | None:
        if not path.strip():
            self.message.setText(self.tr("Give the path of the list to read."))
            return None
        return self._read(lambda _folder: Path(path.strip()))

    def _read(self, source: Callable[[Path], Path]) -> Task | None:
        """Read and match off the UI thread; the rows shown when done, nothing written."""
        if self.task is not None:
            return None
        database, activity_id = self.database, self.activity.id

        def job(_progress: ProgressCallback, _cancelled: CancelCheck) -> SheetPreview:
            with tempfile.TemporaryDirectory(prefix="registre-") as folder:
                path = source(Path(folder))
                return preview_expected(database, activity_id, path)

        self.model.set_preview(None)
        self.counts.setText(self.tr("Reading and matching against the registry…"))
        self.message.clear()
        return self._start(job, self._show_preview)

    def _start(self, job: Job, done: Callable[[Any], object]) -> Task:
        task = run_task(job, owner=self)
        self.task = task
        task.succeeded.connect(done)
        task.failed.connect(self._failed)
        task.finished.connect(self._finished)
        self._enable_apply()
        return task

    def _failed(self, error: BaseException) -> None:
        self.counts.clear()
        self.message.setText(error_text(error))

    def _finished(self) -> None:
        self.task = None
        self._enable_apply()

    def _show_preview(self, preview: SheetPreview) -> None:
        self.model.set_preview(preview)
        self.view.resizeColumnsToContents()
        persons = sum(1 for row in preview.rows if row.same_as is None)
        self.counts.setText(
            self.tr(
                "%n persons read: {new} new, {known} in the registry, {duplicates} possibly "
                "in the registry (tick “same person?” to use them), {invalid} invalid rows; "
                "{skipped} lines not persons (titles, totals, signatories).",
                "",
                persons,
            ).format(
                new=preview.count(NEW),
                known=preview.count(MATCHED),
                duplicates=preview.count(DUPLICATE),
                invalid=preview.count(INVALID),
                skipped=len(preview.skipped),
            )
        )
        self.skip_invalid.setEnabled(preview.count(INVALID) > 0)

    def _enable_apply(self) -> None:
        preview = self.model.preview()
        ready = preview is not None and self.task is None
        if ready and preview is not None and preview.count(INVALID):
            ready = self.skip_invalid.isChecked()
        self.apply_button.setEnabled(ready)

    def apply_preview(self) -> Task | None:
        preview = self.model.preview()
        if preview is None or self.task is not None:
            return None
        if preview.count(INVALID) and not self.skip_invalid.isChecked():
            self.message.setText(
                self.tr(
                    "Some rows are invalid: correct the sheet, or tick “Skip the invalid rows”."
                )
            )
            return None
        decisions = self.model.decisions()
        skip = self.skip_invalid.isChecked()
        database = self.database

        def job(_progress: ProgressCallback, _cancelled: CancelCheck) -> ExpectedImport:
            return apply_expected(database, preview, decisions, skip_invalid=skip)

        return self._start(job, self._applied)

    def _applied(self, result: ExpectedImport) -> None:
        self.imported = result
        self.model.set_preview(None)
        self.counts.clear()
        self.pasted.clear()
        self.path_edit.clear()
        self.message.setText(
            self.tr(
                "Added to the list: {added} (already on it: {already}); new persons in the "
                "registry: {created}; invalid rows skipped: {skipped}."
            ).format(
                added=result.added,
                already=result.already,
                created=result.created,
                skipped=result.invalid_skipped,
            )
        )
        self._list_changed()

    # Closing -----------------------------------------------------------------------------

    def unsaved_work(self) -> str:
        """What closing would drop: names pasted or rows read but not added."""
        if self.model.preview() is not None:
            return self.tr("The rows read are not on the list yet.")
        if self.pasted.toPlainText().strip():
            return self.tr("The pasted names are not on the list yet.")
        return ""

    def reject(self) -> None:  # Esc, Close, the window's close button (QDialog calls it)
        if self._may_close():
            if self.task is not None:
                self.task.cancel()
            super().reject()

    def _may_close(self) -> bool:
        work = self.unsaved_work()
        if not work:
            return True
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            work + "\n" + self.tr("Close anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
