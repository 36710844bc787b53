"""What a camera needs on a page that Registre reads back from a photo (docs/photos.md): four
ArUco markers (OpenCV's 4x4 dictionary, ids 0 to 3) in the page's corners, and the page's QR
code twice, at the top right and the top left: when the phone is tilted towards one side of
the page, that side's code is the smaller in the photo and the other one is read. Plain
numbers in millimetres on a landscape A4 page: the PDF renderer draws them here, the photo
reader looks for them here.

A marker's id tells which corner it is, so a page photographed upside down or sideways is
turned the right way by the same computation that corrects the perspective.
"""

from __future__ import annotations

PAGE_MM = (297.0, 210.0)  # landscape A4: width, height
MARKER_MM = 7.0  # a marker's side, its black border included
MARKER_INSET_MM = 4.0  # from the paper's edge: inside what printers print, 1 mm off the text
QR_MM = 30.0  # the QR code's side, quiet zone included
QR_TOP_MM = 10.0
QR_SIDE_MM = 14.0  # from the page's right (left) edge to the QR code's right (left) side
MARKED_HEADER_MM = 30.0  # the page's header band, grown to hold the QR code beside the names

# Inner 4x4 bits of OpenCV's DICT_4X4_50 markers 0 to 3, row by row ("1" white, as OpenCV
# draws them; the border around them is black). tests/photos checks them against OpenCV.
ARUCO_BITS = (
    ("1011", "0101", "0011", "0010"),
    ("0000", "1111", "1001", "1010"),
    ("0011", "0011", "0010", "1101"),
    ("1001", "1001", "0100", "0110"),
)


def marker_origins() -> tuple[tuple[float, float], ...]:
    """Top left corner of markers 0 to 3: top left, top right, bottom right, bottom left."""
    width, height = PAGE_MM
    near = MARKER_INSET_MM
    far_x = width - MARKER_INSET_MM - MARKER_MM
    far_y = height - MARKER_INSET_MM - MARKER_MM
    return ((near, near), (far_x, near), (far_x, far_y), (near, far_y))


def marker_corners(marker: int) -> tuple[tuple[float, float], ...]:
    """The four corners of a marker as OpenCV reports them: clockwise from its top left."""
    x, y = marker_origins()[marker]
    side = MARKER_MM
    return ((x, y), (x + side, y), (x + side, y + side), (x, y + side))


def marker_rows(marker: int) -> tuple[str, ...]:
    """The marker as rows of modules, "1" dark, its black border included (6 x 6)."""
    inner = tuple(
        "1" + "".join("0" if bit == "1" else "1" for bit in row) + "1" for row in ARUCO_BITS[marker]
    )
    return ("111111", *inner, "111111")


def qr_rects() -> tuple[tuple[float, float, float, float], ...]:
    """Left, top, width, height of each copy of the QR code, quiet zone included: the top
    right one (the only one on pages printed before), then the top left one."""
    right = (PAGE_MM[0] - QR_SIDE_MM - QR_MM, QR_TOP_MM, QR_MM, QR_MM)
    left = (QR_SIDE_MM, QR_TOP_MM, QR_MM, QR_MM)
    return (right, left)
