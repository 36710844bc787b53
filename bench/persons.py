"""Generated persons, and known duplicates of some of them (bench/duplicates.py: the differences
that real sign-in sheets bring)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from bench import names
from bench.duplicates import ascii_text, choose_kind, duplicate, keep_telling
from desktop_app.records.text import normalise, person_search_text

# Where a local body's people come from: its own region, for most of them (version 3).
REGION_OF_PLACE = 0.7


@dataclass
class PersonRows:
    rows: list[dict[str, Any]] = field(default_factory=list)
    by_country: dict[str, list[int]] = field(default_factory=lambda: {"NE": [], "ML": []})
    truth: list[tuple[str, str, str]] = field(default_factory=list)
    human: dict[int, int] = field(default_factory=dict)  # a duplicate's id -> its original's


def place_of(organisation: dict[str, Any] | None, regions: tuple[str, ...]) -> str | None:
    """The region a local body is named after ("Mairie de Tahoua"), None for a national one."""
    name = organisation["name"] if organisation else ""
    return next((region for region in regions if name.endswith(f" {region}")), None)


def _zipf(count: int, offset: float) -> list[float]:
    """Cumulative weights that make the first entries much more common than the last."""
    total = 0.0
    cumulative = []
    for rank in range(count):
        total += 1.0 / (rank + offset)
        cumulative.append(total)
    return cumulative


def make_persons(
    rng: random.Random,
    count: int,
    duplicates: int,
    organisations: list[dict[str, Any]],
    realism: random.Random | None = None,
) -> PersonRows:
    """`realism` draws what version 3 added (unique e-mails, regions of local bodies, phones
    of duplicates mistyped or changed), apart from `rng`, so that `rng` draws what version 2
    drew: the registries differ by these additions only."""
    realism = realism or random.Random(0)
    result = PersonRows()
    used_emails: set[str] = set()
    family_weights = _zipf(len(names.FAMILY_NAMES), 8)
    female_weights = _zipf(len(names.FEMALE_GIVEN), 6)
    male_weights = _zipf(len(names.MALE_GIVEN), 6)
    orgs_by_country = {
        country: [o for o in organisations if o["country"] in (country, None)]
        for country in ("NE", "ML")
    }
    org_weights = {c: _zipf(len(o), 10) for c, o in orgs_by_country.items()}
    for number in range(1, count + 1):
        country = "NE" if rng.random() < 0.55 else "ML"
        sex = rng.choices(("F", "M", None), (44, 54, 2))[0]
        female = sex == "F" or (sex is None and rng.random() < 0.5)
        pool, weights = (
            (names.FEMALE_GIVEN, female_weights) if female else (names.MALE_GIVEN, male_weights)
        )
        given_count = rng.choices((0, 1, 2), (2, 68, 30))[0]
        given = " ".join(dict.fromkeys(rng.choices(pool, cum_weights=weights, k=given_count)))
        family = rng.choices(names.FAMILY_NAMES, cum_weights=family_weights)[0]
        if rng.random() < 0.2:
            family = family.title()
        organisation = None
        if rng.random() < 0.9:
            choices = orgs_by_country[country]
            organisation = rng.choices(choices, cum_weights=org_weights[country])[0]
        phone = None
        if rng.random() < 0.78:
            prefix = rng.choice(("9", "8", "7") if country == "NE" else ("7", "6", "9", "5"))
            code = "227" if country == "NE" else "223"
            phone = f"+{code}{prefix}{rng.randrange(10_000_000):07d}"
        email = None
        if rng.random() < 0.25:
            first = ascii_text(given.split(" ")[0] or "contact").lower()
            email = f"{first}.{ascii_text(family).lower()}"
            local = email
            email += f"{rng.randrange(10_000)}@example.org"
            while email in used_emails:  # an address is one person's: never two namesakes'
                email = f"{local}{realism.randrange(100_000)}@example.org"
            used_emails.add(email)
        birth_year = rng.randint(1955, 2005) if rng.random() < 0.85 else None
        when = dt.datetime(2021, 1, 1, 8) + dt.timedelta(minutes=rng.randrange(2_600_000))
        site = "NE-NIA" if country == "NE" else "ML-BKO"
        region_pool = names.NE_REGIONS if country == "NE" else names.ML_REGIONS
        row = {
            "id": number,
            "family_name": family,
            "given_names": given,
            "sex": sex,
            "birth_year": birth_year,
            "age_band": None,
            "organisation_id": organisation["id"] if organisation else None,
            "position": rng.choice(names.POSITIONS) if rng.random() < 0.6 else None,
            "category": organisation["category"] if organisation else "other",
            "region": _region(rng, realism, organisation, region_pool),
            "nationality": country,
            "phone": phone,
            "email": email,
            "consent_contact": int(rng.random() < 0.7),
            "search_text": "",
            "uuid": f"{rng.getrandbits(128):032x}",
            "origin_site": site,
            "revision": 1,
            "changed_at": when.isoformat(sep=" ", timespec="microseconds"),
            "changed_by_site": site,
            "synced_revision": 0,
            "deleted": 0,
        }
        result.rows.append(row)
        result.by_country[country].append(number)
    _add_duplicates(rng, realism, result, duplicates)
    by_id = {o["id"]: o for o in organisations}
    for row in result.rows:
        organisation = by_id.get(row["organisation_id"])
        row["search_text"] = search_text(
            row["family_name"],
            row["given_names"],
            organisation["name"] if organisation else None,
            organisation["acronym"] if organisation else None,
            row["phone"],
            row["email"],
        )
    return result


@lru_cache(maxsize=100_000)
def _names_text(family: str, given: str, organisation: str | None, acronym: str | None) -> str:
    return person_search_text(family, given, organisation, acronym)


def search_text(
    family: str,
    given: str,
    organisation: str | None,
    acronym: str | None,
    phone: str | None,
    email: str | None,
) -> str:
    """person_search_text's result, computed faster: names cached, generated phones read
    directly instead of through the phone library (a test checks both agree)."""
    parts = [_names_text(family, given, organisation, acronym)]
    if phone:
        digits = "".join(c for c in phone if c.isdigit())
        parts.append(f"{digits} {digits[3:]}" if phone.startswith("+") else digits)
    if email:
        parts.append(normalise(email))
    return " ".join(part for part in parts if part)


def _region(
    rng: random.Random,
    realism: random.Random,
    organisation: dict[str, Any] | None,
    regions: tuple[str, ...],
) -> str:
    region = rng.choice(regions)
    place = place_of(organisation, regions)
    return place if place and realism.random() < REGION_OF_PLACE else region


def _add_duplicates(
    rng: random.Random, realism: random.Random, result: PersonRows, count: int
) -> None:
    organisation_ids = sorted({r["organisation_id"] for r in result.rows if r["organisation_id"]})
    originals = rng.sample(result.rows, min(count, len(result.rows)))
    # About one original in ten is typed three times: two duplicates of the same person.
    cluster: dict[str, list[str]] = {}
    next_id = len(result.rows) + 1
    for index in range(count):
        original = originals[index] if index < len(originals) else rng.choice(result.rows)
        if index % 10 == 9 and index > 0:
            original = originals[index - 1]
        kind = choose_kind(rng, original)
        copy = duplicate(rng, original, kind, organisation_ids, realism)
        # Version 4's draws come from a generator of each duplicate's own: the others draw
        # what they drew in version 3.
        own = random.Random(f"{original['uuid']}-{index}")
        kind = keep_telling(own, original, copy, kind)
        copy["id"] = next_id
        result.human[next_id] = result.human.get(original["id"], original["id"])
        copy["uuid"] = f"{rng.getrandbits(128):032x}"
        result.rows.append(copy)
        result.by_country[copy["nationality"]].append(next_id)
        next_id += 1
        family = cluster.setdefault(original["uuid"], [original["uuid"]])
        for other in family:
            result.truth.append((other, copy["uuid"], kind))
        family.append(copy["uuid"])
