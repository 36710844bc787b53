"""Reading photographed sign-in sheets of one activity and day: which pre-filled persons signed.

Each file gives one or more pictures (sources.py); each picture must be a page of the sheet
Registre printed for this activity and day (page.py finds it and its code); each pre-filled
row's signature cell is then measured (ink.py). A picture that is not such a page is refused
with the reason, and the others are still read: the preview shows both. Rows written by hand
below the pre-filled ones are cut out as images, to be typed: no handwriting is read.

The QR codes name persons by their badge tokens only. A token is resolved here, even one
revoked since printing (the badge was lost, not the sheet), and a person merged since into
another stands for the survivor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from desktop_app.door.scans import badge_holder
from desktop_app.door.tokens import LENGTH, is_intact
from desktop_app.messages import QT_TRANSLATE_NOOP, UserMessage
from desktop_app.photos import ink
from desktop_app.photos.page import (
    CUT,
    NO_CODE,
    NO_MARKERS,
    FlatPage,
    Image,
    PageNotFound,
    find_page,
)
from desktop_app.photos.sources import Picture, UnreadableFile, pictures
from desktop_app.records.validation import not_found
from desktop_app.signin.sheet_code import SheetCode, activity_key
from desktop_app.store import Database
from desktop_app.store.models import Activity, Badge

CONTEXT = "Photos"
HAND_ROW_LEFT_MM = 22.0  # past the N° column: ink there is a name written in
Progress = Callable[[int, int], None]

_FILE_PROBLEMS = {
    "kind": QT_TRANSLATE_NOOP("Photos", "{file}: not a photo (JPEG, PNG) nor a scanned PDF."),
    "damaged": QT_TRANSLATE_NOOP(
        "Photos", "{file}: the file is damaged or not what its name says."
    ),
    "too_big": QT_TRANSLATE_NOOP("Photos", "{file}: the file is too big to be a photo of a page."),
    "no_image": QT_TRANSLATE_NOOP("Photos", "{file}: this PDF holds no scanned page."),
}
_PAGE_PROBLEMS = {
    NO_MARKERS: QT_TRANSLATE_NOOP(
        "Photos",
        "{file}: no sign-in sheet printed by Registre in this picture. The black squares in "
        "the corners of the page must be in the photo.",
    ),
    NO_CODE: QT_TRANSLATE_NOOP(
        "Photos",
        "{file}: neither QR code at the top of the page could be read. Take the photo again, "
        "closer, sharp and in good light.",
    ),
    CUT: QT_TRANSLATE_NOOP(
        "Photos",
        "{file}: part of the table is outside the photo. Take the photo again with the whole "
        "page in the frame.",
    ),
}
_FOREIGN = QT_TRANSLATE_NOOP(
    "Photos", "{file}: this QR code is not one of a Registre sign-in sheet."
)
_OTHER_ACTIVITY = QT_TRANSLATE_NOOP(
    "Photos", "{file}: this page is from the sheet of another activity."
)
_OTHER_DAY = QT_TRANSLATE_NOOP(
    "Photos", "{file}: this page is from the sheet of {printed}, not of {day}."
)
_TWICE = QT_TRANSLATE_NOOP(
    "Photos", "{file}: page {page} is already in {other}; this picture is left aside."
)
_DAMAGED_CODE = QT_TRANSLATE_NOOP(
    "Photos", "{file}: the QR code was misread. Take the photo again."
)


@dataclass(frozen=True)
class RowReading:
    """A pre-filled row: its person, and what its signature cell holds."""

    page: int
    number: int  # its N° on the sheet
    token: str
    person_id: int | None  # None: the badge is unknown here (the preview says so)
    name: str
    decision: str  # ink.SIGNED, ink.NOT_SIGNED or ink.UNSURE
    confidence: float
    ink_mm2: float
    cell_png: bytes


@dataclass(frozen=True)
class HandRow:
    """A row below the pre-filled ones with something written in it, to be typed."""

    page: int
    number: int
    image_png: bytes


@dataclass(frozen=True)
class ReadPage:
    label: str
    page: int
    pages: int
    turned: int  # degrees the picture was turned to read it
    file: Path  # the file it came from


@dataclass(frozen=True)
class Refusal:
    label: str
    message: UserMessage


@dataclass(frozen=True)
class PhotosReading:
    activity_id: int
    day: dt.date
    files: tuple[Path, ...]
    pages: tuple[ReadPage, ...]
    rows: tuple[RowReading, ...]
    hand_rows: tuple[HandRow, ...]
    refused: tuple[Refusal, ...]
    missing_pages: tuple[int, ...]  # pages of the sheet no picture showed

    def count(self, decision: str) -> int:
        return sum(1 for row in self.rows if row.decision == decision)


def _message(text: str, **params: object) -> UserMessage:
    return UserMessage(CONTEXT, text, dict(params))


def _rows(
    flat: FlatPage, ink_of: tuple[Image, Image], names: dict[str, tuple[int | None, str]]
) -> list[RowReading]:
    code = flat.code
    normalised, mask = ink_of
    left, right = code.signature_left_mm, code.signature_right_mm
    rows = []
    for offset, row in enumerate(code.rows):
        bottom = row.top_mm + row.height_mm
        measured = ink.measure(mask, left, row.top_mm, right, bottom)
        person_id, name = names.get(row.token, (None, ""))
        rows.append(
            RowReading(
                page=code.page,
                number=code.first_number + offset,
                token=row.token,
                person_id=person_id,
                name=name,
                decision=measured.decision,
                confidence=measured.confidence,
                ink_mm2=round(measured.strokes_mm2, 1),
                cell_png=ink.crop(normalised, left, row.top_mm, right, bottom),
            )
        )
    return rows


def _hand_rows(flat: FlatPage, ink_of: tuple[Image, Image]) -> list[HandRow]:
    code = flat.code
    normalised, mask = ink_of
    found = []
    for place in range(code.blank_rows):
        top = code.blank_top_mm + place * code.blank_height_mm
        bottom = top + code.blank_height_mm
        area = ink.stroke_area(mask, HAND_ROW_LEFT_MM, top, code.signature_right_mm, bottom)
        if ink.decide(area).decision != ink.NOT_SIGNED:
            found.append(
                HandRow(
                    page=code.page,
                    number=code.first_number + len(code.rows) + place,
                    image_png=ink.crop(normalised, 10.0, top, code.signature_right_mm, bottom),
                )
            )
    return found


def _names(database: Database, tokens: Sequence[str]) -> dict[str, tuple[int | None, str]]:
    """The person of each token (revoked badges too), a merged person's survivor instead.

    A page printed in the packed format names a badge by its token's first letters: a badge
    whose token starts so is the one; when two of different persons do (one chance in 2^51
    for each pair), the row's person is unknown rather than a guess."""
    whole = [token for token in tokens if len(token) == LENGTH]
    starts = [token for token in tokens if len(token) != LENGTH]
    found: dict[str, tuple[int | None, str]] = {}
    with database.session() as session:
        badges: list[tuple[str, int]] = [
            (token, person_id)
            for token, person_id in session.execute(
                select(Badge.token, Badge.person_id).where(Badge.token.in_(whole), ~Badge.deleted)
            )
        ]
        for length in sorted({len(token) for token in starts}):
            start = func.substr(Badge.token, 1, length)
            badges += [
                (token[:length], person_id)
                for token, person_id in session.execute(
                    select(Badge.token, Badge.person_id).where(
                        start.in_([t for t in starts if len(t) == length]), ~Badge.deleted
                    )
                )
            ]
        ambiguous: set[str] = set()
        for token, person_id in badges:
            person = badge_holder(session, person_id)
            if person is None:
                continue
            name = (person.id, f"{person.family_name} {person.given_names}".strip())
            if token in found and found[token] != name:
                ambiguous.add(token)
            found[token] = name
        return {token: name for token, name in found.items() if token not in ambiguous}


def _check(code: SheetCode, label: str, key: str, day: dt.date) -> UserMessage | None:
    if code.activity != key:
        return _message(_OTHER_ACTIVITY, file=label)
    if code.day != day:
        return _message(_OTHER_DAY, file=label, printed=code.day.isoformat(), day=day.isoformat())
    if not all(is_intact(row.token) for row in code.rows if len(row.token) == LENGTH):
        return _message(_DAMAGED_CODE, file=label)
    return None


def read_photos(
    database: Database,
    activity_id: int,
    day: dt.date,
    files: Sequence[Path],
    progress: Progress | None = None,
) -> PhotosReading:
    """Read every picture of `files`; what cannot be read is in `refused`, with the reason."""
    with database.session() as session:
        activity = session.get(Activity, activity_id)
        if activity is None or activity.deleted:
            raise not_found("activity", activity_id)
        key = activity_key(activity.uuid)
    refused: list[Refusal] = []
    flats: dict[int, tuple[str, FlatPage]] = {}
    turned: list[ReadPage] = []
    for done, path in enumerate(files):
        if progress is not None:
            progress(done, len(files))
        try:
            found: list[Picture] = pictures(Path(path))
        except (UnreadableFile, OSError) as error:
            why = error.why if isinstance(error, UnreadableFile) else "damaged"
            refused.append(
                Refusal(Path(path).name, _message(_FILE_PROBLEMS[why], file=Path(path).name))
            )
            continue
        for picture in found:
            try:
                flat = find_page(picture.image)
            except PageNotFound as error:
                text = _PAGE_PROBLEMS.get(error.why, _FOREIGN)
                refused.append(Refusal(picture.label, _message(text, file=picture.label)))
                continue
            problem = _check(flat.code, picture.label, key, day)
            if problem is None and flat.code.page in flats:
                other = flats[flat.code.page][0]
                problem = _message(_TWICE, file=picture.label, page=flat.code.page, other=other)
            if problem is not None:
                refused.append(Refusal(picture.label, problem))
                continue
            flats[flat.code.page] = (picture.label, flat)
            turned.append(
                ReadPage(picture.label, flat.code.page, flat.code.pages, flat.turned, Path(path))
            )
    tokens = [row.token for _label, flat in flats.values() for row in flat.code.rows]
    names = _names(database, tokens)
    rows: list[RowReading] = []
    hand_rows: list[HandRow] = []
    for page in sorted(flats):
        flat = flats[page][1]
        normalised = ink.paper_normalised(flat.grey)
        ink_of = (normalised, ink.ink_mask(normalised))  # the page's paper and ink, once
        rows.extend(_rows(flat, ink_of, names))
        hand_rows.extend(_hand_rows(flat, ink_of))
    pages_total = max((flat.code.pages for _label, flat in flats.values()), default=0)
    if progress is not None:
        progress(len(files), len(files))
    return PhotosReading(
        activity_id=activity_id,
        day=day,
        files=tuple(Path(p) for p in files),
        pages=tuple(sorted(turned, key=lambda p: p.page)),
        rows=tuple(rows),
        hand_rows=tuple(hand_rows),
        refused=tuple(refused),
        missing_pages=tuple(p for p in range(1, pages_total + 1) if p not in flats),
    )
