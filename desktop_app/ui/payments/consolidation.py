"""HQ's consolidation of the approved payment lists, under Reports: by project, budget line,
office and month (payments/consolidation.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.payments.labels import amount
from desktop_app.store import Database
from desktop_app.ui.common.actions import make_action
from desktop_app.ui.common.text import language

if TYPE_CHECKING:
    from desktop_app.ui.shell.main_window import MainWindow

CONSOLIDATION_SHORTCUT = "Ctrl+Shift+M"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ConsolidationDialog(QDialog):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Payments by project, budget line, office and month"))
        headers = [
            self.tr("Project"),
            self.tr("Budget line"),
            self.tr("Office"),
            self.tr("Month"),
            self.tr("Lists"),
            self.tr("Payees"),
            self.tr("Days"),
            self.tr("Total"),
            self.tr("Currency"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(820, 360)
        self.database = database
        self.refresh()

    def refresh(self) -> None:
        # Imported when opened: it brings the payment computation, of no use to most starts
        from desktop_app.payments.consolidation import consolidate

        rows = consolidate(self.database)
        words = language()
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            cells = [
                (row.project or "—", False),
                (row.budget_line or "—", False),
                (row.office, False),
                (row.month, False),
                (str(row.lists), True),
                (str(row.persons), True),
                (str(row.days), True),
                (amount(row.total, words), True),
                (row.currency, False),
            ]
            for column, (text, numeric) in enumerate(cells):
                item = QTableWidgetItem(text)
                if numeric:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(number, column, item)
        self.note.setText(
            self.tr(
                "Approved lists only, each in the month its activity started; a draft is "
                "not counted. %n list(s).",
                "",
                sum(row.lists for row in rows),
            )
        )


def install(window: MainWindow) -> None:
    def open_dialog() -> ConsolidationDialog:
        dialog = ConsolidationDialog(window.database, window)
        dialog.open()
        return dialog

    action = make_action(
        window,
        QCoreApplication.translate("PaymentsMenu", "Pa&yments by project…"),
        open_dialog,
        CONSOLIDATION_SHORTCUT,
    )
    window.add_action("reports", action)
