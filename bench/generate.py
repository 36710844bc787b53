"""Build a realistic, seeded Registre database for benches.

    python -m bench.generate --out PATH --persons 100000 --activities 1000 --attendance 200000
                             --seed 1 [--duplicates 2000]

The database is opened and migrated by `open_database`, gets a local site, then all rows go in
through sqlite3 `executemany` in one transaction. `--duplicates N` adds N persons that are known
duplicates of others (typos, swapped names, dropped accents, phone written another way, missing
given name); the true pairs are written beside the database as PATH.truth.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import sqlite3
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bench import names
from bench.persons import PersonRows, make_persons
from desktop_app.store import open_database
from desktop_app.store.models import Site

GENERATOR_VERSION = 4
# An activity's partner institutions send their own people: this share of its participants
# comes from them (version 3; colleagues, namesakes among them, meet at the same events).
PARTNER_SHARE = 1 / 3
OUT_DIR = Path(__file__).resolve().parent / "out"
FIRST_DAY = dt.date(2021, 1, 1)
LAST_DAY = dt.date(2025, 12, 31)
KIND_WEIGHTS = {
    "workshop": 20,
    "training": 18,
    "seminar": 10,
    "symposium": 3,
    "meeting": 20,
    "conference": 5,
    "forum": 4,
    "restitution": 6,
    "consultation": 6,
    "field_visit": 5,
    "other": 3,
}
TEAM_ROLES = ("facilitator", "expert", "moderator", "speaker", "organiser", "interpreter")
SITES = {"NE": "NE-NIA", "ML": "ML-BKO"}


@dataclass(frozen=True)
class Params:
    persons: int = 100_000
    activities: int = 1_000
    attendance: int = 200_000
    seed: int = 1
    duplicates: int = 0

    def file_name(self) -> str:
        return (
            f"registre-v{GENERATOR_VERSION}-p{self.persons}-a{self.activities}"
            f"-k{self.attendance}-d{self.duplicates}-s{self.seed}.db"
        )


@dataclass(frozen=True)
class Generated:
    path: Path
    seconds: float
    # Known duplicates: (uuid, uuid, kind of difference).
    truth: list[tuple[str, str, str]]


def truth_path(path: Path) -> Path:
    return path.with_name(path.name + ".truth.json")


def meta_path(path: Path) -> Path:
    """Where the time the generation took is kept, so that a cached file still reports it."""
    return path.with_name(path.name + ".meta.json")


def generate(path: Path, params: Params) -> Generated:
    """Write a new database at `path` (replacing any file there)."""
    started, cpu_started = time.perf_counter(), time.process_time()
    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)
    database = open_database(path)
    with database.session() as session:
        session.add(Site(code="NE-NIA", name="Niamey", country="NE", is_local=True))
        session.add(Site(code="ML-BKO", name="Bamako", country="ML", is_local=False))
    database.close()

    rng = random.Random(params.seed)
    # What version 3 added is drawn apart: `rng` draws what version 2 drew.
    realism = random.Random(f"{params.seed}-realism")
    organisations = _organisations(rng)
    people = make_persons(rng, params.persons, params.duplicates, organisations, realism)
    activities, partners = _activities(rng, params.activities, organisations)
    attendance = _attendance(rng, params.attendance, activities, people, partners, realism)
    head_counts = _head_counts(rng, activities)

    connection = sqlite3.connect(path)
    connection.execute("PRAGMA cache_size = -262144")  # 256 MiB: indexes stay in memory
    try:
        with connection:
            _insert(connection, "organisation", organisations)
            _insert(connection, "person", people.rows)
            _insert(connection, "activity", activities)
            _insert(connection, "activity_partner", partners)
            _insert(connection, "attendance", attendance)
            _insert(connection, "head_count", head_counts)
    finally:
        connection.close()
    seconds = time.perf_counter() - started
    truth_path(path).write_text(json.dumps(people.truth), encoding="utf-8")
    meta = {"seconds": seconds, "cpu_seconds": time.process_time() - cpu_started}
    meta_path(path).write_text(json.dumps(meta), encoding="utf-8")
    return Generated(path, seconds, people.truth)


def cached(params: Params, out_dir: Path = OUT_DIR) -> Generated:
    """The database for `params` from bench/out/, generated on first use."""
    path = out_dir / params.file_name()
    if path.exists() and truth_path(path).exists():
        truth = [tuple(item) for item in json.loads(truth_path(path).read_text("utf-8"))]
        return Generated(path, math.nan, truth)  # type: ignore[arg-type]
    return generate(path, params)


def _insert(connection: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    columns = list(rows[0])
    sql = (
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})"
    )
    connection.executemany(sql, rows)


def _travel(rng: random.Random, site: str, when: dt.datetime) -> dict[str, Any]:
    return {
        "uuid": f"{rng.getrandbits(128):032x}",
        "origin_site": site,
        "revision": 1,
        "changed_at": when.isoformat(sep=" ", timespec="microseconds"),
        "changed_by_site": site,
        "synced_revision": 0,
        "deleted": 0,
    }


def _organisations(rng: random.Random) -> list[dict[str, Any]]:
    from desktop_app.records.text import organisation_search_text

    found: list[tuple[str, str | None, str, str]] = []
    for country, regions in (("NE", names.NE_REGIONS), ("ML", names.ML_REGIONS)):
        for pattern, acronym, category in names.ORGANISATION_PATTERNS:
            places = regions if "{place}" in pattern else [""]
            for place in places:
                found.append((pattern.format(place=place), acronym, category, country))
    for name, acronym, category in names.INTERNATIONAL:
        found.append((name, acronym, category, "ML"))
    rows = []
    when = dt.datetime(2021, 1, 1, 8)
    for number, (name, acronym, category, country) in enumerate(found, start=1):
        rows.append(
            {
                "id": number,
                "name": name,
                "acronym": acronym,
                "category": category,
                "country": country,
                "search_text": organisation_search_text(name, acronym),
                **_travel(rng, SITES[country], when),
            }
        )
    return rows


def _activities(
    rng: random.Random, count: int, organisations: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    kinds = list(KIND_WEIGHTS)
    weights = list(KIND_WEIGHTS.values())
    span = (LAST_DAY - FIRST_DAY).days
    rows: list[dict[str, Any]] = []
    partners: list[dict[str, Any]] = []
    for number in range(1, count + 1):
        country = "NE" if rng.random() < 0.55 else "ML"
        kind = rng.choices(kinds, weights)[0]
        start = FIRST_DAY + dt.timedelta(days=rng.randrange(span - 3))
        days = rng.choices((1, 2, 3), (60, 25, 15))[0]
        city = rng.choice(names.NE_CITIES if country == "NE" else names.ML_CITIES)
        topic = rng.choice(names.TITLE_TOPICS)
        rows.append(
            {
                "id": number,
                "title": names.KIND_TITLES[kind].format(topic=topic) + f" ({city})",
                "kind": kind,
                "status": rng.choices(("held", "planned", "cancelled"), (92, 5, 3))[0],
                "start_date": start.isoformat(),
                "end_date": (start + dt.timedelta(days=days - 1)).isoformat(),
                "country": country,
                "city": city,
                "venue": rng.choice(names.VENUES),
                "office": SITES[country],
                "project_code": rng.choice(("SSG-NE-07", "SSG-ML-12", "DCAF-SAHEL-3", None)),
                "objectives": None,
                "topics": topic,
                "outcomes": None,
                "follow_up": None,
                "notes": None,
                **_travel(rng, SITES[country], dt.datetime.combine(start, dt.time(7, 30))),
            }
        )
        local = [o["id"] for o in organisations if o["country"] == country]
        for organisation_id in rng.sample(local, rng.choice((0, 1, 1, 2))):
            partners.append({"activity_id": number, "organisation_id": organisation_id})
    return rows, partners


def _attendance(
    rng: random.Random,
    total: int,
    activities: list[dict[str, Any]],
    people: PersonRows,
    partners: list[dict[str, Any]] | None = None,
    realism: random.Random | None = None,
) -> list[dict[str, Any]]:
    """Each activity's rows: its participants drawn from its country's persons (a share of
    them from its partner institutions), each human once (a duplicate record never sits
    beside its original at one activity), present on every day or some."""
    realism = realism or random.Random(0)
    members = _members(people, partners or [])
    sizes = [rng.lognormvariate(0, 0.6) for _ in activities]
    scale = total / sum(sizes) if sizes else 0
    quotas = [int(size * scale) for size in sizes]
    for index in range(total - sum(quotas)):
        quotas[index % len(quotas)] += 1
    all_days = [_days(activity) for activity in activities]
    # An activity holds at most everyone of its country on every day: move the excess on.
    capacities = [
        len(people.by_country[a["country"]]) * len(d)
        for a, d in zip(activities, all_days, strict=True)
    ]
    if total > sum(capacities):
        raise ValueError(f"{total} attendance rows do not fit: add persons or activities")
    excess = sum(max(0, q - c) for q, c in zip(quotas, capacities, strict=True))
    quotas = [min(q, c) for q, c in zip(quotas, capacities, strict=True)]
    for index, capacity in enumerate(capacities):
        moved = min(excess, capacity - quotas[index])
        quotas[index] += moved
        excess -= moved
    rows: list[dict[str, Any]] = []
    for activity, days, quota in zip(activities, all_days, quotas, strict=True):
        pool = people.by_country[activity["country"]]
        wanted = min(len(pool), math.ceil(quota / len(days) * 1.5) + 1)
        chosen = rng.sample(pool, wanted)
        chosen = _one_record_each(
            _with_partners(realism, chosen, members.get(activity["id"])), people
        )
        # Some people miss a day, unless the room must be full every day to reach the quota.
        partial = 0.15 if wanted < len(pool) else 0.0
        left = quota
        for position, person_id in enumerate(chosen):
            if left <= 0:
                break
            present = days
            if rng.random() < partial:
                present = sorted(rng.sample(days, rng.randint(1, len(days))))
            if position == len(chosen) - 1 or len(present) > left:
                present = days[: min(left, len(days))]
            role = "participant"
            if position < 3:
                role = TEAM_ROLES[rng.randrange(len(TEAM_ROLES))]
            elif rng.random() < 0.03:
                role = "observer"
            for day in present:
                checked = None
                if rng.random() < 0.6:
                    moment = dt.datetime.combine(day, dt.time(8)) + dt.timedelta(
                        minutes=rng.randrange(120)
                    )
                    checked = moment.isoformat(sep=" ", timespec="microseconds")
                rows.append(
                    {
                        "activity_id": activity["id"],
                        "person_id": person_id,
                        "day": day.isoformat(),
                        "role": role,
                        "checked_in_at": checked,
                        "signed": int(rng.random() < 0.85),
                        **_travel(rng, activity["office"], dt.datetime.combine(day, dt.time(18))),
                    }
                )
            left -= len(present)
    return rows


def _members(people: PersonRows, partners: list[dict[str, Any]]) -> dict[int, list[int]]:
    """The persons of each activity's partner institutions (of its country: they are in its
    pool), by activity id."""
    by_organisation: dict[int, list[int]] = {}
    for row in people.rows:
        if row["organisation_id"] is not None:
            by_organisation.setdefault(row["organisation_id"], []).append(row["id"])
    members: dict[int, list[int]] = {}
    for partner in partners:
        found = by_organisation.get(partner["organisation_id"], [])
        members.setdefault(partner["activity_id"], []).extend(found)
    return members


def _with_partners(rng: random.Random, chosen: list[int], members: list[int] | None) -> list[int]:
    """`chosen` with its first `PARTNER_SHARE` replaced by persons of the partners."""
    wanted = round(len(chosen) * PARTNER_SHARE)
    if not members or not wanted:
        return chosen
    invited = rng.sample(members, min(wanted, len(members)))
    return list(dict.fromkeys([*invited, *chosen[len(invited) :]]))


def _one_record_each(chosen: list[int], people: PersonRows) -> list[int]:
    """`chosen` without the records of a human already in it (the first record kept)."""
    seen: set[int] = set()
    kept = []
    for person_id in chosen:
        human = people.human.get(person_id, person_id)
        if human not in seen:
            seen.add(human)
            kept.append(person_id)
    return kept


def _days(activity: dict[str, Any]) -> list[dt.date]:
    start = dt.date.fromisoformat(activity["start_date"])
    end = dt.date.fromisoformat(activity["end_date"])
    return [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]


def _head_counts(rng: random.Random, activities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for activity in activities:
        if rng.random() >= 0.1:
            continue
        total = rng.randint(20, 200)
        day = activity["start_date"] if rng.random() < 0.3 else None
        rows.append(
            {
                "activity_id": activity["id"],
                "day": day,
                "total": total,
                "women": int(total * rng.uniform(0.15, 0.45)),
                "youth": int(total * rng.uniform(0.1, 0.3)) if rng.random() < 0.7 else None,
                "note": "Participants non nommés",
                **_travel(
                    rng,
                    activity["office"],
                    dt.datetime.combine(dt.date.fromisoformat(activity["end_date"]), dt.time(18)),
                ),
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    defaults = Params()
    for name, value in asdict(defaults).items():
        parser.add_argument(f"--{name}", type=int, default=value)
    args = parser.parse_args(argv)
    params = Params(**{name: getattr(args, name) for name in asdict(defaults)})
    result = generate(args.out, params)
    print(
        f"{result.path}: {params.persons} persons (+{params.duplicates} duplicates), "
        f"{params.activities} activities, {params.attendance} attendance rows "
        f"in {result.seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
