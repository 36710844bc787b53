"""Tools ▸ History of changes…: who changed what, when, from which office or server user, with
the old and new values; for the whole database or one person (from the person form).

One row per field changed (a record created is one row). Filters: the period, the author (a
server user or an office's code), the field, and words of the record; F5 reads again, Ctrl+F
goes to the words, Ctrl+E writes the rows shown to a workbook.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.access.audit_export import write_xlsx
from desktop_app.access.audit_log import AuditFilter, AuditLine, read_audit
from desktop_app.access.audit_words import ACTIONS, RECORD_TYPES
from desktop_app.messages import RegistreError
from desktop_app.store import Database
from desktop_app.sync import cells as hq_cells
from desktop_app.sync import format as hq_format
from desktop_app.ui.common.i18n import format_date, format_moment
from desktop_app.ui.common.text import error_text, language

COLUMNS = ("when", "office", "user", "action", "type", "record", "field", "old", "new")
NOTHING = "—"
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _translate(_context: str, text: str) -> str:
    """The audit trail's words (access/audit_words.py), all in the "Access" context."""
    return QCoreApplication.translate("Access", text)


def field_label(table_name: str, key: str) -> str:
    return hq_format.field_label(table_name, key, language())


def _value(table_name: str, key: str, value: object) -> str:
    if isinstance(value, list | dict):
        return str(value)
    if isinstance(value, str) and ISO_DAY.match(value):  # dates travel as ISO text
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
        return format_date(moment.date()) if len(value) == 10 else format_moment(moment)
    return hq_cells.field_value(table_name, key, value, {}, language(), nothing=NOTHING)


def _date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _rows(line: AuditLine) -> list[tuple[str, str, str]]:
    """(field, old, new) for each change shown; a new record's empty fields say nothing."""
    rows = []
    for key, values in sorted(line.changes.items()):
        old, new = values if isinstance(values, list) and len(values) == 2 else (None, values)
        if line.action.endswith("create") and (
            (old is None and new in (None, "", False)) or key.endswith("_id")
        ):
            continue  # nothing said, or an id the record's name already says
        rows.append(
            (
                field_label(line.table_name, key),
                _value(line.table_name, key, old),
                _value(line.table_name, key, new),
            )
        )
    return rows or [("", "", "")]


class HistoryDialog(QDialog):
    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        *,
        person_id: int | None = None,
        person_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("HistoryDialog")
        self.database = database
        self.person_id = person_id
        self.lines: list[AuditLine] = []
        title = self.tr("History of changes")
        if person_name:
            title = self.tr("History of changes — {name}").format(name=person_name)
        self.setWindowTitle(title)
        self.resize(1100, 620)
        self._build()
        self.refresh()
        self.table.setFocus()

    def _build(self) -> None:
        today = dt.date.today()
        self.use_from = QCheckBox(self.tr("&From:"))
        self.from_edit = _date_edit(today - dt.timedelta(days=30))
        self.from_edit.setEnabled(False)
        self.use_from.toggled.connect(self.from_edit.setEnabled)
        self.use_to = QCheckBox(self.tr("&To:"))
        self.to_edit = _date_edit(today)
        self.to_edit.setEnabled(False)
        self.use_to.toggled.connect(self.to_edit.setEnabled)
        self.by_edit = QLineEdit()
        self.by_edit.setPlaceholderText(self.tr("server user or office, e.g. NE-NIA"))
        self.field_edit = QLineEdit()
        self.field_edit.setPlaceholderText(self.tr("e.g. sex"))
        self.words_edit = QLineEdit()
        self.words_edit.setPlaceholderText(self.tr("words of the record shown"))
        self.words_edit.setClearButtonEnabled(True)
        self.words_edit.textChanged.connect(lambda _text: self._show())
        self.refresh_button = QPushButton(self.tr("&Show"))
        self.refresh_button.setToolTip(self.tr("Read the history again with these filters (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        for edit in (self.by_edit, self.field_edit):
            edit.returnPressed.connect(self.refresh)
        filters = QHBoxLayout()
        for check, date_edit in ((self.use_from, self.from_edit), (self.use_to, self.to_edit)):
            filters.addWidget(check)
            filters.addWidget(date_edit)
        for text, edit in (
            (self.tr("&By:"), self.by_edit),
            (self.tr("F&ield:"), self.field_edit),
            (self.tr("&Words:"), self.words_edit),
        ):
            label = QLabel(text)
            label.setBuddy(edit)
            filters.addWidget(label)
            filters.addWidget(edit, 1)
        filters.addWidget(self.refresh_button)
        headers = [
            self.tr("When (UTC)"),
            self.tr("Office"),
            self.tr("Server user"),
            self.tr("Action"),
            self.tr("Record type"),
            self.tr("Record"),
            self.tr("Field"),
            self.tr("Old value"),
            self.tr("New value"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("history_table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(
            COLUMNS.index("record"), QHeaderView.ResizeMode.Stretch
        )
        # In a file the office says who: there is no server user.
        self.table.setColumnHidden(COLUMNS.index("user"), not self.database.is_server)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(
            self.tr("&Export to Excel…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setToolTip(self.tr("Write the rows shown to a workbook (Ctrl+E)"))
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("F5"), self, self.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.words_edit.setFocus)
        QShortcut(QKeySequence("Ctrl+E"), self, self.export)

    def wanted(self) -> AuditFilter:
        def day(edit: QDateEdit) -> dt.date:
            chosen = edit.date()
            return dt.date(chosen.year(), chosen.month(), chosen.day())

        return AuditFilter(
            person_id=self.person_id,
            start=day(self.from_edit) if self.use_from.isChecked() else None,
            end=day(self.to_edit) if self.use_to.isChecked() else None,
            by=self.by_edit.text().strip() or None,
            field=self.field_edit.text().strip() or None,
        )

    def refresh(self) -> None:
        try:
            self.lines = read_audit(self.database, self.wanted())
        except RegistreError as error:
            self.lines = []
            self._show()
            self.status.setText(error_text(error))
            return
        self._show()

    def shown_lines(self) -> list[AuditLine]:
        words = self.words_edit.text().strip().casefold().split()
        return [
            line
            for line in self.lines
            if all(w in f"{line.record} {line.record_uuid}".casefold() for w in words)
        ]

    def _show(self) -> None:
        lines = self.shown_lines()
        cells: list[list[str]] = []
        for line in reversed(lines):  # newest first
            head = [
                format_moment(line.changed_at),
                line.site_code,
                line.user_name or "",
                _translate("Access", ACTIONS.get(line.action, line.action)),
                _translate("Access", RECORD_TYPES.get(line.table_name, line.table_name)),
                line.record,
            ]
            cells += [[*head, *change] for change in _rows(line)]
        self.table.setRowCount(len(cells))
        for r, row in enumerate(cells):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text if c == COLUMNS.index("record") else "")
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            COLUMNS.index("record"), QHeaderView.ResizeMode.Stretch
        )
        self.status.setText(
            self.tr("%n change(s) shown, newest first.", "", len(lines))
            if lines
            else self.tr("No change matches these filters.")
        )

    def export(self) -> None:
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the history"), "history.xlsx", self.tr("Excel workbook (*.xlsx)")
        )
        if not path:
            return
        try:
            rows = write_xlsx(self.shown_lines(), Path(path), _translate, field_label)
        except OSError as error:
            self.status.setText(error_text(error))
            return
        self.status.setText(self.tr("%n row(s) written to {path}.", "", rows).format(path=path))
