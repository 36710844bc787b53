"""The local site: which office this installation belongs to, chosen once at first start."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.records.countries import country_code
from desktop_app.records.field_rules import TEXT_LIMITS
from desktop_app.records.validation import Problems, required
from desktop_app.store import Database
from desktop_app.store.models import Site


@dataclass(frozen=True)
class SiteInfo:
    code: str
    name: str
    country: str


def local_site(database: Database) -> SiteInfo | None:
    with database.session() as session:
        site = session.scalars(select(Site).where(Site.is_local)).first()
        return SiteInfo(site.code, site.name, site.country) if site else None


def require_site(database: Database) -> SiteInfo:
    """The local site, or an error telling the user to set it up first."""
    site = local_site(database)
    if site is None:
        raise RegistreError(
            UserMessage(
                "Sites",
                QT_TRANSLATE_NOOP(
                    "Sites",
                    "This database has no site yet: run `registre init --site CODE --name NAME "
                    "--country CC` (or the first-start setup of the window).",
                ),
            )
        )
    return site


def init_site(database: Database, code: str, name: str, country: str) -> SiteInfo:
    """Make `code` the local site of a database that has none yet (refused otherwise)."""
    problems = Problems()
    clean_code = required(problems, "code", code).upper()
    if clean_code and (len(clean_code) > 16 or " " in clean_code):
        problems.add(
            "code",
            QT_TRANSLATE_NOOP("Validation", "A site code is short and has no spaces, like NE-NIA."),
        )
    clean_name = required(problems, "name", name, TEXT_LIMITS["site"]["name"])
    clean_country = country_code(problems, "country", country, needed=True)
    problems.raise_if_any()
    assert clean_country is not None
    existing = local_site(database)
    if existing is not None:
        raise RegistreError(
            UserMessage(
                "Sites",
                QT_TRANSLATE_NOOP(
                    "Sites",
                    "This database already belongs to the site {code} ({name}); "
                    "it cannot be set up again.",
                ),
                {"code": existing.code, "name": existing.name},
            )
        )
    with database.session() as session:
        known = session.scalars(select(Site).where(Site.code == clean_code)).first()
        if known is None:
            session.add(
                Site(code=clean_code, name=clean_name, country=clean_country, is_local=True)
            )
        else:
            known.name, known.country, known.is_local = clean_name, clean_country, True
    database.refresh_site()
    return SiteInfo(clean_code, clean_name, clean_country)
