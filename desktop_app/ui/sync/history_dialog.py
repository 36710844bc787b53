"""Tools ▸ Workbooks received…: which offices have sent their data, up to when, and what each
imported workbook brought."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.store import Database
from desktop_app.sync.history import (
    COUNT_NAMES,
    ImportReceived,
    OfficeReceived,
    imports_received,
    offices_received,
)
from desktop_app.ui.common.i18n import format_moment, format_number
from desktop_app.ui.common.text import error_text
from desktop_app.ui.sync.import_dialog import count_headers, type_label

SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
UNKNOWN = "—"  # imported before export times and modes were kept
SHOWN_COUNTS = ("new", "updated", "conflicts", "invalid")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class SortedItem(QTableWidgetItem):
    """A read-only cell sorted by its key (a date's ISO text, a number), not its shown text."""

    def __init__(self, text: str, key: str | int) -> None:
        super().__init__(text)
        self.setData(SORT_ROLE, key)
        self.setFlags(self.flags() & ~Qt.ItemFlag.ItemIsEditable)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if type(mine) is type(theirs):
            return bool(mine < theirs)
        return super().__lt__(other)


def _moment_item(value: dt.datetime | None) -> SortedItem:
    if value is None:
        return SortedItem(UNKNOWN, "")
    return SortedItem(format_moment(value), value.isoformat())


def _count_item(value: int) -> SortedItem:
    item = SortedItem(format_number(value), value)
    item.setTextAlignment(RIGHT)
    return item


def _office(code: str, name: str) -> str:
    return f"{code} {name}" if name else code


def _table(headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    return table


def _fill(
    table: QTableWidget,
    rows: Sequence[Sequence[QTableWidgetItem]],
    *,
    sort_by: int,
    descending: bool = False,
) -> None:
    table.setSortingEnabled(False)  # rows would move while they are filled
    table.setRowCount(len(rows))
    for r, items in enumerate(rows):
        for c, item in enumerate(items):
            table.setItem(r, c, item)
    table.setSortingEnabled(True)
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    table.sortByColumn(sort_by, order)
    table.resizeColumnsToContents()  # after the sort: its arrow takes room in the header


def _fit_height(table: QTableWidget, max_rows: int) -> None:
    """As tall as its rows, up to `max_rows` (then it scrolls)."""
    shown = min(table.rowCount(), max_rows)
    rows = sum(table.rowHeight(r) for r in range(shown))
    table.setFixedHeight(rows + table.horizontalHeader().height() + 2 * table.frameWidth() + 2)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    bold = QFont()
    bold.setBold(True)
    label.setFont(bold)
    return label


class SyncHistoryDialog(QDialog):
    """The offices at the top (furthest behind first), the imports below (newest first), the
    chosen import's counts per record type at the bottom."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.imports: dict[int, ImportReceived] = {}
        self.setWindowTitle(self.tr("Workbooks received"))
        self.resize(1000, 640)
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.sections = QWidget()
        sections = QVBoxLayout(self.sections)
        sections.setContentsMargins(0, 0, 0, 0)
        self.offices = _table(
            [
                self.tr("Office"),
                self.tr("Latest workbook exported (UTC)"),
                self.tr("Imported on (UTC)"),
                self.tr("Workbooks"),
            ]
        )
        sections.addWidget(_heading(self.tr("Offices")))
        sections.addWidget(self.offices)
        self.table = _table(
            [
                self.tr("Imported on (UTC)"),
                self.tr("Office"),
                self.tr("File"),
                self.tr("Exported on (UTC)"),
                self.tr("Mode"),
                self.tr("New"),
                self.tr("Updated"),
                self.tr("Conflicts"),
                self.tr("Invalid rows"),
            ]
        )
        self.table.currentCellChanged.connect(lambda *_cells: self._show_current())
        sections.addWidget(_heading(self.tr("Imports")))
        sections.addWidget(self.table, 1)
        self.details_title = _heading("")
        self.details = QTableWidget(0, len(COUNT_NAMES))
        self.details.setHorizontalHeaderLabels(count_headers())
        self.details.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.details.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # figures to read, nothing to do
        self.details.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        sections.addWidget(self.details_title)
        sections.addWidget(self.details)
        layout.addWidget(self.sections, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)  # Esc too
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        try:
            offices = offices_received(self.database)
            imports = imports_received(self.database)
        except Exception as error:  # a server out of reach: said, nothing else shown
            self.status.setText(error_text(error))
            self.sections.setVisible(False)
            return
        self.imports = {received.id: received for received in imports}
        self.sections.setVisible(bool(imports))
        if not imports:
            self.status.setText(self.tr("No workbook has been imported into this database yet."))
            self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.resize(560, 200)
            return
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.status.setText(
            self.tr(
                "The workbooks imported into this database, from each office. Choose an "
                "import to see what it brought for each kind of record."
            )
        )
        _fill(self.offices, [self._office_row(office) for office in offices], sort_by=1)
        self.offices.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        _fit_height(self.offices, max_rows=6)
        self.offices.setCurrentCell(-1, -1)
        _fill(self.table, [self._import_row(r) for r in imports], sort_by=0, descending=True)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectRow(0)
        self.table.setFocus()

    def _office_row(self, office: OfficeReceived) -> list[QTableWidgetItem]:
        return [
            SortedItem(_office(office.site_code, office.site_name), office.site_code),
            _moment_item(office.last_exported_at),
            _moment_item(office.last_imported_at),
            _count_item(office.workbooks),
        ]

    def _import_row(self, received: ImportReceived) -> list[QTableWidgetItem]:
        first = _moment_item(received.imported_at)
        first.setData(ID_ROLE, received.id)
        first.setData(SORT_ROLE, f"{received.imported_at.isoformat()} {received.id:012d}")
        return [
            first,
            SortedItem(_office(received.site_code, received.site_name), received.site_code),
            SortedItem(received.file_name, received.file_name.casefold()),
            _moment_item(received.exported_at),
            SortedItem(self._mode(received.mode), received.mode or ""),
            *(_count_item(getattr(received.totals, name)) for name in SHOWN_COUNTS),
        ]

    def _mode(self, mode: str | None) -> str:
        if mode == "changes":
            return self.tr("changes")
        if mode == "full":
            return self.tr("full")
        return mode or UNKNOWN

    def current(self) -> ImportReceived | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return self.imports.get(item.data(ID_ROLE)) if item is not None else None

    def _show_current(self) -> None:
        received = self.current()
        if received is None:
            self.details_title.setText("")
            self.details.setRowCount(0)
            return
        self.details_title.setText(
            self.tr("{file} from {office}, imported on {date} (UTC)").format(
                file=received.file_name,
                office=_office(received.site_code, received.site_name),
                date=format_moment(received.imported_at),
            )
        )
        rows = [*(t for t in received.types if t.shown), received.totals]
        self.details.setRowCount(len(rows))
        self.details.setVerticalHeaderLabels([type_label(t.type_name) for t in rows])
        bold = QFont()
        bold.setBold(True)
        for r, counts in enumerate(rows):
            for c, name in enumerate(COUNT_NAMES):
                item = _count_item(getattr(counts, name))
                if r == len(rows) - 1:
                    item.setFont(bold)
                self.details.setItem(r, c, item)
        _fit_height(self.details, max_rows=len(rows))


def open_history(parent: QWidget, database: Database) -> SyncHistoryDialog:
    dialog = SyncHistoryDialog(database, parent)
    dialog.open()
    return dialog
