"""An activity's tags typed on one line, separated by commas ("DDR, jeunes"), the tag being
typed completed from the tags already in use (activities/tags.py)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QWidget

from desktop_app.activities.tags import all_tags
from desktop_app.records.tag_text import SEPARATORS, split_tags
from desktop_app.store import Database


class TagsEdit(QLineEdit):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setPlaceholderText(self.tr("Tags separated by commas, e.g. DDR, cohort-2022"))
        self.known = QStringListModel(self)
        self.completer_ = QCompleter(self.known, self)
        self.completer_.setWidget(self)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.completer_.activated.connect(self._insert)
        self.textEdited.connect(self._complete)
        self.reload_tags()

    def reload_tags(self) -> None:
        self.known.setStringList([use.tag for use in all_tags(self.database)])

    def set_tags(self, tags: tuple[str, ...]) -> None:
        self.setText(", ".join(tags))

    def tags(self) -> tuple[str, ...]:
        """The tags as typed (checked when the activity is saved)."""
        return tuple(split_tags(self.text()))

    def _typed(self) -> str:
        """The tag being typed: after the last comma."""
        return SEPARATORS.split(self.text())[-1].strip()

    def _popup(self) -> QAbstractItemView:
        popup = self.completer_.popup()
        assert popup is not None  # a completer always has one
        return popup

    def _complete(self) -> None:
        typed = self._typed()
        if not typed:
            self._popup().hide()
            return
        self.completer_.setCompletionPrefix(typed)
        if self.completer_.completionCount():
            self.completer_.complete()
            # Enter takes the first match at once; the arrows choose another.
            first = self.completer_.completionModel().index(0, 0)
            self._popup().setCurrentIndex(first)
        else:
            self._popup().hide()

    def _insert(self, tag: str) -> None:
        text = self.text()
        cut = max(text.rfind(","), text.rfind(";"))
        before = text[: cut + 1] + " " if cut >= 0 else ""
        self.setText(f"{before}{tag}, ".lstrip())
        self.textEdited.emit(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter, Tab and Escape choose or close the list when it is open.
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape, Qt.Key.Key_Tab)
        if self._popup().isVisible() and event.key() in keys:
            event.ignore()
            return
        super().keyPressEvent(event)
