"""Camera frames drawn as a laptop's camera sees a badge held up: for the camera scan's
tests and bench/bench_camera.py."""

from __future__ import annotations

import random

import segno
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter

MODULE_PIXELS = 6  # a badge held 30 cm from a laptop's 640×480 camera


def frame(text: str | None, angle: float = 12.0, seed: int = 1) -> QImage:
    """A 640×480 camera frame: a grey room, the QR code of `text` tilted by `angle` degrees
    on a white badge, and grain over everything (a dim room's sensor noise)."""
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor(120, 115, 110))
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(320, 240)
    painter.rotate(angle)
    painter.setBrush(QColor(235, 235, 230))
    painter.drawRect(-150, -170, 300, 340)
    painter.setPen(QColor(30, 30, 30))
    painter.drawText(-120, 150, "Registre · participant")
    painter.setPen(Qt.PenStyle.NoPen)
    if text is not None:  # drawn scaled and smoothed, as a lens blurs the modules' edges
        code = segno.make(text, error="h", micro=False, boost_error=False)
        rows = list(code.matrix_iter(scale=1, border=0))
        matrix = QImage(len(rows), len(rows), QImage.Format.Format_Grayscale8)
        for y, row in enumerate(rows):
            for x, dark in enumerate(row):
                matrix.setPixelColor(x, y, QColor(25, 25, 30) if dark else QColor(235, 235, 230))
        side = len(rows) * MODULE_PIXELS
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRect(-side // 2, -side // 2 - 20, side, side), matrix)
    painter.end()
    noise = random.Random(seed)
    for _ in range(640 * 480 // 4):  # a dim room's grain: a quarter of the pixels off by ±40
        x, y = noise.randrange(640), noise.randrange(480)
        grey = QColor(image.pixel(x, y)).red() + noise.randint(-40, 40)
        grey = min(255, max(0, grey))
        image.setPixelColor(x, y, QColor(grey, grey, grey))
    return image
