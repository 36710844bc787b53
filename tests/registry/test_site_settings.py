"""The local site's name and country can be edited; its code cannot; bad input changes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop_app.messages import RegistreError
from desktop_app.records.validation import ValidationError
from desktop_app.registry.site_settings import update_local_site
from desktop_app.registry.sites import local_site
from desktop_app.store import Database


def test_name_and_country_are_updated(db: Database) -> None:
    info = update_local_site(db, "  Bureau de Niamey ", "ne")
    assert (info.code, info.name, info.country) == ("NE-NIA", "Bureau de Niamey", "NE")
    assert local_site(db) == info
    assert db.site_country == "NE"


def test_bad_input_is_refused_field_by_field(db: Database) -> None:
    with pytest.raises(ValidationError) as raised:
        update_local_site(db, " ", "Ni")
    assert set(raised.value.fields) == {"name", "country"}
    unchanged = local_site(db)
    assert unchanged is not None and unchanged.name == "Niamey"


def test_a_database_without_site_is_refused(db: Database) -> None:
    with db.session() as session:
        session.execute(text("DELETE FROM site"))
    db.refresh_site()
    with pytest.raises(RegistreError):
        update_local_site(db, "Bamako", "ML")
