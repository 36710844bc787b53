"""The vocabularies (activity kinds, person categories, roles) as the files in
resources/vocabularies give them: codes and their English and French labels.

Free of SQLAlchemy on purpose: the HQ import's reading process parses labels with them without
loading the store (store/vocabulary.py brings the database's tables in line with them).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from desktop_app.paths import resource_path


@dataclass(frozen=True)
class Term:
    code: str
    en: str
    fr: str

    def label(self, language: str) -> str:
        return self.fr if language.startswith("fr") else self.en


def read_terms(name: str) -> list[dict[str, Any]]:
    with resource_path("vocabularies", name).open(encoding="utf-8") as handle:
        entries: list[dict[str, Any]] = json.load(handle)
    return entries


@cache
def activity_kinds() -> tuple[Term, ...]:
    return tuple(Term(e["code"], e["en"], e["fr"]) for e in read_terms("activity_kinds.json"))


@cache
def kind_genders_fr() -> dict[str, str]:
    return {e["code"]: e["gender_fr"] for e in read_terms("activity_kinds.json")}


@cache
def person_categories() -> tuple[Term, ...]:
    return tuple(Term(e["code"], e["en"], e["fr"]) for e in read_terms("person_categories.json"))


@cache
def attendance_roles() -> tuple[Term, ...]:
    return tuple(Term(e["code"], e["en"], e["fr"]) for e in read_terms("attendance_roles.json"))


@cache
def team_roles() -> frozenset[str]:
    return frozenset(e["code"] for e in read_terms("attendance_roles.json") if e["team"])
