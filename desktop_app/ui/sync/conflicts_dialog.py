"""Tools ▸ Sync conflicts…: both versions of each conflicting record, field by field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.store import Database
from desktop_app.sync import cells as hq_cells
from desktop_app.sync import format as hq_format
from desktop_app.sync.conflicts import (
    KEEP_INCOMING,
    KEEP_LOCAL,
    ConflictView,
    list_conflicts,
    resolve_conflict,
)
from desktop_app.ui.common.changes import announce
from desktop_app.ui.common.text import error_text, language
from desktop_app.ui.sync.import_dialog import changes_of_types, type_label

CHANGED = QColor("#FFF1C2")


def field_label(type_name: str, key: str) -> str:
    return hq_format.field_label(type_name, key, language())


def shown_value(type_name: str, key: str, value: Any, names: dict[str, str]) -> str:
    return hq_cells.field_value(type_name, key, value, names, language(), nothing="—")


class ConflictsDialog(QDialog):
    """The open conflicts on the left; the chosen one's two versions on the right."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.conflicts: list[ConflictView] = []
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        self.intro = QLabel(
            self.tr(
                "Both this database and another site changed these records since they last "
                "exchanged them. Keep one version; the other stays in the audit trail."
            )
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        body = QHBoxLayout()
        self.list = QListWidget()
        self.list.setMinimumWidth(260)
        self.list.currentRowChanged.connect(self._show)
        body.addWidget(self.list)
        right = QVBoxLayout()
        self.title = QLabel()
        bold = QFont()
        bold.setBold(True)
        self.title.setFont(bold)
        right.addWidget(self.title)
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        right.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.keep_local = QPushButton(self.tr("&Keep this database's version"))
        self.keep_incoming = QPushButton(self.tr("&Take the incoming version"))
        self.keep_local.clicked.connect(lambda: self.resolve(KEEP_LOCAL))
        self.keep_incoming.clicked.connect(lambda: self.resolve(KEEP_INCOMING))
        buttons.addStretch(1)
        buttons.addWidget(self.keep_local)
        buttons.addWidget(self.keep_incoming)
        right.addLayout(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        right.addWidget(self.message)
        body.addLayout(right, 1)
        layout.addLayout(body, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        self.conflicts = list_conflicts(self.database)
        self.list.clear()
        for conflict in self.conflicts:
            text = f"{type_label(conflict.type_name)}: {conflict.label}\n" + self.tr(
                "with {site}"
            ).format(site=conflict.incoming_site)
            self.list.addItem(QListWidgetItem(text))
        empty = not self.conflicts
        self.keep_local.setEnabled(not empty)
        self.keep_incoming.setEnabled(not empty)
        if empty:
            self.title.setText(self.tr("No conflicts: every record agrees."))
            self.table.setRowCount(0)
        else:
            self.list.setCurrentRow(0)

    def current(self) -> ConflictView | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show(self, _row: int) -> None:
        conflict = self.current()
        if conflict is None:
            return
        self.title.setText(f"{type_label(conflict.type_name)}: {conflict.label}")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("This database (revision {n})").format(n=conflict.local_travel["revision"]),
                self.tr("{site} (revision {n})").format(
                    site=conflict.incoming_site, n=conflict.incoming_travel["revision"]
                ),
            ]
        )
        fields = [f for f in conflict.fields if f.key != "deleted" or f.differs]
        self.table.setRowCount(len(fields))
        for r, version in enumerate(fields):
            cells = (
                field_label(conflict.type_name, version.key),
                shown_value(conflict.type_name, version.key, version.local, conflict.names),
                shown_value(conflict.type_name, version.key, version.incoming, conflict.names),
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if version.differs:
                    item.setBackground(QBrush(CHANGED))
                    if c:
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)

    def resolve(self, keep: str) -> None:
        conflict = self.current()
        if conflict is None:
            return
        try:
            resolve_conflict(self.database, conflict.id, keep)
        except Exception as error:  # shown to the user; the database is unchanged
            self.message.setText(error_text(error))
            return
        announce(self, changes_of_types([conflict.type_name]))
        self.message.setText(
            QCoreApplication.translate("SyncConflicts", "Kept: {label}.").format(
                label=conflict.label
            )
        )
        self.refresh()


def open_conflicts(parent: QWidget, database: Database) -> ConflictsDialog:
    dialog = ConflictsDialog(database, parent)
    dialog.open()
    return dialog
