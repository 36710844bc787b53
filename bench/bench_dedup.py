"""Duplicate finder and person matcher figures: time over the whole registry, precision and
recall against the generator's known duplicates (by kind of difference), matching a 300-row
sign-in sheet, and the memory the person index holds (its rows, the search texts, the matcher's
lookup).

    python -m bench.bench_dedup [--db PATH] [--persons N --duplicates N --seed N ...]

Without --db, the database is bench/out's for the parameters (generated on first use), as
`python -m bench.run --only dedup` uses it.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import time
import tracemalloc
from collections import Counter
from dataclasses import asdict
from pathlib import Path

from bench.generate import Params, cached, truth_path
from desktop_app.dedup.finder import DuplicatePair, find_duplicates, pair_key
from desktop_app.dedup.index import RegistryLookup
from desktop_app.dedup.match import PersonMatcher
from desktop_app.dedup.records import forget_normalised_names, load_records
from desktop_app.dedup.score import DEFAULT_MIN_SCORE
from desktop_app.registry.person_index import PersonIndex
from desktop_app.registry.person_search import SearchTexts, search_persons
from desktop_app.store import Database, open_database

SHEET_ROWS = 300
LOW_SCORE = 50  # what a user tries when the default finds too little
Figures = list[tuple[str, str]]


def load_truth(db_path: Path) -> list[tuple[str, str, str]]:
    path = truth_path(db_path)
    if not path.exists():
        return []
    return [(a, b, kind) for a, b, kind in json.loads(path.read_text("utf-8"))]


def timed(seconds: float, cpu: float) -> str:
    """Wall time, and the process's own CPU time (what it costs on a machine shared with others)."""
    return f"{seconds:.2f} s (CPU {cpu:.2f} s)"


def run(db_path: Path) -> Figures:
    figures: Figures = []
    database = open_database(db_path)
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        pairs = find_duplicates(database)
        figures.append(
            (
                "duplicate candidates, whole registry",
                timed(time.perf_counter() - wall, time.process_time() - cpu),
            )
        )
        figures.append((f"  pairs proposed (score >= {DEFAULT_MIN_SCORE})", str(len(pairs))))
        truth = load_truth(db_path)
        if truth:
            found = {pair_key(p.first.uuid, p.second.uuid) for p in pairs}
            figures.extend(quality(found, truth))
            figures.extend(precision_by_name(pairs, truth))
        wall, cpu = time.perf_counter(), time.process_time()
        low = find_duplicates(database, min_score=LOW_SCORE)
        spent = timed(time.perf_counter() - wall, time.process_time() - cpu)
        figures.append((f"duplicate candidates at score {LOW_SCORE}", spent))
        figures.append((f"  pairs proposed (score >= {LOW_SCORE})", f"{len(low):,}"))
        figures.extend(sheet_matching(database))
        figures.extend(index_memory(database))
    finally:
        database.close()
    return figures


def quality(found: set[tuple[str, str]], truth: list[tuple[str, str, str]]) -> Figures:
    known = {pair_key(a, b): kind for a, b, kind in truth}
    true_positive = len(found & known.keys())
    precision = true_positive / len(found) if found else 0.0
    recall = true_positive / len(known)
    figures = [
        ("  precision", f"{precision:.3f} ({true_positive}/{len(found)})"),
        ("  recall", f"{recall:.3f} ({true_positive}/{len(known)})"),
    ]
    by_kind = Counter(known.values())
    found_by_kind = Counter(kind for pair, kind in known.items() if pair in found)
    for kind in sorted(by_kind):
        share = f"{found_by_kind[kind] / by_kind[kind]:.3f}"
        figures.append((f"    recall, {kind}", f"{share} ({found_by_kind[kind]}/{by_kind[kind]})"))
    return figures


# What the names of a proposed pair are, and the kinds of known duplicates it stands for: false
# pairs have no kind, so precision is given by what the matcher saw in the names.
NAME_REASONS = {
    "same_name": "same name (accents, swapped, phone_format)",
    "similar_name": "similar name (typo, vowels, typo_each_part, given_prefix)",
    "name_part": "a name part missing (missing_given, fewer_given)",
}


def precision_by_name(pairs: list[DuplicatePair], truth: list[tuple[str, str, str]]) -> Figures:
    known = {pair_key(a, b) for a, b, _kind in truth}
    proposed: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for pair in pairs:
        reason = next((r for r in pair.reasons if r in NAME_REASONS), "")
        proposed[reason] += 1
        right[reason] += pair_key(pair.first.uuid, pair.second.uuid) in known
    return [
        (
            f"    precision, {label}",
            f"{right[code] / proposed[code]:.3f} ({right[code]}/{proposed[code]})",
        )
        for code, label in NAME_REASONS.items()
        if proposed[code]
    ]


def sheet_matching(database: Database) -> Figures:
    # The finder above read the registry and normalised every name: start cold again.
    PersonIndex.forget(database)
    forget_normalised_names()
    wall, cpu = time.perf_counter(), time.process_time()
    matcher = PersonMatcher.from_database(database)
    built = timed(time.perf_counter() - wall, time.process_time() - cpu)
    # A sheet of people already in the registry typed again: names swapped on one row in three,
    # the phone without its country code on one in two.
    rng = random.Random(7)
    records = load_records(database)
    rows = rng.sample(records, min(SHEET_ROWS, len(records)))
    wall, cpu = time.perf_counter(), time.process_time()
    offered = 0
    for number, record in enumerate(rows):
        family, given = record.family_name, record.given_names
        if number % 3 == 1:
            family, given = given, family
        phone = record.phone[4:] if record.phone and number % 2 else record.phone
        matches = matcher.match(family, given, phone=phone, birth_year=record.birth_year)
        offered += any(match.id == record.id for match in matches)
    matched = timed(time.perf_counter() - wall, time.process_time() - cpu)
    return [
        ("matcher index build (once)", built),
        (f"{len(rows)}-row sheet matched", matched),
        ("  rows whose person is offered", f"{offered}/{len(rows)}"),
    ]


def index_memory(database: Database) -> Figures:
    """What the person index keeps in memory once the registry search and the matcher have
    been used (the window's case): traced allocations still held, the normalised names'
    caches included (measured with tracemalloc on, hence no time here)."""
    PersonIndex.forget(database)
    forget_normalised_names()
    gc.collect()
    tracemalloc.start()
    try:
        search_persons(database, "warm up")
        rows = tracemalloc.get_traced_memory()[0]
        index = PersonIndex.of(database)
        index.part(RegistryLookup)
        gc.collect()
        held, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return [
        (
            f"person index in memory ({len(index.rows):,} persons)",
            f"{held / 1e6:.0f} MB (peak {peak / 1e6:.0f} MB)",
        ),
        ("  of which rows and search texts", f"{rows / 1e6:.0f} MB"),
        ("  parts made", ", ".join(kind.__name__ for kind in (SearchTexts, RegistryLookup)
                                   if index.has(kind))),
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_dedup", description=__doc__)
    parser.add_argument("--db", type=Path, help="a generated database (with PATH.truth.json)")
    defaults = Params(duplicates=2000)
    for name, value in asdict(defaults).items():
        parser.add_argument(f"--{name}", type=int, default=value)
    args = parser.parse_args(argv)
    if args.db is None:
        params = Params(**{name: getattr(args, name) for name in asdict(defaults)})
        args.db = cached(params).path
    print(f"database: {args.db}")
    figures = run(args.db)
    width = max(len(label) for label, _value in figures)
    for label, value in figures:
        print(f"  {label.ljust(width)}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
