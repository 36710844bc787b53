"""The preview of a sign-in sheet import: one line per sheet row with its outcome, and for a
possible duplicate a check box "same person" (checked: the row is the proposed existing person;
unchecked: a new person). The role and the days shown follow the user's choices (the role of a
value, whether unsigned rows count)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop_app.dedup.score import reason_message
from desktop_app.signin import (
    DUPLICATE,
    INVALID,
    MATCHED,
    NEW,
    Candidate,
    Choices,
    RowPreview,
    SheetPreview,
)
from desktop_app.signin.rows import ABSENT, MARKED_ABSENT, UNSIGNED
from desktop_app.signin.tally import row_role
from desktop_app.ui.common.formats import role_label
from desktop_app.ui.common.i18n import format_date
from desktop_app.ui.common.text import translate_message

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()

(SHEET, ROW, OUTCOME, SAME, DETAILS, FAMILY, GIVEN, ROLE, SEX, ORGANISATION, PHONE, DAYS) = range(
    12
)
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
        self._chosen: dict[int, int] = {}  # row index -> the candidate picked (default: best)
        self._choices = Choices()
        self._headers = [
            self.tr("Sheet"),
            self.tr("Row"),
            self.tr("Outcome"),
            self.tr("Same person?"),
            self.tr("Details"),
            self.tr("Family name"),
            self.tr("Given names"),
            self.tr("Role"),
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
        self._chosen = {}
        self.endResetModel()

    def preview(self) -> SheetPreview | None:
        return self._preview

    def set_choices(self, choices: Choices) -> None:
        """The roles given to role values and whether unsigned rows count: the Role, Days and
        Details columns follow."""
        self._choices = choices
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, DETAILS), self.index(last, DETAILS))
            self.dataChanged.emit(self.index(0, ROLE), self.index(last, ROLE))
            self.dataChanged.emit(self.index(0, DAYS), self.index(last, DAYS))

    def import_choices(self) -> Choices:
        return self._choices

    def decisions(self) -> dict[int, int | None]:
        """For `apply_preview`: each possible duplicate's person (confirmed) or None (new)."""
        decided: dict[int, int | None] = {}
        for index, row in enumerate(self._rows):
            if row.outcome == DUPLICATE and row.same_as is None and row.candidates:
                chosen = self._chosen.get(index, row.candidates[0].person_id)
                decided[index] = chosen if self._same.get(index) else None
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
        row = self._rows[index.row()]
        if index.column() == SAME and self._is_decidable(row):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == DETAILS and self._is_decidable(row) and len(row.candidates) > 1:
            flags |= Qt.ItemFlag.ItemIsEditable  # pick another candidate than the best
        return flags

    def choices(self, row_number: int) -> list[tuple[str, int | None]]:
        """What a possible duplicate may be: a new person, or one of its candidates."""
        row = self._rows[row_number]
        return [(self.tr("New person"), None)] + [
            (self._candidate_text(candidate), candidate.person_id) for candidate in row.candidates
        ]

    def choice(self, row_number: int) -> int | None:
        row = self._rows[row_number]
        if not self._same.get(row_number) or not row.candidates:
            return None
        return self._chosen.get(row_number, row.candidates[0].person_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), column)
        if role == Qt.ItemDataRole.CheckStateRole and column == SAME and self._is_decidable(row):
            same = self._same.get(index.row(), False)
            return Qt.CheckState.Checked if same else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and column == OUTCOME:
            return QBrush(_COLOURS[row.outcome])
        if role == Qt.ItemDataRole.ToolTipRole and column in (DETAILS, OUTCOME):
            return self._details(index.row(), full=True)
        if role == OUTCOME_ROLE:
            return row.outcome
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            index.isValid()
            and index.column() == DETAILS
            and role == Qt.ItemDataRole.EditRole
            and self.flags(index) & Qt.ItemFlag.ItemIsEditable
        ):
            ids = {c.person_id for c in self._rows[index.row()].candidates}
            if value is not None and value not in ids:
                return False
            self._same[index.row()] = value is not None
            if value is not None:
                self._chosen[index.row()] = int(value)
            self.dataChanged.emit(self.index(index.row(), SAME), index)
            return True
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

    def _candidate_text(self, candidate: Candidate) -> str:
        reasons = ", ".join(translate_message(reason_message(r)) for r in candidate.reasons)
        return self.tr("{person}: score {score} ({reasons})").format(
            person=candidate.label, score=int(candidate.score), reasons=reasons
        )

    def outcome_text(self, outcome: str) -> str:
        return {
            NEW: self.tr("New person"),
            MATCHED: self.tr("Known person"),
            DUPLICATE: self.tr("Possible duplicate"),
            INVALID: self.tr("Invalid"),
        }[outcome]

    def _text(self, number: int, column: int) -> str | None:
        row = self._rows[number]
        person = row.row.person
        if column == SHEET:
            return row.row.sheet
        if column == ROW:
            return str(row.row.row)
        if column == OUTCOME:
            return self.outcome_text(row.outcome)
        if column == DAYS:
            return ", ".join(
                format_date(p.day) + ("*" if p.signed else "")
                for p in row.row.counted(self._choices.unsigned_present)
            )
        if column == ROLE:
            if row.outcome == INVALID:
                return None
            role = row_role(row, self._choices, self._preview.roles_held if self._preview else {})
            if role is None:
                return self.tr("{value}: to choose").format(value=row.row.role_text)
            return role_label(role)
        if column == DETAILS:
            return self._details(number, full=False)
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

    def _details(self, number: int, *, full: bool) -> str:
        row = self._rows[number]
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
            chosen = self._chosen.get(number)
            ordered = sorted(row.candidates, key=lambda c: c.person_id != chosen)
            shown = ordered if full else ordered[:1]
            parts.extend(self._candidate_text(candidate) for candidate in shown)
        if row.row.attendance == ABSENT:
            parts.append(self.tr("Pre-filled and not signed: did not come"))
        elif row.row.attendance == MARKED_ABSENT:
            parts.append(self.tr("Marked absent"))
        elif row.row.attendance == UNSIGNED:
            parts.append(
                self.tr("Not signed: counted present")
                if self._choices.unsigned_present
                else self.tr("Not signed: counted absent, not recorded")
            )
        parts += [translate_message(note) for note in row.row.notes]
        return ("\n" if full else "; ").join(parts)


class CandidateDelegate(QStyledItemDelegate):
    """In the Details column of a possible duplicate: a list to pick which existing person the
    row is, or a new person."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        combo = QComboBox(parent)
        if isinstance(model, SheetPreviewModel):
            for label, person_id in model.choices(index.row()):
                combo.addItem(label, person_id)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        model = index.model()
        if isinstance(editor, QComboBox) and isinstance(model, SheetPreviewModel):
            editor.setCurrentIndex(max(editor.findData(model.choice(index.row())), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
