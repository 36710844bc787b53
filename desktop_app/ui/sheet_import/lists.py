"""Two lists of the import's preview: the rows that are not persons (with their reason; a
doubtful one can be declared a person), and the roles the sheets write (each given a role of
the vocabulary; a value the vocabulary does not know waits for the user's choice)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop_app.signin import SkippedRow
from desktop_app.signin.tally import RoleValue
from desktop_app.ui.common.text import language, translate_message
from desktop_app.vocabularies import attendance_roles, team_roles

SHEET, ROW, REASON, TEXT, PERSON = range(5)
VALUE, ROWS, ROLE = range(3)


def _item(text: str, *, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class SkippedRowsTable(QTableWidget):
    """The rows left out as no person's, and why. A doubtful one (digits in the name, a lone
    sentence) has a box "A person": ticked, the preview reads it as a person."""

    kept_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("sheet_import_skipped")
        self.setHorizontalHeaderLabels(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Reason"), self.tr("Text"),
             self.tr("A person?")]
        )  # fmt: skip
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (SHEET, ROW, REASON, PERSON):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._rows: tuple[SkippedRow, ...] = ()
        self._filling = False
        self.itemChanged.connect(self._changed)

    def set_rows(self, rows: tuple[SkippedRow, ...], kept: tuple[SkippedRow, ...] = ()) -> None:
        """The rows left out, then those the user declared persons (ticked: untick to leave
        them out again)."""
        self._filling = True
        rows = rows + kept
        self._rows = rows
        self.setRowCount(len(rows))
        for number, row in enumerate(rows):
            self.setItem(number, SHEET, _item(row.sheet))
            self.setItem(number, ROW, _item(str(row.row), number=True))
            self.setItem(number, REASON, _item(translate_message(row.message)))
            text = _item(row.text)
            text.setToolTip(row.text)
            self.setItem(number, TEXT, text)
            person = _item("")
            if row.doubtful:
                person.setFlags(person.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = number >= len(rows) - len(kept)
                person.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.setItem(number, PERSON, person)
        self._filling = False

    def kept(self) -> list[SkippedRow]:
        """The rows the user says are persons."""
        return [
            row
            for number, row in enumerate(self._rows)
            if (item := self.item(number, PERSON)) is not None
            and item.checkState() == Qt.CheckState.Checked
        ]

    def _changed(self, item: QTableWidgetItem) -> None:
        if not self._filling and item.column() == PERSON:
            self.kept_changed.emit()


class RoleChoicesTable(QTableWidget):
    """Each role value of the sheets, how many rows write it, and the role it is given."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("sheet_import_roles")
        self.setHorizontalHeaderLabels([self.tr("As written"), self.tr("Rows"), self.tr("Role")])
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Stretch)
        for column in (ROWS, ROLE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._values: tuple[RoleValue, ...] = ()
        self._chosen: dict[str, str] = {}  # role key -> role code, what the user picked

    def set_values(self, values: tuple[RoleValue, ...]) -> None:
        """The values of a new preview; choices made for the same values are kept."""
        self._values = values
        self.setRowCount(len(values))
        for number, value in enumerate(values):
            self.setItem(number, VALUE, _item(value.text))
            self.setItem(number, ROWS, _item(str(value.rows), number=True))
            self.setCellWidget(number, ROLE, self._combo(value))

    def _combo(self, value: RoleValue) -> QComboBox:
        combo = QComboBox(self)
        if value.role is None:
            combo.addItem(self.tr("Choose a role…"), None)
        for term in attendance_roles():
            label = term.label(language())
            if term.code in team_roles():
                label = self.tr("{role} (team)").format(role=label)
            combo.addItem(label, term.code)
        wanted = self._chosen.get(value.key, value.role)
        combo.setCurrentIndex(max(combo.findData(wanted), 0))
        combo.currentIndexChanged.connect(
            lambda _i, key=value.key, box=combo: self._picked(key, box.currentData())
        )
        return combo

    def _picked(self, key: str, code: object) -> None:
        if isinstance(code, str):
            self._chosen[key] = code
        else:
            self._chosen.pop(key, None)
        self.changed.emit()

    def chosen(self) -> dict[str, str]:
        """role key -> role code, for `Choices.roles`."""
        return dict(self._chosen)

    def undecided(self) -> int:
        return sum(1 for v in self._values if v.role is None and v.key not in self._chosen)
