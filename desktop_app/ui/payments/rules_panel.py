"""An activity's payment rules in the Payments tab: rates by role and category for residents
and non-residents, transport, lump sums, the team, currency and rounding; from a template."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop_app.payments.rules import (
    CURRENCIES,
    ROUNDINGS,
    LumpSum,
    PaymentRules,
    parse_amount_lines,
)
from desktop_app.store.vocabulary import attendance_roles, person_categories
from desktop_app.ui.common.text import language

RESIDENT, NON_RESIDENT = 1, 2
MAX = 100_000_000


class RulesPanel(QWidget):
    """`changed` whenever the user edits a rule (the activity's form then has unsaved work)."""

    changed = Signal()
    copy_requested = Signal(str)  # a template's name
    save_template_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filling = False
        self.template_combo = QComboBox()
        copy = QPushButton(self.tr("C&opy the template"))
        copy.clicked.connect(lambda: self.copy_requested.emit(self.template_combo.currentText()))
        save_template = QPushButton(self.tr("Save as a te&mplate…"))
        save_template.clicked.connect(self.save_template_requested.emit)
        templates = QHBoxLayout()
        templates.addWidget(self.template_combo, 1)
        templates.addWidget(copy)
        templates.addWidget(save_template)
        self.currency_combo = QComboBox()
        self.currency_combo.addItems(list(CURRENCIES))
        self.rounding_combo = QComboBox()
        for step in ROUNDINGS:
            text = self.tr("none") if step == 1 else self.tr("%n francs", "", step)
            self.rounding_combo.addItem(text, step)
        self.team_combo = QComboBox()
        self.team_combo.addItem(self.tr("paid at its own rates"), "own")
        self.team_combo.addItem(self.tr("not paid"), "excluded")
        self.rates = QTableWidget(0, 3)
        self.rates.setHorizontalHeaderLabels(
            [self.tr("Role or category"), self.tr("Residents, a day"), self.tr("Non-residents")]
        )
        header = self.rates.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (RESIDENT, NON_RESIDENT):  # the headers, in either language, shown whole
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.rates.verticalHeader().hide()
        self._keys: list[str] = []
        for term in attendance_roles():
            self._add_rate_row(term.code, term.label(language()))
        for term in person_categories():
            self._add_rate_row(
                f"category:{term.code}",
                self.tr("Participants: {category}").format(category=term.label(language())),
            )
        self.rates.itemChanged.connect(self._edited)
        self.transport_combo = QComboBox()
        self.transport_combo.addItem(self.tr("none"), "none")
        self.transport_combo.addItem(self.tr("flat amount"), "flat")
        self.transport_combo.addItem(self.tr("by origin zone"), "zone")
        self.transport_per_combo = QComboBox()
        self.transport_per_combo.addItem(self.tr("per paid day"), "day")
        self.transport_per_combo.addItem(self.tr("once"), "activity")
        self.flat_spin = QSpinBox()
        self.flat_spin.setRange(0, MAX)
        self.flat_spin.setGroupSeparatorShown(True)
        self.zones_edit = QPlainTextEdit()
        self.zones_edit.setPlaceholderText(self.tr("Niamey = 0\nTillabéri = 15000"))
        self.zones_edit.setTabChangesFocus(True)
        self.lumps_edit = QPlainTextEdit()
        self.lumps_edit.setPlaceholderText(self.tr("kit = 5000\ncommunication = 2000"))
        self.lumps_edit.setTabChangesFocus(True)
        for edit in (self.zones_edit, self.lumps_edit):
            edit.setMaximumHeight(70)
            edit.textChanged.connect(self._edited)
        for combo in (
            self.currency_combo,
            self.rounding_combo,
            self.team_combo,
            self.transport_combo,
            self.transport_per_combo,
        ):
            combo.currentIndexChanged.connect(self._edited)
        self.flat_spin.valueChanged.connect(self._edited)
        transport = QHBoxLayout()
        transport.addWidget(self.transport_combo)
        transport.addWidget(self.flat_spin)
        transport.addWidget(self.transport_per_combo)
        form = QFormLayout(self)
        rows: list[tuple[str, QWidget | QHBoxLayout]] = [
            (self.tr("T&emplate:"), templates),
            (self.tr("C&urrency:"), self.currency_combo),
            (self.tr("&Rounding:"), self.rounding_combo),
            (self.tr("&Team:"), self.team_combo),
            (self.tr("Per &diem:"), self.rates),
            (self.tr("Tra&nsport:"), transport),
            (self.tr("&Zones:"), self.zones_edit),
            (self.tr("&Lump sums:"), self.lumps_edit),
        ]
        buddies: dict[str, QWidget] = {
            self.tr("T&emplate:"): self.template_combo,
            self.tr("Tra&nsport:"): self.transport_combo,
        }
        for text, field in rows:
            label = QLabel(text)
            if isinstance(field, QWidget):
                label.setBuddy(field)
                form.addRow(label, field)
            else:
                label.setBuddy(buddies[text])
                form.addRow(label, field)

    def _add_rate_row(self, key: str, text: str) -> None:
        row = self.rates.rowCount()
        self.rates.insertRow(row)
        name = QTableWidgetItem(text)
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.rates.setItem(row, 0, name)
        for column in (RESIDENT, NON_RESIDENT):
            item = QTableWidgetItem("")
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.rates.setItem(row, column, item)
        self._keys.append(key)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.rates.item(row, column)
        assert item is not None  # every cell is made with its row
        return item

    def _edited(self, *_args: object) -> None:
        if not self.filling:
            self.changed.emit()

    def set_templates(self, names: list[str]) -> None:
        self.template_combo.clear()
        self.template_combo.addItems(names)

    def set_rules(self, rules: PaymentRules) -> None:
        self.filling = True
        try:
            self.currency_combo.setCurrentText(rules.currency)
            self.rounding_combo.setCurrentIndex(
                max(0, self.rounding_combo.findData(rules.rounding))
            )
            self.team_combo.setCurrentIndex(max(0, self.team_combo.findData(rules.team)))
            for row, key in enumerate(self._keys):
                for column, rates in (
                    (RESIDENT, rules.resident_rates),
                    (NON_RESIDENT, rules.non_resident_rates),
                ):
                    value = rates.get(key)
                    self._cell(row, column).setText("" if value is None else str(value))
            mode = self.transport_combo.findData(rules.transport_mode)
            self.transport_combo.setCurrentIndex(max(0, mode))
            per = self.transport_per_combo.findData(rules.transport_per)
            self.transport_per_combo.setCurrentIndex(max(0, per))
            self.flat_spin.setValue(rules.transport_flat)
            self.zones_edit.setPlainText(
                "\n".join(f"{zone} = {amount}" for zone, amount in rules.transport_zones.items())
            )
            self.lumps_edit.setPlainText(
                "\n".join(f"{lump.label} = {lump.amount}" for lump in rules.lump_sums)
            )
        finally:
            self.filling = False

    def rules(self) -> PaymentRules:
        """The rules as typed; ValidationError for a rate or a line that is not an amount."""
        resident: dict[str, int] = {}
        non_resident: dict[str, int] = {}
        lines = []
        for row, key in enumerate(self._keys):
            name = self._cell(row, 0).text()
            for column, rates in ((RESIDENT, resident), (NON_RESIDENT, non_resident)):
                text = self._cell(row, column).text().strip()
                if text:
                    lines.append((column, f"{name} = {text}", key, rates))
        for column, line, key, rates in lines:
            field = "rates" if column == RESIDENT else "non_resident_rates"
            rates[key] = next(iter(parse_amount_lines(line, field).values()))
        lumps = parse_amount_lines(self.lumps_edit.toPlainText(), "lump_sums")
        return PaymentRules(
            currency=self.currency_combo.currentText(),
            rounding=int(self.rounding_combo.currentData()),
            resident_rates=resident,
            non_resident_rates=non_resident,
            transport_mode=str(self.transport_combo.currentData()),
            transport_per=str(self.transport_per_combo.currentData()),
            transport_flat=self.flat_spin.value(),
            transport_zones=parse_amount_lines(self.zones_edit.toPlainText(), "zones"),
            lump_sums=tuple(LumpSum(label, amount) for label, amount in lumps.items()),
            team=str(self.team_combo.currentData()),
        )
