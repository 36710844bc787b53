"""Organisations: create, find by name or acronym, list, rename, validation."""

from __future__ import annotations

import pytest

from desktop_app.records.validation import NotFound, ValidationError
from desktop_app.registry.organisations import (
    create_organisation,
    edit_organisation,
    find_organisation,
    get_organisation,
    list_organisations,
)
from desktop_app.store import Database


def test_create_find_list(db: Database) -> None:
    cndh = create_organisation(
        db, "Commission nationale des droits de l'homme", "CNDH", "oversight", "ml"
    )
    assert (cndh.category, cndh.country) == ("oversight", "ML")
    mediator = create_organisation(db, "Médiateur de la République")
    assert find_organisation(db, "cndh") == cndh
    assert find_organisation(db, "MEDIATEUR  de la république") == mediator
    assert find_organisation(db, "mediateur") is None  # a part is not the name
    assert find_organisation(db, "") is None
    assert list_organisations(db) == [cndh, mediator]
    assert list_organisations(db, "republique") == [mediator]
    assert list_organisations(db, limit=1) == [cndh]
    assert get_organisation(db, cndh.id) == cndh


def test_validation_and_not_found(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_organisation(db, " ", category="aliens", country="Ni")
    assert set(caught.value.fields) == {"name", "category", "country"}
    assert list_organisations(db) == []
    with pytest.raises(NotFound):
        edit_organisation(db, 7, "X")
    with pytest.raises(NotFound):
        get_organisation(db, 7)


def test_rename(db: Database) -> None:
    organisation = create_organisation(db, "Radio Kledu")
    renamed = edit_organisation(db, organisation.id, "Radio Klédu", "RK")
    assert renamed.label == "Radio Klédu (RK)"
    assert find_organisation(db, "rk") == renamed
