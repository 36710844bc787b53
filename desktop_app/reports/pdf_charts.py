"""Charts of a PDF report drawn with QPainter: stacked columns, horizontal bars, a share ring.

Part of the PDF renderer (the one place below ui/ that uses Qt, docs/reports.md): `pdf_render`
places a `ChartRow` like any block and calls `paint_chart` for each of its charts. Charts are
plain numbers (`document.Chart`), the same the window's charts and the workbook's show, drawn
with the same palette.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from desktop_app.reports.document import Chart
from desktop_app.reports.narrative import format_count

FontMaker = Callable[..., QFont]
TEXT = QColor("#222222")
AXIS = QColor("#888888")
FRAME = QColor("#c8d2dc")
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTRE = int(Qt.AlignmentFlag.AlignCenter)
WRAPPED = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
    Qt.TextFlag.TextWordWrap
)


class _Canvas:
    """What a chart paints with: the painter, a millimetre in device units, fonts."""

    def __init__(self, painter: QPainter, unit: float, font: FontMaker, language: str) -> None:
        self.painter = painter
        self.unit = unit
        self.small = font(7.5)
        self.bold = font(9.0, bold=True)
        self.metrics = QFontMetricsF(self.small, painter.device())
        self.language = language

    def mm(self, value: float) -> float:
        return value * self.unit

    def number(self, value: int) -> str:
        return format_count(value, self.language)

    def text(self, rect: QRectF, flags: int, text: str, font: QFont | None = None) -> None:
        self.painter.setFont(font or self.small)
        self.painter.setPen(QPen(TEXT))
        self.painter.drawText(rect, flags, text)

    def box(self, rect: QRectF, colour: str) -> None:
        self.painter.fillRect(rect, QColor(colour))

    def legend(self, area: QRectF, entries: list[tuple[str, str]]) -> float:
        """Colour boxes and names along the bottom of `area`, wrapped; returns their height."""
        line = self.metrics.height() * 1.3
        rows: list[list[tuple[str, str, float]]] = [[]]
        x = 0.0
        for name, colour in entries:
            width = line + self.metrics.horizontalAdvance(name) + self.mm(4)
            if rows[-1] and x + width > area.width():
                rows.append([])
                x = 0.0
            rows[-1].append((name, colour, x))
            x += width
        top = area.bottom() - len(rows) * line
        for number, row in enumerate(rows):
            y = top + number * line
            for name, colour, offset in row:
                left = area.left() + offset
                side = line * 0.6
                self.box(QRectF(left, y + (line - side) / 2, side, side), colour)
                self.text(QRectF(left + line * 0.8, y, area.right() - left, line), LEFT, name)
        return len(rows) * line + self.mm(1)


def paint_chart(
    painter: QPainter, rect: QRectF, chart: Chart, unit: float, font: FontMaker
) -> None:
    """Draw `chart` in `rect` (device units; `unit` device units per millimetre)."""
    canvas = _Canvas(painter, unit, font, chart.language)
    painter.save()
    painter.setPen(QPen(FRAME, canvas.mm(0.2)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    inner = rect.adjusted(canvas.mm(3), canvas.mm(2), -canvas.mm(3), -canvas.mm(2))
    title_height = QFontMetricsF(canvas.bold, painter.device()).height() * 1.3
    canvas.text(
        QRectF(inner.left(), inner.top(), inner.width(), title_height),
        LEFT | int(Qt.TextFlag.TextWordWrap),
        chart.title,
        canvas.bold,
    )
    area = inner.adjusted(0, title_height + canvas.mm(1), 0, 0)
    if chart.kind == "columns":
        _columns(canvas, area, chart)
    elif chart.kind == "bars":
        _bars(canvas, area, chart)
    else:
        _ring(canvas, area, chart)
    painter.restore()


def _columns(canvas: _Canvas, area: QRectF, chart: Chart) -> None:
    """One column per category, stacked by series, its total above it."""
    count = len(chart.categories)
    if chart.grouped:
        totals = [max((s.values[i] for s in chart.series), default=0) for i in range(count)]
    else:
        totals = [sum(s.values[i] for s in chart.series) for i in range(count)]
    top = max(totals, default=0) or 1
    if len(chart.series) > 1:
        legend = canvas.legend(area, [(s.name, s.colour) for s in chart.series])
    else:
        legend = 0.0
    line = canvas.metrics.height()
    axis_width = canvas.metrics.horizontalAdvance(canvas.number(top)) + canvas.mm(2)
    plot = area.adjusted(axis_width, line * 1.2, 0, -(legend + line * 1.4))
    painter = canvas.painter
    painter.setPen(QPen(AXIS, canvas.mm(0.2)))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())
    canvas.text(
        QRectF(area.left(), plot.top() - line / 2, axis_width - canvas.mm(1), line),
        RIGHT,
        canvas.number(top),
    )
    canvas.text(
        QRectF(area.left(), plot.bottom() - line / 2, axis_width - canvas.mm(1), line), RIGHT, "0"
    )
    slot = plot.width() / max(count, 1)
    bar = max(canvas.mm(0.5), min(slot * 0.7, canvas.mm(18)))
    widest = max((canvas.metrics.horizontalAdvance(c) for c in chart.categories), default=0.0)
    label_every = max(1, math.ceil((widest + canvas.mm(2)) / slot))  # labels never overlap
    for index, category in enumerate(chart.categories):
        x = plot.left() + index * slot + (slot - bar) / 2
        y = plot.bottom()
        if chart.grouped:
            _side_by_side(canvas, QRectF(x, plot.top(), bar, plot.height()), chart, index, top)
            y = plot.bottom() - plot.height() * totals[index] / top
        else:
            for series in chart.series:
                height = plot.height() * series.values[index] / top
                canvas.box(QRectF(x, y - height, bar, height), series.colour)
                y -= height
        centre = plot.left() + (index + 0.5) * slot
        if totals[index] and label_every == 1 and not chart.grouped:
            value_rect = QRectF(centre - slot / 2, y - line * 1.1, slot, line)
            canvas.text(value_rect, CENTRE, canvas.number(totals[index]))
        if index % label_every == 0:
            width = widest + canvas.mm(2)
            left = min(max(area.left(), centre - width / 2), area.right() - width)
            label_rect = QRectF(left, plot.bottom() + line * 0.2, width, line)
            canvas.text(label_rect, CENTRE, category)


def _side_by_side(canvas: _Canvas, slot: QRectF, chart: Chart, index: int, top: int) -> None:
    """The series of one category next to each other in `slot`, each value above its column."""
    width = slot.width() / max(len(chart.series), 1)
    line = canvas.metrics.height()
    for number, series in enumerate(chart.series):
        value = series.values[index]
        height = slot.height() * value / top
        x = slot.left() + number * width
        canvas.box(QRectF(x, slot.bottom() - height, width * 0.92, height), series.colour)
        if value:
            above = QRectF(x - width, slot.bottom() - height - line * 1.1, width * 3, line)
            canvas.text(above, CENTRE, canvas.number(value))


def _bars(canvas: _Canvas, area: QRectF, chart: Chart) -> None:
    """One horizontal bar per category, its value after it."""
    values = chart.series[0].values if chart.series else ()
    colour = chart.series[0].colour if chart.series else "#4f81bd"
    count = len(chart.categories)
    if not count:
        return
    line = area.height() / count
    label_width = min(
        area.width() * 0.42,
        max(canvas.metrics.horizontalAdvance(c) for c in chart.categories) + canvas.mm(2),
    )
    top = max(values, default=0) or 1
    number_width = canvas.metrics.horizontalAdvance(canvas.number(top)) + canvas.mm(2)
    space = area.width() - label_width - number_width
    thickness = min(line * 0.7, canvas.mm(5))
    for index, (name, value) in enumerate(zip(chart.categories, values, strict=True)):
        y = area.top() + index * line
        shown = canvas.metrics.elidedText(
            name, Qt.TextElideMode.ElideRight, label_width - canvas.mm(2)
        )
        canvas.text(QRectF(area.left(), y, label_width - canvas.mm(2), line), RIGHT, shown)
        width = space * value / top
        bar_top = y + (line - thickness) / 2
        canvas.box(QRectF(area.left() + label_width, bar_top, width, thickness), colour)
        canvas.text(
            QRectF(area.left() + label_width + width + canvas.mm(1), y, number_width, line),
            LEFT,
            canvas.number(value),
        )


def _ring(canvas: _Canvas, area: QRectF, chart: Chart) -> None:
    """Parts of a whole as a ring, the legend beside it with each part's number."""
    parts = [(s.name, s.values[0] if s.values else 0, s.colour) for s in chart.series]
    total = sum(value for _, value, _ in parts)
    side = min(area.height(), area.width() * 0.5)
    ring = QRectF(area.left(), area.top() + (area.height() - side) / 2, side, side)
    painter = canvas.painter
    angle = 90 * 16
    if total:
        for _, value, colour in parts:
            span = -round(360 * 16 * value / total)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawPie(ring, angle, span)
            angle += span
    hole = ring.adjusted(side * 0.25, side * 0.25, -side * 0.25, -side * 0.25)
    painter.setBrush(QColor("white"))
    painter.drawEllipse(hole)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    canvas.text(hole, CENTRE, chart.centre, canvas.bold)
    # The legend beside the ring, each entry on as many lines as its words need.
    colon = "\u202f: " if canvas.language.startswith("fr") else ": "
    box = canvas.metrics.height() * 0.75
    left = ring.right() + canvas.mm(4)
    text_left = left + box + canvas.mm(1.5)
    width = area.right() - text_left
    entries = []
    for name, value, colour in parts:
        text = f"{name}{colon}{canvas.number(value)}"
        height = canvas.metrics.boundingRect(QRectF(0, 0, width, 1e6), WRAPPED, text).height()
        entries.append((text, colour, height + canvas.mm(1.5)))
    y = area.top() + max(0.0, (area.height() - sum(h for _, _, h in entries)) / 2)
    for text, colour, height in entries:
        first_line = canvas.metrics.height()
        canvas.box(QRectF(left, y + (first_line - box) / 2, box, box), colour)
        canvas.text(QRectF(text_left, y, width, height), WRAPPED, text)
        y += height
