"""Activity ▸ Print badges…: the PDF of the whole expected list or of the persons ticked, on A4
sheets of 8 or A6 pages, decoded back with zxing-cpp; a lost badge reprinted or revoked."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.door.badges import issue_badges
from desktop_app.door.expected import add_expected
from desktop_app.door.scans import read_scan
from desktop_app.registry.persons import PersonDetails
from desktop_app.store import Database
from desktop_app.ui.door.badges_dialog import BadgesDialog
from tests.ui.conftest import SCREENSHOTS


@pytest.fixture(autouse=True)
def _errors_told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A job's error is told in a message box; here recorded instead of waiting for a click."""
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: told.append(text))
    return told


def open_dialog(qtbot: QtBot, db: Database) -> BadgesDialog:
    dialog = BadgesDialog(db, 1)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def save(qtbot: QtBot, dialog: BadgesDialog, path: Path, told: list[str]) -> tuple[Path, int, int]:
    task = dialog.save(path)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    assert dialog.written is not None, told
    return dialog.written


def decoded_pdf(pdf: Path, folder: Path) -> list[set[str]]:
    """The QR codes of each page of the PDF, rasterised by pdftoppm and read by zxing-cpp."""
    assert shutil.which("pdftoppm"), "pdftoppm (poppler-utils) is needed: .ci/run installs it"
    subprocess.run(["pdftoppm", "-r", "120", "-png", str(pdf), str(folder / "p")], check=True)
    return [
        {
            found.text
            for found in zxingcpp.read_barcodes(
                QImage(str(page)), formats=zxingcpp.BarcodeFormat.QRCode
            )
        }
        for page in sorted(folder.glob("p*.png"))
    ]


def test_the_whole_list_on_a4_sheets_of_8(
    qtbot: QtBot,
    seeded_db: Database,
    registry: list[PersonDetails],
    tmp_path: Path,
    _errors_told: list[str],
) -> None:
    add_expected(seeded_db, 1, [p.id for p in registry[:10]])
    dialog = open_dialog(qtbot, seeded_db)
    assert dialog.everyone.text() == "&Everyone: the expected list and those checked in (10)"
    assert dialog.persons.item(0).text().endswith("(no badge yet)")
    dialog.resize(620, 640)
    dialog.grab().save(str(SCREENSHOTS / "door_badges_dialog.png"))
    pdf, badges, pages = save(qtbot, dialog, tmp_path / "badges.pdf", _errors_told)
    # By hand: 10 badges, 8 on the first sheet and 2 on the second.
    assert (pdf.name, badges, pages) == ("badges.pdf", 10, 2)
    assert dialog.message.text() == f"10 badges written in {pdf} (2 pages)"
    codes = {b.person_id: b.token for b in issue_badges(seeded_db, [p.id for p in registry[:10]])}
    read = decoded_pdf(pdf, tmp_path)
    assert [len(page) for page in read] == [8, 2]
    assert set().union(*read) == set(codes.values())
    assert not dialog.persons.item(0).text().endswith("(no badge yet)")
    assert not list(tmp_path.glob(".registre-partial/*"))  # nothing half-made left beside


def test_chosen_persons_on_a6_and_a_lost_badge_reprinted(
    qtbot: QtBot,
    seeded_db: Database,
    registry: list[PersonDetails],
    tmp_path: Path,
    _errors_told: list[str],
) -> None:
    add_expected(seeded_db, 1, [p.id for p in registry[:10]])
    old = {b.person_id: b.token for b in issue_badges(seeded_db, [p.id for p in registry[:10]])}
    dialog = open_dialog(qtbot, seeded_db)
    assert not dialog.reprint.isEnabled()  # never every badge at once
    # Among the 10 (persons 0-7: the 8 family names with Aminata; 8 and 9: TRAORE and DIALLO
    # Moussa) "keita" is KEITA Aminata alone.
    # Enter goes to the list, Space ticks.
    qtbot.keyClicks(dialog.filter_edit, "keita")
    visible = [
        dialog.persons.item(i).text()
        for i in range(dialog.persons.count())
        if not dialog.persons.item(i).isHidden()
    ]
    assert visible == ["KEITA Aminata"]
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    assert dialog.persons.hasFocus()
    qtbot.keyClick(dialog.persons, Qt.Key.Key_Space)
    dialog.tick([registry[5].id])
    assert dialog.chosen.isChecked() and dialog.reprint.isEnabled()
    dialog.reprint.setChecked(True)
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("a6"))
    pdf, badges, pages = save(qtbot, dialog, tmp_path / "lost.pdf", _errors_told)
    assert (badges, pages) == (2, 2)  # one badge an A6 page
    read = decoded_pdf(pdf, tmp_path)
    assert [len(page) for page in read] == [1, 1]
    new_codes = set().union(*read)
    ticked = set(dialog.ticked_ids())
    assert ticked == {registry[2].id, registry[5].id}
    assert not new_codes & set(old.values())  # new codes
    for person_id in ticked:  # the lost badges check nobody in
        scan = read_scan(seeded_db, old[person_id])
        assert scan is not None and scan.person is None
    assert not dialog.reprint.isChecked()  # printed: a second save reuses the new codes


def test_a_lost_badge_revoked_by_its_code(
    qtbot: QtBot, seeded_db: Database, registry: list[PersonDetails]
) -> None:
    add_expected(seeded_db, 1, [registry[0].id])
    (badge,) = issue_badges(seeded_db, [registry[0].id])
    dialog = open_dialog(qtbot, seeded_db)
    qtbot.keyClicks(dialog.revoke_edit, "RG00")
    qtbot.keyClick(dialog.revoke_edit, Qt.Key.Key_Return)
    assert dialog.message.text() == "No badge has the code RG00."
    assert dialog.written is None  # Enter revoked; it never saved a PDF
    dialog.revoke_edit.clear()
    qtbot.keyClicks(dialog.revoke_edit, badge.token.lower())
    qtbot.keyClick(dialog.revoke_edit, Qt.Key.Key_Return)
    assert dialog.message.text() == (
        "Badge revoked: it checks nobody in. TRAORE Aminata needs a new one."
    )
    scan = read_scan(seeded_db, badge.token)
    assert scan is not None and scan.person is None
    assert dialog.persons.item(0).text().endswith("(no badge yet)")


def test_nobody_to_print(qtbot: QtBot, seeded_db: Database) -> None:
    dialog = open_dialog(qtbot, seeded_db)
    assert not dialog.save_button.isEnabled()
    assert dialog.message.text().startswith("Nobody is on the expected list")
