"""Finding Registre's printed page in a photo: its four corner markers (reports/sheet_marks.py)
give where the page lies, a perspective correction lays it flat, its QR code says what it is.

A marker's id says which corner it is, so a page photographed sideways or upside down comes
out the right way up; two markers are enough (each gives its four corners), so a finger or a
fold over one corner does not stop the reading.
"""

from __future__ import annotations

from collections.abc import Iterator
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
QR_RETRY_PIXELS_PER_MM = (8.0, 6.0, 10.0, 12.0)  # when it is not read at 16
# Unsharp masks tried on the code: (blur in pixels of the photo, amount).
QR_SHARPENING = ((1.0, 2.0), (1.5, 3.0), (1.0, 3.0))
DETECTION_SIDE = 2000  # markers are looked for on the photo made this small: quicker, as sure
QR_MARGIN_MM = 3.0
NO_MARKERS = "markers"
NO_CODE = "code"
NOT_OURS = "foreign"
CUT = "cut"  # part of the table outside the photo
TABLE_LEFT_MM = 12.0  # the table's left edge: its N° column, where names are written in too
IN_PHOTO_PX = 2.0  # a cell closer than this to the photo's edge is not wholly seen


class PageNotFound(Exception):
    """No page of Registre's sheet in the picture, or not all of its table; `why` is
    NO_MARKERS, NO_CODE, NOT_OURS or CUT."""

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
_BINARIZERS = (zxingcpp.Binarizer.LocalAverage, zxingcpp.Binarizer.GlobalHistogram)
_DICTIONARY = cv2.aruco.getPredefinedDictionary(cv2.aruco.DICT_4X4_50)


def _detector() -> Any:
    parameters = cv2.aruco.DetectorParameters()
    parameters.cornerRefinementMethod = cv2.aruco.CORNER_REFINE_SUBPIX
    return cv2.aruco.ArucoDetector(_DICTIONARY, parameters)


def _found_markers(grey: Image) -> dict[int, Any]:
    """Corners of the markers 0 to 3 found on the photo made DETECTION_SIDE wide, in the
    photo's pixels."""
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
    return found


def _near(grey: Image, marker: int, corners: Any) -> Any | None:
    """The marker found on the photo itself around `corners` (where it was seen on the small
    copy, or where the other markers say it is); None when it is not there."""
    side = float(np.linalg.norm(corners[0] - corners[2]))
    left, top = np.maximum(corners.min(axis=0) - side, 0).astype(int)
    right, bottom = (corners.max(axis=0) + side).astype(int)
    if right - left < 8 or bottom - top < 8:
        return None
    crop = np.ascontiguousarray(grey[top:bottom, left:right])
    for attempt in (crop, cv2.createCLAHE(clipLimit=3.0, tileGridSize=(2, 2)).apply(crop)):
        found, ids, _rejected = _detector().detectMarkers(attempt)
        if ids is not None:
            for again, points in zip(ids.ravel(), found, strict=True):
                if int(again) == marker:
                    return points.reshape(4, 2) + np.array([left, top], dtype=np.float32)
    return None


def _page_corners(marker: int) -> Any:
    return np.array(sheet_marks.marker_corners(marker), dtype=np.float32)


def _with_missing(grey: Image, found: dict[int, Any]) -> dict[int, Any]:
    """A marker missed on the small copy (small and blurred at the far side of a tilted page,
    in a shadow) looked for at full size where the markers found say it is."""
    points = np.concatenate([found[m] for m in sorted(found)]).astype(np.float32)
    page = np.concatenate([_page_corners(m) for m in sorted(found)])
    to_photo, _mask = cv2.findHomography(page, points, 0)
    if to_photo is None:
        return found
    for marker in set(range(4)) - set(found):
        predicted = cv2.perspectiveTransform(_page_corners(marker)[None], to_photo)[0]
        inside = (predicted >= 0).all() and (predicted < grey.shape[::-1]).all()
        again = _near(grey, marker, predicted) if inside else None
        if again is not None:
            found[marker] = again
    return found


def _marker_points(grey: Image) -> tuple[Any, Any]:
    """Image points and page points (mm) of the corners of the markers found, as two arrays.

    Found on a small copy, then each again on the photo itself: a corner off by a pixel of the
    small copy is off by a third of a QR module at the far side of a tilted page."""
    found = _found_markers(grey)
    if len(found) < 2 and max(grey.shape) > DETECTION_SIDE:
        found = _full_size_search(grey)  # small markers of a page far from the lens
    if len(found) < 2:
        raise PageNotFound(NO_MARKERS)
    if max(grey.shape) > DETECTION_SIDE:
        for marker, corners in list(found.items()):
            again = _near(grey, marker, corners)
            found[marker] = corners if again is None else again
    if len(found) < 4:
        found = _with_missing(grey, found)
    image_points = np.concatenate([found[m] for m in sorted(found)]).astype(np.float32)
    page_points = np.concatenate([_page_corners(m) for m in sorted(found)])
    return image_points, page_points


def _full_size_search(grey: Image) -> dict[int, Any]:
    corners, ids, _rejected = _detector().detectMarkers(grey)
    found: dict[int, Any] = {}
    if ids is not None:
        for marker, points in zip(ids.ravel(), corners, strict=True):
            if 0 <= int(marker) < 4 and int(marker) not in found:
                found[int(marker)] = points.reshape(4, 2)
    return found


def _turned(homography: Any) -> int:
    """How the photo was turned: the direction of the page's top edge in the photo."""
    inverse = np.linalg.inv(homography)
    left = cv2.perspectiveTransform(np.array([[[10.0, 100.0]]], dtype=np.float64), inverse)
    right = cv2.perspectiveTransform(np.array([[[280.0, 100.0]]], dtype=np.float64), inverse)
    dx, dy = (right - left).ravel()
    angle = float(np.degrees(np.arctan2(dy, dx))) % 360
    return int(round(angle / 90) % 4) * 90


def _flatten(
    grey: Image,
    to_page: Any,
    left: float,
    top: float,
    width: float,
    height: float,
    per_mm: float,
    interpolation: int = cv2.INTER_LINEAR,
) -> Image:
    """The part of the page from (left, top), width x height mm, laid flat at per_mm."""
    shift = np.array([[per_mm, 0, -left * per_mm], [0, per_mm, -top * per_mm], [0, 0, 1]])
    size = (round(width * per_mm), round(height * per_mm))
    flat: Image = cv2.warpPerspective(
        grey, shift @ to_page, size, flags=interpolation, borderValue=(255,)
    )
    return flat


def _photo_pixels_per_mm(to_page: Any, x: float, y: float) -> float:
    """How many of the photo's pixels one millimetre of the page at (x, y) spans."""
    to_photo = np.linalg.inv(to_page)
    points = np.array([[[x, y], [x + 1.0, y], [x, y + 1.0]]], dtype=np.float64)
    here, right, below = cv2.perspectiveTransform(points, to_photo)[0]
    (ax, ay), (bx, by) = right - here, below - here
    return float(np.sqrt(abs(ax * by - ay * bx)))  # the area of the millimetre's square


Rect = tuple[float, float, float, float]  # left, top, width, height in mm of the page


def _code_region(grey: Image, to_page: Any, rect: Rect, per_mm: float, how: int) -> Image:
    left, top, width, height = rect
    margin = QR_MARGIN_MM
    box = (left - margin, top - margin, width + 2 * margin, height + 2 * margin)
    return _flatten(grey, to_page, *box, per_mm, how)


def _retry_pictures(grey: Image, to_page: Any, rect: Rect) -> Iterator[Image]:
    """The code at `rect` again when it was not read laid flat: at other sizes, sharpened by
    the blur of a pixel of the photo or two, and thresholded by neighbourhood. At the far side
    of a tilted page a module is two or three pixels of the photo, blurred, and which of these
    the decoder reads depends on the blur and the light."""
    yield cv2.GaussianBlur(
        _code_region(grey, to_page, rect, QR_PIXELS_PER_MM, cv2.INTER_LINEAR), (5, 5), 0
    )
    left, top, width, height = rect
    photo_per_mm = _photo_pixels_per_mm(to_page, left + width / 2, top + height / 2)
    for per_mm in QR_RETRY_PIXELS_PER_MM:
        region = _code_region(grey, to_page, rect, per_mm, cv2.INTER_CUBIC)
        yield region
        for pixels, amount in QR_SHARPENING:
            smooth = cv2.GaussianBlur(region, (0, 0), pixels * per_mm / photo_per_mm)
            yield cv2.addWeighted(region, 1.0 + amount, smooth, -amount, 0)
        block = int(per_mm * 3) | 1  # some modules across: the paper's level around each
        yield cv2.adaptiveThreshold(
            region, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, block, 0
        )


def _pictures(grey: Image, to_page: Any) -> Iterator[Image]:
    """Each copy of the code laid flat, the one the photo shows largest (nearest the lens)
    first; then the retries of each in the same order. A page printed with one copy only has
    the organisation's name where the second would be: nothing is read there."""
    rects = sorted(
        sheet_marks.qr_rects(),
        key=lambda r: -_photo_pixels_per_mm(to_page, r[0] + r[2] / 2, r[1] + r[3] / 2),
    )
    for rect in rects:
        yield _code_region(grey, to_page, rect, QR_PIXELS_PER_MM, cv2.INTER_LINEAR)
    for rect in rects:
        yield from _retry_pictures(grey, to_page, rect)


def _read_code(grey: Image, to_page: Any) -> SheetCode:
    foreign = False
    for attempt in _pictures(grey, to_page):
        for binarizer in _BINARIZERS:
            results = zxingcpp.read_barcodes(attempt, formats=_QR, binarizer=binarizer)
            for text in (result.text for result in results if result.valid):
                code = decode(text)
                if code is not None:
                    return code
                foreign = True  # another code (a logo's?): the other copy may still be ours
    raise PageNotFound(NOT_OURS if foreign else NO_CODE)


def _table_in_photo(code: SheetCode, to_page: Any, shape: tuple[int, ...]) -> bool:
    """Every row of the page's table, pre-filled and blank, inside the photo: a cell beyond
    its edge would be laid flat as white paper and read "not signed". Two markers are enough
    to find the page, not to see all of it."""
    top = code.rows[0].top_mm if code.rows else code.blank_top_mm
    bottom = code.blank_top_mm + code.blank_rows * code.blank_height_mm
    corners = np.array(
        [
            [
                [TABLE_LEFT_MM, top],
                [code.signature_right_mm, top],
                [code.signature_right_mm, bottom],
                [TABLE_LEFT_MM, bottom],
            ]
        ],
        dtype=np.float64,
    )
    seen = cv2.perspectiveTransform(corners, np.linalg.inv(to_page))[0]
    height, width = shape[:2]
    inside = (seen >= IN_PHOTO_PX) & (seen <= np.array([width, height]) - 1 - IN_PHOTO_PX)
    return bool(inside.all())


def find_page(picture: Image) -> FlatPage:
    """The page of the picture (BGR or grey) laid flat, with its code; PageNotFound else."""
    grey: Image = picture if picture.ndim == 2 else cv2.cvtColor(picture, cv2.COLOR_BGR2GRAY)
    image_points, page_points = _marker_points(grey)
    to_page, _mask = cv2.findHomography(image_points, page_points, 0)
    if to_page is None:
        raise PageNotFound(NO_MARKERS)
    code = _read_code(grey, to_page)
    if not _table_in_photo(code, to_page, grey.shape):
        raise PageNotFound(CUT)
    width, height = sheet_marks.PAGE_MM
    flat = _flatten(grey, to_page, 0.0, 0.0, width, height, PIXELS_PER_MM)
    return FlatPage(flat, code, _turned(to_page))
