"""The Projects and indicators view: the projects, and the indicators and targets of the one
chosen; add a project, an indicator, set a target, copy a framework from another project.
Every change goes through indicators/frameworks.py (a framework kept by another site is
refused there, and the reason shown here)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.indicators import frameworks
from desktop_app.indicators.definitions import MEASURES
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.settings import load_settings
from desktop_app.store import Database
from desktop_app.ui.common.text import error_text, translate_message


def _date(text: str) -> dt.date | None:
    text = text.strip()
    if not text:
        return None
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise RegistreError(
        UserMessage(
            "FrameworkView",
            QT_TRANSLATE_NOOP(
                "FrameworkView", "{text} is not a date: write 2022-07-01 or 01/07/2022."
            ),
            {"text": text},
        )
    )


def _target_text(target: frameworks.TargetInfo) -> str:
    parts = (target.period, target.office, target.disaggregation, f"{target.value:g}")
    return " ".join(p for p in parts if p)


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))


class FrameworkView(QWidget):
    """Emits `changed` after each change it made."""

    changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.projects = _table(
            self,
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Donor"),
                self.tr("Dates"),
                self.tr("Offices"),
                self.tr("Kept by"),
            ],
        )
        self.projects.setObjectName("framework_projects")
        self.projects.itemSelectionChanged.connect(self.show_indicators)
        self.indicators = _table(
            self,
            [
                self.tr("Code"),
                self.tr("Indicator"),
                self.tr("Measure"),
                self.tr("Filters"),
                self.tr("Disaggregations"),
                self.tr("Targets"),
            ],
        )
        self.indicators.setObjectName("framework_indicators")
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("framework_status")

        project_box = QGroupBox(self.tr("New project"), self)
        self.code_edit, self.name_edit, self.donor_edit = (QLineEdit(self) for _ in range(3))
        self.start_edit, self.end_edit = QLineEdit(self), QLineEdit(self)
        self.start_edit.setPlaceholderText(self.tr("2022-07-01"))
        self.end_edit.setPlaceholderText(self.tr("2024-06-30"))
        self.offices_edit, self.currency_edit = QLineEdit(self), QLineEdit(self)
        self.offices_edit.setPlaceholderText(self.tr("NE-NIA, ML-BKO"))
        self.currency_edit.setPlaceholderText(self.tr("XOF"))
        form = QFormLayout(project_box)
        form.addRow(self.tr("&Code:"), self.code_edit)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Donor:"), self.donor_edit)
        form.addRow(self.tr("&Start:"), self.start_edit)
        form.addRow(self.tr("&End:"), self.end_edit)
        form.addRow(self.tr("O&ffices:"), self.offices_edit)
        form.addRow(self.tr("C&urrency:"), self.currency_edit)
        add_project = QPushButton(self.tr("&Add the project"), self)
        add_project.clicked.connect(self.add_project)
        form.addRow(add_project)

        indicator_box = QGroupBox(self.tr("New indicator of the chosen project"), self)
        self.indicator_code = QLineEdit(self)
        self.indicator_name = QLineEdit(self)
        self.measure_combo = QComboBox(self)
        for code, text in MEASURES.items():
            self.measure_combo.addItem(translate_message(UserMessage("Indicators", text)), code)
        self.measure_combo.currentIndexChanged.connect(self._measure_chosen)
        # Persons who completed a series: the share of its days to attend.
        self.series_percent = QSpinBox(self)
        self.series_percent.setRange(1, 100)
        self.series_percent.setValue(75)
        self.series_percent.setSuffix(self.tr("% of the days"))
        self.series_percent.setEnabled(False)
        self.filters_edit = QLineEdit(self)
        self.filters_edit.setPlaceholderText(
            self.tr("kind=training; tag=cohort-2022; role=facilitator; category=media")
        )
        self.filters_edit.setToolTip(
            self.tr(
                "Filters: kind, category, country, office, tag (the activities with any of the"
                " tags) and role (whom to count instead of the participants, e.g."
                " role=facilitator). Separate filters with ; and values with a comma."
            )
        )
        self.by_edit = QLineEdit(self)
        self.by_edit.setPlaceholderText(
            self.tr("sex, age:UN, office, disability")
            if load_settings().record_disability
            else self.tr("sex, age:UN, office")
        )
        form = QFormLayout(indicator_box)
        form.addRow(self.tr("Co&de:"), self.indicator_code)
        form.addRow(self.tr("Na&me:"), self.indicator_name)
        form.addRow(self.tr("&Measure:"), self.measure_combo)
        form.addRow(self.tr("Series &attended at least:"), self.series_percent)
        form.addRow(self.tr("&Filters:"), self.filters_edit)
        form.addRow(self.tr("Disaggregated &by:"), self.by_edit)
        add_indicator = QPushButton(self.tr("Add the &indicator"), self)
        add_indicator.clicked.connect(self.add_indicator)
        form.addRow(add_indicator)

        target_box = QGroupBox(self.tr("Target of the chosen indicator"), self)
        self.period_edit = QLineEdit(self)
        self.period_edit.setPlaceholderText(self.tr("2022Q4, 2022, life"))
        self.target_office = QLineEdit(self)
        self.target_office.setPlaceholderText(self.tr("empty: all offices"))
        self.target_for = QLineEdit(self)
        self.target_for.setPlaceholderText(self.tr("sex=F"))
        self.target_value = QLineEdit(self)
        form = QFormLayout(target_box)
        form.addRow(self.tr("&Period:"), self.period_edit)
        form.addRow(self.tr("Offi&ce:"), self.target_office)
        form.addRow(self.tr("For a &value:"), self.target_for)
        form.addRow(self.tr("&Target:"), self.target_value)
        set_target = QPushButton(self.tr("Set the tar&get"), self)
        set_target.clicked.connect(self.set_target)
        copy = QPushButton(self.tr("Co&py a framework from another project…"), self)
        copy.clicked.connect(self.copy_framework)
        form.addRow(set_target)
        form.addRow(copy)

        lists = QVBoxLayout()
        lists.addWidget(QLabel(self.tr("Projects"), self))
        lists.addWidget(self.projects, 1)
        lists.addWidget(QLabel(self.tr("Indicators of the chosen project"), self))
        lists.addWidget(self.indicators, 2)
        # The forms scroll: the window keeps the small size a laptop gives it.
        form_column = QWidget(self)
        forms = QVBoxLayout(form_column)
        for box in (project_box, indicator_box, target_box):
            forms.addWidget(box)
        forms.addStretch(1)
        scroller = QScrollArea(self)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(form_column)
        columns = QHBoxLayout()
        columns.addLayout(lists, 3)
        columns.addWidget(scroller, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status)

    def focus_first(self) -> None:
        self.projects.setFocus()

    # Reading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        chosen = self.chosen_project()
        self.project_list = frameworks.list_projects(self.database)
        _fill(
            self.projects,
            [
                [
                    p.code,
                    p.name,
                    p.donor or "",
                    " – ".join(d.isoformat() for d in (p.start_date, p.end_date) if d),
                    ", ".join(p.offices),
                    p.origin_site,
                ]
                for p in self.project_list
            ],
        )
        codes = [p.code for p in self.project_list]
        if codes:
            self.projects.selectRow(codes.index(chosen) if chosen in codes else 0)
        self.show_indicators()

    def chosen_project(self) -> str | None:
        row = self.projects.currentRow()
        items = getattr(self, "project_list", [])
        return items[row].code if 0 <= row < len(items) else None

    def chosen_indicator(self) -> str | None:
        item = self.indicators.item(self.indicators.currentRow(), 0)
        return item.text() if item is not None else None

    def show_indicators(self) -> None:
        code = self.chosen_project()
        rows = []
        if code:
            for indicator in frameworks.list_indicators(self.database, code):
                targets = frameworks.list_targets(self.database, code, indicator.code)
                rows.append(
                    [
                        indicator.code,
                        indicator.name,
                        self._measure_text(indicator),
                        "; ".join(f"{k}={','.join(v)}" for k, v in indicator.filters.items()),
                        ", ".join(indicator.disaggregations),
                        ", ".join(_target_text(t) for t in targets),
                    ]
                )
        _fill(self.indicators, rows)
        if rows:
            self.indicators.selectRow(0)

    def _measure_text(self, indicator: frameworks.IndicatorInfo) -> str:
        text = translate_message(UserMessage("Indicators", MEASURES[indicator.measure]))
        if indicator.series_percent is None:
            return text
        return self.tr("{measure} (at least {percent}% of the days)").format(
            measure=text, percent=indicator.series_percent
        )

    def _measure_chosen(self) -> None:
        self.series_percent.setEnabled(self.measure_combo.currentData() == "series")

    # Changes --------------------------------------------------------------------------------

    def _done(self, text: str) -> None:
        self.status.setText(text)
        self.refresh()
        self.changed.emit()

    def add_project(self) -> None:
        try:
            project = frameworks.add_project(
                self.database,
                self.code_edit.text(),
                self.name_edit.text(),
                donor=self.donor_edit.text(),
                start=_date(self.start_edit.text()),
                end=_date(self.end_edit.text()),
                offices=[o.strip() for o in self.offices_edit.text().split(",") if o.strip()],
                currency=self.currency_edit.text(),
            )
        except RegistreError as error:
            self.status.setText(error_text(error))
            return
        for edit in (self.code_edit, self.name_edit, self.donor_edit, self.start_edit):
            edit.clear()
        self._done(self.tr("Project {code} added.").format(code=project.code))

    def add_indicator(self) -> None:
        project = self.chosen_project()
        if project is None:
            self.status.setText(self.tr("Choose a project first."))
            return
        filters: dict[str, list[str]] = {}
        for part in self.filters_edit.text().split(";"):
            key, _, values = part.partition("=")
            if key.strip():
                filters.setdefault(key.strip(), []).extend(v.strip() for v in values.split(","))
        try:
            indicator = frameworks.add_indicator(
                self.database,
                project,
                self.indicator_code.text(),
                self.indicator_name.text(),
                str(self.measure_combo.currentData()),
                filters=filters,
                disaggregations=[b.strip() for b in self.by_edit.text().split(",") if b.strip()],
                with_disability=load_settings().record_disability,
                series_percent=(
                    self.series_percent.value() if self.series_percent.isEnabled() else None
                ),
            )
        except RegistreError as error:
            self.status.setText(error_text(error))
            return
        self.indicator_code.clear()
        self.indicator_name.clear()
        self._done(self.tr("Indicator {code} added.").format(code=indicator.code))

    def set_target(self) -> None:
        project, indicator = self.chosen_project(), self.chosen_indicator()
        if project is None or indicator is None:
            self.status.setText(self.tr("Choose a project and one of its indicators first."))
            return
        try:
            value = float(self.target_value.text().replace(",", ".").replace(" ", ""))
        except ValueError:
            self.status.setText(self.tr("A target is a number, e.g. 600 or 12.5."))
            return
        try:
            target = frameworks.set_target(
                self.database,
                project,
                indicator,
                self.period_edit.text(),
                value,
                office=self.target_office.text().strip() or None,
                disaggregation=self.target_for.text().strip() or None,
            )
        except RegistreError as error:
            self.status.setText(error_text(error))
            return
        self._done(
            self.tr("Target of {indicator} for {period}: {value}.").format(
                indicator=target.indicator_code, period=target.period, value=f"{target.value:g}"
            )
        )

    def copy_framework(self) -> None:
        project = self.chosen_project()
        others = [p.code for p in frameworks.list_projects(self.database) if p.code != project]
        if project is None or not others:
            self.status.setText(self.tr("Choose a project, and have another one to copy from."))
            return
        source, ok = QInputDialog.getItem(
            self, self.tr("Copy a framework"), self.tr("Copy the indicators and targets of:"),
            others, 0, False,
        )  # fmt: skip
        if not ok:
            return
        try:
            count = frameworks.copy_framework(self.database, source, project)
        except RegistreError as error:
            self.status.setText(error_text(error))
            return
        self._done(
            self.tr("Indicators copied from {source}: {count}.").format(count=count, source=source)
        )
