"""The capacity in which a sheet says someone attended ("Qualité", "Rôle"): Participant(e),
Formateur/Formatrice, Expert(e), Organisateur/trice… read as a role of the attendance-role
vocabulary (resources/vocabularies/attendance_roles.json, and the usual variants of
sheet_roles.json beside it).

Values decide, not only headers: a column whose values are mostly roles holds the role even
when its header says "Qualité" or "Fonction". A value no variant names is left to the user
(participant, a team role…), never guessed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

from desktop_app.paths import resource_path
from desktop_app.records.text import normalise
from desktop_app.vocabularies import attendance_roles

ROLES_FILE = "sheet_roles.json"
PARTICIPANT = "participant"
# Endings written apart from the word: "Participant(e)", "Organisateur/trice", "Intervenant.e".
_ENDINGS = frozenset({"e", "es", "s", "trice", "trices", "rice", "ice", "euse", "se", "ne", "x"})
_LONGEST = 5  # words: longer texts are sentences or job titles, not roles
MOSTLY = 0.5  # share of a column's values that must read as roles
MIN_ROLES = 2  # one value cannot tell a role column from a job title


@cache
def _variants() -> dict[str, str]:
    """Normalised spelling -> role code."""
    codes = {term.code for term in attendance_roles()}
    found: dict[str, str] = {}
    for term in attendance_roles():
        for text in (term.code, term.en, term.fr):
            found[normalise(text)] = term.code
    with resource_path("vocabularies", ROLES_FILE).open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = json.load(handle)
    for code, languages in loaded["roles"].items():
        if code not in codes:
            raise ValueError(f"{ROLES_FILE}: {code!r} is not a role of attendance_roles.json")
        for text in (*languages.get("fr", ()), *languages.get("en", ())):
            found[normalise(text)] = code
    return found


def role_key(text: str) -> str:
    """The key under which a value's role is chosen: "Point focal" and "POINT FOCAL" are one."""
    return normalise(text)


@lru_cache(maxsize=4096)
def role_of(text: str) -> str | None:
    """The role code a cell names ("Participante" -> "participant"), None when it names none."""
    key = normalise(text)
    if not key:
        return None
    variants = _variants()
    if key in variants:
        return variants[key]
    words = key.split()
    if words[0] == "co" and len(words) > 1:  # "Co-facilitateur"
        words = words[1:]
    words = [words[0], *(w for w in words[1:] if w not in _ENDINGS)]
    if len(words) > _LONGEST:
        return None
    # "Expert en genre", "Personne ressource principale", "Experts": the first words.
    for count in range(len(words), 0, -1):
        head = " ".join(words[:count])
        for candidate in (head, head.removesuffix("s")):
            if candidate in variants:
                return variants[candidate]
    return None


def role_share(values: Iterable[str]) -> float:
    """How much a column's values look like roles: the share naming one, 0 when too few do or
    when they read as job titles ("Expert" ten times among lawyers is a job, not a role: a
    role column holds participants, or several roles)."""
    texts = [value for value in values if value.strip()]
    codes = [code for code in map(role_of, texts) if code is not None]
    if len(codes) < MIN_ROLES or not texts:
        return 0.0
    if PARTICIPANT not in codes and len(set(codes)) < 2:
        return 0.0
    share = len(codes) / len(texts)
    return share if share > MOSTLY else 0.0
