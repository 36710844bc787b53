"""A table whose Enter opens the current row's record (QTableView would start editing instead):
the registry's list, the persons behind a count, the data checks' findings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTableView


class OpenOnEnterTable(QTableView):
    open_requested = Signal(int)  # the row

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)
