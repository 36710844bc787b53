"""The person registry: search as you type, open a person (Enter), delete with undo.

It listens to the window's change signal: persons written elsewhere (a form, the check-in
screen, an import, a merge) are read again at once when the registry is shown, else when it is
next shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QShowEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.messages import RegistreError
from desktop_app.registry.person_search import search_persons
from desktop_app.registry.persons import PersonRow, delete_person, restore_person
from desktop_app.store import Database
from desktop_app.ui.common.changes import Changes, ChangeSignal
from desktop_app.ui.common.text import error_text
from desktop_app.ui.models.persons import PersonTableModel
from desktop_app.ui.widgets.field_messages import ERROR_STYLE
from desktop_app.ui.widgets.open_on_enter_table import OpenOnEnterTable

SEARCH_DELAY_MS = 120
LIST_LIMIT = 200


class DeletePersonCommand(QUndoCommand):
    def __init__(self, view: PersonsView, person: PersonRow) -> None:
        super().__init__(
            QCoreApplication.translate("PersonsView", "Delete {name}").format(
                name=person.display_name
            )
        )
        self.view = view
        self.person = person

    def redo(self) -> None:
        try:
            delete_person(self.view.database, self.person.id)
        except RegistreError as error:
            self.view.show_error(error)
            self.setObsolete(True)
        self.view.refresh()
        self.view.changes.announce(Changes.of(persons={self.person.id}), self.view)

    def undo(self) -> None:
        restore_person(self.view.database, self.person.id)
        self.view.refresh()
        self.view.changes.announce(Changes.of(persons={self.person.id}), self.view)


class PersonsView(QWidget):
    person_opened = Signal(int)

    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        changes: ChangeSignal | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.changes = changes if changes is not None else ChangeSignal(self)
        # Persons changed while hidden: read again when shown. Not read yet either: the
        # registry is searched when first shown, not while the window starts.
        self._stale = True
        self.undo_stack = QUndoStack(self)
        self.delete_prompt: QMessageBox | None = None
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("person_search")
        self.search_edit.setPlaceholderText(
            self.tr("Search name, organisation, phone or e-mail; Enter goes to the list")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.model = PersonTableModel(self)
        self.table = OpenOnEnterTable()
        self.table.setObjectName("person_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PersonTableModel.ORGANISATION, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel()
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.error_label)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _text: self.search_timer.start())
        self.search_edit.returnPressed.connect(self._focus_table)
        self.table.open_requested.connect(self._open_row)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.setFocusProxy(self.search_edit)
        self.changes.changed.connect(self.apply_changes)

    def focus_first(self) -> None:
        self.search_edit.setFocus()

    def apply_changes(self, changes: Changes, source: object) -> None:
        if source is self or not (changes.persons or changes.organisations):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def refresh(self) -> None:
        self.search_timer.stop()
        current = self.current_person()
        rows = search_persons(self.database, self.search_edit.text(), limit=LIST_LIMIT)
        self.model.set_rows(rows)
        if len(rows) >= LIST_LIMIT:
            text = self.tr("The first {count} persons found: type more to narrow the search.")
        else:
            text = self.tr("Persons found: {count}")
        self.count_label.setText(text.format(count=len(rows)))
        row = self.model.row_of_id(current.id) if current is not None else None
        if row is not None:
            self.table.selectRow(row)

    def current_person(self) -> PersonRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _open_row(self, row: int) -> None:
        person = self.model.row_at(row)
        if person is not None:
            self.person_opened.emit(person.id)

    def _focus_table(self) -> None:
        if self.search_timer.isActive():
            self.refresh()
        if self.model.rowCount():
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)
            self.table.setFocus()

    def show_error(self, error: BaseException) -> None:
        self.error_label.setText(error_text(error))

    def ask_delete_current(self) -> QMessageBox | None:
        """Confirm (window-modal, not blocking), then delete; Ctrl+Z brings the person back."""
        person = self.current_person()
        if person is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete a person"),
            self.tr("Delete {name} from the registry? Ctrl+Z undoes it.").format(
                name=person.display_name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("DeletePersonPrompt")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda _result: self._delete_answered(box, person))
        self.delete_prompt = box
        box.open()
        return box

    def _delete_answered(self, box: QMessageBox, person: PersonRow) -> None:
        self.delete_prompt = None
        answer = box.standardButton(box.clickedButton())
        box.deleteLater()
        if answer == QMessageBox.StandardButton.Yes:
            self.error_label.clear()
            self.undo_stack.push(DeletePersonCommand(self, person))
