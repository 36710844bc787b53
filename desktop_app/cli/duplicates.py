"""`registre duplicates list | merge | distinct`: each person once."""

from __future__ import annotations

import argparse
import json

from desktop_app.cli import output
from desktop_app.dedup.finder import DuplicatePair, PersonSummary, find_duplicates, mark_distinct
from desktop_app.dedup.merge import merge_persons
from desktop_app.dedup.score import DEFAULT_MIN_SCORE, reason_message
from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.store import Database


def score(text: str) -> int:
    """A score from 0 to 100, for --min-score."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(
            output.text(
                QT_TRANSLATE_NOOP("Cli", "{value} is not a score from 0 to 100"), value=repr(text)
            )
        )
    return value


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    duplicates = commands.add_parser("duplicates")
    actions = duplicates.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = actions.add_parser(
        "list", help=QT_TRANSLATE_NOOP("Cli", "candidate pairs, best first")
    )
    listing.add_argument(
        "--min-score",
        type=score,
        default=DEFAULT_MIN_SCORE,
        help=QT_TRANSLATE_NOOP("Cli", "lowest score shown, 0-100 (default %(default)s)"),
    )
    listing.add_argument("--format", choices=("text", "json"), default="text")
    listing.set_defaults(handler=run_list)

    merge = actions.add_parser(
        "merge",
        help=QT_TRANSLATE_NOOP(
            "Cli", "merge OTHER_ID into KEEP_ID: attendance moves, OTHER_ID is retired"
        ),
    )
    merge.add_argument("keep_id", type=int, metavar="KEEP_ID")
    merge.add_argument("other_id", type=int, metavar="OTHER_ID")
    merge.set_defaults(handler=run_merge)

    distinct = actions.add_parser(
        "distinct", help=QT_TRANSLATE_NOOP("Cli", "remember that two persons are different people")
    )
    distinct.add_argument("first_id", type=int, metavar="ID1")
    distinct.add_argument("second_id", type=int, metavar="ID2")
    distinct.set_defaults(handler=run_distinct)


def _describe(person: PersonSummary) -> str:
    details = [str(v) for v in (person.birth_year, person.organisation, person.phone) if v]
    suffix = f" ({', '.join(details)})" if details else ""
    return f"#{person.id} {person.display_name}{suffix}"


def _as_json(pair: DuplicatePair) -> dict[str, object]:
    def side(person: PersonSummary) -> dict[str, object]:
        return {
            "id": person.id,
            "uuid": person.uuid,
            "family_name": person.family_name,
            "given_names": person.given_names,
            "sex": person.sex,
            "birth_year": person.birth_year,
            "organisation": person.organisation,
            "phone": person.phone,
            "email": person.email,
            "attendances": person.attendances,
        }

    return {
        "score": pair.score,
        "reasons": list(pair.reasons),
        "first": side(pair.first),
        "second": side(pair.second),
    }


def run_list(args: argparse.Namespace, database: Database) -> int:
    pairs = find_duplicates(database, min_score=args.min_score)
    if args.format == "json":
        print(json.dumps([_as_json(pair) for pair in pairs], ensure_ascii=False, indent=2))
        return 0
    for pair in pairs:
        reasons = ", ".join(output.render(reason_message(code)) for code in pair.reasons)
        print(f"{pair.score:3d}  {_describe(pair.first)}  |  {_describe(pair.second)}  [{reasons}]")
    output.say(
        QT_TRANSLATE_NOOP("Cli", "Candidate pairs with a score of at least {score}: {count}."),
        count=output.number(len(pairs)),
        score=args.min_score,
    )
    return 0


def run_merge(args: argparse.Namespace, database: Database) -> int:
    result = merge_persons(database, args.keep_id, args.other_id)
    values = {
        "other": args.other_id,
        "kept": result.survivor_id,
        "moved": output.number(result.moved),
        "combined": output.number(result.combined),
    }
    if result.completed:
        output.say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Merged #{other} into #{kept}. Attendance rows moved: {moved}; combined: "
                "{combined}; completed: {fields}.",
            ),
            fields=", ".join(output.field_label("person", key) for key in result.completed),
            **values,
        )
    else:
        output.say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Merged #{other} into #{kept}. Attendance rows moved: {moved}; combined: "
                "{combined}.",
            ),
            **values,
        )
    return 0


def run_distinct(args: argparse.Namespace, database: Database) -> int:
    mark_distinct(database, args.first_id, args.second_id)
    output.say(
        QT_TRANSLATE_NOOP(
            "Cli", "#{first} and #{second} are different people: no longer proposed."
        ),
        first=args.first_id,
        second=args.second_id,
    )
    return 0
