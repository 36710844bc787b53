"""Finding Registre's printed page in a photo: its four corner markers (reports/sheet_marks.py)
give where the page lies, a perspective correction lays it flat, its QR code says what it is.

A marker's id says which corner it is, so a page photographed sideways or upside down comes
out the right way up; two markers are enough (each gives its four corners), so a finger or a
fold over one corner does not stop the reading.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
import zxingcpp

from desktop_app.reports import sheet_marks
from desktop_app.signin.sheet_code import SheetCode, decode

Image = np.ndarray[Any, Any]  # OpenCV's pictures: 8 bits, grey (h x w) or BGR (h x w x 3)
PIXELS_PER_MM = 8.0  # of the page laid flat: a signature stroke is 3 to 8 pixels wide
QR_PIXELS_PER_MM = 16.0  # the QR code alone, drawn larger for the decoder
DETECTION_SIDE = 2000  # markers are looked for on the photo made this small: quicker, as sure
QR_MARGIN_MM = 3.0
NO_MARKERS = "markers"
NO_CODE = "code"
NOT_OURS = "foreign"


class PageNotFound(Exception):
    """No page of Registre's sheet in the picture; `why` is NO_MARKERS, NO_CODE or NOT_OURS."""

    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why


@dataclass(frozen=True)
class FlatPage:
    """The page laid flat, in grey, PIXELS_PER_MM; its code; how far the photo was turned."""

    grey: Image
    code: SheetCode
    turned: int  # degrees, 0, 90, 180 or 270: how the photo was held


_QR: Any = zxingcpp.BarcodeFormat.QRCode  # typed as a set of formats, given as one
_DICTIONARY = cv2.aruco.getPredefinedDictionary(cv2.aruco.DICT_4X4_50)


def _detector() -> Any:
    parameters = cv2.aruco.DetectorParameters()
    parameters.cornerRefinementMethod = cv2.aruco.CORNER_REFINE_SUBPIX
    return cv2.aruco.ArucoDetector(_DICTIONARY, parameters)


def _marker_points(grey: Image) -> tuple[Any, Any]:
    """Image points and page points (mm) of the corners of the markers found, as two arrays."""
    scale = min(1.0, DETECTION_SIDE / max(grey.shape))
    small = (
        grey
        if scale == 1.0
        else cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    )
    detector = _detector()
    found: dict[int, Any] = {}
    # Dim or uneven light: the same search on a contrast-evened copy finds what the first missed.
    for attempt in (small, cv2.createCLAHE(clipLimit=3.0, tileGridSize=(8, 8)).apply(small)):
        corners, ids, _rejected = detector.detectMarkers(attempt)
        if ids is not None:
            for marker, points in zip(ids.ravel(), corners, strict=True):
                if 0 <= int(marker) < 4 and int(marker) not in found:
                    found[int(marker)] = points.reshape(4, 2) / scale
        if len(found) == 4:
            break
    if len(found) < 2:
        raise PageNotFound(NO_MARKERS)
    image_points = np.concatenate([found[m] for m in sorted(found)]).astype(np.float32)
    page_points = np.array(
        [corner for m in sorted(found) for corner in sheet_marks.marker_corners(m)],
        dtype=np.float32,
    )
    return image_points, page_points


def _turned(homography: Any) -> int:
    """How the photo was turned: the direction of the page's top edge in the photo."""
    inverse = np.linalg.inv(homography)
    left = cv2.perspectiveTransform(np.array([[[10.0, 100.0]]], dtype=np.float64), inverse)
    right = cv2.perspectiveTransform(np.array([[[280.0, 100.0]]], dtype=np.float64), inverse)
    dx, dy = (right - left).ravel()
    angle = float(np.degrees(np.arctan2(dy, dx))) % 360
    return int(round(angle / 90) % 4) * 90


def _flatten(
    grey: Image, to_page: Any, left: float, top: float, width: float, height: float, per_mm: float
) -> Image:
    """The part of the page from (left, top), width x height mm, laid flat at per_mm."""
    shift = np.array([[per_mm, 0, -left * per_mm], [0, per_mm, -top * per_mm], [0, 0, 1]])
    size = (round(width * per_mm), round(height * per_mm))
    flat: Image = cv2.warpPerspective(
        grey, shift @ to_page, size, flags=cv2.INTER_LINEAR, borderValue=(255,)
    )
    return flat


def _read_code(grey: Image, to_page: Any) -> SheetCode:
    left, top, width, height = sheet_marks.qr_rect()
    margin = QR_MARGIN_MM
    region = _flatten(
        grey,
        to_page,
        left - margin,
        top - margin,
        width + 2 * margin,
        height + 2 * margin,
        QR_PIXELS_PER_MM,
    )
    texts: list[str] = []
    for attempt in (region, cv2.GaussianBlur(region, (5, 5), 0)):
        results = zxingcpp.read_barcodes(attempt, formats=_QR)
        texts = [result.text for result in results if result.valid]
        if texts:
            break
    if not texts:
        raise PageNotFound(NO_CODE)
    code = decode(texts[0])
    if code is None:
        raise PageNotFound(NOT_OURS)
    return code


def find_page(picture: Image) -> FlatPage:
    """The page of the picture (BGR or grey) laid flat, with its code; PageNotFound else."""
    grey: Image = picture if picture.ndim == 2 else cv2.cvtColor(picture, cv2.COLOR_BGR2GRAY)
    image_points, page_points = _marker_points(grey)
    to_page, _mask = cv2.findHomography(image_points, page_points, 0)
    if to_page is None:
        raise PageNotFound(NO_MARKERS)
    code = _read_code(grey, to_page)
    width, height = sheet_marks.PAGE_MM
    flat = _flatten(grey, to_page, 0.0, 0.0, width, height, PIXELS_PER_MM)
    return FlatPage(flat, code, _turned(to_page))
