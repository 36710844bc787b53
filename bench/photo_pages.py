"""Synthetic but hard photos of Registre's printed sign-in sheet (docs/photos.md).

A sheet is printed as users print it (an activity, its expected persons with organisations
long enough to wrap), its pages rendered by poppler's pdftoppm, then each photo is made from
a page: signatures (random pen paths of varied width and darkness, black or blue) in a random
subset of cells, some running over into the next row; specks and short marks in unsigned
cells; names crossed out; names written by hand in blank rows; then the photo is taken: turned
(sometimes sideways or upside down), tilted up to about 30 degrees, on a dark table, in dim
or uneven light with a shadow, blurred, noisy and saved as JPEG.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

from desktop_app.door.expected import add_expected
from desktop_app.photos.printing import with_tokens
from desktop_app.signin.printing import SigninSheet, load_signin_sheet, write_signin_pdf
from desktop_app.signin.sheet_code import SheetCode
from desktop_app.store import Database
from desktop_app.store.models import Activity, Organisation, Person

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
TABLE_LEFT_MM = 12.0
NAME_LEFT_MM = 22.0


@dataclass(frozen=True)
class PrintedSheet:
    activity_id: int
    sheet: SigninSheet
    pdf: Path
    pages: int


def print_sheet(
    db: Database, folder: Path, persons: int, blank_rows: int = 6, seed: int = 7
) -> PrintedSheet:
    """An activity with `persons` expected; its sign-in sheet for DAY printed to PDF."""
    rng = random.Random(seed)
    with db.session() as session:
        activity = Activity(
            title="Atelier sur le contrôle démocratique du secteur de la sécurité",
            kind="workshop",
            start_date=DAY,
            end_date=DAY,
            country="NE",
            city="Niamey",
            venue="Hôtel Gaweye",
            status="held",
        )
        session.add(activity)
        organisations = [Organisation(name=name) for name in ORGANISATIONS]
        session.add_all(organisations)
        people = [
            Person(
                family_name=f"{FAMILY[n % len(FAMILY)]}{'' if n < len(FAMILY) else n}",
                given_names=rng.choice(GIVEN),
                sex=rng.choice("FM"),
                organisation=rng.choice(organisations),
                position=rng.choice(("Commissaire", "Juriste", "Chef de bureau", "")),
                phone=f"+2279{rng.randrange(10**7):07d}",
            )
            for n in range(persons)
        ]
        session.add_all(people)
        session.flush()
        activity_id = activity.id
        ids = [person.id for person in people]
    add_expected(db, activity_id, ids)
    sheet = with_tokens(db, load_signin_sheet(db, activity_id, DAY, blank_rows))
    pdf = folder / "emargement.pdf"
    pages = write_signin_pdf(sheet, pdf, "fr", organisation="DCAF Niamey")
    return PrintedSheet(activity_id, sheet, pdf, pages)


def render_pages(pdf: Path, folder: Path, dpi: int = 250) -> list[np.ndarray]:
    """Each page as a BGR image, by pdftoppm."""
    prefix = folder / "page"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    return [cv2.imread(str(path)) for path in sorted(folder.glob("page-*.png"))]


@dataclass
class Truth:
    """What a careful person sees on the photo: who signed, which blank rows are written in."""

    signed: dict[str, bool] = field(default_factory=dict)  # token: signed
    hand_rows: set[int] = field(default_factory=set)  # N° of the blank rows written in
    turned: int = 0


def _pen_path(rng: random.Random, box: tuple[float, float, float, float]) -> np.ndarray:
    """A signature-like path: loops and a flourish across `box` (x0, y0, x1, y1 in pixels)."""
    x0, y0, x1, y1 = box
    width, height = x1 - x0, y1 - y0
    steps = rng.randint(60, 160)
    start = x0 + rng.uniform(0.0, 0.25) * width
    end = x0 + rng.uniform(0.45, 1.0) * width
    loops = rng.uniform(2.0, 7.0)
    phase = rng.uniform(0, math.tau)
    wobble = rng.uniform(0.15, 0.45) * height
    centre = y0 + height * rng.uniform(0.35, 0.65)
    points = []
    for i in range(steps):
        t = i / (steps - 1)
        x = start + (end - start) * t + math.cos(t * loops * math.tau + phase) * width * 0.04
        y = centre + math.sin(t * loops * math.tau + phase) * wobble
        y += math.sin(t * 2.3 * math.tau) * height * 0.12
        points.append((x, y))
    return np.array(points, dtype=np.int32).reshape(-1, 1, 2)


def _ink(rng: random.Random) -> tuple[int, int, int]:
    darkness = rng.uniform(0.0, 0.55)
    if rng.random() < 0.5:  # blue ballpoint
        return (int(150 + 80 * darkness), int(50 + 120 * darkness), int(20 + 130 * darkness))
    grey = int(20 + 140 * darkness)
    return (grey, grey, grey)


def draw_marks(page: np.ndarray, code: SheetCode, rng: random.Random, per_mm: float) -> Truth:
    """Signatures, leaks, specks, crossings out and hand-written rows, and what they mean."""
    truth = Truth()
    px = per_mm
    left, right = code.signature_left_mm, code.signature_right_mm
    for row in code.rows:
        signed = rng.random() < 0.6
        truth.signed[row.token] = signed
        top, bottom = row.top_mm, row.top_mm + row.height_mm
        if signed:
            leak = rng.random() < 0.2  # runs over the bottom line into the next row
            box = (
                (left + 1.5) * px,
                (top + 1.2) * px,
                (right - 1.5) * px,
                (bottom + (2.5 if leak else -1.2)) * px,
            )
            thickness = max(1, round(rng.uniform(0.25, 0.8) * px))
            cv2.polylines(page, [_pen_path(rng, box)], False, _ink(rng), thickness, cv2.LINE_AA)
        elif rng.random() < 0.3:  # a speck, a dot, the pen resting
            for _ in range(rng.randint(1, 3)):
                x = rng.uniform(left + 2, right - 2) * px
                y = rng.uniform(top + 2, bottom - 2) * px
                length = rng.uniform(0.0, 1.0) * px
                cv2.line(
                    page,
                    (int(x), int(y)),
                    (int(x + length), int(y + length / 2)),
                    _ink(rng),
                    max(1, round(0.4 * px)),
                    cv2.LINE_AA,
                )
        if not signed and rng.random() < 0.15:  # a name crossed out: did not come
            y = (top + row.height_mm / 2 + rng.uniform(-1.5, 1.5)) * px
            x1 = (left - rng.uniform(0.5, 3.0)) * px
            cv2.line(
                page,
                (int(NAME_LEFT_MM * px), int(y)),
                (int(x1), int(y + rng.uniform(-8, 8))),
                _ink(rng),
                max(1, round(0.5 * px)),
                cv2.LINE_AA,
            )
    for place in range(code.blank_rows):
        if rng.random() < 0.4:
            top = code.blank_top_mm + place * code.blank_height_mm
            box = (
                (NAME_LEFT_MM + 2) * px,
                (top + 1.5) * px,
                (NAME_LEFT_MM + 60) * px,
                (top + code.blank_height_mm - 1.5) * px,
            )
            cv2.polylines(page, [_pen_path(rng, box)], False, _ink(rng), 2, cv2.LINE_AA)
            truth.hand_rows.add(code.first_number + len(code.rows) + place)
    return truth


def photograph(
    page: np.ndarray, rng: random.Random, truth: Truth, quarter: int | None = None
) -> np.ndarray:
    """The page as a phone sees it: turned (`quarter` quarter turns, else drawn by chance),
    tilted, on a table, in poor light, JPEG-like."""
    height, width = page.shape[:2]
    canvas_w, canvas_h = 4000, 3000  # a 12-megapixel phone
    scale = rng.uniform(0.78, 0.95) * canvas_w / width
    drawn = rng.choices((0, 1, 2, 3), weights=(70, 10, 10, 10))[0]
    quarter = drawn if quarter is None else quarter
    truth.turned = quarter * 90
    angle = math.radians(quarter * 90 + rng.uniform(-12, 12))
    if quarter % 2:
        scale *= canvas_h / canvas_w
    corners = np.array([[0, 0], [width, 0], [width, height], [0, height]], dtype=np.float64)
    centred = (corners - [width / 2, height / 2]) * scale
    rotation = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])
    turned = centred @ rotation.T
    # Tilt: one side of the page farther from the lens, its far edge down to 60 % of the near
    # one: a phone 25 cm above the page tilted by about 25 degrees, more when held farther.
    tilt = rng.uniform(0.0, 0.4)
    side = rng.randrange(4)
    shrink = np.ones(4)
    shrink[[side, (side + 1) % 4]] -= tilt
    axis = turned[[(side + 2) % 4, (side + 3) % 4]].mean(axis=0)
    tilted = axis + (turned - axis) * shrink[:, None]
    shift = np.array([canvas_w / 2 + rng.uniform(-80, 80), canvas_h / 2 + rng.uniform(-60, 60)])
    destination = tilted + shift
    matrix = cv2.getPerspectiveTransform(corners.astype(np.float32), destination.astype(np.float32))
    table = rng.randint(30, 110)
    photo = cv2.warpPerspective(
        page,
        matrix,
        (canvas_w, canvas_h),
        flags=cv2.INTER_AREA,
        borderValue=(table, table - 10, table - 20),
    )
    light = _light(rng, canvas_w, canvas_h)
    photo = np.clip(photo.astype(np.float32) * light[:, :, None], 0, 255).astype(np.uint8)
    sigma = rng.uniform(0.3, 1.6)
    photo = cv2.GaussianBlur(photo, (0, 0), sigma)
    noise = np.empty(photo.shape[:2], dtype=np.float32)
    cv2.setRNGSeed(rng.randrange(1 << 30))
    cv2.randn(noise, 0.0, rng.uniform(2, 8))
    photo = np.clip(photo + noise[:, :, None], 0, 255).astype(np.uint8)
    ok, data = cv2.imencode(".jpg", photo, [cv2.IMWRITE_JPEG_QUALITY, rng.randint(40, 90)])
    assert ok
    return cv2.imdecode(data, cv2.IMREAD_COLOR)


def _light(rng: random.Random, width: int, height: int) -> np.ndarray:
    """Dim, uneven light with a soft shadow across part of the page (made small, then enlarged:
    light varies slowly)."""
    small_w, small_h = width // 8, height // 8
    level = rng.uniform(0.45, 1.0)
    ys, xs = np.mgrid[0:small_h, 0:small_w].astype(np.float32)
    gx, gy = rng.uniform(-0.35, 0.35), rng.uniform(-0.35, 0.35)
    light = level * (1 + gx * (xs / small_w - 0.5) + gy * (ys / small_h - 0.5))
    if rng.random() < 0.6:  # a shadow: a hand, a phone, a head
        cx, cy = rng.uniform(0, small_w), rng.uniform(0, small_h)
        radius = rng.uniform(0.2, 0.5) * small_w
        distance = np.hypot(xs - cx, ys - cy)
        shade = 1 - rng.uniform(0.25, 0.55) * np.clip((radius - distance) / (radius * 0.3), 0, 1)
        light *= shade
    return cv2.resize(light.astype(np.float32), (width, height), interpolation=cv2.INTER_LINEAR)
