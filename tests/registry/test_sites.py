"""The local site: set once, refused a second time, required by writing services."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.messages import RegistreError
from desktop_app.records.validation import ValidationError
from desktop_app.registry.sites import SiteInfo, init_site, local_site, require_site
from desktop_app.store import open_database


def test_init_sets_the_local_site_once(tmp_path: Path) -> None:
    database = open_database(tmp_path / "new.db")
    try:
        assert local_site(database) is None
        with pytest.raises(RegistreError, match="registre init"):
            require_site(database)
        site = init_site(database, "ml-bko", " Bamako ", "ml")
        assert site == SiteInfo("ML-BKO", "Bamako", "ML")
        assert (database.site_code, database.site_country) == ("ML-BKO", "ML")
        assert require_site(database) == site
        with pytest.raises(RegistreError, match="already belongs to the site ML-BKO"):
            init_site(database, "NE-NIA", "Niamey", "NE")
        assert local_site(database) == site
    finally:
        database.close()


def test_init_validates_every_field(tmp_path: Path) -> None:
    database = open_database(tmp_path / "new.db")
    try:
        with pytest.raises(ValidationError) as caught:
            init_site(database, "NE NIA", "", "Ni")
        assert set(caught.value.fields) == {"code", "name", "country"}
        assert local_site(database) is None
    finally:
        database.close()
