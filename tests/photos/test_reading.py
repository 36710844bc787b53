"""Photos of the printed sheet read as a careful person reads them: who signed (signatures in
blue or black, faint or heavy, some running into the next row), who did not (empty cells,
specks, names crossed out), which blank rows were written in; whatever the angle, the light,
the blur. What is not a page of this activity's sheet for this day is refused, with why."""

from __future__ import annotations

import random
from pathlib import Path

import cv2
import numpy as np
import pytest
import zxingcpp

from bench.photo_pages import (
    DAY,
    NAME_LEFT_MM,
    Truth,
    draw_marks,
    photograph,
    print_sheet,
    render_pages,
)
from desktop_app.photos import ink
from desktop_app.photos.reading import read_photos
from desktop_app.reports import sheet_marks
from desktop_app.signin import printing, sheet_code
from desktop_app.signin.sheet_code import CodedRow, SheetCode, decode
from desktop_app.store import Database

DPI = 200


def _codes(pages: list[np.ndarray]) -> list[SheetCode]:
    codes = [decode(zxingcpp.read_barcodes(page)[0].text) for page in pages]
    assert all(code is not None for code in codes)
    return [code for code in codes if code is not None]


@pytest.fixture
def sheet(db: Database, tmp_path: Path) -> tuple[int, list[np.ndarray], list[SheetCode]]:
    printed = print_sheet(db, tmp_path, persons=14, blank_rows=5)
    assert printed.pages == 2
    pages = render_pages(printed.pdf, tmp_path, dpi=DPI)
    return printed.activity_id, pages, _codes(pages)


@pytest.mark.parametrize(("seed", "quarter"), [(3, 0), (11, 2), (5, 1)])
def test_photos_are_read_as_a_careful_person_reads_them(
    db: Database,
    tmp_path: Path,
    sheet: tuple[int, list[np.ndarray], list[SheetCode]],
    seed: int,
    quarter: int,
) -> None:
    activity, pages, codes = sheet
    rng = random.Random(seed)
    paths, truths = [], []
    for number, (page, code) in enumerate(zip(pages, codes, strict=True)):
        marked = page.copy()
        truth = draw_marks(marked, code, rng, DPI / 25.4)
        path = tmp_path / f"IMG_{number}.jpg"
        cv2.imwrite(str(path), photograph(marked, rng, truth, quarter=quarter))
        paths.append(path)
        truths.append(truth)
    reading = read_photos(db, activity, DAY, paths)
    assert reading.refused == ()
    assert [(p.page, p.turned) for p in reading.pages] == [(1, 90 * quarter), (2, 90 * quarter)]
    signed = {token: value for truth in truths for token, value in truth.signed.items()}
    assert {row.token: row.decision == ink.SIGNED for row in reading.rows} == signed
    assert not [row for row in reading.rows if row.decision == ink.UNSURE]
    assert all(row.person_id is not None and row.name for row in reading.rows)
    assert [row.number for row in reading.rows] == list(range(1, 15))
    hand = {number for truth in truths for number in truth.hand_rows}
    assert {row.number for row in reading.hand_rows} == hand
    assert all(row.cell_png.startswith(b"\x89PNG") for row in reading.rows)


def _first_format(code: SheetCode) -> str:
    """The text sheets were printed with before the packed format (signin/sheet_code.py)."""
    rows = "+".join(f"{row.token[2:]}{round(row.height_mm * 10):03d}" for row in code.rows)
    top = code.rows[0].top_mm if code.rows else code.blank_top_mm
    numbers = (code.page, code.pages, code.signature_left_mm * 10, code.signature_right_mm * 10)
    return ":".join(
        (
            "RGS1",
            code.activity,
            code.day.strftime("%Y%m%d"),
            *(str(round(n)) for n in numbers),
            str(code.first_number),
            str(round(top * 10)),
            rows,
            f"{code.blank_rows}*{round(code.blank_height_mm * 10):03d}",
        )
    )


def test_a_sheet_printed_with_the_first_codes_still_reads(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sheets printed before the codes were packed (whole tokens in alphanumeric text), their
    modules made larger (error correction M, a quiet zone of four modules) and the code
    printed twice (the top right copy only) are read the same."""
    monkeypatch.setattr(sheet_code, "encode", _first_format)
    monkeypatch.setattr(printing, "QR_ERROR", "m")
    monkeypatch.setattr(printing, "QR_QUIET_MODULES", 4)
    printed = print_sheet(db, tmp_path, persons=8, blank_rows=3)
    pages = render_pages(printed.pdf, tmp_path, dpi=DPI)
    left, top, width, height = (round(v * DPI / 25.4) for v in sheet_marks.qr_rects()[1])
    pages[0][top : top + height, left : left + width] = 255  # no top left copy
    texts = zxingcpp.read_barcodes(pages[0])
    assert [(r.ec_level, r.text[:5]) for r in texts] == [("M", "RGS1:")]
    code = _codes(pages)[0]
    assert all(len(row.token) == 18 for row in code.rows)  # whole tokens, check letter too
    rng = random.Random(4)
    truth = draw_marks(pages[0], code, rng, DPI / 25.4)
    path = tmp_path / "IMG_2019.jpg"
    cv2.imwrite(str(path), photograph(pages[0], rng, truth, quarter=0))
    reading = read_photos(db, printed.activity_id, DAY, [path])
    assert reading.refused == ()
    assert {row.token: row.decision == ink.SIGNED for row in reading.rows} == truth.signed


def test_the_top_left_copy_of_the_code_is_read_when_the_other_is_not(
    db: Database, tmp_path: Path, sheet: tuple[int, list[np.ndarray], list[SheetCode]]
) -> None:
    """A thumb, a fold or a glare over the top right code: the top left copy says the same."""
    activity, pages, codes = sheet
    page = pages[1].copy()
    left, top, width, height = (round(v * DPI / 25.4) for v in sheet_marks.qr_rects()[0])
    page[top : top + height, left : left + width] = 255
    rng = random.Random(8)
    truth = draw_marks(page, codes[1], rng, DPI / 25.4)
    path = tmp_path / "IMG_2020.jpg"
    cv2.imwrite(str(path), photograph(page, rng, truth, quarter=2))
    reading = read_photos(db, activity, DAY, [path])
    assert reading.refused == ()
    assert [p.page for p in reading.pages] == [2]
    assert {row.token: row.decision == ink.SIGNED for row in reading.rows} == truth.signed


def _sign(page: np.ndarray, code: SheetCode, row: CodedRow, below_mm: float = -1.5) -> None:
    """Loops across the row's signature cell, down to `below_mm` past its bottom line (over
    into the next row when positive)."""
    px = DPI / 25.4
    top, bottom = row.top_mm + 1.5, row.top_mm + row.height_mm + below_mm
    left, right = code.signature_left_mm + 2, code.signature_right_mm - 4
    loops = [
        (left + (right - left) * t / 40, top + (bottom - top) * (0.5 + 0.5 * np.sin(t * 0.9)))
        for t in range(41)
    ]
    points = (np.array(loops) * px).astype(np.int32).reshape(-1, 1, 2)
    cv2.polylines(page, [points], False, (150, 60, 30), 3, cv2.LINE_AA)


def test_a_blank_row_is_written_in_when_a_name_is_in_it_not_a_neighbour_s_signature(
    db: Database, tmp_path: Path, sheet: tuple[int, list[np.ndarray], list[SheetCode]]
) -> None:
    """The last person's signature runs 3 mm into the first blank row's signature cell; a new
    person writes their name in the second blank row and signs. A careful person types one
    person from that page: the second blank row."""
    activity, pages, codes = sheet
    page, code = pages[1].copy(), codes[1]
    px = DPI / 25.4
    last = code.rows[-1]
    _sign(page, code, last, below_mm=3.0)
    second = code.blank_top_mm + code.blank_height_mm
    for left_mm, text in ((NAME_LEFT_MM + 2, "SIDIBE"), (code.signature_left_mm + 3, "Sb")):
        origin = (int(left_mm * px), int((second + code.blank_height_mm * 0.7) * px))
        cv2.putText(page, text, origin, cv2.FONT_HERSHEY_SCRIPT_SIMPLEX, 1.2, (40, 40, 40), 3)
    truth = Truth(signed={row.token: False for row in code.rows})
    truth.signed[last.token] = True
    path = tmp_path / "IMG_2022.jpg"
    cv2.imwrite(str(path), photograph(page, random.Random(6), truth, quarter=0))
    reading = read_photos(db, activity, DAY, [path])
    assert reading.refused == ()
    assert {row.token: row.decision == ink.SIGNED for row in reading.rows} == truth.signed
    assert [row.number for row in reading.hand_rows] == [code.first_number + len(code.rows) + 1]


def test_blank_rows_in_a_dim_grainy_shadow_are_not_taken_for_written_in(
    db: Database, tmp_path: Path, sheet: tuple[int, list[np.ndarray], list[SheetCode]]
) -> None:
    """The last page photographed in poor light, its blank rows under a shadow: the phone's
    grain there is no writing. A careful person sees no one written in; the signatures above
    the shadow are still read."""
    activity, pages, codes = sheet
    page, code = pages[1].copy(), codes[1]
    truth = Truth(signed={row.token: number % 2 == 0 for number, row in enumerate(code.rows)})
    for row in code.rows:
        if truth.signed[row.token]:
            _sign(page, code, row)
    rng = random.Random(12)
    photo = photograph(page, rng, truth, quarter=0).astype(np.float32)
    height = photo.shape[0]
    shade = np.ones(height, dtype=np.float32)
    shade[height // 2 :] = 0.2  # the photographer's shadow over the bottom of the page
    photo *= cv2.GaussianBlur(shade.reshape(-1, 1), (1, 301), 0)[:, :, None]
    photo += np.random.default_rng(12).normal(0, 8, photo.shape[:2]).astype(np.float32)[:, :, None]
    path = tmp_path / "IMG_2023.jpg"
    cv2.imwrite(str(path), np.clip(photo, 0, 255).astype(np.uint8), [cv2.IMWRITE_JPEG_QUALITY, 40])
    reading = read_photos(db, activity, DAY, [path])
    assert reading.refused == ()
    assert {row.token: row.decision == ink.SIGNED for row in reading.rows} == truth.signed
    assert reading.hand_rows == ()


def test_a_photo_that_cuts_the_table_is_refused(
    db: Database, tmp_path: Path, sheet: tuple[int, list[np.ndarray], list[SheetCode]]
) -> None:
    """The top of the page in the frame (two markers, the codes), its last rows beyond the
    photo's edge: those rows would be laid flat as blank paper and read "not signed"."""
    activity, pages, codes = sheet
    page = pages[0].copy()
    rng = random.Random(3)
    truth = draw_marks(page, codes[0], rng, DPI / 25.4)
    photo = photograph(page, rng, truth, quarter=0)
    path = tmp_path / "IMG_2021.jpg"
    cv2.imwrite(str(path), photo[: int(photo.shape[0] * 0.62)])
    reading = read_photos(db, activity, DAY, [path])
    assert reading.rows == () and reading.pages == ()
    assert [r.message.text for r in reading.refused] == [
        "{file}: part of the table is outside the photo. Take the photo again with the whole "
        "page in the frame."
    ]


def test_what_is_not_this_sheet_is_refused_with_why(
    db: Database, tmp_path: Path, sheet: tuple[int, list[np.ndarray], list[SheetCode]]
) -> None:
    activity, pages, _codes = sheet
    blank = tmp_path / "blank.png"
    cv2.imwrite(str(blank), np.full((1500, 2000, 3), 235, dtype=np.uint8))
    notes = tmp_path / "notes.txt"
    notes.write_text("not a photo")
    page = tmp_path / "page.png"
    cv2.imwrite(str(page), pages[0])
    other = (
        print_sheet(db, tmp_path / "other", persons=3)
        if (tmp_path / "other").mkdir() is None
        else None
    )
    assert other is not None
    other_page = tmp_path / "other.png"
    cv2.imwrite(str(other_page), render_pages(other.pdf, tmp_path / "other", dpi=DPI)[0])
    damaged = tmp_path / "damaged.jpg"
    damaged.write_bytes(b"\xff\xd8\xff\xe0 not really")
    reading = read_photos(db, activity, DAY, [blank, notes, page, other_page, damaged, page])
    why = {refusal.label: refusal.message.render() for refusal in reading.refused}
    assert "black squares in the corners" in why["blank.png"]
    assert "not a photo" in why["notes.txt"]
    assert "another activity" in why["other.png"]
    assert "damaged" in why["damaged.jpg"]
    assert "page 1 is already in page.png" in why["page.png"]
    assert [p.label for p in reading.pages] == ["page.png"]
    assert reading.missing_pages == (2,)
    wrong_day = read_photos(db, activity, DAY.replace(day=13), [page])
    assert "not of 2024-03-13" in wrong_day.refused[0].message.render()
    assert wrong_day.rows == ()
