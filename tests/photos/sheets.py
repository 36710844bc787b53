"""A printed sign-in sheet as users get it: an activity, its expected persons (long
organisation names that wrap, so rows differ in height), printed to PDF with its QR codes, and
its pages rendered to images by poppler's pdftoppm, as a scanner or a flat photo would see them.
"""

from __future__ import annotations

import datetime as dt
import random
import subprocess
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from desktop_app.door.expected import add_expected
from desktop_app.photos.printing import with_tokens
from desktop_app.signin.printing import SigninSheet, load_signin_sheet, write_signin_pdf
from desktop_app.store import Database
from tests.reports.report_samples import add_activity, add_person

DAY = dt.date(2024, 3, 12)
FAMILY = (
    "TRAORÉ",
    "DIALLO",
    "OUÉDRAOGO",
    "MAÏGA",
    "SANOGO",
    "KONÉ",
    "ISSOUFOU",
    "HAMANI",
    "ABDOULAYE",
    "CISSÉ",
    "TOURÉ",
    "BARRY",
    "KANTÉ",
    "SIDIBÉ",
    "DEMBÉLÉ",
    "COULIBALY",
)
GIVEN = ("Aïssata", "Moussa", "Fatoumata", "Ibrahim", "Mariam", "Oumar", "Hadiza", "Seydou")
ORGANISATIONS = (
    "Police nationale",
    "Direction générale de la gendarmerie nationale, état-major, bureau des opérations",
    "Commission nationale des droits de l'homme",
    "Garde nationale",
    "Ministère de la Justice, direction des affaires criminelles et des grâces",
    "Association des femmes juristes",
)


@dataclass(frozen=True)
class PrintedSheet:
    activity_id: int
    sheet: SigninSheet
    pdf: Path
    pages: int
    person_ids: tuple[int, ...]  # in the sheet's order


def print_sheet(
    db: Database, folder: Path, persons: int, blank_rows: int = 6, seed: int = 7
) -> PrintedSheet:
    """An activity with `persons` expected, its sign-in sheet for DAY printed to PDF."""
    rng = random.Random(seed)
    activity = add_activity(db, title="Atelier sur le contrôle démocratique", start=DAY)
    ids = [
        add_person(
            db,
            f"{FAMILY[n % len(FAMILY)]}{'' if n < len(FAMILY) else n}",
            rng.choice(GIVEN),
            sex=rng.choice("FM"),
            organisation=rng.choice(ORGANISATIONS),
            position=rng.choice(("Commissaire", "Juriste", "Chef de bureau", "")),
            phone=f"+2279{rng.randrange(10**7):07d}",
        )
        for n in range(persons)
    ]
    add_expected(db, activity, ids)
    sheet = with_tokens(db, load_signin_sheet(db, activity, DAY, blank_rows))
    pdf = folder / "emargement.pdf"
    pages = write_signin_pdf(sheet, pdf, "fr", organisation="DCAF Niamey")
    return PrintedSheet(activity, sheet, pdf, pages, tuple(p.person_id for p in sheet.persons))


def render_pages(pdf: Path, folder: Path, dpi: int = 150) -> list[np.ndarray]:
    """Each page as a BGR image, by pdftoppm."""
    prefix = folder / "page"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    return [cv2.imread(str(path)) for path in sorted(folder.glob("page-*.png"))]
