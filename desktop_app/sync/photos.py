"""Photos of signed sheets travelling to HQ (docs/photos.md), when the office's setting says so.

The photos are files of several megabytes each: they travel beside the workbook, in a zip
file named after it (`NE-NIA-2026-12-06.photos.zip`), and the workbook lists them on its sheet
"Sheet photos" (activity, day, name, size, SHA-256), so that HQ's import knows what should
have come. The import keeps each photo whose bytes match the listed checksum beside its
activity, and says which are missing or damaged without refusing the records: the workbook's
records are whole without them. The pseudonymised export never carries them; a workbook
protected by a password neither (a zip beside it would not be), and the export says so.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import python_calamine
from sqlalchemy import Connection, insert, select
from xlsxwriter.worksheet import Worksheet

from desktop_app.messages import QT_TRANSLATE_NOOP, UserMessage
from desktop_app.store.models import Activity, SheetPhoto

CONTEXT = "Sync"
SHEET = ("Sheet photos", "Photos des feuilles")
SUFFIX = ".photos.zip"
# key, English, French, width
COLUMNS = (
    ("activity_uuid", "Activity ID", "Identifiant de l'activité", 34),
    ("activity", "Activity", "Activité", 36),
    ("day", "Day", "Jour", 12),
    ("member", "File in the photos file", "Fichier dans le fichier des photos", 44),
    ("file_name", "Name of the photo", "Nom de la photo", 24),
    ("pages", "Pages", "Pages", 8),
    ("size", "Size (bytes)", "Taille (octets)", 12),
    ("sha256", "SHA-256", "SHA-256", 66),
)
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class ListedPhoto:
    activity_uuid: str
    activity: str
    day: dt.date
    member: str  # its name in the zip
    file_name: str  # as the phone named it
    pages: str
    size: int
    sha256: str


@dataclass(frozen=True)
class PhotosReceived:
    stored: int = 0
    already_here: int = 0
    problems: tuple[UserMessage, ...] = ()


def photos_path(workbook: Path) -> Path:
    """Where the photos of the workbook `workbook` travel: beside it, named after it."""
    return workbook.with_name(workbook.stem + SUFFIX)


def sheet_name(language: str) -> str:
    return SHEET[1] if language.startswith("fr") else SHEET[0]


def _member(file_name: str, day: dt.date, sha256: str, activity_uuid: str) -> str:
    """The photo's name in the zip: by activity and day, unique by its content."""
    suffix = _SAFE.sub("", Path(file_name).suffix.lower())[:8]
    return f"{activity_uuid}/{day.isoformat()}/{sha256[:20]}{suffix}"


def selected(connection: Connection, since: dt.datetime | None) -> Iterator[Any]:
    query = (
        select(SheetPhoto.id, Activity.uuid, Activity.title)
        .join(Activity, Activity.id == SheetPhoto.activity_id)
        .order_by(SheetPhoto.id)
    )
    if since is not None:
        # `since` is the last export's start, to the second: a photo kept in that second
        # travels again, and HQ keeps it once (by its checksum); none is missed.
        query = query.where(SheetPhoto.added_at >= since)
    yield from connection.execute(query).all()


def write_photos(
    connection: Connection, zip_path: Path, since: dt.datetime | None
) -> list[ListedPhoto]:
    """The photos kept here (those added after `since`; all without) into `zip_path`, one
    read from the database at a time; what was written, to list in the workbook."""
    listed: list[ListedPhoto] = []
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_STORED, allowZip64=True) as archive:
        for photo_id, activity_uuid, title in selected(connection, since):
            row = connection.execute(
                select(SheetPhoto.__table__).where(SheetPhoto.id == photo_id)
            ).one()
            sha256 = row.sha256  # kept with the photo when it was read (photos/apply.py)
            member = _member(row.file_name, row.day, sha256, activity_uuid)
            # Stored as they are: a JPEG does not shrink, and a plain zip opens anywhere.
            archive.writestr(member, row.content)
            listed.append(
                ListedPhoto(
                    activity_uuid,
                    title,
                    row.day,
                    member,
                    row.file_name,
                    row.pages,
                    len(row.content),
                    sha256,
                )
            )
    return listed


def write_listing(
    sheet: Worksheet, listed: list[ListedPhoto], language: str, cells: Any, header: Any
) -> None:
    """The sheet that lists the photos of the zip beside the workbook."""
    french = language.startswith("fr")
    for col, (_key, en, fr, width) in enumerate(COLUMNS):
        sheet.set_column(col, col, width)
        cells.text(sheet, 0, col, fr if french else en, header)
    for row, photo in enumerate(listed, start=1):
        values = (
            photo.activity_uuid,
            photo.activity,
            photo.day.isoformat(),
            photo.member,
            photo.file_name,
            photo.pages,
            str(photo.size),
            photo.sha256,
        )
        for col, value in enumerate(values):
            cells.text(sheet, row, col, value)
    sheet.freeze_panes(1, 0)


def read_listing(workbook: Path) -> list[ListedPhoto] | None:
    """The photos the workbook lists; None when it has no such sheet (photos did not travel)."""
    book = python_calamine.CalamineWorkbook.from_path(str(workbook))
    try:
        names = [name for name in book.sheet_names if name in SHEET]
        if not names:
            return None
        rows = book.get_sheet_by_name(names[0]).to_python(skip_empty_area=False)
    finally:
        book.close()
    if not rows:
        return []
    headers = [str(cell).strip() for cell in rows[0]]
    where = {}
    for key, en, fr, _width in COLUMNS:
        for position, header in enumerate(headers):
            if header in (en, fr):
                where[key] = position
    listed = []
    for row in rows[1:]:
        cells = {key: str(row[p]).strip() if p < len(row) else "" for key, p in where.items()}
        try:
            day = dt.date.fromisoformat(cells.get("day", ""))
            size = int(cells.get("size", ""))
        except ValueError:
            day, size = dt.date.min, -1  # said damaged below: its checksum cannot match
        listed.append(
            ListedPhoto(
                cells.get("activity_uuid", ""),
                cells.get("activity", ""),
                day,
                cells.get("member", ""),
                cells.get("file_name", ""),
                cells.get("pages", ""),
                size,
                cells.get("sha256", "").lower(),
            )
        )
    return listed


def _message(text: str, **params: object) -> UserMessage:
    return UserMessage(CONTEXT, text, dict(params))


_NO_FILE = QT_TRANSLATE_NOOP(
    "Sync",
    "{file} lists {count} photos of signed sheets that travel in {photos}, which is not "
    "beside it: none was kept, the records were imported. Put that file beside the workbook "
    "and import it again.",
)
_BAD_FILE = QT_TRANSLATE_NOOP(
    "Sync",
    "{photos} is damaged (was it fully copied?): none of its photos was kept, the records "
    "were imported. Ask for it again and import the workbook again.",
)
_MISSING = QT_TRANSLATE_NOOP(
    "Sync",
    "{file}: the photo {photo} of {activity} ({day}) is not in {photos}: it was not kept.",
)
_DAMAGED = QT_TRANSLATE_NOOP(
    "Sync",
    "{file}: the photo {photo} of {activity} ({day}) is damaged in {photos} (its checksum "
    "differs from the workbook's): it was not kept.",
)
_NO_ACTIVITY = QT_TRANSLATE_NOOP(
    "Sync",
    "{file}: the photo {photo} is of an activity this database does not hold ({activity}): "
    "it was not kept.",
)


def _content(archive: zipfile.ZipFile, member: str) -> bytes | None:
    """The member's bytes, None when it is not there or cannot be read whole."""
    try:
        with archive.open(member) as stream:
            return stream.read()
    except KeyError:
        return None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return b""  # its CRC or its compressed data is broken: damaged


def receive_photos(connection: Connection, workbook: Path, readable: Path) -> PhotosReceived:
    """Keep the photos that `workbook` (read from `readable`, its decrypted copy when it is
    protected) lists, from the zip beside it: each beside its activity, when its bytes are
    those listed. Part of the import's transaction."""
    listed = read_listing(readable)
    if not listed:
        return PhotosReceived()
    zip_path = photos_path(workbook)
    names = {"file": workbook.name, "photos": zip_path.name}
    if not zip_path.is_file():
        return PhotosReceived(problems=(_message(_NO_FILE, count=len(listed), **names),))
    try:
        archive = zipfile.ZipFile(zip_path)
    except (zipfile.BadZipFile, OSError):
        return PhotosReceived(problems=(_message(_BAD_FILE, **names),))
    stored = already = 0
    problems: list[UserMessage] = []
    with archive:
        for photo in listed:
            about = {
                **names,
                "photo": photo.file_name or photo.member,
                "activity": photo.activity or photo.activity_uuid,
                "day": photo.day.isoformat(),
            }
            activity_id = connection.execute(
                select(Activity.id).where(Activity.uuid == photo.activity_uuid)
            ).scalar()
            if activity_id is None:
                problems.append(_message(_NO_ACTIVITY, **about))
                continue
            content = _content(archive, photo.member)
            if content is None:
                problems.append(_message(_MISSING, **about))
                continue
            sha256 = hashlib.sha256(content).hexdigest()
            if sha256 != photo.sha256 or len(content) != photo.size:
                problems.append(_message(_DAMAGED, **about))
                continue
            here = connection.execute(
                select(SheetPhoto.id).where(
                    SheetPhoto.activity_id == activity_id, SheetPhoto.sha256 == sha256
                )
            ).first()
            if here is not None:
                already += 1
                continue
            connection.execute(
                insert(SheetPhoto).values(
                    activity_id=activity_id,
                    day=photo.day,
                    file_name=photo.file_name[:255],
                    sha256=sha256,
                    content=content,
                    pages=photo.pages[:200],
                )
            )
            stored += 1
    return PhotosReceived(stored, already, tuple(problems))
