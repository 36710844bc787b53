"""Dates as sign-in sheets write them: real date cells, "05/12", "05/12/2022", "5-12-22",
"lundi 5 décembre 2022", "5 Dec", and day numbers of the activity ("J2", "Jour 2", "Day 2")."""

from __future__ import annotations

import datetime as dt
import re

from desktop_app.records.text import normalise
from desktop_app.signin.fields import day_number

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "janvier january jan janv",
        "fevrier february feb fev fevr",
        "mars march mar",
        "avril april apr avr",
        "mai may",
        "juin june jun",
        "juillet july jul juil",
        "aout august aug",
        "septembre september sep sept",
        "octobre october oct",
        "novembre november nov",
        "decembre december dec",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number

_NUMERIC = re.compile(r"(\d{1,4})[/.\-](\d{1,2})(?:[/.\-](\d{2,4}))?")
_WORDS = re.compile(r"(\d{1,2})(?:er)? ([a-z]+)(?: (\d{2,4}))?")
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")  # forms write 2022/12/05 too
# "5-7 déc.", "du 5 au 7 décembre", "5 to 7 December": a span of days, not one day.
_SPAN = re.compile(
    r"\d\s*[-–—]\s*\d{1,2}(?:er)?\s*[^\W\d_]|\b(?:au|to|until|jusqu)\b", re.IGNORECASE
)


def _year(text: str | None, default: int) -> int:
    if not text:
        return default
    value = int(text)
    return value + 2000 if value < 100 else value


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(value: object, default_year: int) -> dt.date | None:
    """The date a cell holds, day first as in French; None when it holds no date."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    raw = value.strip()
    iso = _ISO.search(raw)
    if iso:
        return _safe(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    # A full day/month/year first, then a month in words, then a bare day/month ("05/12"):
    # "6 Dec 2022 (Day 2/3)" is the 6th of December, not the 2nd of March.
    matches = [m for m in _NUMERIC.finditer(raw) if len(m.group(1)) <= 2]
    for match in (m for m in matches if m.group(3)):
        return _safe(_year(match.group(3), default_year), int(match.group(2)), int(match.group(1)))
    for match in _WORDS.finditer(normalise(raw)):
        month_number = _MONTHS.get(match.group(2))
        if month_number:
            return _safe(_year(match.group(3), default_year), month_number, int(match.group(1)))
    for match in matches:
        return _safe(default_year, int(match.group(2)), int(match.group(1)))
    return None


def day_of_activity(value: object, start: dt.date, end: dt.date) -> dt.date | None:
    """The activity day a header or sheet name stands for: "J2" is the second day; a date
    written without its year takes the year that puts it inside the activity."""
    if isinstance(value, str):
        number = day_number(value)
        if number is not None:
            return start + dt.timedelta(days=number - 1)
    found = parse_date(value, start.year)
    if found is None:
        return None
    if isinstance(value, str) and not re.search(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}", value):
        # No year written: an activity over New Year has days in two years.
        for year in (start.year, end.year):
            candidate = _safe(year, found.month, found.day)
            if candidate and start <= candidate <= end:
                return candidate
    return found


def read_day(value: object, start: dt.date, end: dt.date) -> dt.date | None:
    """The day a row's date cell gives (a long layout: one row per person per day), None when
    it holds no date. Day first, as in French; month first when only that reading is a date, or
    puts it inside the activity: an English form's time stamp ("12/5/2022 9:03:12 AM")."""
    found = day_of_activity(value, start, end)
    if (found is not None and start <= found <= end) or not isinstance(value, str):
        return found
    month_first = next(
        (
            _safe(_year(m.group(3), start.year), int(m.group(1)), int(m.group(2)))
            for m in _NUMERIC.finditer(value)
            if len(m.group(1)) <= 2 and m.group(3)
        ),
        None,
    )
    if month_first is not None and (found is None or start <= month_first <= end):
        return month_first
    return found


def names_one_day(text: str) -> bool:
    """Whether a title line can be read as the sheet's day: it names no span of days."""
    return not _SPAN.search(text)


def is_dateish(value: object) -> bool:
    """Whether a header cell looks like a day rather than a field name."""
    if isinstance(value, dt.date):
        return True
    if not isinstance(value, str):
        return False
    if day_number(value) is not None:
        return True
    return parse_date(value, 2000) is not None and len(normalise(value).split()) <= 5
