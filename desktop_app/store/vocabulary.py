"""The vocabulary tables brought in line with the files that desktop_app/vocabularies.py reads."""

from __future__ import annotations

from sqlalchemy import Engine, select

from desktop_app.store.models import ActivityKind, AttendanceRole, PersonCategory
from desktop_app.store.sql_dialect import insert_for
from desktop_app.vocabularies import (
    Term,
    activity_kinds,
    attendance_roles,
    kind_genders_fr,
    person_categories,
    read_terms,
    team_roles,
)

__all__ = [
    "Term",
    "activity_kinds",
    "attendance_roles",
    "kind_genders_fr",
    "load",
    "person_categories",
    "team_roles",
]


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
        for i, e in enumerate(read_terms("activity_kinds.json"))
    ]
    categories = [
        {"code": e["code"], "label_en": e["en"], "label_fr": e["fr"], "sort_order": i}
        for i, e in enumerate(read_terms("person_categories.json"))
    ]
    roles = [
        {
            "code": e["code"],
            "label_en": e["en"],
            "label_fr": e["fr"],
            "is_team": e["team"],
            "sort_order": i,
        }
        for i, e in enumerate(read_terms("attendance_roles.json"))
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
