"""The bench generator makes a valid, migrated database with the requested counts."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from bench.duplicates import duplicate, keep_telling, shared_details, typo
from bench.generate import Params, cached, generate
from desktop_app.records.text import person_search_text
from desktop_app.store import open_database
from desktop_app.store.migrations import head_revision

PARAMS = Params(persons=300, activities=6, attendance=500, seed=3, duplicates=20)


def _count(connection: sqlite3.Connection, sql: str) -> int:
    return int(connection.execute(sql).fetchone()[0])


def test_generated_database_is_migrated_valid_and_has_the_requested_counts(tmp_path: Path) -> None:
    result = generate(tmp_path / "bench.db", PARAMS)
    connection = sqlite3.connect(result.path)
    try:
        assert _count(connection, "SELECT count(*) FROM person") == 320
        assert _count(connection, "SELECT count(*) FROM activity") == 6
        assert _count(connection, "SELECT count(*) FROM attendance") == 500
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert version == head_revision()
        local = connection.execute("SELECT code FROM site WHERE is_local").fetchall()
        assert local == [("NE-NIA",)]
        blank = "SELECT count(*) FROM {} WHERE uuid IS NULL OR length(uuid) != 32 OR revision != 1"
        for table in ("person", "activity", "attendance", "organisation"):
            assert _count(connection, blank.format(table)) == 0
        roles = {r for (r,) in connection.execute("SELECT DISTINCT role FROM attendance")}
        assert "participant" in roles and len(roles) > 1
    finally:
        connection.close()
    assert len(result.truth) >= 20
    # The file opens as a normal Registre database.
    open_database(result.path).close()


def test_search_text_is_the_registry_normaliser(tmp_path: Path) -> None:
    result = generate(tmp_path / "bench.db", PARAMS)
    connection = sqlite3.connect(result.path)
    rows = connection.execute(
        "SELECT p.family_name, p.given_names, o.name, o.acronym, p.phone, p.email, p.search_text "
        "FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id"
    ).fetchall()
    connection.close()
    for *fields, stored in rows:
        assert stored == person_search_text(*fields)


def test_same_seed_same_database_and_cache_reuses_it(tmp_path: Path) -> None:
    first = cached(PARAMS, tmp_path)
    again = cached(PARAMS, tmp_path)
    assert again.path == first.path and again.truth == first.truth
    other = generate(tmp_path / "other.db", PARAMS)
    query = "SELECT uuid, family_name, given_names, phone FROM person ORDER BY id"
    with sqlite3.connect(first.path) as a, sqlite3.connect(other.path) as b:
        assert a.execute(query).fetchall() == b.execute(query).fetchall()


def test_duplicates_and_namesakes_are_placed_as_real_ones_are(tmp_path: Path) -> None:
    params = Params(persons=2000, activities=30, attendance=3000, seed=4, duplicates=200)
    result = generate(tmp_path / "bench.db", params)
    connection = sqlite3.connect(result.path)
    try:
        # One human signs a sheet once: a duplicate record never sits beside its original.
        activities: dict[str, set[int]] = {}
        for uuid, activity_id in connection.execute(
            "SELECT p.uuid, a.activity_id FROM attendance a JOIN person p ON p.id = a.person_id"
        ):
            activities.setdefault(uuid, set()).add(activity_id)
        for first, second, _kind in result.truth:
            assert not activities.get(first, set()) & activities.get(second, set())
        # An e-mail address is one person's, a duplicate's aside.
        emails = [
            e for (e,) in connection.execute("SELECT email FROM person WHERE email IS NOT NULL")
        ]
        copies = {second for _first, second, _kind in result.truth}
        originals = connection.execute(
            "SELECT email FROM person WHERE email IS NOT NULL AND uuid NOT IN ({})".format(
                ",".join("?" * len(copies))
            ),
            sorted(copies),
        ).fetchall()
        assert len(originals) == len(set(originals)) and len(emails) > 300
        # A local body's people mostly come from its region.
        local = connection.execute(
            "SELECT o.name, p.region FROM person p JOIN organisation o ON o.id = p.organisation_id "
            "WHERE o.name LIKE 'Mairie de %'"
        ).fetchall()
        at_home = sum(name.endswith(" " + region) for name, region in local)
        assert len(local) > 20 and at_home > len(local) / 2
        # Partners send their people: far more of them than chance would bring.
        by_chance = 0.0
        for _activity, rows, members, pool in connection.execute(
            "SELECT ap.activity_id, count(DISTINCT a.id), "
            " (SELECT count(*) FROM person p WHERE p.organisation_id = ap.organisation_id), "
            " (SELECT count(*) FROM person p, activity v "
            "  WHERE v.id = ap.activity_id AND p.nationality = v.country) "
            "FROM activity_partner ap JOIN attendance a ON a.activity_id = ap.activity_id "
            "GROUP BY ap.activity_id, ap.organisation_id"
        ):
            by_chance += rows * members / pool
        from_partners = _count(
            connection,
            "SELECT count(*) FROM attendance a JOIN person p ON p.id = a.person_id "
            "JOIN activity_partner ap ON ap.activity_id = a.activity_id "
            "AND ap.organisation_id = p.organisation_id",
        )
        assert from_partners > 3 * by_chance > 0
    finally:
        connection.close()
    # Some duplicates give their phone mistyped or another number, as second sheets do.
    by_uuid = dict(sqlite3.connect(result.path).execute("SELECT uuid, phone FROM person"))
    changed = [
        (by_uuid[a], by_uuid[b])
        for a, b, kind in result.truth
        if kind != "phone_format" and by_uuid[a] and by_uuid[b] and by_uuid[a] != by_uuid[b]
    ]
    assert changed


ORIGINAL = {
    "family_name": "CISSÉ",
    "given_names": "Kadidiatou Mariama",
    "sex": "F",
    "birth_year": 1971,
    "organisation_id": 7,
    "category": "oversight",
    "position": None,  # a birth year and an organisation only: now and then both lost
    "phone": None,
    "email": None,
    "region": "Gao",
}


def test_a_typo_changes_letters_never_the_space_or_apostrophe_between_them() -> None:
    # "KadidiatouzMariama" joined two given names and "ND'iaye" moved an apostrophe: other
    # mistakes than the one letter mistyped a typo stands for.
    rng = random.Random(1)
    for text in ("Kadidiatou Mariama", "N'DIAYE", "Ali Awa", "Sékou Adamou"):
        separators = [c for c in text if not c.isalpha()]
        for _ in range(300):
            typed = typo(rng, text)
            assert [c for c in typed if not c.isalpha()] == separators, typed
            assert typed.split() and len(typed.split()) == len(text.split())


def test_a_duplicate_without_given_names_keeps_what_tells_it_from_namesakes() -> None:
    rng, realism = random.Random(2), random.Random(3)
    kept = {"phone": 0, "email": 0, "birth_year": 0, "organisation_id": 0, "position": 0}
    given_back = 0
    for number in range(2000):
        copy = duplicate(rng, ORIGINAL, "missing_given", [7, 8, 9], realism)
        lost_all = not shared_details(ORIGINAL, copy)
        kind = keep_telling(random.Random(number), ORIGINAL, copy, "missing_given")
        assert kind == "missing_given" and copy["given_names"] == ""
        shared = shared_details(ORIGINAL, copy)
        assert shared, copy
        given_back += lost_all
        for detail in shared:
            kept[detail] += 1
    # The losses are still drawn detail by detail: only the rows that lost them all get one back.
    assert 5 < given_back < 60 and min(kept["birth_year"], kept["organisation_id"]) > 1500
    # A person known by a family name, a sex and a region only: another kind of difference.
    bare = {**ORIGINAL, "birth_year": None, "organisation_id": None}
    copy = duplicate(rng, bare, "missing_given", [7], realism)
    kind = keep_telling(random.Random(4), bare, copy, "missing_given")
    assert kind != "missing_given" and copy["given_names"]
