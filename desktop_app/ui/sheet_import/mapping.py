"""The wizard's second step: for each sheet, whether to import it, its header row, its day, and
the field of each column (proposed, or remembered from the last sheet with the same headers)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from desktop_app.signin import SheetError, SheetGrid, SheetLayout, check_mapping
from desktop_app.signin import fields as f
from desktop_app.signin.layout import column_letter, detect_layout, with_mapping
from desktop_app.signin.nonperson import is_total
from desktop_app.signin.problems import no_header_row
from desktop_app.signin.rows import plan_days
from desktop_app.signin.values import cell_text
from desktop_app.ui.common.i18n import format_date
from desktop_app.ui.common.text import error_text

if TYPE_CHECKING:
    from desktop_app.ui.sheet_import.wizard import SheetImportWizard

EXAMPLES = 3
LETTER, HEADER, EXAMPLES_COLUMN, FIELD = range(4)


@dataclass(frozen=True)
class SheetState:
    """What the user chose for one sheet; `layout` is None while no header row is known."""

    grid: SheetGrid
    layout: SheetLayout | None
    include: bool
    day: dt.date | None = None  # None: from the day columns, the sheet's name or the only day
    problem: str = ""


class MappingPage(QWizardPage):
    def __init__(self, wizard: SheetImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.states: list[SheetState] = []
        self._updating = False
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr(
                "Check the field of each column. A mapping you correct is remembered for the "
                "next sheet with the same headers."
            )
        )
        self.sheet_combo = QComboBox(self)
        self.include_box = QCheckBox(self.tr("&Import this sheet"), self)
        self.header_spin = QSpinBox(self)
        self.header_spin.setMinimum(1)
        self.day_combo = QComboBox(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Header"), self.tr("Examples"), self.tr("Field")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(EXAMPLES_COLUMN, QHeaderView.ResizeMode.Stretch)
        for column in (LETTER, HEADER, FIELD):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        top = QHBoxLayout()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("&Sheet:"), self.sheet_combo)
        form.addRow(self.tr("&Header row:"), self.header_spin)
        form.addRow(self.tr("&Day:"), self.day_combo)
        top.addLayout(form, 1)
        top.addWidget(self.include_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.sheet_combo.currentIndexChanged.connect(self._show_sheet)
        self.include_box.toggled.connect(self._include_changed)
        self.header_spin.valueChanged.connect(self._header_changed)
        self.day_combo.currentIndexChanged.connect(self._day_changed)

    # Pages of QWizard -------------------------------------------------------------------

    def initializePage(self) -> None:
        self.owner.prepare_finder()
        activity = self.owner.activity()
        self.states = []
        for grid in self.owner.grids:
            try:
                layout: SheetLayout | None = detect_layout(self.owner.database, grid)
                problem = ""
            except SheetError as error:
                layout, problem = None, error_text(error)
            include = layout is not None and not grid.hidden
            self.states.append(SheetState(grid, layout, include, problem=problem))
        self._updating = True
        self.day_combo.clear()
        self.day_combo.addItem(self.tr("From the day columns or the sheet's name"), None)
        if activity is not None:
            for number, day in enumerate(activity.days, start=1):
                label = self.tr("Day {n}: {date}").format(n=number, date=format_date(day))
                self.day_combo.addItem(label, day)
        self.sheet_combo.clear()
        for state in self.states:
            self.sheet_combo.addItem(state.grid.name)
        self._updating = False
        self._show_sheet(0)

    def isComplete(self) -> bool:
        return any(s.include and s.layout is not None for s in self.states)

    def validatePage(self) -> bool:
        activity = self.owner.activity()
        for number, state in enumerate(self.states):
            if not state.include:
                continue
            try:
                if state.layout is None:
                    raise no_header_row(state.grid.name)
                check_mapping(state.layout)
                if activity is not None:
                    plan_days(state.layout, activity.start_date, activity.end_date, state.day)
            except SheetError as error:
                self.sheet_combo.setCurrentIndex(number)
                self.message.setText(error_text(error))
                return False
        return True

    def chosen(self) -> list[SheetState]:
        return [s for s in self.states if s.include and s.layout is not None]

    # One sheet ----------------------------------------------------------------------------

    def _current(self) -> int:
        return self.sheet_combo.currentIndex()

    def _set(self, state: SheetState) -> None:
        self.states[self._current()] = state
        self.completeChanged.emit()

    def _show_sheet(self, number: int) -> None:
        if self._updating or not 0 <= number < len(self.states):
            return
        state = self.states[number]
        self._updating = True
        self.include_box.setChecked(state.include)
        self.header_spin.setMaximum(max(len(state.grid.rows), 1))
        self.header_spin.setValue(state.layout.header_row if state.layout else 1)
        self.day_combo.setCurrentIndex(max(self.day_combo.findData(state.day), 0))
        self._updating = False
        self._fill_table(state)
        self.message.setText(state.problem)

    def _fill_table(self, state: SheetState) -> None:
        layout = state.layout
        self.table.setRowCount(0)
        if layout is None:
            return
        self.table.setRowCount(len(layout.headers))
        below = state.grid.rows[layout.data_start :]
        below = below[: next((i for i, r in enumerate(below) if is_total(r)), len(below))]
        for column, header in enumerate(layout.headers):
            examples = [
                cell_text(r[column]) for r in below if column < len(r) and cell_text(r[column])
            ]
            self.table.setItem(column, LETTER, QTableWidgetItem(column_letter(column)))
            self.table.setItem(column, HEADER, QTableWidgetItem(header))
            self.table.setItem(
                column, EXAMPLES_COLUMN, QTableWidgetItem(" · ".join(examples[:EXAMPLES]))
            )
            combo = QComboBox(self.table)
            for field, label in f.FIELD_LABELS.items():
                # Labels are marked in signin/fields.py, context "SheetImport".
                combo.addItem(QCoreApplication.translate("SheetImport", label), field)
            combo.setCurrentIndex(combo.findData(layout.mapping[column]))
            combo.currentIndexChanged.connect(
                lambda _i, c=column, box=combo: self._field_changed(c, box.currentData())
            )
            self.table.setCellWidget(column, FIELD, combo)

    def _field_changed(self, column: int, field: str) -> None:
        state = self.states[self._current()]
        if state.layout is None:
            return
        self._set(replace(state, layout=with_mapping(state.layout, {column: field})))
        self.message.clear()

    def _include_changed(self, include: bool) -> None:
        if not self._updating:
            self._set(replace(self.states[self._current()], include=include))

    def _day_changed(self, _index: int) -> None:
        if not self._updating:
            self._set(replace(self.states[self._current()], day=self.day_combo.currentData()))
            self.message.clear()

    def _header_changed(self, row: int) -> None:
        if self._updating:
            return
        state = self.states[self._current()]
        layout: SheetLayout | None = None
        problem = ""
        try:
            layout = detect_layout(self.owner.database, state.grid, row)
            check_mapping(layout)
        except SheetError as error:
            problem = error_text(error)
        self._set(replace(state, layout=layout, problem=problem, include=layout is not None))
        self._show_sheet(self._current())
