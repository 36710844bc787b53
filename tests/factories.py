"""Factories for tests: an activity and persons made through the public services (fixtures
registered by the root conftest as a plugin)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from desktop_app.activities.activities import ActivityDetails, ActivityFields, create_activity
from desktop_app.registry.persons import PersonDetails, PersonFields, create_person
from desktop_app.store import Database

MakeActivity = Callable[..., ActivityDetails]
MakePerson = Callable[..., PersonDetails]


def activity_fields(**changes: Any) -> ActivityFields:
    values: dict[str, Any] = {
        "title": "Atelier sur le contrôle parlementaire",
        "kind": "workshop",
        "start_date": dt.date(2022, 12, 5),
        "end_date": dt.date(2022, 12, 7),
        "country": "NE",
        "city": "Niamey",
    }
    values.update(changes)
    return ActivityFields(**values)


@pytest.fixture
def make_activity(db: Database) -> MakeActivity:
    def make(**changes: Any) -> ActivityDetails:
        return create_activity(db, activity_fields(**changes))

    return make


@pytest.fixture
def make_person(db: Database) -> MakePerson:
    def make(
        family_name: str = "MAÏGA", given_names: str = "Aminata", **changes: Any
    ) -> PersonDetails:
        return create_person(
            db, PersonFields(family_name=family_name, given_names=given_names, **changes)
        )

    return make
