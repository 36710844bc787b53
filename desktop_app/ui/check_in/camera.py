"""Check-in ▸ Scan with the camera (F9): the laptop's camera as a badge scanner.

Off until asked for: nothing of Qt Multimedia loads before F9. Without the optional part
(`registre[camera]`) the screen says what to install; without a camera it says so, and a USB
scanner still works. With one, a small preview opens (Escape closes it and stops the camera);
a few frames a second go to zxing-cpp, and a badge's code read takes the path of a code typed
by a scanner (ui/check_in/scanning.py): the same roles, undo, counter and refusals. The same
code within a few seconds is not read again (camera_reading.RecentCodes).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QImage, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

from desktop_app.ui.check_in import camera_reading
from desktop_app.ui.check_in.scanning import scanned_code
from desktop_app.ui.common.actions import make_action

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QVideoFrame

    from desktop_app.ui.check_in.view import CheckInView

SHORTCUT = "F9"
FRAME_INTERVAL = 0.25  # seconds: 4 frames a second are read, the others only shown
PREVIEW_WIDTH = 320


class CameraReader:
    """Frames to check-ins for one screen; knows nothing of the camera (the tests feed it)."""

    def __init__(self, screen: CheckInView) -> None:
        self.screen = screen
        self.recent = camera_reading.RecentCodes()

    def read(self, image: QImage) -> bool:
        """True when the frame held a badge's code not read a moment ago (handled here)."""
        code = camera_reading.badge_code(image)
        if code is None or not self.recent.is_new(code):
            return False
        if not scanned_code(self.screen, code):
            self.screen.show_message(
                QCoreApplication.translate(
                    "CameraScan",
                    "The camera read a QR code that is not a badge's: nobody was checked in.",
                ),
                error=True,
            )
        return True


class CameraDialog(QDialog):
    """The preview while the camera scans; closing it (Escape) stops the camera."""

    def __init__(self, screen: CheckInView, device: object) -> None:
        super().__init__(screen)
        from PySide6.QtMultimedia import QCamera, QCameraDevice, QMediaCaptureSession, QVideoSink

        assert isinstance(device, QCameraDevice)
        self.setWindowTitle(self.tr("Scan with the camera"))
        self.reader = CameraReader(screen)
        self.preview = QLabel(self.tr("Starting the camera…"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_WIDTH, PREVIEW_WIDTH * 3 // 4)
        hint = QLabel(
            self.tr("Hold a badge's QR code in front of the camera. Escape closes this window.")
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview)
        layout.addWidget(hint)
        self._last_read = 0.0
        self.camera = QCamera(device, self)
        self.sink = QVideoSink(self)
        self.session = QMediaCaptureSession(self)
        self.session.setCamera(self.camera)
        self.session.setVideoSink(self.sink)
        self.sink.videoFrameChanged.connect(self._frame)
        self.camera.errorOccurred.connect(self._camera_error)
        self.finished.connect(self.camera.stop)
        self.camera.start()

    def _frame(self, frame: QVideoFrame) -> None:
        now = time.monotonic()
        if now - self._last_read < FRAME_INTERVAL:
            return
        self._last_read = now
        image = frame.toImage()
        if image.isNull():
            return
        self.preview.setPixmap(
            QPixmap.fromImage(image).scaledToWidth(
                PREVIEW_WIDTH, Qt.TransformationMode.FastTransformation
            )
        )
        # zxing-cpp reads a 640×480 frame in a few milliseconds (bench/bench_camera.py):
        # on the window's thread, 4 times a second, the typing stays smooth.
        self.reader.read(image)

    def _camera_error(self, _error: object, text: str) -> None:
        self.preview.setText(self.tr("The camera stopped: {reason}").format(reason=text))


def start_camera(screen: CheckInView) -> CameraDialog | None:
    """F9: the preview, or a message saying why the camera cannot scan (nothing else changes)."""
    if camera_reading.missing_modules():
        screen.show_message(
            QCoreApplication.translate("CameraScan", camera_reading.MISSING), error=True
        )
        return None
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError as error:  # e.g. a system library Qt Multimedia needs is missing
        screen.show_message(
            QCoreApplication.translate(
                "CameraScan", "Qt Multimedia could not start on this computer ({reason})."
            ).format(reason=error),
            error=True,
        )
        return None
    devices = QMediaDevices.videoInputs()
    if not devices:
        screen.show_message(
            QCoreApplication.translate(
                "CameraScan", "No camera found on this computer; a USB scanner works without one."
            ),
            error=True,
        )
        return None
    dialog = CameraDialog(screen, QMediaDevices.defaultVideoInput() or devices[0])
    dialog.finished.connect(screen.focus_first)
    dialog.open()
    return dialog


def camera_action(screen: CheckInView) -> QAction:
    return make_action(
        screen,
        QCoreApplication.translate("CameraScan", "Scan badges with the camera"),
        lambda: start_camera(screen),
        SHORTCUT,
    )
