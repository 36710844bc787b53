"""The preview of a sign-in sheet import: one line per sheet row with its outcome, and for a
possible duplicate a check box "same person" (checked: the row is the proposed existing person;
unchecked: a new person)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.exchange.sheets import DUPLICATE, INVALID, MATCHED, NEW, RowPreview, SheetPreview
from desktop_app.services.dedup_score import reason_message
from desktop_app.ui.formats import format_date
from desktop_app.ui.text import translate_message

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()

(SHEET, ROW, OUTCOME, SAME, DETAILS, FAMILY, GIVEN, SEX, ORGANISATION, PHONE, DAYS) = range(11)
OUTCOME_ROLE = Qt.ItemDataRole.UserRole + 1

_COLOURS = {
    NEW: QColor("#e8f5e9"),
    MATCHED: QColor("#e3f2fd"),
    DUPLICATE: QColor("#fff3e0"),
    INVALID: QColor("#ffebee"),
}


class SheetPreviewModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._preview: SheetPreview | None = None
        self._rows: tuple[RowPreview, ...] = ()
        self._same: dict[int, bool] = {}  # row index -> confirmed as the proposed person
        self._headers = [
            self.tr("Sheet"),
            self.tr("Row"),
            self.tr("Outcome"),
            self.tr("Same person?"),
            self.tr("Details"),
            self.tr("Family name"),
            self.tr("Given names"),
            self.tr("Sex"),
            self.tr("Organisation"),
            self.tr("Phone"),
            self.tr("Days"),
        ]

    # Data ----------------------------------------------------------------------------------

    def set_preview(self, preview: SheetPreview | None) -> None:
        self.beginResetModel()
        self._preview = preview
        self._rows = preview.rows if preview else ()
        self._same = {}
        self.endResetModel()

    def preview(self) -> SheetPreview | None:
        return self._preview

    def decisions(self) -> dict[int, int | None]:
        """For `apply_preview`: each possible duplicate's person (confirmed) or None (new)."""
        decided: dict[int, int | None] = {}
        for index, row in enumerate(self._rows):
            if row.outcome == DUPLICATE and row.same_as is None and row.candidates:
                decided[index] = row.candidates[0].person_id if self._same.get(index) else None
        return decided

    def confirmed_count(self) -> int:
        return sum(1 for value in self._same.values() if value)

    def set_all_duplicates(self, same: bool) -> None:
        for index, row in enumerate(self._rows):
            if self._is_decidable(row):
                self._same[index] = same
        if self._rows:
            self.dataChanged.emit(self.index(0, SAME), self.index(len(self._rows) - 1, SAME))

    def _is_decidable(self, row: RowPreview) -> bool:
        return row.outcome == DUPLICATE and row.same_as is None and bool(row.candidates)

    # Qt model interface --------------------------------------------------------------------

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == SAME and self._is_decidable(self._rows[index.row()]):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == SAME and self._is_decidable(row):
            same = self._same.get(index.row(), False)
            return Qt.CheckState.Checked if same else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and column == OUTCOME:
            return QBrush(_COLOURS[row.outcome])
        if role == Qt.ItemDataRole.ToolTipRole and column in (DETAILS, OUTCOME):
            return self._details(row, full=True)
        if role == OUTCOME_ROLE:
            return row.outcome
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != SAME
            or role != Qt.ItemDataRole.CheckStateRole
            or not self._is_decidable(self._rows[index.row()])
        ):
            return False
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(value)
        self._same[index.row()] = state == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    # Text ----------------------------------------------------------------------------------

    def outcome_text(self, outcome: str) -> str:
        return {
            NEW: self.tr("New person"),
            MATCHED: self.tr("Known person"),
            DUPLICATE: self.tr("Possible duplicate"),
            INVALID: self.tr("Invalid"),
        }[outcome]

    def _text(self, row: RowPreview, column: int) -> str | None:
        person = row.row.person
        if column == SHEET:
            return row.row.sheet
        if column == ROW:
            return str(row.row.row)
        if column == OUTCOME:
            return self.outcome_text(row.outcome)
        if column == DAYS:
            return ", ".join(
                format_date(p.day) + ("*" if p.signed else "") for p in row.row.presences
            )
        if column == DETAILS:
            return self._details(row, full=False)
        if column == SAME or person is None:
            return None
        values = {
            FAMILY: person.family_name,
            GIVEN: person.given_names,
            SEX: person.sex or "",
            ORGANISATION: person.organisation or "",
            PHONE: person.phone or "",
        }
        return values.get(column)

    def _details(self, row: RowPreview, *, full: bool) -> str:
        parts: list[str] = []
        if row.outcome == INVALID:
            parts = [translate_message(reason) for reason in row.row.reasons]
        elif row.same_as is not None:
            parts = [
                self.tr("Same person as row {row}").format(row=self._rows[row.same_as].row.row)
            ]
        elif row.outcome == MATCHED and row.known is not None:
            parts = [row.known.label]
        elif row.outcome == DUPLICATE:
            shown = row.candidates if full else row.candidates[:1]
            for candidate in shown:
                reasons = ", ".join(translate_message(reason_message(r)) for r in candidate.reasons)
                parts.append(
                    self.tr("{person}: score {score} ({reasons})").format(
                        person=candidate.label, score=int(candidate.score), reasons=reasons
                    )
                )
        parts += [translate_message(note) for note in row.row.notes]
        return ("\n" if full else "; ").join(parts)
