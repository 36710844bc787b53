"""The camera scan's decoding time: how long zxing-cpp takes on one 640×480 frame, with a
badge (tilted, grainy) and without one, as ui/check_in/camera.py reads 4 frames a second on
the window's thread.

    QT_QPA_PLATFORM=offscreen python -m bench.bench_camera [--frames 200]
"""

from __future__ import annotations

import argparse
import statistics
import time

from PySide6.QtGui import QGuiApplication

from bench.camera_frames import frame
from desktop_app.door.tokens import new_token
from desktop_app.ui.check_in.camera_reading import badge_code


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--frames", type=int, default=200)
    args = parser.parse_args()
    _app = QGuiApplication([])
    for label, with_badge in (("badge", True), ("no code", False)):
        times, read = [], 0
        for number in range(args.frames):
            token = new_token()
            image = frame(token if with_badge else None, angle=(number % 71) - 35, seed=number)
            start = time.perf_counter()
            code = badge_code(image)
            times.append((time.perf_counter() - start) * 1000)
            read += code == token
        times.sort()
        print(
            f"{label:8} {args.frames} frames: read {read},"
            f" median {statistics.median(times):.1f} ms,"
            f" 95th {times[int(len(times) * 0.95)]:.1f} ms, max {times[-1]:.1f} ms"
        )


if __name__ == "__main__":
    main()
