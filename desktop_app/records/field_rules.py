"""The rules every stored value obeys, whatever door it came in by: the forms, the command line,
a sign-in sheet, an HQ workbook (docs/security.md, "Values a record may hold").

One set of rules on both sides of a sync: what an office can store, HQ's import accepts, and
an export checks each record against them before it writes it (a record that breaks one, left
from an older version, is not written and stays unsent).

Free of SQLAlchemy: the import's reading process checks cells with these rules.
"""

from __future__ import annotations

import datetime as dt
import re

# Longest text of each field, in characters. Name parts, titles and places fit the columns of
# the database (PostgreSQL enforces them); narrative texts fit one spreadsheet cell (32,767)
# with room to spare.
NAME_PART = 200
LONG_TEXT = 10_000
TEXT_LIMITS: dict[str, dict[str, int]] = {
    "organisation": {"name": 200, "acronym": 40},
    "activity": {
        "title": 300,
        "city": 120,
        "venue": 200,
        "office": 16,
        "project_code": 60,
        "objectives": LONG_TEXT,
        "topics": LONG_TEXT,
        "outcomes": LONG_TEXT,
        "follow_up": LONG_TEXT,
        "notes": LONG_TEXT,
    },
    "person": {
        "family_name": NAME_PART,
        "given_names": NAME_PART,
        "age_band": 16,
        "position": 160,
        "region": 120,
        "phone": 20,
        "email": 200,
    },
    "head_count": {"note": 2_000},
    "site": {"code": 16, "name": 120},
}
# Texts of several lines keep their line breaks and tabs; every other text is one line.
MULTILINE = frozenset({"objectives", "topics", "outcomes", "follow_up", "notes", "note"})

EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2100, 12, 31)
EARLIEST_BIRTH_YEAR = 1900
MAX_COUNT = 1_000_000  # unnamed attendees of one head count
MINUTES_IN_A_DAY = 24 * 60  # an activity's "late after" time is minutes from midnight
MAX_REVISION = 2**31 - 1  # a PostgreSQL integer; SQLite's would overflow at 2**63

# Control characters: C0 but tab, line feed and carriage return, DEL, C1, and lone surrogates
# (what a terminal's undecodable bytes become in a command-line argument).
_CONTROL = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff"
CONTROL = re.compile(f"[{_CONTROL}]")
# Terminal escape sequences go whole, so that "\x1b[31m" leaves no "[31m" behind.
_ESCAPE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: window titles, links
    r"|\x1b[ -/]*[0-~]"  # other two-character escapes
    r"|\x9b[0-?]*[ -/]*[@-~]"  # the one-byte CSI
)


def clean_text(value: str | None, *, multiline: bool = False) -> str:
    """The text without control characters or escape sequences, stripped. One-line texts have
    their runs of spaces, tabs and line breaks made one space; texts of several lines keep
    their lines (ends of lines as line feeds) and tabs."""
    if not value:
        return ""
    text = _ESCAPE.sub("", value)
    text = CONTROL.sub("", text)
    if multiline:
        return text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return " ".join(text.split())


def has_control(text: str) -> bool:
    """Characters a stored text never holds (tab and line breaks are allowed)."""
    return CONTROL.search(text) is not None


def text_limit(type_name: str, key: str) -> int | None:
    return TEXT_LIMITS.get(type_name, {}).get(key)


def date_in_range(day: dt.date) -> bool:
    if isinstance(day, dt.datetime):
        day = day.date()
    return EARLIEST_DATE <= day <= LATEST_DATE


def latest_birth_year() -> int:
    return dt.date.today().year


def birth_year_in_range(year: int) -> bool:
    return EARLIEST_BIRTH_YEAR <= year <= latest_birth_year()


def count_in_range(count: int) -> bool:
    return 0 <= count <= MAX_COUNT


def revision_in_range(revision: int) -> bool:
    return 1 <= revision <= MAX_REVISION


def above_total(total: int | None, part: int | None) -> bool:
    """Women or youth of a head count above its total."""
    return total is not None and part is not None and part > total
