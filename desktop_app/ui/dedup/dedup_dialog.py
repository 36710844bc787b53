"""Each person once: the candidate pairs side by side, merged or marked as different people.

Open it with `DedupDialog(database, parent).open()`, or through the Tools menu (`install`).
The search runs off the UI thread with a progress bar and a Cancel button.
Keyboard: Ctrl+1 keeps the left person, Ctrl+2 the right one, Ctrl+D says they are different
people, F5 searches again; the table has the focus and arrows move between pairs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.dedup.finder import (
    DuplicatePair,
    PersonSummary,
    find_duplicates,
    mark_distinct,
)
from desktop_app.dedup.merge import merge_persons
from desktop_app.dedup.score import DEFAULT_MIN_SCORE, reason_message
from desktop_app.messages import RegistreError
from desktop_app.store import Database
from desktop_app.ui.common.changes import EVERY, Changes
from desktop_app.ui.common.text import error_text, translate_message
from desktop_app.ui.common.worker import Task, run_task

if TYPE_CHECKING:
    from desktop_app.ui.shell.main_window import MainWindow

Index = QModelIndex | QPersistentModelIndex
PAIR_ROLE = Qt.ItemDataRole.UserRole + 1


class DuplicatePairTableModel(QAbstractTableModel):
    """Candidate pairs: score, the two persons, the reasons."""

    SCORE, FIRST, SECOND, REASONS = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pairs: list[DuplicatePair] = []

    def set_pairs(self, pairs: list[DuplicatePair]) -> None:
        self.beginResetModel()
        self._pairs = list(pairs)
        self.endResetModel()

    def pair(self, row: int) -> DuplicatePair | None:
        return self._pairs[row] if 0 <= row < len(self._pairs) else None

    def remove_person(self, person_id: int) -> None:
        """Drop every pair that shows a person who no longer exists (merged away)."""
        self.remove_where(lambda p: person_id in (p.first.id, p.second.id))

    def remove_pair(self, pair: DuplicatePair) -> None:
        self.remove_where(lambda p: p is pair)

    def remove_where(self, condition: Callable[[DuplicatePair], bool]) -> None:
        for row in reversed(range(len(self._pairs))):
            if condition(self._pairs[row]):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._pairs[row]
                self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._pairs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.SCORE: self.tr("Score"),
            self.FIRST: self.tr("Left person"),
            self.SECOND: self.tr("Right person"),
            self.REASONS: self.tr("Why"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._pairs):
            return None
        pair = self._pairs[index.row()]
        column = index.column()
        if role == PAIR_ROLE:
            return pair
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SCORE:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.SCORE:
                return pair.score if role == Qt.ItemDataRole.DisplayRole else None
            if column in (self.FIRST, self.SECOND):
                person = pair.first if column == self.FIRST else pair.second
                if role == Qt.ItemDataRole.ToolTipRole:
                    return self.details(person)
                return self.describe(person)
            if column == self.REASONS:
                return ", ".join(translate_message(reason_message(code)) for code in pair.reasons)
        return None

    def describe(self, person: PersonSummary) -> str:
        extra = [str(v) for v in (person.birth_year, person.organisation, person.phone) if v]
        suffix = f" — {', '.join(extra)}" if extra else ""
        return f"{person.display_name}{suffix}"

    def details(self, person: PersonSummary) -> str:
        lines = [
            person.display_name,
            self.tr("Id: {id}").format(id=person.id),
            self.tr("Sex: {sex}").format(sex=person.sex or self.tr("not stated")),
            self.tr("Birth year: {year}").format(year=person.birth_year or "—"),
            self.tr("Organisation: {organisation}").format(organisation=person.organisation or "—"),
            self.tr("Phone: {phone}").format(phone=person.phone or "—"),
            self.tr("E-mail: {email}").format(email=person.email or "—"),
            self.tr("Attendance rows: {count}").format(count=person.attendances),
        ]
        return "\n".join(lines)


class DedupDialog(QDialog):
    """Find, review and settle duplicate persons. `search()` starts a search (done on open)."""

    search_finished = Signal(int)  # number of pairs found
    merged = Signal(int, int)  # survivor id, merged id
    distinct = Signal(int, int)

    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        *,
        min_score: int = DEFAULT_MIN_SCORE,
        search_on_open: bool = True,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.task: Task | None = None
        # Asked before a merge; tests replace it.
        self.confirm_merge: Callable[[PersonSummary, PersonSummary], bool] = self._ask_merge
        self.setWindowTitle(self.tr("Duplicate persons"))
        self.resize(1000, 600)
        self.model = DuplicatePairTableModel(self)
        self._build(min_score)
        self._update_buttons()
        if search_on_open:
            self.search()

    def _build(self, min_score: int) -> None:
        self.min_score = QSpinBox(self)
        self.min_score.setRange(0, 100)
        self.min_score.setValue(min_score)
        self.search_button = QPushButton(self.tr("&Search again"), self)
        self.search_button.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.search_button.clicked.connect(self.search)
        self.cancel_button = QPushButton(self.tr("Cancel search"), self)
        self.cancel_button.clicked.connect(self.cancel_search)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        score_label = QLabel(self.tr("&Lowest score:"), self)
        score_label.setBuddy(self.min_score)
        top = QHBoxLayout()
        for widget in (score_label, self.min_score, self.search_button):
            widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            top.addWidget(widget)
        top.addWidget(self.progress, 1)
        top.addWidget(self.cancel_button)
        top.addStretch(0)  # takes the room of the hidden progress bar

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(DuplicatePairTableModel.SCORE, 60)
        self.table.setColumnWidth(DuplicatePairTableModel.FIRST, 300)
        self.table.setColumnWidth(DuplicatePairTableModel.SECOND, 300)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)

        self.keep_first = QPushButton(self.tr("Keep left, merge right into it (Ctrl+1)"), self)
        self.keep_first.setShortcut(QKeySequence("Ctrl+1"))
        self.keep_first.clicked.connect(lambda: self.merge_selected(keep_first=True))
        self.keep_second = QPushButton(self.tr("Keep right, merge left into it (Ctrl+2)"), self)
        self.keep_second.setShortcut(QKeySequence("Ctrl+2"))
        self.keep_second.clicked.connect(lambda: self.merge_selected(keep_first=False))
        self.different = QPushButton(self.tr("Different people (Ctrl+D)"), self)
        self.different.setShortcut(QKeySequence("Ctrl+D"))
        self.different.clicked.connect(self.mark_selected_distinct)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        for button in (self.keep_first, self.keep_second, self.different, close):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        for button in (self.keep_first, self.keep_second, self.different):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        # The selected pair in full, side by side, to choose which record survives.
        self.left_details = QLabel(self)
        self.right_details = QLabel(self)
        compare = QHBoxLayout()
        for label in (self.left_details, self.right_details):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setFrameShape(QLabel.Shape.StyledPanel)
            label.setMinimumHeight(label.fontMetrics().lineSpacing() * 8 + 12)
            compare.addWidget(label, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(compare)
        layout.addLayout(buttons)
        self._searching(False)

    # Searching, off the UI thread.
    def search(self) -> None:
        if self.task is not None:
            return
        minimum = self.min_score.value()
        database = self.database
        self.status.setText(self.tr("Looking for persons recorded twice…"))
        self.task = run_task(
            lambda progress, cancelled: find_duplicates(database, minimum, progress, cancelled),
            self,
        )
        self.task.progress.connect(self._on_progress)
        self.task.succeeded.connect(self._on_found)
        self.task.failed.connect(self._on_failed)
        self.task.cancelled.connect(self._on_cancelled)
        self.task.finished.connect(self._on_finished)
        self._searching(True)

    def cancel_search(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, total))

    def _on_found(self, pairs: list[DuplicatePair]) -> None:
        self.model.set_pairs(pairs)
        self.table.resizeRowsToContents()
        if pairs:
            self.status.setText(
                self.tr("%Ln pairs that may be the same person, best first.", "", len(pairs))
            )
            self.table.selectRow(0)
        else:
            self.status.setText(self.tr("No likely duplicates at this score."))
        self.table.setFocus()
        self.search_finished.emit(len(pairs))

    def _on_failed(self, error: BaseException) -> None:
        self.status.setText(error_text(error))
        self.search_finished.emit(-1)

    def _on_cancelled(self) -> None:
        self.status.setText(self.tr("Search cancelled."))
        self.search_finished.emit(-1)

    def _on_finished(self) -> None:
        self.task = None
        self._searching(False)

    def _searching(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.progress.setValue(0)
        self.cancel_button.setVisible(running)
        self.search_button.setEnabled(not running)
        self.min_score.setEnabled(not running)
        self._update_buttons()

    # Settling the selected pair.
    def selected_pair(self) -> DuplicatePair | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.pair(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        pair = self.selected_pair()
        # No merge while a search runs: its result would still show the merged person.
        for button in (self.keep_first, self.keep_second, self.different):
            button.setEnabled(pair is not None and self.task is None)
        self.left_details.setText(self.model.details(pair.first) if pair else "")
        self.right_details.setText(self.model.details(pair.second) if pair else "")

    def _ask_merge(self, survivor: PersonSummary, merged: PersonSummary) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Merge persons"),
            self.tr(
                "Merge {merged} (#{merged_id}) into {survivor} (#{survivor_id})? "
                "Its %Ln attendance rows move to {survivor}.",
                "",
                merged.attendances,
            ).format(
                merged=merged.display_name,
                merged_id=merged.id,
                survivor=survivor.display_name,
                survivor_id=survivor.id,
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def merge_selected(self, keep_first: bool) -> None:
        pair = self.selected_pair()
        if pair is None or self.task is not None:
            return
        survivor, other = (pair.first, pair.second) if keep_first else (pair.second, pair.first)
        if not self.confirm_merge(survivor, other):
            return
        row = self.table.currentIndex().row()
        try:
            merge_persons(self.database, survivor.id, other.id)
        except RegistreError as error:
            QMessageBox.warning(self, self.tr("Merge persons"), error_text(error))
            return
        self.model.remove_person(other.id)
        self.status.setText(
            self.tr("{merged} merged into {survivor}.").format(
                merged=other.display_name, survivor=survivor.display_name
            )
        )
        self._select_near(row)
        self.merged.emit(survivor.id, other.id)

    def mark_selected_distinct(self) -> None:
        pair = self.selected_pair()
        if pair is None or self.task is not None:
            return
        row = self.table.currentIndex().row()
        try:
            mark_distinct(self.database, pair.first.id, pair.second.id)
        except RegistreError as error:
            QMessageBox.warning(self, self.tr("Different people"), error_text(error))
            return
        self.model.remove_pair(pair)
        self.status.setText(self.tr("Marked as different people: they will not be proposed again."))
        self._select_near(row)
        self.distinct.emit(pair.first.id, pair.second.id)

    def _select_near(self, row: int) -> None:
        count = self.model.rowCount()
        if count:
            self.table.selectRow(min(max(row, 0), count - 1))
        self.table.setFocus()
        self._update_buttons()


def open_dedup_dialog(window: MainWindow) -> DedupDialog:
    dialog = DedupDialog(window.database, window)
    # A merge moves attendance between activities: their counts change, wherever they are.
    dialog.merged.connect(
        lambda survivor, merged: window.changes.announce(
            Changes.of(persons={survivor, merged}, attendance=EVERY), dialog
        )
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
