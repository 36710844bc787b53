"""The mark Registre writes into the sign-in sheets it prints as .xlsx, so that the sheet import
recognises them when they come back: a custom document property (File > Properties > Custom
in Excel and LibreOffice, kept when the file is saved again, as .xlsx or .ods).

Its value says which rows were printed with a person on them: on Registre's own sheet, such a
row with no signature is someone expected who did not come, not a presence.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

MARK_NAME = "RegistreSigninSheet"
VERSION = 1


@dataclass(frozen=True)
class PrintedMark:
    """What a printed sheet says of itself: its activity, its day, its sheet's name, and how
    many pre-filled rows it has (numbered 1 to `prefilled` in its N° column)."""

    activity_uuid: str
    day: dt.date
    sheet: str
    prefilled: int


def encode(mark: PrintedMark) -> str:
    return json.dumps(
        {
            "version": VERSION,
            "activity": mark.activity_uuid,
            "day": mark.day.isoformat(),
            "sheet": mark.sheet,
            "prefilled": mark.prefilled,
        },
        ensure_ascii=False,
    )


def decode(text: str) -> PrintedMark | None:
    """The mark, or None when the text is not one Registre wrote."""
    try:
        value = json.loads(text)
        mark = PrintedMark(
            activity_uuid=str(value["activity"]),
            day=dt.date.fromisoformat(value["day"]),
            sheet=str(value["sheet"]),
            prefilled=int(value["prefilled"]),
        )
    except (ValueError, KeyError, TypeError):
        return None
    return mark if mark.prefilled >= 0 else None
