"""Cell values of the HQ workbook: codes to readable labels on export, and back on import.

On import a cell may hold a code ("fds"), an English or a French label, in any case and with or
without accents; dates may be real date cells, ISO text or dd/mm/yyyy text. A value that cannot
be understood raises `BadCell` with the reason, and its row becomes an invalid row.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Any

from desktop_app.disability.questions import ANSWERS
from desktop_app.messages import QT_TRANSLATE_NOOP, UserMessage
from desktop_app.records import field_rules
from desktop_app.records.countries import find_country
from desktop_app.records.tag_text import TAG_LIMIT, split_tags, tag_key
from desktop_app.records.text import normalise
from desktop_app.sync.format import EXCEL_MAX_TEXT, SHEETS_BY_TYPE, Column
from desktop_app.sync.types import to_second
from desktop_app.vocabularies import Term, activity_kinds, attendance_roles, person_categories

CONTEXT = "Sync"
STATUS_LABELS = {
    "planned": ("planned", "prévue"),
    "held": ("held", "tenue"),
    "cancelled": ("cancelled", "annulée"),
}
SEX_LABELS = {"F": ("Female", "Femme"), "M": ("Male", "Homme")}
SEX_WORDS = {
    "F": ("f", "female", "woman", "women", "femme", "feminin", "fille", "w"),
    "M": ("m", "male", "man", "men", "homme", "masculin", "h", "garcon"),
    None: ("", "not stated", "non precise", "non renseigne", "nr", "ns", "-", "?"),
}
BOOL_LABELS = {True: ("Yes", "Oui"), False: ("No", "Non")}
BOOL_WORDS = {
    True: ("yes", "oui", "true", "vrai", "1", "x", "y", "o"),
    False: ("no", "non", "false", "faux", "0", "n", ""),
}
_CONTROL = field_rules.CONTROL  # what no stored text holds (tab and line breaks are allowed)
_UUID = re.compile(r"^[0-9a-f]{32}$")
_EXCEL_EPOCH = dt.datetime(1899, 12, 30)


class BadCell(Exception):
    def __init__(self, text: str, **params: object) -> None:
        super().__init__(text)
        self.message = UserMessage(CONTEXT, text, dict(params))


@cache
def vocabularies() -> dict[str, dict[str, tuple[str, str]]]:
    """kind -> code -> (English label, French label)."""
    return {
        "kind": _labels(activity_kinds()),
        "category": _labels(person_categories()),
        "role": _labels(attendance_roles()),
        "status": STATUS_LABELS,
        "sex": SEX_LABELS,
        "difficulty": ANSWERS,
    }


def _labels(terms: tuple[Term, ...]) -> dict[str, tuple[str, str]]:
    return {term.code: (term.en, term.fr) for term in terms}


@cache
def _lookup(kind: str) -> dict[str, str]:
    """normalised code or label -> code."""
    found: dict[str, str] = {}
    for code, (english, french) in vocabularies()[kind].items():
        for word in (code, english, french):
            found.setdefault(normalise(word), code)
    return found


def label(kind: str, code: str | None, language: str) -> str | None:
    if code is None:
        return None
    labels = vocabularies()[kind].get(code)
    if labels is None:
        return code
    return labels[1] if language.startswith("fr") else labels[0]


def bool_label(value: bool, language: str) -> str:
    english, french = BOOL_LABELS[bool(value)]
    return french if language.startswith("fr") else english


VOCABULARY_KINDS = ("sex", "status", "kind", "category", "role", "difficulty")


def field_value(
    type_name: str,
    key: str,
    value: object,
    names: Mapping[str, str],
    language: str,
    *,
    nothing: str = "-",
) -> str:
    """A record's value for a reader: the name of the record an identifier points to (`names`),
    vocabulary labels, yes or no; `nothing` for no value."""
    if value is None or value == "":
        return nothing
    if isinstance(value, bool):
        return bool_label(value, language)
    if isinstance(value, list):
        return "; ".join(names.get(str(v), str(v)) for v in value) or nothing
    sheet = SHEETS_BY_TYPE.get(type_name)
    for column in sheet.columns if sheet else ():
        if column.key == key and column.kind in VOCABULARY_KINDS:
            return label(column.kind, str(value), language) or str(value)
    return names.get(str(value), str(value))


# Import: raw cell (as python-calamine gives it) -> stored value.


def _text(raw: Any) -> str | None:
    if raw is None:
        return None
    if isinstance(raw, bool):
        return "TRUE" if raw else "FALSE"
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    if isinstance(raw, dt.datetime | dt.date):
        raw = raw.isoformat()
    text = str(raw)
    if len(text) > EXCEL_MAX_TEXT:
        raise BadCell(
            QT_TRANSLATE_NOOP("Sync", "{column}: text longer than 32,767 characters."),
        )
    if _CONTROL.search(text):
        raise BadCell(QT_TRANSLATE_NOOP("Sync", "{column}: contains control characters."))
    text = text.strip()
    return text or None


def _in_range(day: Any) -> Any:
    """A date or time of 1900 to 2100 (field_rules), or BadCell."""
    if day is not None and not field_rules.date_in_range(day):
        raise BadCell(
            QT_TRANSLATE_NOOP(
                "Sync", "{column}: {value} is not between the years {first} and {last}."
            ),
            value=day.isoformat(),
            first=field_rules.EARLIEST_DATE.year,
            last=field_rules.LATEST_DATE.year,
        )
    return day


def _date(raw: Any) -> dt.date | None:
    return _in_range(_any_date(raw))  # type: ignore[no-any-return]


def _any_date(raw: Any) -> dt.date | None:
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, int | float) and not isinstance(raw, bool) and 1 <= raw < 2_958_466:
        return (_EXCEL_EPOCH + dt.timedelta(days=float(raw))).date()
    text = _text(raw)
    if text is None:
        return None
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise BadCell(QT_TRANSLATE_NOOP("Sync", "{column}: {value} is not a date."), value=text)


def _datetime(raw: Any) -> dt.datetime | None:
    return _in_range(_any_datetime(raw))  # type: ignore[no-any-return]


def _any_datetime(raw: Any) -> dt.datetime | None:
    if isinstance(raw, dt.datetime):
        return to_second(raw)
    if isinstance(raw, dt.date):
        return dt.datetime(raw.year, raw.month, raw.day)
    if isinstance(raw, int | float) and not isinstance(raw, bool) and 1 <= raw < 2_958_466:
        return to_second(_EXCEL_EPOCH + dt.timedelta(days=float(raw)))
    text = _text(raw)
    if text is None:
        return None
    try:
        return to_second(dt.datetime.fromisoformat(text))
    except ValueError:
        pass
    try:
        return dt.datetime.strptime(text, "%d/%m/%Y %H:%M:%S")
    except ValueError:
        raise BadCell(
            QT_TRANSLATE_NOOP("Sync", "{column}: {value} is not a date and time."), value=text
        ) from None


def _int(raw: Any) -> int | None:
    if isinstance(raw, bool):
        raise BadCell(
            QT_TRANSLATE_NOOP("Sync", "{column}: {value} is not a whole number."), value=raw
        )
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float):
        if raw.is_integer():
            return int(raw)
        raise BadCell(
            QT_TRANSLATE_NOOP("Sync", "{column}: {value} is not a whole number."), value=raw
        )
    text = _text(raw)
    if text is None:
        return None
    try:
        return int(text)
    except ValueError:
        raise BadCell(
            QT_TRANSLATE_NOOP("Sync", "{column}: {value} is not a whole number."), value=text
        ) from None


def _decimal(raw: Any) -> float | None:
    if isinstance(raw, bool):
        raise BadCell(QT_TRANSLATE_NOOP("Sync", "{column}: {value} is not a number."), value=raw)
    if isinstance(raw, int | float):
        value = float(raw)
    else:
        text = _text(raw)
        if text is None:
            return None
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            raise BadCell(
                QT_TRANSLATE_NOOP("Sync", "{column}: {value} is not a number."), value=text
            ) from None
    if not math.isfinite(value) or value < 0:
        raise BadCell(QT_TRANSLATE_NOOP("Sync", "{column}: {value} is not a number."), value=raw)
    return value


def _refuse_constant(name: str) -> Any:
    raise ValueError(name)  # NaN and Infinity are not JSON, and never equal to themselves


_NOT_A_LIST = QT_TRANSLATE_NOOP("Sync", "{column}: {value} is not written as Registre writes it.")
_NOT_TAGS = QT_TRANSLATE_NOOP(
    "Sync", "{column}: {value} holds a tag longer than 40 characters, or one without a letter."
)


def _json(raw: Any) -> Any:
    text = _text(raw)
    if text is None:
        return None
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        raise BadCell(_NOT_A_LIST, value=text) from None


def _word(value: Any) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 80 and not _CONTROL.search(value)


def _words(raw: Any) -> list[str] | None:
    """A list of codes as JSON text (a project's offices, an indicator's disaggregations)."""
    value = _json(raw)
    if value is not None and not (isinstance(value, list) and all(map(_word, value))):
        raise BadCell(_NOT_A_LIST, value=_text(raw))
    return value


def _filters(raw: Any) -> dict[str, list[str]] | None:
    """An indicator's filters: {"kind": ["training"], ...} as JSON text."""
    value = _json(raw)
    if value is not None and not (
        isinstance(value, dict)
        and all(
            _word(key) and isinstance(items, list) and all(map(_word, items))
            for key, items in value.items()
        )
    ):
        raise BadCell(_NOT_A_LIST, value=_text(raw))
    return value


def _age(value: Any) -> bool:
    return type(value) is int and 0 <= value <= 150


def _bands(raw: Any) -> list[list[int | None]] | None:
    """Age bands, [[15, 24], [25, null]], as JSON text."""
    value = _json(raw)
    if value is not None and not (
        isinstance(value, list)
        and all(
            isinstance(band, list)
            and len(band) == 2
            and _age(band[0])
            and (band[1] is None or _age(band[1]))
            for band in value
        )
    ):
        raise BadCell(_NOT_A_LIST, value=_text(raw))
    return value


def json_text(value: Any) -> str:
    """How a words, filters or bands cell is written: the same text for the same value, and
    an empty cell for none (read back as the field's blank, as the database's is: records.py)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else ""


def _bounded(low: Callable[[], int], high: Callable[[], int]) -> Callable[[Any], int | None]:
    def parse(raw: Any) -> int | None:
        value = _int(raw)
        if value is not None and not low() <= value <= high():
            raise BadCell(
                QT_TRANSLATE_NOOP("Sync", "{column}: {value} is not between {low} and {high}."),
                value=value,
                low=low(),
                high=high(),
            )
        return value

    return parse


def _country(raw: Any) -> str | None:
    text = _text(raw)
    if text is None:
        return None
    country = find_country(text)
    if country is None:
        raise BadCell(
            QT_TRANSLATE_NOOP("Sync", "{column}: {value} is not a country code."), value=text
        )
    return country.code


def _bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    word = normalise(_text(raw))
    for value, words in BOOL_WORDS.items():
        if word in words:
            return value
    raise BadCell(QT_TRANSLATE_NOOP("Sync", "{column}: {value} is not yes or no."), value=raw)


def _sex(raw: Any) -> str | None:
    word = normalise(_text(raw))
    for value, words in SEX_WORDS.items():
        if word in words:
            return value
    raise BadCell(
        QT_TRANSLATE_NOOP("Sync", "{column}: {value} is not a sex (F, M or empty)."), value=raw
    )


def _vocabulary(kind: str) -> Callable[[Any], str | None]:
    def parse(raw: Any) -> str | None:
        text = _text(raw)
        if text is None:
            return None
        code = _lookup(kind).get(normalise(text))
        if code is None:
            raise BadCell(QT_TRANSLATE_NOOP("Sync", "{column}: unknown value {value}."), value=text)
        return code

    return parse


def _uuid(raw: Any) -> str | None:
    text = _text(raw)
    if text is None:
        return None
    cleaned = text.replace("-", "").replace("{", "").replace("}", "").lower()
    if not _UUID.match(cleaned):
        raise BadCell(
            QT_TRANSLATE_NOOP("Sync", "{column}: {value} is not a record identifier."), value=text
        )
    return cleaned


def _uuids(raw: Any) -> frozenset[str]:
    text = _text(raw) or ""
    return frozenset(u for part in re.split(r"[\s,;]+", text) if (u := _uuid(part)))


def _tags(raw: Any) -> frozenset[str]:
    """An activity's tags, "DDR; jeunes": each as typed, one per key (activities/tags.py)."""
    text = _text(raw) or ""
    tags = split_tags(text)
    if any(len(tag) > TAG_LIMIT or not tag_key(tag) for tag in tags):
        raise BadCell(_NOT_TAGS, value=text)
    return frozenset(tags)


def tags_text(tags: frozenset[str]) -> str:
    """How a tags cell is written: the same text for the same tags."""
    return "; ".join(sorted(tags, key=lambda tag: (tag_key(tag), tag)))


def _site(raw: Any) -> str | None:
    text = _text(raw)
    return text.upper() if text else None


PARSERS: dict[str, Callable[[Any], Any]] = {
    "text": _text,
    "date": _date,
    "datetime": _datetime,
    # a whole number a database integer column holds on either engine (a list's total)
    "int": _bounded(lambda: -field_rules.MAX_REVISION, lambda: field_rules.MAX_REVISION),
    "year": _bounded(lambda: field_rules.EARLIEST_BIRTH_YEAR, field_rules.latest_birth_year),
    "count": _bounded(lambda: 0, lambda: field_rules.MAX_COUNT),
    "percent": _bounded(lambda: 1, lambda: 100),
    "minutes": _bounded(lambda: 0, lambda: field_rules.MINUTES_IN_A_DAY - 1),
    "revision": _bounded(lambda: 1, lambda: field_rules.MAX_REVISION),
    "country": _country,
    "bool": _bool,
    "sex": _sex,
    "status": _vocabulary("status"),
    "kind": _vocabulary("kind"),
    "category": _vocabulary("category"),
    "role": _vocabulary("role"),
    "difficulty": _vocabulary("difficulty"),
    "ref": _uuid,
    "uuid": _uuid,
    "refs": _uuids,
    "tags": _tags,
    "site": _site,
    "words": _words,
    "filters": _filters,
    "bands": _bands,
    "decimal": _decimal,
}


def parse(column: Column, raw: Any) -> Any:
    """The stored value of a cell, or BadCell."""
    if isinstance(raw, str) and raw == "":
        raw = None
    if raw is None and column.kind not in ("bool", "refs", "tags", "sex"):
        return None
    value = PARSERS[column.kind](raw)
    if column.limit is not None and value is not None and len(value) > column.limit:
        raise BadCell(
            QT_TRANSLATE_NOOP("Sync", "{column}: longer than {limit} characters."),
            limit=column.limit,
        )
    return value


def _memoised(parse_one: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """For columns with few distinct values (labels, yes/no, sites): parse each value once."""
    seen: dict[Any, Any] = {}

    def run(raw: Any) -> Any:
        if type(raw) is bool:  # True == 1 == 1.0: one key, but not one meaning
            return parse_one(raw)
        try:
            return seen[raw]
        except KeyError:
            value = parse_one(raw)
            if len(seen) < 10_000:
                seen[raw] = value
            return value
        except TypeError:  # unhashable: never from calamine, but stay correct
            return parse_one(raw)

    return run


def cell_parser(column: Column) -> Callable[[Any], Any]:
    """A fast `parse` for one column of a big sheet: the common cell types go straight through,
    anything else takes the general path."""
    kind = column.kind

    def general(raw: Any) -> Any:
        return parse(column, raw)

    if kind in ("bool", "sex", "status", "kind", "category", "role", "difficulty", "site"):
        return _memoised(general)
    if kind == "country":
        return _memoised(general)
    if kind == "datetime":

        def datetime(raw: Any) -> Any:
            if (
                type(raw) is dt.datetime
                and not raw.microsecond
                and raw.tzinfo is None
                and field_rules.date_in_range(raw)
            ):
                return raw  # a date cell on the second, as calamine gives them
            return general(raw)

        return _memoised(datetime)  # a site's changes share their seconds
    if kind == "text":
        longest = column.limit or EXCEL_MAX_TEXT

        def text(raw: Any) -> Any:
            if type(raw) is str and len(raw) <= longest and not _CONTROL.search(raw):
                return raw.strip() or None
            return general(raw)

        return text
    if kind in ("uuid", "ref"):

        def uuid(raw: Any) -> Any:
            if type(raw) is str and len(raw) == 32 and _UUID.match(raw):
                return raw
            return None if raw == "" else general(raw)

        return uuid
    if kind == "date":

        def date(raw: Any) -> Any:
            if type(raw) is dt.date and field_rules.date_in_range(raw):
                return raw
            return None if raw == "" else general(raw)

        return _memoised(date)
    if kind in ("int", "revision", "year", "count", "percent", "minutes"):
        plain = kind == "int"

        def integer(raw: Any) -> Any:
            if plain and type(raw) is float and raw.is_integer():
                return int(raw)
            return None if raw == "" else general(raw)

        return _memoised(integer)
    return general


# A whole column at once: one converter chosen per column, C-level loops where the cells allow.

_UUID_LINES = re.compile(r"(?:[0-9a-f]{32})?(?:\n(?:[0-9a-f]{32})?)*")
_DISTINCT_KINDS = frozenset(
    {"bool", "sex", "status", "kind", "category", "role", "site", "datetime", "date", "int"}
    | {"difficulty"}
    | {"revision", "refs", "year", "count", "percent", "minutes", "country"}
)


def _texts(cells: Sequence[Any], one: Callable[[Any], Any], longest: int) -> list[Any]:
    try:
        joined = "\n".join(cells)  # TypeError: a number or a date among the texts
    except TypeError:
        return list(map(one, cells))
    if _CONTROL.search(joined) is not None or max(map(len, cells), default=0) > longest:
        return list(map(one, cells))  # the cell path raises BadCell for the culprit
    return [text or None for text in map(str.strip, cells)]


def _uuid_column(cells: Sequence[Any], one: Callable[[Any], Any]) -> list[Any]:
    try:
        joined = "\n".join(cells)
    except TypeError:
        return list(map(one, cells))
    if _UUID_LINES.fullmatch(joined) is None:
        return list(map(one, cells))  # dashes, braces, capitals or a bad identifier
    return [cell or None for cell in cells]


def _distinct(cells: Sequence[Any], one: Callable[[Any], Any]) -> list[Any]:
    """Columns whose values repeat (labels, yes/no, sites, dates): each distinct value once."""
    if bool in set(map(type, cells)):  # True == 1 == 1.0: the same dictionary key
        return list(map(one, cells))
    table = {raw: one(raw) for raw in set(cells)}
    return list(map(table.__getitem__, cells))


def column_parser(column: Column) -> Callable[[Sequence[Any]], list[Any]]:
    """Parse all the cells of one column (as python-calamine gives them) into stored values;
    a cell that cannot be understood raises BadCell, the same values as `cell_parser`."""
    one = cell_parser(column)
    kind = column.kind
    if kind == "text":
        longest = column.limit or EXCEL_MAX_TEXT
        return lambda cells: _texts(cells, one, longest)
    if kind in ("uuid", "ref"):
        return lambda cells: _uuid_column(cells, one)
    if kind in _DISTINCT_KINDS:
        return lambda cells: _distinct(cells, one)
    return lambda cells: list(map(one, cells))
