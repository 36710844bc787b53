"""Does what was typed at the door name the person the search found?

The registry search matches words anywhere inside a name ("hamadou" is inside "MAHAMADOU"), which
is what finds people from a fragment. But when someone types a whole name, "Fati Hamadou", and
the best match is MAHAMADOU Fatimata, checking her in on Enter would put the wrong person on the
list. `names_person` tells the two apart: every typed word must start a word of the person's
name, organisation or e-mail ("fati" starts "fatimata", "kledu" starts "kledu"), or start
adjacent words written together ("ndiaye" for N'DIAYE, "abdoulaziz" for Abdoul Aziz).
"""

from __future__ import annotations

from desktop_app.records.text import normalise
from desktop_app.registry.persons import PersonRow


def is_full_name(text: str) -> bool:
    """Two words or more, letters only: what someone types for a whole name (a phone number, an
    e-mail or a single fragment is a search, not a name)."""
    if "@" in text:
        return False
    words = normalise(text).split()
    return len(words) >= 2 and all(word.isalpha() for word in words)


def _word_starts(person: PersonRow) -> list[str]:
    """Each word of the person's texts, and each run of adjacent words written together."""
    starts: list[str] = []
    for part in (person.family_name, person.given_names, person.organisation, person.email):
        words = normalise(part).split()
        starts += ["".join(words[first:]) for first in range(len(words))]
    return starts


def names_person(text: str, person: PersonRow) -> bool:
    """Every typed word starts a word of the person (or adjacent words written together)."""
    starts = _word_starts(person)
    return all(any(start.startswith(word) for start in starts) for word in normalise(text).split())
