"""Lay out a `Document` on A4 pages and write it as PDF with Qt's QPdfWriter.

The only module below ui/ that imports Qt (docs/reports.md explains why: Qt is already shipped,
a PDF library would add 30 to 55 MB). It needs a QGuiApplication for fonts; from the command line
none exists, so `_ensure_application` makes one, offscreen when there is no display.

Layout runs first and places every item on its page, so that the footer can say "page x of y";
painting follows. Tables repeat their header row at the top of each page they run onto.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.reports import sheet_marks
from desktop_app.reports.cards import QrMatrix
from desktop_app.reports.document import (
    Chart,
    ChartRow,
    Document,
    Heading,
    KeyValues,
    PageBreak,
    PagePlacement,
    Paragraph,
    PlacedRow,
    Table,
)
from desktop_app.reports.pdf_charts import paint_chart

RESOLUTION = 300  # dots per inch of the layout
MARGIN_MM = 12.0
HEADER_MM = 14.0
FOOTER_MM = 9.0
CELL_PADDING_MM = 1.2
MIN_TABLE_FONT = 6.0
HEADER_FILL = QColor("#e8eef5")
LEFT = int(Qt.AlignmentFlag.AlignLeft)
RIGHT = int(Qt.AlignmentFlag.AlignRight)
FONT_FAMILIES = ["DejaVu Sans", "Segoe UI", "Arial", "Helvetica", "Liberation Sans"]

_application: QGuiApplication | None = None


def _ensure_application() -> None:
    """Fonts need a QGuiApplication: reuse the window's, or make an offscreen one."""
    global _application
    if QCoreApplication.instance() is not None:
        return
    on_linux_without_display = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if on_linux_without_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _application = QGuiApplication(["registre"])


def mm(value: float) -> float:
    return value * RESOLUTION / 25.4


def _font(size: float, *, bold: bool = False, italic: bool = False) -> QFont:
    # QFont is reentrant, not thread-safe: each thread (window, export worker) keeps its own.
    return _thread_font(size, bold, italic, threading.get_ident())


@cache
def _thread_font(size: float, bold: bool, italic: bool, _thread: int) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setItalic(italic)
    return font


@dataclass
class _Text:
    rect: QRectF
    text: str
    font: QFont
    flags: int
    fill: QColor | None = None
    border: bool = False


@dataclass
class _ChartItem:
    rect: QRectF
    chart: Chart


_Item = _Text | _ChartItem


class _Layout:
    """Places blocks top to bottom, starting a new page when the next item does not fit."""

    def __init__(self, writer: QPdfWriter, content: QRectF) -> None:
        self.writer = writer
        self.content = content
        self.pages: list[list[_Item]] = [[]]
        self.y = content.top()
        # The `placed` table's rows on each page (page index, row index, top, height) and its
        # column edges, in dots.
        self.placed: list[tuple[int, int, float, float]] = []
        self.placed_edges: tuple[float, ...] = ()

    def _height(self, text: str, font: QFont, width: float) -> float:
        metrics = QFontMetricsF(font, self.writer)
        flags = int(Qt.TextFlag.TextWordWrap)
        bound = metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, text or " ")
        return bound.height()

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.content.top()

    def _room(self, height: float) -> bool:
        return self.y + height <= self.content.bottom()

    def add_text(self, text: str, font: QFont, space_after: float) -> None:
        height = self._height(text, font, self.content.width())
        if not self._room(height) and self.y > self.content.top():
            self.new_page()
        rect = QRectF(self.content.left(), self.y, self.content.width(), height)
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        self.pages[-1].append(_Text(rect, text, font, flags))
        self.y += height + space_after

    def add_charts(self, row: ChartRow) -> None:
        """Charts side by side, moved whole to the next page when they do not fit."""
        height = mm(row.height_mm)
        if not self._room(height) and self.y > self.content.top():
            self.new_page()
        gap = mm(4)
        count = len(row.charts)
        width = (self.content.width() - gap * (count - 1)) / max(count, 1)
        for index, chart in enumerate(row.charts):
            left = self.content.left() + index * (width + gap)
            self.pages[-1].append(_ChartItem(QRectF(left, self.y, width, height), chart))
        self.y += height + mm(4)

    def _fitting_size(
        self, headers: tuple[str, ...], widths: list[float], size: float, pad: float
    ) -> float:
        """The largest size up to `size` at which no header word is wider than its column."""
        while size > MIN_TABLE_FONT:
            metrics = QFontMetricsF(_font(size, bold=True), self.writer)
            if all(
                metrics.horizontalAdvance(word) <= width - 2 * pad
                for header, width in zip(headers, widths, strict=False)
                for word in header.split()
            ):
                break
            size -= 0.5
        return size

    def add_table(
        self,
        headers: tuple[str, ...],
        rows: tuple[tuple[str, ...], ...],
        widths: tuple[float, ...],
        *,
        numeric: frozenset[int] = frozenset(),
        min_row_height: float = 0.0,
        bold_last_row: bool = False,
        font_size: float = 9.0,
        placed: bool = False,
    ) -> None:
        columns = len(headers) if headers else len(rows[0]) if rows else 0
        if columns == 0:
            return
        relative = widths if len(widths) == columns else (1.0,) * columns
        total = sum(relative)
        column_widths = [self.content.width() * w / total for w in relative]
        pad = mm(CELL_PADDING_MM)
        font_size = self._fitting_size(headers, column_widths, font_size, pad)
        header_font = _font(font_size, bold=True)

        def row_height(cells: tuple[str, ...], font: QFont) -> float:
            heights = [
                self._height(cell, font, width - 2 * pad)
                for cell, width in zip(cells, column_widths, strict=False)
            ]
            return max(max(heights, default=0.0) + 2 * pad, min_row_height)

        header_height = row_height(headers, header_font) if headers else 0.0

        def place(cells: tuple[str, ...], font: QFont, height: float, fill: QColor | None) -> None:
            x = self.content.left()
            for index, (cell, width) in enumerate(zip(cells, column_widths, strict=False)):
                align = RIGHT if index in numeric else LEFT
                flags = int(Qt.TextFlag.TextWordWrap) | align | int(Qt.AlignmentFlag.AlignTop)
                rect = QRectF(x, self.y, width, height)
                self.pages[-1].append(_Text(rect, cell, font, flags, fill, border=True))
                x += width
            self.y += height

        body_font = _font(font_size)
        bold_font = _font(font_size, bold=True)
        first_height = row_height(rows[0], body_font) if rows else 0.0
        if not self._room(header_height + first_height) and self.y > self.content.top():
            self.new_page()
        if headers:
            place(headers, header_font, header_height, HEADER_FILL)
        if placed:
            edges = [self.content.left()]
            for width in column_widths:
                edges.append(edges[-1] + width)
            self.placed_edges = tuple(edges)
        for index, cells in enumerate(rows):
            font = bold_font if bold_last_row and index == len(rows) - 1 else body_font
            height = row_height(cells, font)
            if not self._room(height):
                self.new_page()
                if headers:
                    place(headers, header_font, header_height, HEADER_FILL)
            if placed:
                self.placed.append((len(self.pages) - 1, index, self.y, height))
            place(cells, font, height, None)
        self.y += mm(4)


def _layout(document: Document, writer: QPdfWriter, content: QRectF) -> _Layout:
    layout = _Layout(writer, content)
    for block in document.blocks:
        if isinstance(block, Heading):
            size = 15.0 if block.level == 1 else 12.0
            layout.y += mm(2) if layout.y > content.top() else 0
            layout.add_text(block.text, _font(size, bold=True), mm(2.5))
        elif isinstance(block, Paragraph):
            font = _font(10, bold=block.bold, italic=block.italic)
            layout.add_text(block.text, font, mm(2.5))
        elif isinstance(block, KeyValues):
            layout.add_table((), block.pairs, (1.0, 3.0), font_size=10)
        elif isinstance(block, Table):
            layout.add_table(
                block.headers,
                block.rows,
                block.widths,
                numeric=block.numeric,
                min_row_height=mm(block.min_row_height_mm),
                bold_last_row=block.bold_last_row,
                font_size=block.font_size,
                placed=block.placed,
            )
        elif isinstance(block, ChartRow):
            layout.add_charts(block)
        elif isinstance(block, PageBreak):
            layout.new_page()
    return layout


def _placements(layout: _Layout) -> list[PagePlacement]:
    """Where the `placed` table's rows landed, page by page, in millimetres."""
    dots = mm(1)
    pages = len(layout.pages)
    edges = tuple(edge / dots for edge in layout.placed_edges)
    return [
        PagePlacement(
            page=number,
            pages=pages,
            rows=tuple(
                PlacedRow(index, top / dots, height / dots)
                for page, index, top, height in layout.placed
                if page == number - 1
            ),
            column_edges_mm=edges,
        )
        for number in range(1, pages + 1)
    ]


def paint_qr(painter: QPainter, matrix: QrMatrix, rect: QRectF) -> None:
    """The code as squares in the largest square of `rect` (white behind, quiet zone kept)."""
    side = min(rect.width(), rect.height())
    left = rect.left() + (rect.width() - side) / 2
    top = rect.top() + (rect.height() - side) / 2
    painter.fillRect(QRectF(left, top, side, side), QColor("white"))
    module = side / matrix.size
    black = QColor("black")
    for row, modules in enumerate(matrix.rows):
        column = 0
        while column < len(modules):
            if modules[column] != "1":
                column += 1
                continue
            run = column
            while run < len(modules) and modules[run] == "1":
                run += 1
            # A run of dark modules as one rectangle, a hair wider: no white seams between them.
            painter.fillRect(
                QRectF(
                    left + column * module,
                    top + row * module,
                    (run - column) * module + 0.5,
                    module + 0.5,
                ),
                black,
            )
            column = run


def _paint_marks(painter: QPainter, code: QrMatrix) -> None:
    """The corner markers and the page's QR code (reports/sheet_marks.py)."""
    for marker in range(4):
        x, y = sheet_marks.marker_origins()[marker]
        side = mm(sheet_marks.MARKER_MM)
        paint_qr(
            painter, QrMatrix(sheet_marks.marker_rows(marker)), QRectF(mm(x), mm(y), side, side)
        )
    for left, top, width, height in sheet_marks.qr_rects():
        paint_qr(painter, code, QRectF(mm(left), mm(top), mm(width), mm(height)))


def _header_mm(document: Document) -> float:
    """The header band in dots: taller on a page that holds a QR code."""
    if document.page_code is not None:
        return mm(sheet_marks.MARKED_HEADER_MM)
    return mm(HEADER_MM)


def _organisation_rect(
    painter: QPainter, name: str, left: float, top: float, room: float
) -> QRectF:
    """Where the organisation's name goes, its font set: 11 pt on as many lines as the band
    holds, smaller for a very long name."""
    band = mm(HEADER_MM) - mm(3)
    flags = int(Qt.TextFlag.TextWordWrap)
    for size in (11.0, 10.0, 9.0, 8.0, 7.0):
        font = _font(size, bold=True)
        bound = QFontMetricsF(font, painter.device()).boundingRect(
            QRectF(0, 0, room, 1e6), flags, name
        )
        if bound.height() <= band:
            break
    painter.setFont(font)
    return QRectF(left, top, min(bound.width(), room) + mm(1), band)


def _paint_page_frame(
    painter: QPainter, document: Document, page_rect: QRectF, page: int, pages: int
) -> None:
    top = mm(MARGIN_MM)
    left = mm(MARGIN_MM)
    right = page_rect.width() - mm(MARGIN_MM)
    band = mm(HEADER_MM) - mm(3)
    page_left, page_right = left, right
    if document.page_code is not None:  # the QR code's copies take the band's two ends
        right_code, left_code = sheet_marks.qr_rects()
        right = mm(right_code[0] - 3)
        left = mm(left_code[0] + left_code[2] + 3)
    x = left
    if document.logo is not None:
        image = QImage(str(document.logo))
        if not image.isNull():
            scaled = image.scaledToHeight(int(band), Qt.TransformationMode.SmoothTransformation)
            painter.drawImage(QRectF(left, top, scaled.width(), scaled.height()), scaled)
            x += scaled.width() + mm(3)
    # The organisation's name keeps its room, wrapped (smaller when it needs more than the
    # band); the running title takes what is left, elided.
    name_rect = _organisation_rect(painter, document.organisation, x, top, (right - x) * 0.55)
    align_left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    painter.drawText(name_rect, align_left | int(Qt.TextFlag.TextWordWrap), document.organisation)
    title_font = _font(8)
    painter.setFont(title_font)
    title_rect = QRectF(name_rect.right() + mm(4), top, right - name_rect.right() - mm(4), band)
    title = QFontMetricsF(title_font, painter.device()).elidedText(
        document.running_title, Qt.TextElideMode.ElideMiddle, title_rect.width()
    )
    align_right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    painter.drawText(title_rect, align_right, title)
    painter.setPen(QPen(QColor("#777777"), mm(0.2)))
    rule = top + _header_mm(document) - mm(2)
    painter.drawLine(int(left), int(rule), int(right), int(rule))
    painter.setPen(QPen(QColor("black")))
    bottom = page_rect.height() - mm(MARGIN_MM)
    footer = QRectF(
        page_left, bottom - mm(FOOTER_MM) + mm(3), page_right - page_left, mm(FOOTER_MM) - mm(3)
    )
    painter.drawText(footer, align_right, document.page_label.format(page=page, pages=pages))
    if document.footer_note:
        painter.drawText(footer, align_left, document.footer_note)


def _paint_item(painter: QPainter, item: _Item) -> None:
    if isinstance(item, _ChartItem):
        paint_chart(painter, item.rect, item.chart, mm(1), _font)
        return
    if item.fill is not None:
        painter.fillRect(item.rect, item.fill)
    if item.border:
        painter.setPen(QPen(QColor("black"), mm(0.15)))
        painter.drawRect(item.rect)
    painter.setFont(item.font)
    pad = mm(CELL_PADDING_MM) if item.border else 0.0
    painter.drawText(item.rect.adjusted(pad, pad, -pad, -pad), item.flags, item.text)


def render_pdf(document: Document, path: Path) -> int:
    """Write `document` to `path` as an A4 PDF; returns the number of pages."""
    _ensure_application()
    return _render(document, Path(path))


def _render(document: Document, path: Path) -> int:
    try:
        path.open("wb").close()
    except OSError as error:
        raise RegistreError(
            UserMessage(
                "Reports",
                QT_TRANSLATE_NOOP("Reports", "Cannot write the PDF file {path}."),
                {"path": str(path)},
            )
        ) from error
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(document.title)
    writer.setCreator(document.author)
    orientation = QPageLayout.Orientation.Portrait
    if document.landscape:
        orientation = QPageLayout.Orientation.Landscape
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            orientation,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    page_rect = QRectF(0, 0, writer.width(), writer.height())
    content = page_rect.adjusted(
        mm(MARGIN_MM),
        mm(MARGIN_MM) + _header_mm(document),
        -mm(MARGIN_MM),
        -mm(MARGIN_MM + FOOTER_MM),
    )
    layout = _layout(document, writer, content)
    pages = layout.pages
    placements = _placements(layout)
    painter = QPainter()
    if not painter.begin(writer):
        raise RegistreError(
            UserMessage(
                "Reports",
                QT_TRANSLATE_NOOP("Reports", "Cannot write the PDF file {path}."),
                {"path": str(path)},
            )
        )
    try:
        for number, items in enumerate(pages, start=1):
            if number > 1:
                writer.newPage()
            _paint_page_frame(painter, document, page_rect, number, len(pages))
            if document.page_code is not None:
                _paint_marks(painter, document.page_code(placements[number - 1]))
            for item in items:
                _paint_item(painter, item)
    finally:
        painter.end()
    return len(pages)
