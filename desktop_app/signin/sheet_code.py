"""The QR code on each page of Registre's printed sign-in sheet (docs/photos.md): which
activity and day the page is for, which page it is, the opaque badge token of each pre-filled
row's person (never a name), and where its rows and its signature column lie, so that a photo
of the page is read back without knowing how its text was laid out.

Written in QR's alphanumeric characters only (capitals, digits, "+" ":"), the densest mode a
phone reads; lengths in tenths of a millimetre from the page's top left corner:

    RGS1:<activity>:<day>:<page>:<pages>:<x0>:<x1>:<first N°>:<y0>:<rows>:<blank rows>

`<rows>` is one "<token><height>" per pre-filled row, joined by "+": the token without its
"RG" (16 letters), the height in 3 digits. `<blank rows>` is "<count>*<height>": the empty
rows below, left for persons written in by hand.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

PREFIX = "RGS1"
ACTIVITY_CHARS = 12  # of the activity's uuid: enough to tell a page of another activity
TOKEN_PREFIX = "RG"
TOKEN_BODY = 16
_ROW = re.compile(r"^([A-Z]{16})(\d{3})$")
_BLANK = re.compile(r"^(\d{1,3})\*(\d{3})$")


@dataclass(frozen=True)
class CodedRow:
    token: str  # the whole badge token, "RG" included
    top_mm: float
    height_mm: float


@dataclass(frozen=True)
class SheetCode:
    activity: str  # the first ACTIVITY_CHARS of the activity's uuid, in capitals
    day: dt.date
    page: int
    pages: int
    signature_left_mm: float
    signature_right_mm: float
    first_number: int  # the N° of the page's first row
    rows: tuple[CodedRow, ...]  # the pre-filled rows on this page, top to bottom
    blank_rows: int = 0
    blank_top_mm: float = 0.0
    blank_height_mm: float = 0.0


def activity_key(uuid: str) -> str:
    return uuid.replace("-", "")[:ACTIVITY_CHARS].upper()


def _tenths(value: float) -> int:
    return round(value * 10)


def encode(code: SheetCode) -> str:
    top = code.rows[0].top_mm if code.rows else code.blank_top_mm
    rows = "+".join(
        f"{row.token.removeprefix(TOKEN_PREFIX)}{_tenths(row.height_mm):03d}" for row in code.rows
    )
    parts = (
        PREFIX,
        code.activity,
        code.day.strftime("%Y%m%d"),
        str(code.page),
        str(code.pages),
        str(_tenths(code.signature_left_mm)),
        str(_tenths(code.signature_right_mm)),
        str(code.first_number),
        str(_tenths(top)),
        rows,
        f"{code.blank_rows}*{_tenths(code.blank_height_mm):03d}",
    )
    return ":".join(parts)


def decode(text: str) -> SheetCode | None:
    """The page's code, or None for any other text (another QR code, a misread)."""
    parts = text.strip().split(":")
    if len(parts) != 11 or parts[0] != PREFIX:
        return None
    try:
        day = dt.datetime.strptime(parts[2], "%Y%m%d").date()
        page, pages, left, right, first, top = (int(p) for p in parts[3:9])
    except ValueError:
        return None
    blank = _BLANK.match(parts[10])
    if blank is None or not 1 <= page <= pages or left >= right:
        return None
    rows: list[CodedRow] = []
    y = top / 10
    for item in parts[9].split("+") if parts[9] else ():
        found = _ROW.match(item)
        if found is None:
            return None
        height = int(found[2]) / 10
        rows.append(CodedRow(TOKEN_PREFIX + found[1], y, height))
        y += height
    return SheetCode(
        activity=parts[1],
        day=day,
        page=page,
        pages=pages,
        signature_left_mm=left / 10,
        signature_right_mm=right / 10,
        first_number=first,
        rows=tuple(rows),
        blank_rows=int(blank[1]),
        blank_top_mm=y,
        blank_height_mm=int(blank[2]) / 10,
    )
