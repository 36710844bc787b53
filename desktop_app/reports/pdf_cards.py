"""Draw badge sheets and certificates (`reports/cards.py`) as PDF pages, or one page as an
image, with Qt's QPainter: the same drawing on both, so that a page shown on screen or decoded
in a test is the page printed.

The third module below ui/ that imports Qt (docs/reports.md): it shares the PDF writer and the
fonts of `pdf_render`. QR codes are drawn module by module as filled squares (from the plain
matrix `door/` makes with segno), never as an image, so they stay sharp at any print size.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.reports.cards import A6, BadgeCard, BadgeSheet, CertificateBook
from desktop_app.reports.pdf_render import _ensure_application, _font, paint_qr

RESOLUTION = 300
A4_MM = (210.0, 297.0)
A6_MM = (105.0, 148.0)
SHEET_MARGIN_MM = 8.0  # printers leave the edge white
GREY = QColor("#666666")
ACCENT = QColor("#1f4e79")
CENTRE = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

Mm = Callable[[float], float]


def _mm_at(dpi: float) -> Mm:
    return lambda value: value * dpi / 25.4


def badge_pages(sheet: BadgeSheet) -> list[tuple[BadgeCard, ...]]:
    per_page = 1 if sheet.layout == A6 else 8
    cards = sheet.cards
    return [cards[i : i + per_page] for i in range(0, len(cards), per_page)] or [()]


def _page_mm(sheet: BadgeSheet) -> tuple[float, float]:
    return A6_MM if sheet.layout == A6 else A4_MM


# Text -------------------------------------------------------------------------------------


def _fitted(
    painter: QPainter, text: str, width: float, largest: float, smallest: float, bold: bool
) -> QFont:
    """The largest size, from `largest` down to `smallest`, at which `text` is one line."""
    size = largest
    while size > smallest:
        font = _font(size, bold=bold)
        if QFontMetricsF(font, painter.device()).horizontalAdvance(text) <= width:
            return font
        size -= 0.5
    return _font(smallest, bold=bold)


def _line(
    painter: QPainter,
    rect: QRectF,
    text: str,
    font: QFont,
    *,
    flags: int = LEFT,
    colour: QColor | None = None,
) -> None:
    painter.setFont(font)
    painter.setPen(QPen(colour or QColor("black")))
    shown = QFontMetricsF(font, painter.device()).elidedText(
        text, Qt.TextElideMode.ElideRight, rect.width()
    )
    painter.drawText(rect, flags, shown)


def _height(painter: QPainter, font: QFont) -> float:
    return QFontMetricsF(font, painter.device()).height()


# Badges -----------------------------------------------------------------------------------


def _paint_badge(
    painter: QPainter, card: BadgeCard, rect: QRectF, sheet: BadgeSheet, mm: Mm
) -> None:
    tall = sheet.layout == A6
    pad = mm(5 if tall else 4)
    inner = rect.adjusted(pad, pad, -pad, -pad)
    painter.setPen(QPen(ACCENT, mm(0.6)))
    painter.drawLine(inner.topLeft(), inner.topRight())
    issuer_font = _font(9 if tall else 7, bold=True)
    y = inner.top() + mm(1)
    band = _height(painter, issuer_font)
    x = inner.left()
    if sheet.logo is not None:
        image = QImage(str(sheet.logo))
        if not image.isNull():
            scaled = image.scaledToHeight(
                int(band * 1.4), Qt.TransformationMode.SmoothTransformation
            )
            painter.drawImage(QRectF(x, y, scaled.width(), scaled.height()), scaled)
            x += scaled.width() + mm(2)
    _line(painter, QRectF(x, y, inner.right() - x, band), sheet.issuer, issuer_font, colour=GREY)
    y += band * 1.6
    small = _font(7 if tall else 6)
    small_height = _height(painter, small)
    top = y
    bottom = inner.bottom() - 2 * small_height
    if tall:
        qr_side = min(inner.width() * 0.62, mm(62))
        text_width = inner.width()
    else:
        qr_side = min(bottom - top - small_height - mm(2), inner.width() * 0.42)
        text_width = inner.width() - qr_side - mm(3)
    given = _fitted(painter, card.given_names, text_width, 18 if tall else 16, 8, False)
    family = _fitted(painter, card.family_name, text_width, 28 if tall else 26, 9, True)
    organisation = _font(11 if tall else 10)
    role = _font(11 if tall else 10, bold=True)
    block = sum(_height(painter, font) for font in (given, family, organisation, role))
    block += mm(2.5)
    if not tall:  # the name block in the middle of the room beside the QR code
        y = top + max(0.0, (bottom - top - block) / 2)
    flags = CENTRE if tall else LEFT
    for text, font, colour, after in (
        (card.given_names, given, None, 0.0),
        (card.family_name, family, None, mm(1.5)),
        (card.organisation, organisation, None, mm(1)),
        (card.role.upper(), role, ACCENT, 0.0),
    ):
        height = _height(painter, font)
        _line(
            painter,
            QRectF(inner.left(), y, text_width, height),
            text,
            font,
            flags=flags,
            colour=colour,
        )
        y += height + after
    if tall:
        qr_rect = QRectF(inner.center().x() - qr_side / 2, y + mm(4), qr_side, qr_side)
    else:
        qr_rect = QRectF(inner.right() - qr_side, top, qr_side, qr_side)
    paint_qr(painter, card.qr, qr_rect)
    code_rect = QRectF(
        qr_rect.left() - mm(4), qr_rect.bottom(), qr_rect.width() + mm(8), small_height
    )
    _line(painter, code_rect, card.code, small, flags=CENTRE, colour=GREY)
    _line(
        painter,
        QRectF(inner.left(), bottom, inner.width(), small_height),
        card.event,
        _font(7 if tall else 6, bold=True),
        flags=flags,
    )
    _line(
        painter,
        QRectF(inner.left(), bottom + small_height, inner.width(), small_height),
        card.when,
        small,
        flags=flags,
        colour=GREY,
    )


def _paint_badge_page(
    painter: QPainter, sheet: BadgeSheet, cards: tuple[BadgeCard, ...], mm: Mm
) -> None:
    width_mm, height_mm = _page_mm(sheet)
    if sheet.layout == A6:
        if cards:
            _paint_badge(painter, cards[0], QRectF(0, 0, mm(width_mm), mm(height_mm)), sheet, mm)
        return
    margin = mm(SHEET_MARGIN_MM)
    card_w = (mm(width_mm) - 2 * margin) / 2
    card_h = (mm(height_mm) - 2 * margin) / 4
    cut = QPen(QColor("#bbbbbb"), mm(0.15), Qt.PenStyle.DashLine)
    for index, card in enumerate(cards):
        column, row = index % 2, index // 2
        rect = QRectF(margin + column * card_w, margin + row * card_h, card_w, card_h)
        painter.setPen(cut)
        painter.drawRect(rect)  # where to cut
        _paint_badge(painter, card, rect, sheet, mm)


# Certificates -----------------------------------------------------------------------------


def _paint_certificate(painter: QPainter, book: CertificateBook, index: int, mm: Mm) -> None:
    page = book.pages[index]
    width, height = mm(A4_MM[0]), mm(A4_MM[1])
    frame = QRectF(mm(12), mm(12), width - mm(24), height - mm(24))
    painter.setPen(QPen(ACCENT, mm(1.2)))
    painter.drawRect(frame)
    painter.setPen(QPen(ACCENT, mm(0.3)))
    painter.drawRect(frame.adjusted(mm(2.5), mm(2.5), -mm(2.5), -mm(2.5)))
    inner = frame.adjusted(mm(14), mm(14), -mm(14), -mm(14))
    y = inner.top()
    if book.logo is not None:
        image = QImage(str(book.logo))
        if not image.isNull():
            scaled = image.scaledToHeight(int(mm(20)), Qt.TransformationMode.SmoothTransformation)
            left = inner.center().x() - scaled.width() / 2
            painter.drawImage(QRectF(left, y, scaled.width(), scaled.height()), scaled)
            y += scaled.height() + mm(4)
    issuer = _fitted(painter, book.issuer, inner.width(), 14, 8, True)
    _line(
        painter,
        QRectF(inner.left(), y, inner.width(), _height(painter, issuer)),
        book.issuer,
        issuer,
        flags=CENTRE,
        colour=GREY,
    )
    y += _height(painter, issuer) + mm(16)
    heading = _fitted(painter, page.heading, inner.width(), 30, 12, True)
    _line(
        painter,
        QRectF(inner.left(), y, inner.width(), _height(painter, heading)),
        page.heading,
        heading,
        flags=CENTRE,
        colour=ACCENT,
    )
    y += _height(painter, heading) + mm(14)
    name = _fitted(painter, page.name, inner.width(), 28, 12, True)
    _line(
        painter,
        QRectF(inner.left(), y, inner.width(), _height(painter, name)),
        page.name,
        name,
        flags=CENTRE,
    )
    y += _height(painter, name) + mm(10)
    body = _font(13)
    painter.setFont(body)
    painter.setPen(QPen(QColor("black")))
    wrap = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignHCenter)
    for line in page.lines:
        bound = QFontMetricsF(body, painter.device()).boundingRect(
            QRectF(0, 0, inner.width(), 1e6), wrap, line
        )
        painter.drawText(QRectF(inner.left(), y, inner.width(), bound.height()), wrap, line)
        y += bound.height() + mm(3)
    if page.place_and_date:
        y += mm(8)
        _line(
            painter,
            QRectF(inner.left(), y, inner.width(), _height(painter, body)),
            page.place_and_date,
            body,
            flags=int(Qt.AlignmentFlag.AlignRight),
        )
    qr_side = mm(46)
    qr_rect = QRectF(inner.left(), inner.bottom() - qr_side, qr_side, qr_side)
    paint_qr(painter, page.qr, qr_rect)
    small = _font(7.5)
    painter.setFont(small)
    painter.setPen(QPen(GREY))
    text_rect = QRectF(
        qr_rect.right() + mm(5), qr_rect.top(), inner.right() - qr_rect.right() - mm(5), qr_side
    )
    painter.drawText(
        text_rect,
        int(Qt.TextFlag.TextWordWrap)
        | int(Qt.AlignmentFlag.AlignBottom)
        | int(Qt.TextFlag.TextWrapAnywhere),
        "\n".join(page.check_lines),
    )


# Writing ----------------------------------------------------------------------------------


def _cannot_write(path: Path) -> RegistreError:
    return RegistreError(
        UserMessage(
            "Reports",
            QT_TRANSLATE_NOOP("Reports", "Cannot write the PDF file {path}."),
            {"path": str(path)},
        )
    )


def _writer(path: Path, title: str, size_mm: tuple[float, float]) -> QPdfWriter:
    try:
        path.open("wb").close()
    except OSError as error:
        raise _cannot_write(path) from error
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("Registre")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QSizeF(*size_mm), QPageSize.Unit.Millimeter),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


Progress = Callable[[int, int], None]  # pages drawn, pages in all
Cancelled = Callable[[], bool]


def _paint_pages(
    writer: QPagedPaintDevice,
    path: Path,
    count: int,
    paint: Callable[[QPainter, int], None],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """The pages drawn; fewer than `count` when `cancelled` said stop (the file is then
    unfinished: the caller writes it in a private folder and drops it)."""
    painter = QPainter()
    if not painter.begin(writer):
        raise _cannot_write(path)
    drawn = 0
    try:
        for number in range(count):
            if cancelled is not None and cancelled():
                break
            if number:
                writer.newPage()
            paint(painter, number)
            drawn += 1
            if progress is not None:
                progress(drawn, count)
    finally:
        painter.end()
    return drawn


def render_badges(
    sheet: BadgeSheet,
    path: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write the badges as a PDF; returns the number of pages."""
    _ensure_application()
    path = Path(path)
    pages = badge_pages(sheet)
    writer = _writer(path, sheet.title, _page_mm(sheet))
    mm = _mm_at(RESOLUTION)
    return _paint_pages(
        writer,
        path,
        len(pages),
        lambda painter, n: _paint_badge_page(painter, sheet, pages[n], mm),
        progress,
        cancelled,
    )


def render_certificates(
    book: CertificateBook,
    path: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write the certificates as a PDF (the signed codes in its keywords too)."""
    _ensure_application()
    path = Path(path)
    writer = _writer(path, book.title, A4_MM)
    if book.keywords:
        writer.setDocumentXmpMetadata(_xmp(book.keywords))
    mm = _mm_at(RESOLUTION)
    return _paint_pages(
        writer,
        path,
        len(book.pages),
        lambda painter, n: _paint_certificate(painter, book, n, mm),
        progress,
        cancelled,
    )


def _xmp(keywords: str) -> bytes:
    """XMP metadata with the certificates' codes as PDF keywords: stored uncompressed, so a
    program reads them back without drawing the page."""
    escaped = keywords.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return (
        '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">'
        f"<pdf:Keywords>{escaped}</pdf:Keywords>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    ).encode()


def _image(size_mm: tuple[float, float], dpi: float) -> QImage:
    mm = _mm_at(dpi)
    image = QImage(int(mm(size_mm[0])), int(mm(size_mm[1])), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def badge_page_image(sheet: BadgeSheet, page: int = 0, dpi: float = 150) -> QImage:
    """One page of the badges as the PDF draws it, as an image (for the screen, for tests)."""
    _ensure_application()
    image = _image(_page_mm(sheet), dpi)
    painter = QPainter(image)
    try:
        _paint_badge_page(painter, sheet, badge_pages(sheet)[page], _mm_at(dpi))
    finally:
        painter.end()
    return image


def certificate_page_image(book: CertificateBook, page: int = 0, dpi: float = 150) -> QImage:
    _ensure_application()
    image = _image(A4_MM, dpi)
    painter = QPainter(image)
    try:
        _paint_certificate(painter, book, page, _mm_at(dpi))
    finally:
        painter.end()
    return image
