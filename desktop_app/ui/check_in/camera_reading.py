"""What the camera scan reads, apart from the camera: whether this installation has it, a
frame's badge code, and the codes seen a moment ago.

Qt Multimedia (PySide6-Addons) and zxing-cpp come with the optional extra `registre[camera]`
(about 440 MB installed: docs/dependencies.md), which not every office installs; the window
asks `missing_modules` before importing them. `badge_code` and `RecentCodes` need no camera,
so the tests feed them drawn frames.
"""

from __future__ import annotations

import importlib.util
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QImage

from desktop_app.messages import QT_TRANSLATE_NOOP

MODULES = ("PySide6.QtMultimedia", "zxingcpp")
MISSING = QT_TRANSLATE_NOOP(
    "CameraScan",
    "Scanning with the camera needs Registre's optional part for the camera (Qt Multimedia "
    "and zxing-cpp), which is not installed on this computer. Install it with: "
    'pip install "registre[camera]". A USB scanner works without it.',
)
# The same badge in front of the lens for a few seconds gives dozens of frames: one check-in.
REPEAT_SECONDS = 5.0


def missing_modules() -> tuple[str, ...]:
    return tuple(name for name in MODULES if importlib.util.find_spec(name) is None)


def badge_code(image: QImage) -> str | None:
    """The text of the first QR code in `image`, or None when the frame holds none."""
    import zxingcpp  # the optional part, imported when a camera scan runs

    if image.isNull():
        return None
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    qr: Any = zxingcpp.BarcodeFormat.QRCode  # typed as a set of formats, given as one
    for barcode in zxingcpp.read_barcodes(gray, formats=qr):
        if barcode.valid and barcode.text:
            return str(barcode.text)
    return None


class RecentCodes:
    """Codes read within the last REPEAT_SECONDS: the camera checks a badge in once, however
    long it is held up."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._seen: dict[str, float] = {}

    def is_new(self, code: str) -> bool:
        now = self._clock()
        self._seen = {c: t for c, t in self._seen.items() if now - t < REPEAT_SECONDS}
        new = code not in self._seen
        self._seen[code] = now
        return new
