"""The duplicate finder's missed and false pairs on a generated registry, one by one, to judge
by eye what a careful person would call them.

    python -m bench.dedup_pairs [--seed N | --db PATH] [--missed | --false] [--kind KIND]
                                [--limit N]

Each pair is printed with the score and reasons it has at any threshold (even below the
finder's, or outside its blocks: `blocked` says whether the finder compares it), both records
in full, and what their attendance shares: activities attended by both, and activities of one
whose partner institutions are the other's organisation.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from bench.bench_dedup import load_truth
from bench.generate import Params, cached
from desktop_app.dedup.finder import by_id, candidate_pairs, find_duplicates, pair_key
from desktop_app.dedup.index import RegistryLookup
from desktop_app.dedup.records import PersonRecord, records_of
from desktop_app.dedup.score import score
from desktop_app.registry.person_index import PersonIndex
from desktop_app.store import Database, open_database


def attendance_of(database: Database) -> tuple[dict[int, set[int]], dict[int, set[int]]]:
    """Each person's activities, and each activity's partner organisations."""
    activities: defaultdict[int, set[int]] = defaultdict(set)
    partners: defaultdict[int, set[int]] = defaultdict(set)
    with database.session() as session:
        connection = session.connection()
        for person, activity in connection.exec_driver_sql(
            "SELECT person_id, activity_id FROM attendance WHERE NOT deleted"
        ):
            activities[person].add(activity)
        for activity, organisation in connection.exec_driver_sql(
            "SELECT activity_id, organisation_id FROM activity_partner"
        ):
            partners[activity].add(organisation)
    return dict(activities), dict(partners)


def describe(record: PersonRecord) -> str:
    return (
        f"#{record.id} {record.family_name!r} {record.given_names!r} sex={record.sex} "
        f"born={record.birth_year} org={record.organisation_id} region={record.region} "
        f"pos={record.position} phone={record.phone} email={record.email}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.dedup_pairs", description=__doc__)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--missed", action="store_true", help="only the known pairs not found")
    parser.add_argument("--false", action="store_true", help="only the pairs found wrongly")
    parser.add_argument("--kind", help="only the missed pairs of this kind")
    parser.add_argument("--limit", type=int, default=1000)
    args = parser.parse_args(argv)
    path = args.db or cached(Params(**{**asdict(Params(duplicates=2000)), "seed": args.seed})).path
    known = {pair_key(a, b): kind for a, b, kind in load_truth(path)}
    database = open_database(path)
    try:
        found = {pair_key(p.first.uuid, p.second.uuid): p for p in find_duplicates(database)}
        rows, organisations = PersonIndex.of(database).snapshot()
        made = records_of(rows.values(), organisations)
        index = RegistryLookup.build(rows, organisations, made)
        records = by_id(made)
        blocked = candidate_pairs(index, records, name_alone=False)
        activities, partners = attendance_of(database)
    finally:
        database.close()
    by_uuid = {record.uuid: record.id for record in made}

    def show(first: str, second: str, label: str) -> None:
        i, j = sorted((by_uuid[first], by_uuid[second]))
        a, b = records[i], records[j]
        often = index.name_frequency(a.name_key, b.name_key)
        size = index.shared_organisation_size(a, b)
        value, reasons = score(a, b, often, 0, organisation_size=size)
        shared = activities.get(a.id, set()) & activities.get(b.id, set())
        via_a = {x for x in activities.get(a.id, ()) if b.organisation_id in partners.get(x, ())}
        via_b = {x for x in activities.get(b.id, ()) if a.organisation_id in partners.get(x, ())}
        print(f"{label} score={value} blocked={(i, j) in blocked} freq={often} orgsize={size}")
        print(f"   {', '.join(reasons)}")
        print(f"   A {describe(a)} acts={len(activities.get(a.id, ()))}")
        print(f"   B {describe(b)} acts={len(activities.get(b.id, ()))}")
        print(f"   shared acts={len(shared)} A at B's partners={len(via_a)} B at A's={len(via_b)}")

    shown = 0
    if not args.false:
        for (first, second), kind in sorted(known.items(), key=lambda item: item[1]):
            if (first, second) in found or (args.kind and kind != args.kind):
                continue
            show(first, second, f"MISSED {kind}")
            shown += 1
            if shown >= args.limit:
                return 0
    if not args.missed:
        for key, pair in found.items():
            if key in known:
                continue
            show(*key, f"FALSE (found at {pair.score})")
            shown += 1
            if shown >= args.limit:
                break
    return 0


if __name__ == "__main__":
    sys.exit(main())
