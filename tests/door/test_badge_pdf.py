"""Badges printed and read back: the page drawn by Qt and the PDF itself, each QR code decoded
with zxing-cpp, give back the persons' codes; an A4 sheet holds 8, an A6 page one."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtGui import QImage

from desktop_app.door.badge_sheet import badge_sheet, qr_matrix
from desktop_app.door.badges import issue_badges
from desktop_app.door.expected import add_expected
from desktop_app.door.tokens import scanned
from desktop_app.reports.cards import A6
from desktop_app.reports.pdf_cards import badge_page_image, render_badges
from desktop_app.store import Database
from tests.factories import MakeActivity, MakePerson

SCREENSHOTS = Path(__file__).parents[2] / "screenshots"  # git-ignored, looked at by hand
SCREENSHOTS.mkdir(exist_ok=True)
NAMES = [
    ("DIALLO", "Awa"), ("KONÉ", "Moussa"), ("MAHAMADOU", "Fatimata"), ("SOW", "Ibrahim"),
    ("HAMANI", "Zeinabou"), ("TRAORÉ", "Issa"), ("GUIDIMEY", "Célestin"),
    ("OUÉDRAOGO-SAWADOGO", "Marie-Thérèse Aïssata"), ("CISSÉ", "Oumar"), ("KEITA", "Mariam"),
]  # fmt: skip


def _decoded(image: QImage) -> set[str]:
    return {
        found.text for found in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    }


@pytest.fixture
def event(db: Database, make_activity: MakeActivity, make_person: MakePerson) -> tuple[int, dict]:
    activity = make_activity(title="Formation des formateurs en contrôle parlementaire")
    persons = [make_person(family, given, organisation_name="CNDH") for family, given in NAMES]
    add_expected(db, activity.id, [p.id for p in persons])
    return activity.id, {p.id: f"{p.family_name} {p.given_names}" for p in persons}


def test_a_qr_code_holds_the_badge_code() -> None:
    (badge_code,) = {"RGBCDEFGHIJKLNPRSTUX"}
    matrix = qr_matrix(badge_code)
    assert matrix.size == 25 + 8  # version 2 at the highest correction, quiet zone of 4


def test_the_page_drawn_gives_back_every_code(db: Database, event: tuple[int, dict]) -> None:
    activity_id, names = event
    sheet = badge_sheet(db, activity_id, language="fr", issuer="Centre pour la gouvernance")
    assert len(sheet.cards) == 10
    codes = {b.person_id: b.token for b in issue_badges(db, names)}  # the same, not new
    first = badge_page_image(sheet, 0, dpi=150)
    second = badge_page_image(sheet, 1, dpi=150)
    first.save(str(SCREENSHOTS / "badges_a4_page.png"))
    read = _decoded(first) | _decoded(second)
    assert read == set(codes.values())
    assert all(scanned(text) == text for text in read)  # a scanner types them as they are
    assert len(_decoded(first)) == 8 and len(_decoded(second)) == 2


def test_the_pdf_itself_gives_back_every_code(
    db: Database, event: tuple[int, dict], tmp_path: Path
) -> None:
    assert shutil.which("pdftoppm"), "pdftoppm (poppler-utils) is needed: .ci/run installs it"
    activity_id, names = event
    sheet = badge_sheet(db, activity_id, language="en", issuer="Centre for Governance")
    pdf = tmp_path / "badges.pdf"
    assert render_badges(sheet, pdf) == 2
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) == 2
    read = set().union(*(_decoded(QImage(str(page))) for page in pages))
    codes = {b.token for b in issue_badges(db, names)}
    assert read == codes


def test_one_badge_per_a6_page_and_a_reprint(db: Database, event: tuple[int, dict]) -> None:
    activity_id, names = event
    before = {b.person_id: b.token for b in issue_badges(db, names)}
    lost = next(iter(names))
    sheet = badge_sheet(db, activity_id, language="fr", person_ids=[lost], reprint=True, layout=A6)
    image = badge_page_image(sheet, 0, dpi=200)
    image.save(str(SCREENSHOTS / "badge_a6.png"))
    (read,) = _decoded(image)
    assert read != before[lost] and read == issue_badges(db, [lost])[0].token
