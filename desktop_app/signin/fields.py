"""What a sign-in sheet column can hold, and how headers name it in French and English.

Every spelling lives in one file a user can read, resources/vocabularies/sheet_headers.json.
A header is compared after `normalise` (case, accents and punctuation ignored): "Prénom(s)",
"PRENOMS" and "prénoms" all read "prenom s" / "prenoms". Online forms (KoboToolbox, ODK) put
the question's group before its name ("identite/nom", "identite-nom"): the last part counts.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.paths import resource_path
from desktop_app.records.text import normalise

HEADERS_FILE = "sheet_headers.json"

CONTEXT = "SheetImport"

IGNORE = "ignore"
NUMBER = "number"
FAMILY_NAME = "family_name"
GIVEN_NAMES = "given_names"
FULL_NAME = "full_name"  # family name first: "GUIDIMEY Célestin"
FULL_NAME_GIVEN_FIRST = "full_name_given_first"  # "Célestin Guidimey"
SEX = "sex"
AGE = "age"
BIRTH_YEAR = "birth_year"
ORGANISATION = "organisation"
POSITION = "position"
CATEGORY = "category"
REGION = "region"
PHONE = "phone"
EMAIL = "email"
SIGNATURE = "signature"
DAY = "day"  # one column per day: its cells are that day's signatures
ROLE = "role"  # the capacity in which someone attends: participant, facilitator, expert…
DATE = "date"  # one row per person per day (long layout): the day of that row's presence

# Order of the mapping combobox; label is the English source text (translated in the GUI).
FIELD_LABELS: dict[str, str] = {
    IGNORE: QT_TRANSLATE_NOOP("SheetImport", "(ignore)"),
    NUMBER: QT_TRANSLATE_NOOP("SheetImport", "Row number"),
    FAMILY_NAME: QT_TRANSLATE_NOOP("SheetImport", "Family name"),
    GIVEN_NAMES: QT_TRANSLATE_NOOP("SheetImport", "Given names"),
    FULL_NAME: QT_TRANSLATE_NOOP("SheetImport", "Full name (family name first)"),
    FULL_NAME_GIVEN_FIRST: QT_TRANSLATE_NOOP("SheetImport", "Full name (given names first)"),
    SEX: QT_TRANSLATE_NOOP("SheetImport", "Sex"),
    AGE: QT_TRANSLATE_NOOP("SheetImport", "Age"),
    BIRTH_YEAR: QT_TRANSLATE_NOOP("SheetImport", "Birth year or date"),
    ORGANISATION: QT_TRANSLATE_NOOP("SheetImport", "Organisation"),
    POSITION: QT_TRANSLATE_NOOP("SheetImport", "Position"),
    ROLE: QT_TRANSLATE_NOOP("SheetImport", "Role (participant, facilitator…)"),
    CATEGORY: QT_TRANSLATE_NOOP("SheetImport", "Category"),
    REGION: QT_TRANSLATE_NOOP("SheetImport", "Region"),
    PHONE: QT_TRANSLATE_NOOP("SheetImport", "Phone"),
    EMAIL: QT_TRANSLATE_NOOP("SheetImport", "E-mail"),
    SIGNATURE: QT_TRANSLATE_NOOP("SheetImport", "Signature"),
    DAY: QT_TRANSLATE_NOOP("SheetImport", "Day (signature of that day)"),
    DATE: QT_TRANSLATE_NOOP("SheetImport", "Date of the row's presence"),
}
FIELDS: tuple[str, ...] = tuple(FIELD_LABELS)
# Fields that many columns may share; every other field takes one column at most.
REPEATABLE = frozenset({IGNORE, DAY})


@cache
def _vocabulary() -> dict[str, Any]:
    with resource_path("vocabularies", HEADERS_FILE).open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = json.load(handle)
    return loaded


@cache
def _exact() -> dict[str, str]:
    """Normalised header -> field, for every spelling of the vocabulary file."""
    found: dict[str, str] = {}
    for field, languages in _vocabulary()["fields"].items():
        if field not in FIELD_LABELS:
            raise ValueError(f"{HEADERS_FILE}: unknown field {field!r}")
        for header in (*languages.get("fr", ()), *languages.get("en", ())):
            found[_key(header)] = field
    return found


def _key(header: str) -> str:
    """The normalised header; a header of punctuation alone ("#") as it is."""
    return normalise(header) or header.strip()


@cache
def _key_words() -> tuple[tuple[tuple[str, ...], str], ...]:
    """Contains-rules for long or decorated headers, tried in order after the exact table."""
    return tuple(
        (tuple(normalise(word) for word in rule["words"]), rule["field"])
        for rule in _vocabulary()["key_words"]
    )


@cache
def _timestamps() -> dict[str, int]:
    """Normalised header of a form's submission time -> its rank (0 is taken first)."""
    spellings = _vocabulary()["timestamps"]
    ordered = (*spellings.get("en", ()), *spellings.get("fr", ()))
    return {normalise(header): rank for rank, header in enumerate(ordered)}


def headers_of(field: str) -> tuple[str, ...]:
    """The exact headers of a field as the vocabulary writes them (docs and tests)."""
    languages = _vocabulary()["fields"].get(field, {})
    return (*languages.get("fr", ()), *languages.get("en", ()))


# Day columns: "J1", "Jour 2", "Day 3", "D1", "Signature J1", "Émargement jour 2".
_DAY_NUMBER = re.compile(r"^(?:signature |emargement |sign )?(?:j|jour|day|d)\s?(\d{1,2})$")
_ORDINAL_DAY = re.compile(r"^(\d{1,2})\s?(?:er|e|eme|st|nd|rd|th)? (?:jour|day)$")


def _has_word(words: list[str], wanted: str) -> bool:
    # Short stems must be whole words: "age" is not "agence", "tel" not "television".
    if len(wanted) < 5:
        return wanted in words
    return any(word.startswith(wanted) for word in words)


def day_number(header: str) -> int | None:
    """1 for "J1", "Jour 1", "Day 1", "1er jour"; None for any other header."""
    text = normalise(header)
    match = _DAY_NUMBER.match(text) or _ORDINAL_DAY.match(text)
    return int(match.group(1)) if match else None


def field_for_header(header: str) -> str | None:
    """The field a header names, or None when it names nothing known (day columns apart)."""
    text = normalise(header)
    exact = _exact()
    if _key(header) in exact:
        return exact[_key(header)]
    if not text:
        return None
    words = text.split()
    for needed, field in _key_words():
        if all(_has_word(words, n) for n in needed):
            return field
    return None


def timestamp_rank(header: str) -> int | None:
    """For a form's submission time ("Horodateur", "Timestamp", "_submission_time", "today"):
    its rank among them, 0 first; None for any other header."""
    return _timestamps().get(normalise(header_leaf(header)))


# A form's group path: "identite/nom", "identite-nom", "group_xx/nom" (lower-case names, no
# spaces, as KoboToolbox and ODK write them). "H/F" or "Nom/Prénoms" are headers of their own.
_GROUP_PATH = re.compile(r"^(?:[a-z_][a-z0-9_]*[/\-])+(?P<leaf>[^/\s-][^/\s]*)$")


def header_leaf(header: str) -> str:
    """ "nom" for "identite/nom" or "identite-nom"; any other header as it is."""
    text = header.strip()
    if normalise(text) in _exact() or normalise(text) in _timestamps():
        return text
    match = _GROUP_PATH.match(text)
    if match is None:
        return text
    leaf = match["leaf"]
    if field_for_header(leaf) or day_number(leaf) is not None or normalise(leaf) in _timestamps():
        return leaf
    return text
