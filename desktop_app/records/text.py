"""The one text normaliser used for search and matching everywhere in Registre.

Lower case, accents removed, punctuation turned into spaces, whitespace collapsed:
"Célestin  GUIDIMEY-Ké" -> "celestin guidimey ke".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from desktop_app.records.phones import national_digits

_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


# Names, organisations and e-mail domains repeat across a registry: a bulk import of 100,000
# persons normalises each distinct text once.
@lru_cache(maxsize=100_000)
def normalise(text: str | None) -> str:
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_WORD.sub(" ", stripped.casefold()).strip()


def search_words(text: str | None) -> list[str]:
    """The distinct normalised words of a query, longest first (the most selective)."""
    words = dict.fromkeys(normalise(text).split())
    return sorted(words, key=len, reverse=True)


@lru_cache(maxsize=20_000)
def organisation_search_text(name: str | None, acronym: str | None) -> str:
    return " ".join(part for part in (normalise(name), normalise(acronym)) if part)


def person_search_text(
    family_name: str | None,
    given_names: str | None,
    organisation_name: str | None = None,
    organisation_acronym: str | None = None,
    phone: str | None = None,
    email: str | None = None,
) -> str:
    """Person.search_text: "family given organisation acronym phone-digits email"."""
    parts = (
        normalise(family_name),
        normalise(given_names),
        organisation_search_text(organisation_name, organisation_acronym),
        national_digits(phone),
        normalise(email),
    )
    return " ".join(part for part in parts if part)
