"""Writing what the photos say: every signed pre-filled person present that day, marked
signed, in one transaction with the photos kept as evidence; or nothing at all.

Rows the reading was unsure of must be settled first (signed or not, by the user). A row not
signed is not recorded (the person expected did not come), as on Registre's own sheet read
from a workbook (signin/signatures.py). Rows written by hand are not written here: they are
typed, as any walk-in.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.photos import ink
from desktop_app.photos.reading import PhotosReading
from desktop_app.records.validation import not_found
from desktop_app.registry.sites import require_site
from desktop_app.signin.apply import record_presences
from desktop_app.store import Database
from desktop_app.store.models import Activity, SheetPhoto

CONTEXT = "Photos"


@dataclass(frozen=True)
class PhotosResult:
    signed: int  # persons present, signed
    not_signed: int  # expected, not present
    attendances_added: int
    attendances_marked_signed: int  # already recorded, now signed
    photos_kept: int


def _error(text: str, n: int | None = None, **params: object) -> RegistreError:
    return RegistreError(UserMessage(CONTEXT, text, dict(params), n=n))


def decisions(reading: PhotosReading, settled: Mapping[str, bool]) -> dict[str, bool]:
    """Signed or not for every row (token), the user's choice over the reading's."""
    decided: dict[str, bool] = {}
    for row in reading.rows:
        if row.token in settled:
            decided[row.token] = settled[row.token]
        elif row.decision != ink.UNSURE:
            decided[row.token] = row.decision == ink.SIGNED
    return decided


def write_presences(
    database: Database,
    reading: PhotosReading,
    settled: Mapping[str, bool] | None = None,
    *,
    keep_photos: bool = True,
) -> PhotosResult:
    """Write the reading; `settled` gives signed or not for rows (tokens) the user decided."""
    decided = decisions(reading, settled or {})
    unsure = sum(1 for row in reading.rows if row.token not in decided)
    if unsure:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Photos", "{count} rows still unsure: say for each whether it is signed.", None, 1
            ),
            n=unsure,
            count=unsure,
        )
    unknown = [row.number for row in reading.rows if row.person_id is None and decided[row.token]]
    if unknown:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Photos",
                "The badges of rows {rows} are not known in this database: receive the HQ "
                "workbook of the computer that printed the sheet first.",
            ),
            rows=", ".join(str(number) for number in unknown),
        )
    presences = [
        (row.person_id, reading.day, True)
        for row in reading.rows
        if row.person_id is not None and decided[row.token]
    ]
    pages_of: dict[Path, list[int]] = {}
    for page in reading.pages:
        pages_of.setdefault(page.file, []).append(page.page)
    with database.session() as session:
        activity = session.get(Activity, reading.activity_id)
        if activity is None or activity.deleted:
            raise not_found("activity", reading.activity_id)
        added, marked = record_presences(session, activity, require_site(database).code, presences)
        kept = 0
        if keep_photos:
            for path in reading.files:
                pages = pages_of.get(path)
                if not pages:
                    continue  # refused: nothing written from it
                content = path.read_bytes()
                session.add(
                    SheetPhoto(
                        activity_id=activity.id,
                        day=reading.day,
                        file_name=path.name[:255],
                        sha256=hashlib.sha256(content).hexdigest(),
                        content=content,
                        pages=", ".join(str(p) for p in sorted(pages)),
                    )
                )
                kept += 1
    signed = sum(1 for value in decided.values() if value)
    return PhotosResult(
        signed=signed,
        not_signed=len(decided) - signed,
        attendances_added=added,
        attendances_marked_signed=marked,
        photos_kept=kept,
    )
