"""The chart beside the progress table: the chosen row's indicator and office, the actual of each
period as a bar against its target as a marker.

It draws the numbers `indicators/progress.chart_series` gives (those of the table's rows, and of
the workbook's and the PDF's charts) and computes none. Drawn with QPainter: QtCharts is not in
PySide6-Essentials. Read in greyscale too: the target is a dark line with a hollow diamond over
a mid-tone bar, told apart by shape as well as colour."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from desktop_app.indicators.progress import ProgressSeries, SeriesPoint
from desktop_app.indicators.tables import number_text, percent_text
from desktop_app.indicators.words import measure_word, office_word, period_word, word
from desktop_app.reports.document import CHART_COLOURS

BAR_COLOUR = QColor(CHART_COLOURS["bars"])
TARGET_COLOUR = QColor("#1a1a1a")
GRID_COLOUR = QColor("#d0d0d0")
MARGIN = 8.0


@dataclass(frozen=True)
class Bar:
    """Where a period is drawn: its whole column (what a tooltip answers for) and its bar."""

    slot: QRectF
    bar: QRectF
    point: SeriesPoint


def nice_top(value: float) -> tuple[float, float]:
    """The axis' top and its step (1, 2 or 5 times a power of ten, at most 5 steps)."""
    if value <= 0:
        return 1.0, 1.0
    power = 10 ** math.floor(math.log10(value / 5))
    for factor in (1, 2, 5, 10):
        step = factor * power
        if value <= 5 * step:
            break
    step = max(step, 1.0) if value >= 1 else step
    return math.ceil(value / step) * step, step


class ProgressChart(QWidget):
    """`set_series(series, language, period)` shows a series, `period` (a code) outlined."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progress_chart")
        self.series: ProgressSeries | None = None
        self.language = "en"
        self.current_period: str | None = None
        self.setMinimumSize(QSize(300, 220))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(420, 320)

    def set_series(
        self, series: ProgressSeries | None, language: str, current_period: str | None = None
    ) -> None:
        self.series, self.language, self.current_period = series, language, current_period
        self.setAccessibleName(self.title())
        self.setAccessibleDescription(
            " ".join(self.point_text(p) for p in series.points) if series else ""
        )
        self.update()

    # Texts ------------------------------------------------------------------------------

    def title(self) -> str:
        if self.series is None:
            return ""
        indicator = self.series.indicator
        office = office_word(self.series.office, self.language)
        return f"{indicator.code} {indicator.name} — {office}"

    def axis_title(self) -> str:
        return measure_word(self.series.indicator.measure, self.language) if self.series else ""

    def label(self, point: SeriesPoint) -> str:
        return period_word(point.period, self.language)

    def figure(self, value: float | None) -> str:
        share = self.series.share if self.series else False
        return number_text(value, share, self.language)

    def point_text(self, point: SeriesPoint) -> str:
        """What a period's bar says: its tooltip, and the line under the chart."""
        if point.target is None:
            return self.tr("{period}: actual {actual}; no target.").format(
                period=self.label(point), actual=self.figure(point.actual)
            )
        return self.tr(
            "{period}: actual {actual}, target {target} ({percent} of the target)."
        ).format(
            period=self.label(point),
            actual=self.figure(point.actual),
            target=self.figure(point.target),
            percent=percent_text(point.cell.percent, self.language),
        )

    # Layout -----------------------------------------------------------------------------

    def _metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.font())

    def _top(self) -> tuple[float, float]:
        assert self.series is not None
        values = [v for p in self.series.points for v in (p.actual, p.target) if v is not None]
        return nice_top(max(values, default=0.0))

    def plot_area(self) -> QRectF:
        """The rectangle of the bars: below the title and the axis' name, left of the axis'
        numbers, above the periods' names and the legend."""
        metrics = self._metrics()
        line = metrics.height()
        top, _ = self._top()
        numbers = metrics.horizontalAdvance(self.figure(top)) + 8
        inner = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        return inner.adjusted(numbers, 2.6 * line + 6, -4, -(2.4 * line + 8))

    def bars(self) -> list[Bar]:
        if self.series is None:
            return []
        plot = self.plot_area()
        top, _ = self._top()
        count = len(self.series.points)
        slot_width = plot.width() / count
        width = min(slot_width * 0.6, 90.0)
        result = []
        for index, point in enumerate(self.series.points):
            left = plot.left() + index * slot_width
            height = plot.height() * (point.actual or 0.0) / top
            bar = QRectF(left + (slot_width - width) / 2, plot.bottom() - height, width, height)
            slot = QRectF(left, plot.top(), slot_width, plot.height() + self._metrics().height())
            result.append(Bar(slot, bar, point))
        return result

    def text_at(self, position: QPoint | QPointF) -> str:
        """The tooltip at `position`: the figures of the period under it."""
        for bar in self.bars():
            if bar.slot.contains(QPointF(position)):
                return self.point_text(bar.point)
        return ""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.text_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # Painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        text_colour = self.palette().text().color()
        if self.series is None:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(
                QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.tr("Choose a row of the table: its actual against its target, by period."),
            )
            painter.end()
            return
        metrics = self._metrics()
        line = metrics.height()
        inner = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        title = QFontMetricsF(bold).elidedText(
            self.title(), Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), line), 0, title)
        painter.setFont(self.font())
        plot = self.plot_area()
        painter.drawText(
            QRectF(inner.left(), inner.top() + 1.3 * line, inner.width(), line),
            int(Qt.AlignmentFlag.AlignLeft),
            metrics.elidedText(self.axis_title(), Qt.TextElideMode.ElideRight, inner.width()),
        )
        self._paint_axis(painter, plot, inner)
        for bar in self.bars():
            self._paint_bar(painter, bar, plot)
        self._paint_legend(painter, inner)
        painter.end()

    def _paint_axis(self, painter: QPainter, plot: QRectF, inner: QRectF) -> None:
        metrics = self._metrics()
        top, step = self._top()
        value = 0.0
        while value <= top + step / 2:
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(QPen(GRID_COLOUR if value else self.palette().text().color(), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(
                    inner.left(),
                    y - metrics.height() / 2,
                    plot.left() - inner.left() - 6,
                    metrics.height(),
                ),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self.figure(value),
            )
            value += step

    def _paint_bar(self, painter: QPainter, bar: Bar, plot: QRectF) -> None:
        metrics = self._metrics()
        line = metrics.height()
        point = bar.point
        chosen = point.period.code == self.current_period
        if chosen:  # the table's row: a light band behind it and its name in bold (greyscale too)
            band = QColor(self.palette().highlight().color())
            band.setAlpha(40)
            painter.fillRect(bar.slot.adjusted(2, 0, -2, 0), band)
        painter.fillRect(bar.bar, BAR_COLOUR)
        top, _ = self._top()
        target_y = None
        if point.target is not None:
            target_y = plot.bottom() - plot.height() * point.target / top
            self._paint_target(painter, bar.slot, target_y)
        painter.setPen(self.palette().text().color())
        value_y = bar.bar.top() - line - 2
        if target_y is not None and abs(value_y + line / 2 - target_y) < line:
            value_y = min(value_y, target_y - line - 6)  # the number clear of the marker
        painter.drawText(
            QRectF(bar.slot.left(), max(plot.top() - line, value_y), bar.slot.width(), line),
            int(Qt.AlignmentFlag.AlignHCenter),
            self.figure(point.actual),
        )
        font = self.font()
        font.setBold(chosen)
        painter.setFont(font)
        name = QFontMetricsF(font).elidedText(
            self.label(point), Qt.TextElideMode.ElideRight, bar.slot.width()
        )
        painter.drawText(
            QRectF(bar.slot.left(), plot.bottom() + 3, bar.slot.width(), line),
            int(Qt.AlignmentFlag.AlignHCenter),
            name,
        )
        painter.setFont(self.font())

    def _paint_target(self, painter: QPainter, slot: QRectF, y: float) -> None:
        half = min(slot.width() * 0.4, 56.0)
        centre = slot.center().x()
        painter.setPen(QPen(TARGET_COLOUR, 2.5))
        painter.drawLine(QPointF(centre - half, y), QPointF(centre + half, y))
        self._diamond(painter, QPointF(centre, y), 5.5)

    def _diamond(self, painter: QPainter, centre: QPointF, size: float) -> None:
        painter.setPen(QPen(TARGET_COLOUR, 2))
        painter.setBrush(QColor("white"))
        x, y = centre.x(), centre.y()
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x, y - size),
                    QPointF(x + size, y),
                    QPointF(x, y + size),
                    QPointF(x - size, y),
                ]
            )
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_legend(self, painter: QPainter, inner: QRectF) -> None:
        metrics = self._metrics()
        line = metrics.height()
        y = inner.bottom() - line
        x = inner.left()
        painter.fillRect(QRectF(x, y + 2, line * 1.2, line - 4), BAR_COLOUR)
        x += line * 1.2 + 4
        actual = word("actual", self.language)
        painter.setPen(self.palette().text().color())
        painter.drawText(QPointF(x, y + metrics.ascent()), actual)
        x += metrics.horizontalAdvance(actual) + line
        painter.setPen(QPen(TARGET_COLOUR, 2.5))
        middle = y + line / 2
        painter.drawLine(QPointF(x, middle), QPointF(x + line * 1.6, middle))
        self._diamond(painter, QPointF(x + line * 0.8, middle), 4.5)
        x += line * 1.6 + 4
        painter.setPen(self.palette().text().color())
        painter.drawText(QPointF(x, y + metrics.ascent()), word("target", self.language))


class ProgressChartPanel(QWidget):
    """The chart and, under it, the figures of the table's period in words (read by keyboard
    users and screen readers, who get no tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progress_chart_panel")
        self.chart = ProgressChart(self)
        self.caption = QLabel(self)
        self.caption.setObjectName("progress_chart_caption")
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.caption)

    def set_series(
        self, series: ProgressSeries | None, language: str, current_period: str | None = None
    ) -> None:
        self.chart.set_series(series, language, current_period)
        chosen = [p for p in series.points if p.period.code == current_period] if series else []
        self.caption.setText(self.chart.point_text(chosen[0]) if chosen else "")
