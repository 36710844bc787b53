"""Validation messages shown next to the field they concern (from services' ValidationError)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.messages import UserMessage
from desktop_app.ui.common.text import translate_message

ERROR_STYLE = "color: #b00020;"


class FieldMessages:
    """One hidden red label under each editor, filled from a {field: UserMessage} mapping."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._editors: dict[str, QWidget] = {}

    def wrap(self, field: str, editor: QWidget) -> QWidget:
        """A widget holding `editor` with its message label under it, for a form layout row."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        label = QLabel()
        label.setObjectName(f"error_{field}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        layout.addWidget(label)
        self._labels[field] = label
        self._editors[field] = editor
        return box

    def show(self, fields: Mapping[str, UserMessage]) -> list[str]:
        """Show each message by its field; returns the translated messages of unknown fields.

        The first field in error gets the keyboard focus.
        """
        self.clear()
        unplaced: list[str] = []
        first: QWidget | None = None
        for field, message in fields.items():
            label = self._labels.get(field)
            if label is None:
                unplaced.append(translate_message(message))
                continue
            label.setText(translate_message(message))
            label.show()
            if first is None:
                first = self._editors[field]
        if first is not None:
            first.setFocus()
        return unplaced

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()

    def text(self, field: str) -> str:
        label = self._labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""
