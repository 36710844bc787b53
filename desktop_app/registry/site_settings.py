"""Editing the local site's identity from the settings: its name and country.

The site code is chosen once at first start and never changes: it travels with every record
the site creates (origin_site, changed_by_site), so changing it would split the site in two.
"""

from __future__ import annotations

from sqlalchemy import select

from desktop_app.records.countries import country_code
from desktop_app.records.field_rules import TEXT_LIMITS
from desktop_app.records.validation import Problems, required
from desktop_app.registry.sites import SiteInfo, require_site
from desktop_app.store import Database
from desktop_app.store.models import Site


def update_local_site(database: Database, name: str, country: str) -> SiteInfo:
    """Rename the local site or change its country; bad input raises ValidationError."""
    problems = Problems()
    clean_name = required(problems, "name", name, TEXT_LIMITS["site"]["name"])
    clean_country = country_code(problems, "country", country, needed=True)
    problems.raise_if_any()
    assert clean_country is not None
    current = require_site(database)
    with database.session() as session:
        site = session.scalars(select(Site).where(Site.code == current.code)).one()
        site.name, site.country = clean_name, clean_country
    database.refresh_site()
    return SiteInfo(current.code, clean_name, clean_country)
