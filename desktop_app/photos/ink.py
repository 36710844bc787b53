"""Is there a signature in a cell? Ink is measured, never read.

The page laid flat (page.py) is first smoothed over each pixel's neighbours (the grain of a
dim photo), then divided by its own paper, blurred wide (a shadow, a dim corner, a yellowish
sheet all become white), so that ink is what is markedly darker than the paper around it. In a
cell, less its printed borders, ink is gathered in strokes (connected marks); specks (noise, a
dust grain, the tip of a pen resting) are dropped, and so is what a neighbour's signature
brings in over the line: the columns where a stroke goes through the line are cut out of it,
and what is left of it still counts (this row's own signature, written high and touched by the
neighbour's loops, stays). What is left is measured in square millimetres of ink: a signature
has tens of them, a stray mark two or three. Between the two the program says it is unsure and
shows the cell.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from desktop_app.photos.page import PIXELS_PER_MM, Image

SIGNED = "signed"
NOT_SIGNED = "not_signed"
UNSURE = "unsure"

INSET_MM = 1.3  # the printed borders, and the error of the perspective correction
INK_RATIO = 0.72  # darker than 72 % of the paper around it
SPECK_MM2 = 0.25  # smaller marks are noise
STROKE_MM = 1.5  # a mark shorter than this in both directions is a speck or a dot
LEAK_SHARE = 0.75  # a stroke from over the line, lower than this share of the cell: a neighbour's
LEAK_SHARE_BELOW = 0.3
LINE_GAP_MM = 0.5  # from a row's printed line to where the row beyond it is looked at
CROSSING_SLANT_MM = 0.8  # how far a slanting stroke moves across in a millimetre down
CROSSING_WIDTH_MM = 1.0  # each side of where a neighbour's stroke comes in: its pen and slant
NOT_SIGNED_BELOW = 3.0  # mm² of ink strokes
SIGNED_FROM = 7.0
RULE_RUN_MM = 12.0  # a straight dark run this long may be a table line
# A table line runs on across the table's columns, or down through its rows: longer than a
# signature drawn flat in its column (37 mm on Registre's sheet), taller than a row's cell.
RULE_ACROSS_MM = 45.0
RULE_DOWN_MM = 20.0
RULE_PX = round(1.0 * PIXELS_PER_MM)  # a printed line, blurred, is at most this wide


@dataclass(frozen=True)
class Ink:
    decision: str
    confidence: float  # 0.5 (unsure) to 1.0
    strokes_mm2: float


def paper_normalised(grey: Image) -> Image:
    """The page divided by its paper: 255 where paper, dark only where ink or print."""
    # A dim photo's sensor noise, dark grains next to bright ones, would be ink against the
    # brightest grain around it: smoothed over a pixel's neighbours first (a pen is wider).
    grey = cv2.GaussianBlur(grey, (3, 3), 0)
    side = int(PIXELS_PER_MM * 2.5) | 1  # wider than any pen stroke
    paper = cv2.dilate(grey, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (side, side)))
    paper = cv2.blur(paper, (side * 2 + 1, side * 2 + 1))
    ratio = grey.astype(np.float32) / np.maximum(paper.astype(np.float32), 1.0)
    return np.clip(ratio * 255.0, 0, 255).astype(np.uint8)


def ink_mask(normalised: Image) -> Image:
    """1 where ink, 0 elsewhere, the printed rules taken out: straight dark runs as long as
    RULE_RUN_MM along the page's rows or columns, joined, that go on farther than a pen
    stroke in a cell does (RULE_ACROSS_MM, RULE_DOWN_MM), wherever the perspective correction
    put them. A signature drawn as one flat line stays ink."""
    mask = (normalised < INK_RATIO * 255).astype(np.uint8)
    run = round(RULE_RUN_MM * PIXELS_PER_MM)
    across = _long(
        cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((1, run), np.uint8)), 2, RULE_ACROSS_MM
    )
    down = _long(
        cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((run, 1), np.uint8)), 3, RULE_DOWN_MM
    )
    rules = cv2.dilate(cv2.bitwise_or(across, down), np.ones((5, 5), np.uint8))
    mask[rules > 0] = 0
    return mask


def _long(runs: Image, side: int, least_mm: float) -> Image:
    """The runs whose joined pieces reach `least_mm` along `side` (2: width, 3: height of
    OpenCV's component statistics). Measured on a copy four times smaller, each of its pixels
    dark where any of the sixteen it stands for is: pieces a few pixels apart (a line bent by
    the paper, or crossed by another) join, and the page is labelled in a sixteenth of the
    time."""
    step = 4
    height, width = runs.shape
    pooled = cv2.dilate(runs, np.ones((step, step), np.uint8), anchor=(0, 0))[::step, ::step]
    count, labels, stats, _centroids = cv2.connectedComponentsWithStats(pooled, connectivity=8)
    keep = np.zeros(count, dtype=np.uint8)
    keep[1:] = stats[1:, side] * step >= least_mm * PIXELS_PER_MM
    kept = cv2.resize(keep[labels], (width, height), interpolation=cv2.INTER_NEAREST)
    return cv2.bitwise_and(runs, kept)


def _box(left_mm: float, top_mm: float, right_mm: float, bottom_mm: float) -> tuple[int, ...]:
    inset = INSET_MM
    return (
        round((left_mm + inset) * PIXELS_PER_MM),
        round((top_mm + inset) * PIXELS_PER_MM),
        round((right_mm - inset) * PIXELS_PER_MM),
        round((bottom_mm - inset) * PIXELS_PER_MM),
    )


def _crossings(mask: Image, touching: Image, x0: int, line_y: float) -> Image:
    """The columns (of the cell, which starts at column x0) where the stroke touching the
    cell's edge at `touching` goes through the row's line: ink just above and just below the
    line there (give or take a slant), widened by CROSSING_WIDTH_MM each side: where a
    neighbour's stroke comes in. The end of a neighbour's signature that stops short of the
    line, over a cell whose own is written high, gives none."""
    near, far = LINE_GAP_MM * PIXELS_PER_MM, (LINE_GAP_MM + 0.5) * PIXELS_PER_MM
    left, right = max(x0, 0), max(x0 + len(touching), 0)

    def columns(y0: float, y1: float, widen_mm: float) -> Image:
        strip = mask[max(round(y0), 0) : max(round(y1), 0), left:right]
        if strip.size == 0:
            return np.zeros(right - left, dtype=np.uint8)
        width = round(widen_mm * PIXELS_PER_MM) * 2 + 1
        seen = strip.max(axis=0).astype(np.uint8).reshape(1, -1)
        return cv2.dilate(seen, np.ones((1, width), np.uint8)).ravel()

    above = columns(line_y - far, line_y - near, CROSSING_SLANT_MM)
    below = columns(line_y + near, line_y + far, CROSSING_SLANT_MM)
    edge = touching[: right - left].astype(np.uint8)
    through = (above & below & edge).reshape(1, -1)
    width = round(CROSSING_WIDTH_MM * PIXELS_PER_MM) * 2 + 1
    return cv2.dilate(through, np.ones((1, width), np.uint8)).ravel().astype(bool)


def stroke_area(mask: Image, left: float, top: float, right: float, bottom: float) -> float:
    """Square millimetres of ink strokes inside the cell (mm from the page's corner), from the
    page's `ink_mask`."""
    x0, y0, x1, y1 = _box(left, top, right, bottom)
    cell = mask[max(y0, 0) : max(y1, 0), max(x0, 0) : max(x1, 0)]
    if cell.size == 0:
        return 0.0
    count, labels, stats, _centroids = cv2.connectedComponentsWithStats(cell, connectivity=8)
    height = cell.shape[0]
    total = 0
    for label in range(1, count):
        _x, y, w, h, area = (int(v) for v in stats[label])
        if not _is_stroke(w, h, area, cell.shape):
            continue
        crossings = None
        # Signatures run down more than up: from below, only a small part is a neighbour's.
        if y == 0 and h < LEAK_SHARE * height:
            crossings = _crossings(mask, labels[0] == label, x0, top * PIXELS_PER_MM)
        elif y + h >= height and h < LEAK_SHARE_BELOW * height:
            crossings = _crossings(mask, labels[-1] == label, x0, bottom * PIXELS_PER_MM)
        if crossings is None or np.count_nonzero(crossings) < 2:
            total += area
            continue
        # A neighbour's signature comes in over the line there: what the stroke has away from
        # those columns is still counted (this row's own signature, written high, that the
        # neighbour's loops touch), and what is left of a neighbour's loops is too small.
        piece = (labels == label).astype(np.uint8)
        piece[:, crossings] = 0
        total += _strokes_area(piece)
    return total / (PIXELS_PER_MM * PIXELS_PER_MM)


def measure(mask: Image, left: float, top: float, right: float, bottom: float) -> Ink:
    """Signed, not signed or unsure for the cell."""
    return decide(stroke_area(mask, left, top, right, bottom))


def _is_stroke(width: int, height: int, area: int, cell: tuple[int, ...]) -> bool:
    """Neither a speck nor a printed rule between the cell's columns or rows."""
    per_mm2 = PIXELS_PER_MM * PIXELS_PER_MM
    if area < SPECK_MM2 * per_mm2 or max(width, height) < STROKE_MM * PIXELS_PER_MM:
        return False
    across, down = height <= RULE_PX and width >= 0.7 * cell[1], width <= RULE_PX
    return not (across or (down and height >= 0.7 * cell[0]))


def _strokes_area(part: Image) -> int:
    """Pixels of the strokes in `part` (a cell's stroke with some columns cut out)."""
    count, _labels, stats, _centroids = cv2.connectedComponentsWithStats(part, connectivity=8)
    total = 0
    for label in range(1, count):
        width, height, area = (int(v) for v in stats[label][2:5])
        if _is_stroke(width, height, area, part.shape):
            total += area
    return total


def decide(strokes_mm2: float) -> Ink:
    """Signed, not signed or unsure, with a confidence that grows away from the thresholds."""
    if strokes_mm2 >= SIGNED_FROM:
        confidence = min(1.0, 0.75 + (strokes_mm2 - SIGNED_FROM) / (4 * SIGNED_FROM))
        return Ink(SIGNED, round(confidence, 2), strokes_mm2)
    if strokes_mm2 <= NOT_SIGNED_BELOW:
        confidence = 1.0 - 0.25 * strokes_mm2 / NOT_SIGNED_BELOW
        return Ink(NOT_SIGNED, round(confidence, 2), strokes_mm2)
    return Ink(UNSURE, 0.5, strokes_mm2)


def crop(grey: Image, left: float, top: float, right: float, bottom: float) -> bytes:
    """The cell of the page laid flat (its paper made white), as PNG, for the preview."""
    y0, y1 = round(top * PIXELS_PER_MM), round(bottom * PIXELS_PER_MM)
    x0, x1 = round(left * PIXELS_PER_MM), round(right * PIXELS_PER_MM)
    ok, data = cv2.imencode(".png", grey[max(y0, 0) : y1, max(x0, 0) : x1])
    return bytes(data) if ok else b""
