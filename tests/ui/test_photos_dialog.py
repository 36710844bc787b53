"""The preview of photographed sheets: each row with its signature cell, unsure rows settled
from the keyboard (arrows, Space), nothing written until every row is decided; then written.
Screenshots: screenshots/photos_*_{en,fr}.png (git-ignored)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import cv2
import pytest
import zxingcpp
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bench.photo_pages import DAY, Truth, draw_marks, photograph, print_sheet, render_pages
from desktop_app.activities.attendance import list_attendance
from desktop_app.photos import ink
from desktop_app.photos.reading import read_photos
from desktop_app.signin.sheet_code import decode
from desktop_app.store import Database
from desktop_app.ui.common.i18n import install_language
from desktop_app.ui.photos.dialog import PhotosDialog
from tests.ui.conftest import SCREENSHOTS

DPI = 200


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "en")


def test_unsure_rows_are_settled_by_keyboard_then_written(
    db: Database, tmp_path: Path, qtbot: QtBot, language: str
) -> None:
    printed = print_sheet(db, tmp_path, persons=9, blank_rows=3)
    page = render_pages(printed.pdf, tmp_path, dpi=DPI)[0]
    code = decode(zxingcpp.read_barcodes(page)[0].text)
    assert code is not None
    rng = random.Random(8)
    truth = draw_marks(page, code, rng, DPI / 25.4)
    photo = tmp_path / "IMG_0412.jpg"
    cv2.imwrite(str(photo), photograph(page, rng, Truth(), quarter=0))
    reading = read_photos(db, printed.activity_id, DAY, [photo])
    # The reading was unsure of two rows: the user decides them.
    rows = list(reading.rows)
    for line in (1, 4):
        rows[line] = replace(rows[line], decision=ink.UNSURE, confidence=0.5)
    reading = replace(reading, rows=tuple(rows))
    dialog = PhotosDialog(db, printed.activity_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_reading(reading)
    assert not dialog.write_button.isEnabled()
    assert dialog.view.currentIndex().row() == 1  # the first unsure row
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / f"photos_preview_{language}.png"))
    qtbot.keyClick(dialog.view, Qt.Key.Key_Space)  # unsure -> signed
    qtbot.keyClick(dialog.view, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Space)  # unsure -> signed
    qtbot.keyClick(dialog.view, Qt.Key.Key_Space)  # signed -> not signed
    assert dialog.model.settled == {rows[1].token: True, rows[4].token: False}
    assert dialog.write_button.isEnabled()
    dialog.grab().save(str(SCREENSHOTS / f"photos_settled_{language}.png"))
    expected = {
        r.person_id
        for r in rows
        if (r.token == rows[1].token) or (r.token != rows[4].token and r.decision == ink.SIGNED)
    }
    assert all(
        truth.signed[r.token] == (r.decision == ink.SIGNED)
        for r in reading.rows
        if r.decision != ink.UNSURE
    )
    assert dialog.write_button.shortcut().toString() == "Ctrl+Return"
    with qtbot.waitSignal(dialog.written, timeout=20_000):
        dialog.write_button.animateClick()
    assert not dialog.write_button.isEnabled()
    dialog.grab().save(str(SCREENSHOTS / f"photos_written_{language}.png"))
    assert {r.person_id for r in list_attendance(db, printed.activity_id)} == expected
    said = {
        "en": f"Written. Presences added: {len(expected)}; marked signed: 0; photos kept: 1.",
        "fr": f"Écrit. Présences ajoutées\u202f: {len(expected)}\u202f; marquées signées\u202f: 0"
        "\u202f; photos conservées\u202f: 1.",
    }
    assert dialog.summary.text() == said[language]


def test_without_the_photos_part_the_entry_says_what_to_install(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.photos import available
    from desktop_app.ui.photos import menu

    monkeypatch.setattr(available, "MODULES", ("cv2", "no_such_image_library"))
    said: list[str] = []
    monkeypatch.setattr(
        menu.QMessageBox, "warning", lambda _parent, _title, text: said.append(text)
    )
    assert menu.open_photos(None) is None  # type: ignore[arg-type]  # no window is reached
    assert len(said) == 1 and 'pip install "registre[photos]"' in said[0]
