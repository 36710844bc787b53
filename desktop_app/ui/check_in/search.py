"""Who is arriving, on the check-in screen: the search box and the registry's matches for what
is typed in it, as you type (after a short pause), with one match highlighted.

Moving the highlight with the arrows is choosing (on a single match, an arrow key keeps it
highlighted): `chosen()` says so, and Enter then checks the highlighted person in, whatever was
typed. A whole name typed that is not the highlighted match, which nobody chose ("Fati Hamadou"
finds MAHAMADOU Fatimata through "hamadou" inside her family name), is `not_the_match`: Enter is
for a new person then.

The box keeps the keyboard: Up/Down (PgUp/PgDn) move the highlight and Esc clears, here; Enter
says `entered`, and Ctrl+Z / Ctrl+Shift+Z, beyond the box's own typing, `undo_asked(redo)`,
for the screen to act on. A part of the check-in screen (view.py wires it); it owns the box, the
matches, the highlight, and the searches of the person index.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop_app.records.text import search_words
from desktop_app.registry.person_search import prepare_search, search_persons
from desktop_app.registry.persons import PersonRow
from desktop_app.registry.typed_names import is_full_name, names_person
from desktop_app.store import Database
from desktop_app.ui.check_in.day_log import check_in_table
from desktop_app.ui.common.changes import Ids
from desktop_app.ui.common.worker import run_task
from desktop_app.ui.models.check_in import CheckInMatchModel

SEARCH_DELAY_MS = 60
MATCH_LIMIT = 20
INDEX_UPDATES = 50  # more persons written elsewhere: the registry is read off the UI thread
HIGHLIGHT_STEPS = {
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_PageUp: -10,
    Qt.Key.Key_PageDown: 10,
}


class CheckInSearch(QObject):
    """The search box and its matches (its texts translated under this class's name)."""

    changed = Signal()  # new matches, or the highlight moved: what Enter does may differ
    entered = Signal()  # Enter in the box
    undo_asked = Signal(bool)  # Ctrl+Z (False) or Ctrl+Shift+Z (True) beyond the box's typing

    def __init__(self, database: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self.database = database
        self._chosen = False  # highlight moved with the arrows since the last search
        self.edit = QLineEdit()
        self.edit.setObjectName("check_in_search")
        self.edit.setPlaceholderText(
            self.tr("Type a name, an organisation or a phone number, then Enter")
        )
        font = QFont(self.edit.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.edit.setFont(font)
        self.matches = CheckInMatchModel(parent)
        self.table = check_in_table(self.matches, "check_in_matches")
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run)
        self.edit.textChanged.connect(lambda _text: self.timer.start())
        self.edit.installEventFilter(self)

    # The person index (registry/person_search.py): the one place the screen searches it --

    def _find(self, text: str) -> list[PersonRow]:
        return search_persons(self.database, text, MATCH_LIMIT) if search_words(text) else []

    def persons_changed(self, persons: Ids) -> None:
        """Persons written elsewhere (a form, an import, a merge) are found as they are now:
        the person index puts a few in place at the next search; after many, it reads the
        registry again off the UI thread first."""
        if persons.every or len(persons.ids) > INDEX_UPDATES:
            database = self.database
            task = run_task(lambda _progress, _cancelled: prepare_search(database), self)
            task.succeeded.connect(lambda _none: self._search_again())
            return
        self._search_again()

    # Searching ---------------------------------------------------------------------------

    def typed(self) -> str:
        return self.edit.text().strip()

    def run(self) -> None:
        self.timer.stop()
        text = self.typed()
        rows = self._find(text)
        self.matches.set_rows(rows)
        self._chosen = False
        if rows:
            # A whole name typed: the first match it names, rather than one found inside a word.
            named = [n for n, row in enumerate(rows) if names_person(text, row)]
            self.table.selectRow(named[0] if named and is_full_name(text) else 0)
        self.changed.emit()

    def flush(self) -> None:
        """A key that acts on the matches, typed before the pause: search what is typed now."""
        if self.timer.isActive():
            self.run()

    def _search_again(self) -> None:
        """The matches of what is typed, read again; the highlight stays on the same person."""
        if not self.typed() or self.table.isHidden():
            return
        person, chosen = self.matches.row_at(self.highlighted_row()), self._chosen
        self.run()
        row = self.matches.row_of_id(person.id) if person is not None else None
        if row is not None:
            self.table.selectRow(row)
            self._chosen = chosen
            self.changed.emit()

    def set_present(
        self, present: dict[int, str], usual: dict[int, str] | None = None, repaint: bool = True
    ) -> None:
        """Who is checked in on the day shown, and the roles held on other days, for the
        matches' Role column."""
        self.matches.set_present(present, usual, repaint=repaint)

    def clear(self) -> None:
        self.edit.setText("")  # also forgets the box's own undo history
        self.matches.set_rows([])

    def pause(self) -> None:
        """The new-person form takes the matches' room; what was typed stays in the box."""
        self.timer.stop()
        self.matches.set_rows([])
        self.table.hide()

    def resume(self) -> None:
        self.table.show()

    # The highlight -----------------------------------------------------------------------

    def highlighted_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def highlighted(self) -> PersonRow | None:
        """The highlighted match (of what is typed now)."""
        self.flush()
        return self.matches.row_at(self.highlighted_row())

    def move(self, step: int) -> None:
        self.flush()
        count = self.matches.rowCount()
        if not count:
            return
        row = max(0, min(self.highlighted_row() + step, count - 1))
        self.table.selectRow(row)
        self._chosen = True
        self.changed.emit()

    def not_the_match(self, person: PersonRow) -> bool:
        """A whole name typed that does not name `person`, the highlighted match, which nobody
        chose with the arrows."""
        typed = self.edit.text()
        if self._chosen or not is_full_name(typed):
            return False
        return not names_person(typed, person)

    # Keys --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.edit or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo)
        box_undo = (undo and self.edit.isUndoAvailable()) or (redo and self.edit.isRedoAvailable())
        if event.type() == QEvent.Type.ShortcutOverride and (undo or redo) and not box_undo:
            event.accept()  # the screen's Ctrl+Z, not the main window's
            return True
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        if (undo or redo) and not box_undo:
            self.undo_asked.emit(redo)
            return True
        key = event.key()
        if key in HIGHLIGHT_STEPS and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.move(HIGHLIGHT_STEPS[Qt.Key(key)])
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.entered.emit()
            return True
        if key == Qt.Key.Key_Escape:
            self.clear()
            return True
        return super().eventFilter(watched, event)
