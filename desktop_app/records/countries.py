"""Countries: ISO 3166-1 two-letter codes with their English and French names
(resources/vocabularies/countries.json, made from Debian's iso-codes; docs/dependencies.md).

What a user may type for a country: its code ("NE", or "ne" in a terminal), or its name in
English or French in any case, accents optional ("Niger", "niger", "Côte d'Ivoire", "cote d
ivoire"), or a name as the completion lists it ("Niger (NE)"). Two letters written like a name,
a capital then a small letter ("Ni", what a two-letter field kept of "Niger"), are read as a
name, and no country is named "Ni". Free of SQLAlchemy (the HQ import's
reading process checks country cells with it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.records.field_rules import clean_text
from desktop_app.records.text import normalise
from desktop_app.records.validation import Problems
from desktop_app.vocabularies import read_terms

_CODE = re.compile(r"^(?:[A-Z]{2}|[a-z]{2})$")
_LISTED = re.compile(r"^(.*?)\s*\(([A-Z]{2})\)$")  # "Niger (NE)", as the completion offers it


@dataclass(frozen=True)
class Country:
    code: str
    en: str
    fr: str
    aliases: tuple[str, ...] = ()

    def name(self, language: str) -> str:
        return self.fr if language.startswith("fr") else self.en

    def choice(self, language: str) -> str:
        """ "Niger (NE)": what the completion lists and the check accepts back."""
        return f"{self.name(language)} ({self.code})"


@cache
def countries() -> tuple[Country, ...]:
    return tuple(
        Country(e["code"], e["en"], e["fr"], tuple(e.get("aliases", ())))
        for e in read_terms("countries.json")
    )


@cache
def _by_code() -> dict[str, Country]:
    return {country.code: country for country in countries()}


@cache
def _by_name() -> dict[str, Country]:
    found: dict[str, Country] = {}
    for country in countries():
        for name in (country.en, country.fr, *country.aliases):
            found.setdefault(normalise(name), country)
    return found


def is_code(code: str | None) -> bool:
    """A stored country value: a code of the list."""
    return code is not None and code in _by_code()


def by_code(code: str) -> Country | None:
    return _by_code().get(code)


def find_country(text: str | None) -> Country | None:
    """The country `text` names (see the module's docstring), or None."""
    cleaned = (text or "").strip()
    if not cleaned:
        return None
    if _CODE.match(cleaned):
        return _by_code().get(cleaned.upper())
    listed = _LISTED.match(cleaned)
    if listed:
        country = _by_code().get(listed.group(2))
        named = normalise(listed.group(1))
        if country is not None and named in {
            normalise(n) for n in (country.en, country.fr, *country.aliases)
        }:
            return country
        return None
    return _by_name().get(normalise(cleaned))


def suggestions(text: str | None, limit: int = 5) -> list[Country]:
    """Countries the user may have meant: the code typed in another case, names starting with
    the text, then names containing it."""
    wanted = normalise(text)
    if not wanted:
        return []
    found: dict[str, Country] = {}
    if len(wanted) == 2 and (country := _by_code().get(wanted.upper())):
        found[country.code] = country
    names = _by_name()
    for name, country in sorted(names.items()):
        if name.startswith(wanted):
            found.setdefault(country.code, country)
    for name, country in sorted(names.items()):
        if wanted in name:
            found.setdefault(country.code, country)
    return list(found.values())[:limit]


def describe(country: Country) -> str:
    """ "Niger (NE)", "Chad / Tchad (TD)": both names when they differ, for messages made below
    the GUI, which does not know the user's language."""
    names = country.en if country.en == country.fr else f"{country.en} / {country.fr}"
    return f"{names} ({country.code})"


def country_code(problems: Problems, field: str, value: str | None, *, needed: bool) -> str | None:
    """The code of the country `value` names ("NE", "Niger", "niger", "Niger (NE)"), or a
    message saying what was not understood and which countries come close."""
    cleaned = clean_text(value)
    if not cleaned:
        if needed:
            problems.add(field, QT_TRANSLATE_NOOP("Validation", "This field is required."))
        return None
    country = find_country(cleaned)
    if country is not None:
        return country.code
    close = suggestions(cleaned)
    if close:
        problems.add(
            field,
            QT_TRANSLATE_NOOP(
                "Validation",
                "{value} is not a country: did you mean {choices}? Type its two-letter code "
                "(NE) or its name (Niger).",
            ),
            value=cleaned,
            choices=", ".join(describe(c) for c in close),
        )
    else:
        problems.add(
            field,
            QT_TRANSLATE_NOOP(
                "Validation",
                "{value} is not a country: type its two-letter code (NE) or its name (Niger).",
            ),
            value=cleaned,
        )
    return None
