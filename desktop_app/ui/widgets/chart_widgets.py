"""Small charts drawn with QPainter: stacked bars over time, horizontal bars, a share ring.

Each widget takes plain numbers through `set_data` and paints itself; no QtCharts (it is not in
PySide6-Essentials and would add tens of megabytes to the installer).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.reports.document import CHART_COLOURS
from desktop_app.ui.common.i18n import format_number

# The palette of the PDF's and the workbook's charts too.
WOMEN_COLOR = QColor(CHART_COLOURS["women"])
MEN_COLOR = QColor(CHART_COLOURS["men"])
UNKNOWN_COLOR = QColor(CHART_COLOURS["unknown"])
YOUTH_COLOR = QColor(CHART_COLOURS["youth"])
BAR_COLOR = QColor(CHART_COLOURS["bars"])
MARGIN = 8.0


@dataclass(frozen=True)
class Series:
    name: str
    color: QColor
    values: tuple[int, ...]


class _Chart(QWidget):
    """Title, empty state and a legend, shared by the charts."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setMinimumSize(QSize(240, 180))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(360, 240)

    def has_data(self) -> bool:
        raise NotImplementedError

    def paint_chart(self, painter: QPainter, area: QRectF) -> None:
        raise NotImplementedError

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = QFontMetricsF(self.font())
        title_font = self.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(self.palette().text().color())
        title_rect = QRectF(MARGIN, MARGIN / 2, self.width() - 2 * MARGIN, metrics.height() + 4)
        painter.drawText(title_rect, int(Qt.AlignmentFlag.AlignLeft), self.title)
        painter.setFont(self.font())
        area = QRectF(self.rect()).adjusted(MARGIN, title_rect.bottom() + 4, -MARGIN, -MARGIN)
        if not self.has_data():
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), self.tr("No data"))
        else:
            self.paint_chart(painter, area)
        painter.end()

    def paint_legend(
        self, painter: QPainter, area: QRectF, entries: Sequence[tuple[str, QColor]]
    ) -> float:
        """Colour boxes and names at the bottom of `area`, on as many lines as needed; returns
        the height they take."""
        metrics = QFontMetricsF(self.font())
        height = metrics.height()
        lines: list[list[tuple[str, QColor, float]]] = [[]]
        x = 0.0
        for name, color in entries:
            width = height + metrics.horizontalAdvance(name) + 12
            if lines[-1] and x + width > area.width():
                lines.append([])
                x = 0.0
            lines[-1].append((name, color, x))
            x += width
        top = area.bottom() - len(lines) * height
        painter.setPen(self.palette().text().color())
        for number, line in enumerate(lines):
            y = top + number * height
            for name, color, offset in line:
                left = area.left() + offset
                painter.fillRect(QRectF(left, y + 2, height - 4, height - 4), color)
                painter.drawText(QPointF(left + height, y + metrics.ascent()), name)
        return len(lines) * height + 4


class StackedBarChart(_Chart):
    """Bars per category (a month), stacked by series (women, men, sex not stated)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.categories: tuple[str, ...] = ()
        self.series: tuple[Series, ...] = ()

    def set_data(self, categories: Sequence[str], series: Sequence[Series]) -> None:
        self.categories = tuple(categories)
        self.series = tuple(series)
        self.update()

    def totals(self) -> list[int]:
        return [sum(s.values[i] for s in self.series) for i in range(len(self.categories))]

    def has_data(self) -> bool:
        return any(self.totals())

    def paint_chart(self, painter: QPainter, area: QRectF) -> None:
        legend = self.paint_legend(painter, area, [(s.name, s.color) for s in self.series])
        metrics = QFontMetricsF(self.font())
        top = max(self.totals())
        axis_width = metrics.horizontalAdvance(format_number(top)) + 6
        plot = area.adjusted(axis_width, 0, 0, -(legend + metrics.height() + 4))
        painter.setPen(QPen(self.palette().mid().color()))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.setPen(self.palette().text().color())
        painter.drawText(
            QRectF(
                area.left(), plot.top() - metrics.height() / 2, axis_width - 4, metrics.height()
            ),
            int(Qt.AlignmentFlag.AlignRight),
            format_number(top),
        )
        count = len(self.categories)
        slot = plot.width() / count
        bar = max(2.0, slot * 0.7)
        widest = max(metrics.horizontalAdvance(c) for c in self.categories) + 12
        label_every = max(1, math.ceil(widest / slot))  # labels never overlap
        for index, category in enumerate(self.categories):
            x = plot.left() + index * slot + (slot - bar) / 2
            y = plot.bottom()
            for serie in self.series:
                height = plot.height() * serie.values[index] / top
                painter.fillRect(QRectF(x, y - height, bar, height), serie.color)
                y -= height
            if index % label_every == 0:
                centre = plot.left() + (index + 0.5) * slot
                left = min(max(area.left(), centre - widest / 2), area.right() - widest)
                label_rect = QRectF(left, plot.bottom() + 2, widest, metrics.height())
                painter.drawText(label_rect, int(Qt.AlignmentFlag.AlignHCenter), category)


class HorizontalBarChart(_Chart):
    """One bar per label, largest first (participants by category)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.rows: tuple[tuple[str, int], ...] = ()

    def set_data(self, rows: Sequence[tuple[str, int]]) -> None:
        self.rows = tuple(rows)
        self.update()

    def has_data(self) -> bool:
        return any(value for _, value in self.rows)

    def paint_chart(self, painter: QPainter, area: QRectF) -> None:
        metrics = QFontMetricsF(self.font())
        line = metrics.height() + 4
        shown = self.rows[: max(1, int(area.height() // line))]
        label_width = min(
            area.width() * 0.45, max(metrics.horizontalAdvance(n) for n, _ in shown) + 6
        )
        top = max(value for _, value in shown) or 1
        number_width = metrics.horizontalAdvance(format_number(top)) + 6
        bar_space = area.width() - label_width - number_width
        for index, (name, value) in enumerate(shown):
            y = area.top() + index * line
            painter.setPen(self.palette().text().color())
            label = metrics.elidedText(name, Qt.TextElideMode.ElideRight, label_width - 6)
            painter.drawText(
                QRectF(area.left(), y, label_width - 6, line),
                int(Qt.AlignmentFlag.AlignRight),
                label,
            )
            width = bar_space * value / top
            painter.fillRect(QRectF(area.left() + label_width, y + 2, width, line - 6), BAR_COLOR)
            painter.drawText(
                QRectF(area.left() + label_width + width + 4, y, number_width, line),
                int(Qt.AlignmentFlag.AlignLeft),
                format_number(value),
            )


class ShareRingChart(_Chart):
    """Parts of a whole as a ring, the first part's share written in the middle (youth share)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.parts: tuple[tuple[str, int, QColor], ...] = ()
        self.centre_text = ""

    def set_data(self, parts: Sequence[tuple[str, int, QColor]], centre_text: str = "") -> None:
        self.parts = tuple(parts)
        self.centre_text = centre_text
        self.update()

    def has_data(self) -> bool:
        return any(value for _, value, _ in self.parts)

    def paint_chart(self, painter: QPainter, area: QRectF) -> None:
        legend = self.paint_legend(
            painter,
            area,
            [(f"{name} ({format_number(value)})", color) for name, value, color in self.parts],
        )
        space = area.adjusted(0, 0, 0, -legend)
        side = min(space.width(), space.height())
        ring = QRectF(space.center().x() - side / 2, space.top(), side, side).adjusted(6, 6, -6, -6)
        total = sum(value for _, value, _ in self.parts)
        angle = 90 * 16
        for _, value, color in self.parts:
            span = -round(360 * 16 * value / total)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawPie(ring, angle, span)
            angle += span
        hole = ring.adjusted(
            ring.width() * 0.25, ring.height() * 0.25, -ring.width() * 0.25, -ring.height() * 0.25
        )
        painter.setBrush(self.palette().base())
        painter.drawEllipse(hole)
        painter.setPen(self.palette().text().color())
        font = self.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        painter.setFont(font)
        painter.drawText(hole, int(Qt.AlignmentFlag.AlignCenter), self.centre_text)
