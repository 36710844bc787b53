"""Unnamed head counts of an activity, for the whole activity or one day.

Keyboard: the form is focused (Total first); Enter adds (or saves the loaded head count);
in the table, Enter loads the current head count into the form, Delete removes it (Ctrl+Z in
the dialog brings it back). Closing the dialog, or the main window, with a head count typed and
not added asks Save / Discard / Cancel first. Every change is announced on the window's change
signal; head counts of the activity written elsewhere are read again.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.activities.activities import get_activity
from desktop_app.activities.headcounts import (
    HeadCountRow,
    add_head_count,
    delete_head_count,
    edit_head_count,
    list_head_counts,
)
from desktop_app.activities.undo_deletes import restore_head_count
from desktop_app.messages import RegistreError
from desktop_app.records.validation import ValidationError
from desktop_app.store import Database
from desktop_app.store.errors import RecordChangedElsewhere
from desktop_app.ui.common.actions import make_action
from desktop_app.ui.common.changes import Changes, ChangeSignal
from desktop_app.ui.common.formats import format_range
from desktop_app.ui.common.i18n import format_date
from desktop_app.ui.common.text import error_text
from desktop_app.ui.common.unsaved_work import ask_save_discard_cancel
from desktop_app.ui.models.head_counts import HeadCountTableModel
from desktop_app.ui.widgets.field_messages import ERROR_STYLE, FieldMessages

MAX_COUNT = 100_000


class _DeleteCommand(QUndoCommand):
    def __init__(self, dialog: HeadCountDialog, row: HeadCountRow) -> None:
        super().__init__(QCoreApplication.translate("HeadCountDialog", "Delete head count"))
        self.dialog = dialog
        self.row = row

    def redo(self) -> None:
        delete_head_count(self.dialog.database, self.row.id)
        self.dialog.reload()
        self.dialog.announce()

    def undo(self) -> None:
        restore_head_count(self.dialog.database, self.row.id)
        self.dialog.reload()
        self.dialog.announce()


def _optional_spin(special: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(-1, MAX_COUNT)
    spin.setSpecialValueText(special)  # shown for -1: not stated
    spin.setValue(-1)
    return spin


class HeadCountDialog(QDialog):
    changed = Signal()

    def __init__(
        self,
        database: Database,
        activity_id: int,
        parent: QWidget | None = None,
        changes: ChangeSignal | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("HeadCountDialog")
        self.database = database
        self.changes = changes if changes is not None else ChangeSignal(self)
        self.activity = get_activity(database, activity_id)
        self.setWindowTitle(self.tr("Head counts — {title}").format(title=self.activity.title))
        self.undo_stack = QUndoStack(self)
        self.editing: HeadCountRow | None = None
        self.unsaved_prompt: QMessageBox | None = None
        self.messages = FieldMessages()

        self.model = HeadCountTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("head_count_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.installEventFilter(self)

        self.day_combo = QComboBox()
        self.day_combo.addItem(self.tr("The whole activity"))  # index i + 1: days[i]
        for day in self.activity.days:
            self.day_combo.addItem(format_date(day))
        self.total_spin = QSpinBox()
        self.total_spin.setRange(0, MAX_COUNT)
        not_stated = self.tr("not stated")
        self.women_spin = _optional_spin(not_stated)
        self.youth_spin = _optional_spin(not_stated)
        self.note_edit = QLineEdit()
        form = QFormLayout()
        for field, text, editor in (
            ("day", self.tr("&For:"), self.day_combo),
            ("total", self.tr("&Total:"), self.total_spin),
            ("women", self.tr("&Women:"), self.women_spin),
            ("youth", self.tr("&Youth:"), self.youth_spin),
            ("note", self.tr("&Note:"), self.note_edit),
        ):
            editor.setObjectName(f"head_count_{field}")
            editor.installEventFilter(self)
            label = QLabel(text)
            label.setBuddy(editor)
            form.addRow(label, self.messages.wrap(field, editor))
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.submit)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.undo_action = make_action(
            self, self.tr("Undo"), self.undo_stack.undo, QKeySequence.StandardKey.Undo
        )
        self.addAction(self.undo_action)

        intro = QLabel(
            self.tr(
                "{dates}. For events where names are not taken: the attendees counted "
                "without a name, for the whole activity or for one day."
            ).format(dates=format_range(self.activity.start_date, self.activity.end_date))
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(560, 520)
        self.changes.changed.connect(self.apply_changes)
        self.reload()
        self.total_spin.setFocus()
        self.total_spin.selectAll()

    def reload(self) -> None:
        self.model.set_rows(list_head_counts(self.database, self.activity.id))
        self.changed.emit()

    def announce(self) -> None:
        self.changes.announce(Changes.of(head_counts={self.activity.id}), self)

    def apply_changes(self, changes: Changes, source: object) -> None:
        if source is not self and self.activity.id in changes.head_counts:
            self.reload()

    def clear_form(self) -> None:
        self.editing = None
        self.add_button.setText(self.tr("&Add"))
        self.day_combo.setCurrentIndex(0)
        self.total_spin.setValue(0)
        self.women_spin.setValue(-1)
        self.youth_spin.setValue(-1)
        self.note_edit.clear()
        self.messages.clear()

    def load(self, row: HeadCountRow) -> None:
        """Put a head count into the form: Enter then saves the changes to it."""
        self.editing = row
        self.add_button.setText(self.tr("&Save changes"))
        days = self.activity.days
        self.day_combo.setCurrentIndex(days.index(row.day) + 1 if row.day in days else 0)
        self.total_spin.setValue(row.total)
        self.women_spin.setValue(-1 if row.women is None else row.women)
        self.youth_spin.setValue(-1 if row.youth is None else row.youth)
        self.note_edit.setText(row.note or "")
        self.total_spin.setFocus()
        self.total_spin.selectAll()

    # Unsaved work (unsaved_work.HoldsUnsavedWork) --------------------------------------

    def _typed(self) -> tuple[dt.date | None, int, int | None, int | None, str]:
        women, youth = self.women_spin.value(), self.youth_spin.value()
        return (
            self.chosen_day(),
            self.total_spin.value(),
            None if women < 0 else women,
            None if youth < 0 else youth,
            self.note_edit.text().strip(),
        )

    def unsaved_work(self) -> str | None:
        """Numbers typed and not added (or changes to a loaded head count not saved)."""
        if not self.isVisible():
            return None
        row = self.editing
        if row is None:
            _day, total, women, youth, note = self._typed()
            typed = bool(total or women is not None or youth is not None or note)
        else:
            typed = self._typed() != (row.day, row.total, row.women, row.youth, row.note or "")
        if not typed:
            return None
        return self.tr("Head count not added: {title}").format(title=self.activity.title)

    def save_unsaved_work(self) -> bool:
        return self.submit()

    def discard_unsaved_work(self) -> None:
        self.clear_form()

    def reject(self) -> None:
        """Close; with a head count typed and not added, ask first."""
        if self.unsaved_work() is None:
            super().reject()
            return
        self.unsaved_prompt = ask_save_discard_cancel(
            self,
            self.tr("This head count is not added yet. Add it?"),
            self._unsaved_answered,
        )

    def _unsaved_answered(self, answer: QMessageBox.StandardButton) -> None:
        self.unsaved_prompt = None
        if answer == QMessageBox.StandardButton.Save:
            if self.submit():
                super().reject()
        elif answer == QMessageBox.StandardButton.Discard:
            self.clear_form()
            super().reject()

    def chosen_day(self) -> dt.date | None:
        index = self.day_combo.currentIndex()
        return self.activity.days[index - 1] if index > 0 else None

    def submit(self) -> bool:
        self.messages.clear()
        self.error_label.clear()
        total = self.total_spin.value()
        women = None if self.women_spin.value() < 0 else self.women_spin.value()
        youth = None if self.youth_spin.value() < 0 else self.youth_spin.value()
        day, note = self.chosen_day(), self.note_edit.text()
        try:
            if self.editing is None:
                add_head_count(self.database, self.activity.id, total, women, youth, day, note)
            else:
                edit_head_count(
                    self.database,
                    self.editing.id,
                    total,
                    women,
                    youth,
                    day,
                    note,
                    expected_revision=self.editing.revision,
                )
        except RecordChangedElsewhere as error:
            # The form keeps what was typed; the table shows the saved version (Enter loads it).
            self.error_label.setText(error_text(error))
            self.reload()
            return False
        except ValidationError as error:
            self.error_label.setText("\n".join(self.messages.show(error.fields)))
            return False
        except RegistreError as error:
            self.error_label.setText(error_text(error))
            return False
        self.reload()
        self.announce()
        self.clear_form()
        self.total_spin.setFocus()
        self.total_spin.selectAll()
        return True

    def delete_current(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.undo_stack.push(_DeleteCommand(self, row))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if watched is self.table:
                if event.key() == Qt.Key.Key_Delete:
                    self.delete_current()
                    return True
                if enter:
                    row = self.model.row_at(self.table.currentIndex().row())
                    if row is not None:
                        self.load(row)
                    return True
            elif enter:
                self.submit()
                return True
        return super().eventFilter(watched, event)
