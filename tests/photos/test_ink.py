"""Ink in a signature cell, measured on a page laid flat: a neighbour's signature running over
the line is not a signature, and a signature written high and touched by it is still one."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from desktop_app.photos import ink
from desktop_app.photos.page import PIXELS_PER_MM

LEFT, RIGHT = 10.0, 50.0  # the signature column, mm
ROWS = (10.0, 19.0, 28.0)  # the lines of two rows of 9 mm


def _px(mm: float) -> int:
    return round(mm * PIXELS_PER_MM)


def _page() -> np.ndarray:
    page = np.full((_px(40), _px(60)), 255, dtype=np.uint8)
    for y in ROWS:
        cv2.line(page, (_px(LEFT), _px(y)), (_px(RIGHT), _px(y)), 40, 1)
    for x in (LEFT, RIGHT):
        cv2.line(page, (_px(x), _px(ROWS[0])), (_px(x), _px(ROWS[-1])), 40, 1)
    return page


def _loops_over_the_line(page: np.ndarray, depth_mm: float = 2.5) -> None:
    """The first row's signature: tall loops whose ends run `depth_mm` into the second row."""
    for centre in (16.0, 22.0, 28.0, 34.0):
        middle = ROWS[1] + depth_mm - 5.0
        cv2.ellipse(page, (_px(centre), _px(middle)), (_px(2), _px(5)), 0, 0, 360, 20, 3)


def _second_row(page: np.ndarray) -> ink.Ink:
    mask = ink.ink_mask(ink.paper_normalised(page))
    return ink.measure(mask, LEFT, ROWS[1], RIGHT, ROWS[2])


def test_a_neighbours_signature_over_the_line_is_not_a_signature() -> None:
    page = _page()
    _loops_over_the_line(page)
    assert (
        ink.measure(
            ink.ink_mask(ink.paper_normalised(page)), LEFT, ROWS[0], RIGHT, ROWS[1]
        ).decision
        == ink.SIGNED
    )
    assert _second_row(page).decision == ink.NOT_SIGNED


@pytest.mark.parametrize("depth_mm", [4.5, 5.5])
def test_loops_come_deep_over_the_line_are_still_the_neighbours(depth_mm: float) -> None:
    """Tips of loops run 4.5 or 5.5 mm down into the next row (of 9): narrow, each its own
    stroke, hanging from the line."""
    page = _page()
    _loops_over_the_line(page, depth_mm=depth_mm)
    assert _second_row(page).decision == ink.NOT_SIGNED


def test_a_signature_written_high_and_touched_by_the_neighbours_is_signed() -> None:
    """The second row's own signature, a wide arc high in its cell that the loops from above
    touch: one stroke with them. Dropped with them, the row would read "not signed"; the
    columns where the loops come through the line are cut out, the arc is left."""
    page = _page()
    _loops_over_the_line(page)
    arc = np.array(
        [(_px(x), _px(21.3 + 2.5 * abs(np.sin(x / 3.0)))) for x in np.arange(13.0, 44.0, 0.25)],
        dtype=np.int32,
    )
    cv2.polylines(page, [arc], False, 90, 4)
    assert _second_row(page).decision == ink.SIGNED


def test_a_signature_in_the_middle_of_its_cell_is_signed() -> None:
    page = _page()
    _loops_over_the_line(page)
    cv2.ellipse(page, (_px(30), _px(24)), (_px(10), _px(2)), 0, 0, 360, 30, 3)
    assert _second_row(page).decision == ink.SIGNED


def test_a_signature_drawn_as_one_flat_line_is_signed() -> None:
    """A quick flat stroke 16 mm long: as straight as a table line, but the table's lines run
    on through every column."""
    page = _page()
    stroke = np.array(
        [(_px(x), _px(23.5 + 0.15 * np.sin(x))) for x in np.arange(18.0, 34.0, 0.25)],
        dtype=np.int32,
    )
    cv2.polylines(page, [stroke], False, 60, 4)
    assert _second_row(page).decision == ink.SIGNED


def test_a_signature_under_a_neighbours_that_stops_short_of_the_line_is_signed() -> None:
    """The first row's loops end just above the line, the second row's signature starts just
    below it: nothing goes through the line, each is its row's own."""
    page = _page()
    _loops_over_the_line(page, depth_mm=-0.7)
    arc = np.array(
        [(_px(x), _px(20.4 + 2.0 * abs(np.sin(x / 3.0)))) for x in np.arange(13.0, 44.0, 0.25)],
        dtype=np.int32,
    )
    cv2.polylines(page, [arc], False, 40, 4)
    assert _second_row(page).decision == ink.SIGNED
