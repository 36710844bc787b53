"""Counts the user can open: each shown count leads to the list of persons and rows behind it.

`CountLabel` is a label that reads like a link: Tab reaches it, Enter, Space or a click emits
`activated(field)`. `CountLine` shows a line of counts ("Participants 42 · Women 17 · Youth 9"),
each a `CountLabel` (or plain text), wrapped to the width; `text()` gives the line as plain
text, and `setText()` shows a message instead (counting, an error).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.ui.widgets.flow_layout import FlowLayout

SEPARATOR = " · "
LINK_STYLE = (
    "CountLabel { color: palette(link); }"
    "CountLabel:focus { background: palette(highlight); color: palette(highlighted-text); }"
)


class CountLabel(QLabel):
    """A count that opens its list: `activated(field)` on a click, Enter or Space."""

    activated = Signal(str)

    def __init__(self, text: str = "", field: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.field = field
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(LINK_STYLE)
        font = QFont(self.font())
        font.setUnderline(True)
        self.setFont(font)
        self.setToolTip(self.tr("Enter or click: the persons and rows behind this count"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.field)
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.activated.emit(self.field)
            return
        super().mouseReleaseEvent(event)


@dataclass(frozen=True)
class Part:
    """One count of a line: its text and the field it opens (None: plain text)."""

    text: str
    field: str | None = None


class CountLine(QWidget):
    """A line of counts, each opening its list (`activated(field)`), wrapped to the width."""

    activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = FlowLayout(self, spacing=0)
        self._parts: list[Part] = []
        self._message = QLabel(self)
        self._message.setWordWrap(True)
        self._layout.addWidget(self._message)
        self._labels: list[QLabel] = []  # every label of the line, separators too
        self._part_labels: list[QLabel] = []  # one per part

    def set_counts(self, parts: Sequence[Part]) -> None:
        if self._parts and [p.field for p in parts] == [p.field for p in self._parts]:
            self._update(parts)  # the same counts: the keyboard's place is kept
            return
        self._clear()
        self._message.hide()
        self._parts = list(parts)
        for index, part in enumerate(self._parts):
            tail = SEPARATOR if index < len(self._parts) - 1 else ""
            if part.field is None:
                label = QLabel(part.text + tail, self)
            else:
                link = CountLabel(part.text, part.field, self)
                link.activated.connect(self.activated.emit)
                label = link
            self._labels.append(label)
            self._part_labels.append(label)
            self._layout.addWidget(label)
            if part.field is not None and tail:
                separator = QLabel(tail, self)
                self._labels.append(separator)
                self._layout.addWidget(separator)
        self.updateGeometry()

    def _update(self, parts: Sequence[Part]) -> None:
        for index, (label, part) in enumerate(zip(self._part_labels, parts, strict=True)):
            tail = SEPARATOR if index < len(parts) - 1 and part.field is None else ""
            label.setText(part.text + tail)
        self._parts = list(parts)
        self.updateGeometry()

    def setText(self, text: str) -> None:
        """A message in place of the counts."""
        self._clear()
        self._parts = []
        self._message.setText(text)
        self._message.show()

    def text(self) -> str:
        if not self._parts:
            return self._message.text()
        return SEPARATOR.join(part.text for part in self._parts)

    def links(self) -> list[CountLabel]:
        return [label for label in self._labels if isinstance(label, CountLabel)]

    def link(self, field: str) -> CountLabel:
        return next(label for label in self.links() if label.field == field)

    def _clear(self) -> None:
        for label in self._labels:
            self._layout.removeWidget(label)
            label.deleteLater()
        self._labels = []
        self._part_labels = []
