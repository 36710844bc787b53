"""Vocabularies (activity kinds, person categories, roles) loaded from resources/vocabularies."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Engine, select

from desktop_app.paths import resource_path
from desktop_app.store.models import ActivityKind, AttendanceRole, PersonCategory
from desktop_app.store.sql_dialect import insert_for


@dataclass(frozen=True)
class Term:
    code: str
    en: str
    fr: str

    def label(self, language: str) -> str:
        return self.fr if language.startswith("fr") else self.en


def _read(name: str) -> list[dict[str, Any]]:
    with resource_path("vocabularies", name).open(encoding="utf-8") as handle:
        entries: list[dict[str, Any]] = json.load(handle)
    return entries


@cache
def activity_kinds() -> tuple[Term, ...]:
    return tuple(Term(e["code"], e["en"], e["fr"]) for e in _read("activity_kinds.json"))


@cache
def kind_genders_fr() -> dict[str, str]:
    return {e["code"]: e["gender_fr"] for e in _read("activity_kinds.json")}


@cache
def person_categories() -> tuple[Term, ...]:
    return tuple(Term(e["code"], e["en"], e["fr"]) for e in _read("person_categories.json"))


@cache
def attendance_roles() -> tuple[Term, ...]:
    return tuple(Term(e["code"], e["en"], e["fr"]) for e in _read("attendance_roles.json"))


@cache
def team_roles() -> frozenset[str]:
    return frozenset(e["code"] for e in _read("attendance_roles.json") if e["team"])


def load(engine: Engine) -> None:
    """Bring the vocabulary tables in line with the files (new labels, new codes)."""
    kinds = [
        {
            "code": e["code"],
            "label_en": e["en"],
            "label_fr": e["fr"],
            "gender_fr": e["gender_fr"],
            "sort_order": i,
        }
        for i, e in enumerate(_read("activity_kinds.json"))
    ]
    categories = [
        {"code": e["code"], "label_en": e["en"], "label_fr": e["fr"], "sort_order": i}
        for i, e in enumerate(_read("person_categories.json"))
    ]
    roles = [
        {
            "code": e["code"],
            "label_en": e["en"],
            "label_fr": e["fr"],
            "is_team": e["team"],
            "sort_order": i,
        }
        for i, e in enumerate(_read("attendance_roles.json"))
    ]
    with engine.begin() as connection:
        for model, rows in (
            (ActivityKind, kinds),
            (PersonCategory, categories),
            (AttendanceRole, roles),
        ):
            columns = [model.__table__.c[key] for key in rows[0]]
            stored = {tuple(r) for r in connection.execute(select(*columns))}
            if stored >= {tuple(row.values()) for row in rows}:
                continue  # nothing new: opening a database writes nothing
            statement = insert_for(connection)(model)
            updates = {key: statement.excluded[key] for key in rows[0] if key != "code"}
            connection.execute(
                statement.on_conflict_do_update(index_elements=["code"], set_=updates), rows
            )
