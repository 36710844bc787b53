"""Cell values of a sign-in sheet read into the registry's forms.

Each reader returns the clean value, None for an empty cell, or raises `BadValue` with the
message that makes the row invalid. Nothing is guessed: a sex written "X" is not "not stated".
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache, lru_cache
from typing import NamedTuple

from desktop_app.messages import QT_TRANSLATE_NOOP, UserMessage
from desktop_app.records.field_rules import clean_text
from desktop_app.records.phones import parse_phone
from desktop_app.records.text import normalise
from desktop_app.records.validation import ValidationError
from desktop_app.signin import problems
from desktop_app.signin.dates import parse_date
from desktop_app.store.vocabulary import person_categories

# Country codes tried, in order, for a phone written without its country code.
DEFAULT_PHONE_COUNTRIES = ("NE", "ML")

_PLACEHOLDERS = frozenset({"", "neant", "n a", "na", "nil", "none", "ras", "aucun", "aucune"})
_SEX = {
    "f": "F", "femme": "F", "feminin": "F", "fem": "F", "female": "F", "woman": "F", "w": "F",
    "mme": "F", "madame": "F", "mlle": "F", "mademoiselle": "F", "fille": "F",
    "m": "M", "h": "M", "homme": "M", "masculin": "M", "masc": "M", "male": "M", "man": "M",
    "mr": "M", "monsieur": "M", "garcon": "M",
}  # fmt: skip
_DASHES = frozenset({"-", "–", "—", "/", ".", "_"})
_NOT_SIGNED = frozenset({"non", "no", "absent", "absente", "abs", "a", "0", "false", "faux"})
_AGE = re.compile(r"^(\d{1,3})(?:[.,]0+)?\s*(?:ans?|years?|yrs?)?$")
_AGE_BAND = re.compile(r"^(\d{1,2})(?:\s*(?:-|a|to)\s*|\s+)(\d{1,2})\s*(?:ans|years)?$")
_AGE_OVER = re.compile(
    r"^(\d{1,2})\s*(?:\+|ans?\s*(?:et|\+)\s*plus|et\s*plus|years?\s*(?:and|or)\s*(?:over|more)"
    r"|and\s*over|or\s*more)$"
)
_AGE_UNDER = re.compile(r"^(?:moins\s+de|<|under|below)\s*(\d{1,2})\s*(?:ans?|years?)?$")
_YEAR = re.compile(r"^(\d{4})(?:[.,]0+)?$")
_NUMBER = re.compile(r"^(\d+)(?:[.,]\d+)?$")
_MONTH_YEAR = re.compile(r"^\d{1,2}\s*[/.\-]\s*(\d{4})$")  # "03/1994": the year is what counts
_TWO_DIGIT_YEAR = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2}$")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_FIRST_SERIAL = 10_000  # 18/05/1927: a smaller number in a birth column is a year or an age
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_SPLIT = re.compile(r"\s*(?:/|;|,|\bou\b|\bor\b|\n)\s*")
_OLDEST_YEAR = 1900


# Sheets repeat the same few values ("F", "signé", "CNDH") thousands of times.
norm = lru_cache(maxsize=65_536)(normalise)
_LONGEST_PLACEHOLDER = max(len(p) for p in _PLACEHOLDERS) + 2


class BadValue(Exception):
    def __init__(self, message: UserMessage) -> None:
        super().__init__(message.render())
        self.message = message


def cell_text(value: object) -> str:
    """The text of a cell as the user reads it: 96123456.0 reads "96123456"."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "x" if value else ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    # Control characters and escape sequences are invisible to the reader, and their digits
    # ("\x1b[31m") would make a name look numbered: gone before anything reads the text.
    return clean_text(str(value))


def is_blank(value: object) -> bool:
    """Empty, or a placeholder such as "-", "néant", "n/a"."""
    if value is None or value == "":
        return True
    if not isinstance(value, str):
        return value is False
    return len(value) <= _LONGEST_PLACEHOLDER and norm(value.strip()) in _PLACEHOLDERS


def text_or_none(value: object) -> str | None:
    return None if is_blank(value) else cell_text(value)


def read_sex(value: object) -> str | None:
    if is_blank(value):
        return None
    code = _SEX.get(norm(cell_text(value)))
    if code is None:
        raise BadValue(
            problems.message(
                QT_TRANSLATE_NOOP("SheetImport", 'Sex "{value}" not understood (F or M).'),
                value=cell_text(value),
            )
        )
    return code


def _bad_age(value: object) -> BadValue:
    return BadValue(
        problems.message(
            QT_TRANSLATE_NOOP("SheetImport", 'Age "{value}" not understood.'),
            value=cell_text(value),
        )
    )


def read_age(value: object, on: dt.date) -> tuple[int | None, str | None]:
    """(birth year, age band) from an age at the date `on`: "34", "34 ans", "18-29";
    a four-digit year in an age column is taken as the birth year."""
    if is_blank(value):
        return None, None
    raw = cell_text(value).casefold()
    text = norm(raw)
    year = _YEAR.match(text)
    if year:  # read from the normalised text: "1994." or "１９９４" too, not read_birth again
        if not _OLDEST_YEAR <= int(year.group(1)) <= on.year:
            raise _bad_birth(value)
        return int(year.group(1)), None
    # "60+", "60 ans et plus", "moins de 30 ans", "< 30": bands the counting rules read.
    over = _AGE_OVER.match(raw)
    if over:
        return None, f"{int(over.group(1))}+"
    under = _AGE_UNDER.match(raw)
    if under and int(under.group(1)) > 0:
        return None, f"0-{int(under.group(1)) - 1}"
    band = _AGE_BAND.match(text)
    if band:
        low, high = int(band.group(1)), int(band.group(2))
        if low > high:
            raise _bad_age(value)
        return None, f"{low}-{high}"
    match = _AGE.match(text)
    if not match or not 5 <= int(match.group(1)) <= 110:
        raise _bad_age(value)
    return on.year - int(match.group(1)), None


class Born(NamedTuple):
    """What a date-of-birth cell says: a whole date (and its year), a year, or an age."""

    year: int | None = None
    date: dt.date | None = None
    age_band: str | None = None


def read_birth(value: object, on: dt.date) -> Born:
    """A birth column's cell at the date `on`: a whole date keeps its day (12/03/1994,
    12-03-94, 1994-03-12, 12 mars 1994, a date cell, an Excel date number); a year alone
    (1994, 03/1994) stays a year; an age ("34 ans", "18-29") is read as in an age column."""
    if is_blank(value):
        return Born()
    if isinstance(value, dt.datetime):
        return _born_on(value.date(), on)
    if isinstance(value, dt.date):
        return _born_on(value, on)
    text = cell_text(value)
    number = _NUMBER.match(text) if not isinstance(value, bool) else None
    if number:
        whole = int(number.group(1))
        if _OLDEST_YEAR <= whole <= on.year:
            return Born(year=whole)
        if whole >= _FIRST_SERIAL and len(number.group(1)) <= 6:  # a date cell shown as a number
            return _born_on(_EXCEL_EPOCH + dt.timedelta(days=whole), on)
        if len(number.group(1)) == 4:
            raise _bad_birth(value)  # a year, mistyped (2031, 1850)
    month_year = _MONTH_YEAR.match(text)
    if month_year:
        year = int(month_year.group(1))
        if _OLDEST_YEAR <= year <= on.year:
            return Born(year=year)
        raise _bad_birth(value)
    found = parse_date(text, on.year)
    if found is not None:
        if found > on and _TWO_DIGIT_YEAR.search(text):  # 12-03-94 is 1994, not 2094
            found = found.replace(year=found.year - 100)
        return _born_on(found, on)
    try:
        from_age, band = read_age(value, on)
    except BadValue:
        raise _bad_birth(value) from None
    return Born(year=from_age, age_band=band)


def _born_on(day: dt.date, on: dt.date) -> Born:
    if not dt.date(_OLDEST_YEAR, 1, 1) <= day <= on:
        raise BadValue(
            problems.message(
                QT_TRANSLATE_NOOP(
                    "SheetImport",
                    'Date of birth "{value}" is not between {oldest} and the activity\'s start.',
                ),
                value=day.strftime("%d/%m/%Y"),
                oldest=_OLDEST_YEAR,
            )
        )
    return Born(year=day.year, date=day)


def _bad_birth(value: object) -> BadValue:
    return BadValue(
        problems.message(
            QT_TRANSLATE_NOOP("SheetImport", 'Date or year of birth "{value}" not understood.'),
            value=cell_text(value),
        )
    )


def read_birth_year(value: object, on: dt.date) -> int | None:
    return read_birth(value, on).year


def read_email(value: object) -> str | None:
    if is_blank(value):
        return None
    text = cell_text(value).strip().strip("<>").lower()
    if not _EMAIL.match(text):
        raise BadValue(
            problems.message(
                QT_TRANSLATE_NOOP("SheetImport", 'E-mail "{value}" not understood.'),
                value=cell_text(value),
            )
        )
    return text


def read_phone(value: object, countries: tuple[str, ...]) -> str | None:
    """E.164 of the first number in the cell; countries tried in order for a local number."""
    if is_blank(value):
        return None
    text = cell_text(value)
    # "96 12 34 56 / 90 11 22 33" holds two numbers, "96/12/34/56" one: the first that reads.
    for candidate in (_PHONE_SPLIT.split(text)[0], text):
        for country in countries:
            try:
                return parse_phone(candidate, country)
            except ValidationError:
                continue
    raise BadValue(
        problems.message(
            QT_TRANSLATE_NOOP("SheetImport", 'Phone "{value}" not understood.'),
            value=cell_text(value),
        )
    )


def is_signed(value: object) -> bool:
    """A signature or presence cell: anything written (a name, "x", "✓") except a dash or
    "non", "absent", "0"."""
    if value is None or value is False:
        return False
    text = cell_text(value).strip()
    if not text or text in _DASHES:
        return False
    word = norm(text)
    return word not in _NOT_SIGNED and (not word or word not in _PLACEHOLDERS)


@cache
def _category_codes() -> dict[str, str]:
    codes: dict[str, str] = {}
    for term in person_categories():
        for text in (term.code, term.en, term.fr):
            codes[normalise(text)] = term.code
    for alias, code in {
        "fds": "fds", "dsf": "fds", "osc": "civil_society", "societe civile": "civil_society",
        "civil society": "civil_society", "cso": "civil_society", "ong": "civil_society",
        "presse": "media", "medias": "media", "journaliste": "media", "media": "media",
        "universite": "academia", "chercheur": "academia", "parlementaire": "parliament",
        "depute": "parliament", "assemblee nationale": "parliament", "elu local": "local_authority",
        "collectivite": "local_authority", "chef traditionnel": "traditional",
        "chef religieux": "traditional", "leader religieux": "traditional",
        "autorite traditionnelle": "traditional", "magistrat": "justice",
        "ptf": "international", "prive": "private_sector", "autre": "other",
    }.items():  # fmt: skip
        codes[alias] = code
    return codes


def read_category(value: object) -> str | None:
    """The category code, or None when the text names none (the row keeps a note)."""
    if is_blank(value):
        return None
    return _category_codes().get(norm(cell_text(value)))


def _is_capitals(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _title(text: str) -> str:
    """Given names written in capitals become "Célestin"; mixed case is kept as written."""
    return text.title() if _is_capitals(text.replace(" ", "")) else text


_CIVILITY = re.compile(
    r"^(?P<title>m\.|mr\.?|monsieur|mme\.?|madame|mlle\.?|mademoiselle|mrs\.?|ms\.?|miss|"
    r"dr\.?|docteur|pr\.?|professeur|prof\.?)\s+",
    re.IGNORECASE,
)
_CIVILITY_SEX = {"m": "M", "mr": "M", "monsieur": "M", "mme": "F", "madame": "F", "mlle": "F",
                 "mademoiselle": "F", "mrs": "F", "ms": "F", "miss": "F"}  # fmt: skip


def strip_civility(text: str) -> tuple[str, str | None]:
    """("Aïssata DIALLO", "F") from "Mme Aïssata DIALLO": the title goes, the sex it states
    stays (Dr and Pr state none)."""
    match = _CIVILITY.match(text.strip())
    if not match:
        return text, None
    title = match["title"].rstrip(".").casefold()
    return text.strip()[match.end() :], _CIVILITY_SEX.get(title)


def split_full_name(text: str, *, family_first: bool) -> tuple[str, str]:
    """(family name, given names): words in capitals are the family name ("Célestin
    GUIDIMEY"); otherwise the column's order decides."""
    words = text.split()
    if not words:
        return "", ""
    capitals = [w for w in words if _is_capitals(w)]
    if capitals and len(capitals) < len(words):
        given = [w for w in words if not _is_capitals(w)]
        return " ".join(capitals), " ".join(given)
    if len(words) == 1:
        return words[0], ""
    if family_first:
        return words[0], _title(" ".join(words[1:]))
    return words[-1], _title(" ".join(words[:-1]))


def fix_name_pair(family: str, given: str) -> tuple[str, str]:
    """Family and given name columns filled the wrong way round ("Célestin" | "GUIDIMEY")."""
    if given and _is_capitals(given) and family and not _is_capitals(family):
        family, given = given, family
    return family, _title(given)


_ACRONYM_AFTER = re.compile(r"^(?P<name>.+?)\s*[(\[](?P<acronym>[^()\[\]]+)[)\]]$")
_ACRONYM_BEFORE = re.compile(r"^(?P<acronym>\S+)\s+[-–—:/]\s+(?P<name>.+)$")


def _looks_like_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return (
        2 <= len(text) <= 15
        and " " not in text.strip()
        and bool(letters)
        and all(c.isupper() for c in letters)
    )


def split_acronym(text: str) -> tuple[str, str | None]:
    """("Commission nationale des droits de l'homme", "CNDH") from "Commission nationale des
    droits de l'homme (CNDH)" or "CNDH - Commission nationale…"; the text alone otherwise."""
    text = " ".join(text.split())
    after = _ACRONYM_AFTER.match(text)
    if after and _looks_like_acronym(after["acronym"]):
        return after["name"], after["acronym"]
    before = _ACRONYM_BEFORE.match(text)
    if before and _looks_like_acronym(before["acronym"]):
        return before["name"], before["acronym"]
    return text, None
