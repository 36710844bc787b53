"""Draw Registre's icon (a sign-in sheet with a tick) and write resources/icons/registre.png/.ico.

Run once when the design changes: `.venv/bin/python packaging/make_icon.py`. The files are
committed, so a build does not need to draw them.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    s = size / 64
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#1f5f8b"))
    painter.drawRoundedRect(QRectF(2 * s, 2 * s, 60 * s, 60 * s), 12 * s, 12 * s)
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(QRectF(15 * s, 10 * s, 34 * s, 44 * s), 3 * s, 3 * s)
    painter.setPen(QPen(QColor("#9bb7cc"), max(1.0, 2.5 * s)))
    for row in range(4):
        y = (20 + row * 8) * s
        painter.drawLine(QPointF(21 * s, y), QPointF(43 * s, y))
    tick = QPainterPath(QPointF(26 * s, 42 * s))
    tick.lineTo(QPointF(33 * s, 49 * s))
    tick.lineTo(QPointF(50 * s, 30 * s))
    pen = QPen(QColor("#2e9d57"), max(1.5, 6 * s))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(tick)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(sizes: tuple[int, ...]) -> bytes:
    """An .ico holding PNG-compressed images (read by Windows since Vista): small and sharp."""
    images = [png_bytes(draw(size)) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in zip(sizes, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def main() -> int:
    _app = QGuiApplication(sys.argv)
    ICONS.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(ICONS / "registre.png"))
    (ICONS / "registre.ico").write_bytes(ico_bytes((16, 24, 32, 48, 64, 256)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
