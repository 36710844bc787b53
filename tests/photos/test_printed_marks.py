"""The printed sign-in sheet carries what a camera needs: four corner markers OpenCV finds by
their ids, and on every page a QR code that names the activity, the day, the page and its
persons by their badge tokens only, with where its rows lie."""

from __future__ import annotations

from pathlib import Path

import cv2
import pytest
import zxingcpp
from pypdf import PdfReader

from bench.photo_pages import DAY, print_sheet, render_pages
from desktop_app.door import tokens
from desktop_app.reports import sheet_marks
from desktop_app.signin import sheet_code
from desktop_app.store import Database


def test_marker_bits_are_opencv_markers() -> None:
    dictionary = cv2.aruco.getPredefinedDictionary(cv2.aruco.DICT_4X4_50)
    for marker in range(4):
        drawn = cv2.aruco.generateImageMarker(dictionary, marker, 6)
        rows = tuple("".join("1" if v < 128 else "0" for v in row) for row in drawn)
        assert rows == sheet_marks.marker_rows(marker)


def test_every_page_has_its_markers_and_its_code(db: Database, tmp_path: Path) -> None:
    printed = print_sheet(db, tmp_path, persons=25, blank_rows=4)
    assert printed.pages == 3
    images = render_pages(printed.pdf, tmp_path, dpi=110)
    detector = cv2.aruco.ArucoDetector(cv2.aruco.getPredefinedDictionary(cv2.aruco.DICT_4X4_50))
    tokens: list[str] = []
    numbers: list[int] = []
    for number, image in enumerate(images, start=1):
        _corners, ids, _rejected = detector.detectMarkers(image)
        assert sorted(ids.ravel()) == [0, 1, 2, 3]
        texts = [
            r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        ]
        assert len(texts) == 2 and texts[0] == texts[1]  # the code twice: top right, top left
        code = sheet_code.decode(texts[0])
        assert code is not None
        assert (code.page, code.pages, code.day) == (number, 3, DAY)
        assert code.activity == sheet_code.activity_key(printed.sheet.activity_uuid)
        numbers.append(code.first_number)
        tokens.extend(row.token for row in code.rows)
        if code.rows:  # rows follow each other from the top of the table
            assert all(row.height_mm >= 9.0 for row in code.rows)
    # Every pre-filled person once, in the sheet's order, by the first letters of the badge's
    # token; no name in any code.
    letters = len(sheet_code.TOKEN_PREFIX) + sheet_code.TOKEN_LETTERS
    assert tokens == [token[:letters] for token in printed.sheet.tokens or ()]
    assert numbers[0] == 1 and numbers == sorted(numbers)
    text = " ".join(page.extract_text() for page in PdfReader(printed.pdf).pages)
    assert printed.sheet.persons[0].family_name in text


def test_code_round_trip_and_foreign_text() -> None:
    code = sheet_code.SheetCode(
        activity="0A1B2C3D4E5F",
        day=DAY,
        page=2,
        pages=3,
        signature_left_mm=247.7,
        signature_right_mm=285.0,
        first_number=10,
        rows=(
            sheet_code.CodedRow("RGBCDEFGHIJKLN", 51.0, 9.0),
            sheet_code.CodedRow("RGXYUTSRPNLKJI", 60.0, 16.3),
        ),
        blank_rows=2,
        blank_top_mm=76.3,
        blank_height_mm=9.0,
    )
    text = sheet_code.encode(code)
    assert text.startswith("RGS2:") and text[5:].isdigit()
    assert sheet_code.decode(text) == code
    changed = text[:-1] + ("1" if text[-1] != "1" else "2")  # a misread the check catches
    for foreign in ("", "https://example.org", "RGS1:X", "RGS1:A:20241301:1:1:1:2:1:1::0*000"):
        assert sheet_code.decode(foreign) is None
    for foreign in ("RGS2:", "RGS2:12345", "RGS2:" + "9" * 40, changed):
        assert sheet_code.decode(foreign) is None


def test_the_code_packs_the_letters_badge_tokens_are_made_of() -> None:
    assert sheet_code.ALPHABET == tokens.ALPHABET


def test_a_code_of_the_first_format_still_reads() -> None:
    """Sheets printed before the packed format: whole tokens, alphanumeric text."""
    text = (
        "RGS1:0A1B2C3D4E5F:20240312:2:3:2477:2850:10:510:"
        "BCDEFGHIJKLNPRST090+XYUTSRPNLKJIHGFE163:2*090"
    )
    code = sheet_code.decode(text)
    assert code is not None
    assert (code.activity, code.day, code.page, code.pages) == ("0A1B2C3D4E5F", DAY, 2, 3)
    assert [(row.token, row.top_mm, row.height_mm) for row in code.rows] == [
        ("RGBCDEFGHIJKLNPRST", 51.0, 9.0),
        ("RGXYUTSRPNLKJIHGFE", 60.0, 16.3),
    ]
    assert (code.blank_rows, code.blank_top_mm, code.blank_height_mm) == (2, 76.3, 9.0)


def test_the_code_has_the_largest_modules_its_text_allows(db: Database, tmp_path: Path) -> None:
    """A page of 12 rows, long names: its code packed in digits, at error correction L raised
    as far as its version holds, quiet zone of two modules: two thirds of a millimetre a
    module (0.53 mm with the first format's text, 0.46 mm at M with four modules of quiet
    zone), what a phone needs at the far side of a tilted page."""
    printed = print_sheet(db, tmp_path, persons=40, blank_rows=8)
    dpi = 300
    for image in render_pages(printed.pdf, tmp_path, dpi=dpi):
        found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        assert len(found) == 2
        for code in found:
            position = code.position
            side_mm = (position.top_right.x - position.top_left.x) * 25.4 / dpi
            version = int(code.extra["Version"])
            module_mm = side_mm / (4 * version + 17)
            assert module_mm >= 0.65, (code.ec_level, version)
            assert side_mm + 4 * module_mm == pytest.approx(sheet_marks.QR_MM, abs=0.4)
        lefts = sorted(code.position.top_left.x * 25.4 / dpi for code in found)
        starts = sorted(rect[0] for rect in sheet_marks.qr_rects())
        assert lefts == pytest.approx([start + 2 * module_mm for start in starts], abs=0.5)
