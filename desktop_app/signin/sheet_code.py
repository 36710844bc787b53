"""The QR code on each page of Registre's printed sign-in sheet (docs/photos.md): which
activity and day the page is for, which page it is, each pre-filled row's person by the start
of their opaque badge token (never a name), and where its rows and its signature column lie,
so that a photo of the page is read back without knowing how its text was laid out.

Written now as "RGS2:" and one number (QR's numeric mode: 3.3 bits a digit, the densest),
every field packed in it by mixed radix: about half the text of the first format, so the code
needs a smaller QR version and its modules are larger on the same 30 mm (0.67 mm instead of
0.53 on a page of 12 rows), which is what a phone needs at the far side of a tilted page.
A row names its person by the first TOKEN_LETTERS letters of the badge token after "RG": 12
of its 15 random letters (2^51 values), resolved against this database's badges. The number
starts with a 16-bit check of the rest, so that a foreign code that happens to start "RGS2:"
or a misread the QR's own error correction let through is refused.

Sheets printed before (December 2026) carry the first format, still read:

    RGS1:<activity>:<day>:<page>:<pages>:<x0>:<x1>:<first N°>:<y0>:<rows>:<blank rows>

`<rows>` is one "<token><height>" per pre-filled row, joined by "+": the whole token without
its "RG" (16 letters), the height in 3 digits. `<blank rows>` is "<count>*<height>": the empty
rows below, left for persons written in by hand. Lengths in tenths of a millimetre from the
page's top left corner, in both formats.
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from dataclasses import dataclass

PREFIX = "RGS1"
PACKED_PREFIX = "RGS2:"
TOKEN_LETTERS = 12  # of a badge token's 15 random letters: 19^12, about 2^51
# The letters of badge tokens (door/tokens.py, a layer above this one; tests/photos checks
# that the two agree): each packed as a digit of base 19.
ALPHABET = "BCDEFGHIJKLNPRSTUXY"
ACTIVITY_CHARS = 12  # of the activity's uuid: enough to tell a page of another activity
TOKEN_PREFIX = "RG"
TOKEN_BODY = 16
_ROW = re.compile(r"^([A-Z]{16})(\d{3})$")
_BLANK = re.compile(r"^(\d{1,3})\*(\d{3})$")


@dataclass(frozen=True)
class CodedRow:
    token: str  # the badge token, "RG" included: whole (RGS1) or its first letters (RGS2)
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


_EPOCH = dt.date(2000, 1, 1)
# Each field's number of values, in the order packed. The row count goes last (the number's
# least significant part), so that it is unpacked first and says how many rows follow.
_HEAD = (
    ("activity", 16**ACTIVITY_CHARS),
    ("day", 1 << 17),  # days since 2000: to the year 2358
    ("page", 1000),
    ("pages", 1000),
    ("left", 3000),  # tenths of a millimetre: a landscape A4 page is 2,970 wide
    ("right", 3000),
    ("first", 100_000),
    ("top", 3000),
)
_TOKEN_RADIX = len(ALPHABET) ** TOKEN_LETTERS
_HEIGHT_RADIX = 2000
_TAIL = (("blank_rows", 1000), ("blank_height", 2000))
_ROW_COUNT_RADIX = 1000
_CHECK = 1 << 16


def _letters_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * len(ALPHABET) + ALPHABET.index(letter)
    return number


def _number_letters(number: int) -> str:
    letters = []
    for _ in range(TOKEN_LETTERS):
        number, digit = divmod(number, len(ALPHABET))
        letters.append(ALPHABET[digit])
    return "".join(reversed(letters))


def _check(digits: str) -> int:
    return zlib.crc32(digits.encode("ascii")) % _CHECK


def encode(code: SheetCode) -> str:
    """The page's code in the packed format: "RGS2:" and digits (module docstring)."""
    top = code.rows[0].top_mm if code.rows else code.blank_top_mm
    head = {
        "activity": int(code.activity, 16),
        "day": (code.day - _EPOCH).days,
        "page": code.page,
        "pages": code.pages,
        "left": _tenths(code.signature_left_mm),
        "right": _tenths(code.signature_right_mm),
        "first": code.first_number,
        "top": _tenths(top),
    }
    fields = [(head[name], radix) for name, radix in _HEAD]
    for row in code.rows:
        letters = row.token.removeprefix(TOKEN_PREFIX)[:TOKEN_LETTERS]
        if len(letters) != TOKEN_LETTERS:
            raise ValueError(f"a badge token too short for a sheet code: {row.token}")
        fields.append((_letters_number(letters), _TOKEN_RADIX))
        fields.append((_tenths(row.height_mm), _HEIGHT_RADIX))
    tail = {"blank_rows": code.blank_rows, "blank_height": _tenths(code.blank_height_mm)}
    fields.extend((tail[name], radix) for name, radix in _TAIL)
    fields.append((len(code.rows), _ROW_COUNT_RADIX))
    number = 1  # a leading 1: the number keeps its leading zeros
    for value, radix in fields:
        if not 0 <= value < radix:
            raise ValueError(f"sheet code field out of range: {value} (< {radix})")
        number = number * radix + value
    digits = str(number)
    return f"{PACKED_PREFIX}{_check(digits):05d}{digits}"


def _unpacked(digits: str) -> SheetCode | None:
    """The packed format's fields, or None when the check or the structure fails."""
    if len(digits) < 6 or not digits.isdigit() or int(digits[:5]) != _check(digits[5:]):
        return None
    number = int(digits[5:])

    def take(radix: int) -> int:
        nonlocal number
        number, value = divmod(number, radix)
        return value

    count = take(_ROW_COUNT_RADIX)
    blank_height, blank_rows = take(_TAIL[1][1]), take(_TAIL[0][1])
    rows_backwards = [
        (take(_HEIGHT_RADIX), _number_letters(take(_TOKEN_RADIX))) for _ in range(count)
    ]
    head = {name: take(radix) for name, radix in reversed(_HEAD)}
    if number != 1:
        return None
    return _code(head, rows_backwards[::-1], blank_rows, blank_height)


def _code(
    head: dict[str, int], rows: list[tuple[int, str]], blank_rows: int, blank_height: int
) -> SheetCode | None:
    if not 1 <= head["page"] <= head["pages"] or head["left"] >= head["right"]:
        return None
    coded: list[CodedRow] = []
    y = head["top"] / 10
    for height, letters in rows:
        coded.append(CodedRow(TOKEN_PREFIX + letters, y, height / 10))
        y += height / 10
    return SheetCode(
        activity=f"{head['activity']:0{ACTIVITY_CHARS}X}",
        day=_EPOCH + dt.timedelta(days=head["day"]),
        page=head["page"],
        pages=head["pages"],
        signature_left_mm=head["left"] / 10,
        signature_right_mm=head["right"] / 10,
        first_number=head["first"],
        rows=tuple(coded),
        blank_rows=blank_rows,
        blank_top_mm=y,
        blank_height_mm=blank_height / 10,
    )


def decode(text: str) -> SheetCode | None:
    """The page's code, or None for any other text (another QR code, a misread)."""
    if text.startswith(PACKED_PREFIX):
        return _unpacked(text[len(PACKED_PREFIX) :].strip())
    parts = text.strip().split(":")
    if len(parts) != 11 or parts[0] != PREFIX:
        return None
    try:
        day = dt.datetime.strptime(parts[2], "%Y%m%d").date()
        numbers = [int(p) for p in parts[3:9]]
    except ValueError:
        return None
    blank = _BLANK.match(parts[10])
    items = [_ROW.match(item) for item in parts[9].split("+")] if parts[9] else []
    if blank is None or None in items:
        return None
    head = dict(zip(("page", "pages", "left", "right", "first", "top"), numbers, strict=True))
    head["activity"], head["day"] = int(parts[1], 16), (day - _EPOCH).days
    rows = [(int(found[2]), found[1]) for found in items if found is not None]
    return _code(head, rows, int(blank[1]), int(blank[2]))
