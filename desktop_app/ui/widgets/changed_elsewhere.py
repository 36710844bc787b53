"""The bar a form shows when its save was refused because someone else saved the record first
(optimistic locking, records/revisions.py): the message, and a Reload button.

The form keeps what the user typed until they choose Reload, which shows the saved version.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.store.errors import RecordChangedElsewhere
from desktop_app.ui.common.text import error_text
from desktop_app.ui.widgets.field_messages import ERROR_STYLE


class ChangedElsewhereBar(QWidget):
    """Hidden until `show_error`; `reload_requested` when the user clicks Reload."""

    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChangedElsewhereBar")
        self.label = QLabel()
        self.label.setStyleSheet(ERROR_STYLE)
        self.label.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Re&load"))
        self.reload_button.setObjectName("reload_button")
        self.reload_button.setAutoDefault(False)
        self.reload_button.setToolTip(
            self.tr("Show the version saved by the other person; what you typed here is replaced.")
        )
        self.reload_button.clicked.connect(self._reload)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reload_button)
        self.hide()

    def show_error(self, error: RecordChangedElsewhere) -> None:
        self.label.setText(error_text(error))
        self.show()

    def _reload(self) -> None:
        self.hide()
        self.reload_requested.emit()
