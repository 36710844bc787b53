"""Badge tokens and what a scan names: the person, a survivor of a merge, or why nobody."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop_app.activities.attendance import list_attendance
from desktop_app.dedup.merge import merge_persons
from desktop_app.door.badges import issue_badges, revoke_badge
from desktop_app.door.scans import check_in_scan, read_scan
from desktop_app.door.tokens import ALPHABET, LENGTH, is_intact, new_token, scanned, spaced
from desktop_app.messages import RegistreError
from desktop_app.registry.persons import delete_person
from desktop_app.store import Database
from tests.cli.conftest import Run
from tests.factories import MakeActivity, MakePerson

DAY = dt.date(2022, 12, 5)


def test_every_single_letter_misread_is_caught() -> None:
    token = new_token()
    assert len(token) == LENGTH and is_intact(token)
    for place in range(2, LENGTH):
        for letter in ALPHABET:
            if letter != token[place]:
                assert not is_intact(token[:place] + letter + token[place + 1 :])
    swapped = [
        token[:place] + token[place + 1] + token[place] + token[place + 2 :]
        for place in range(2, LENGTH - 1)
        if token[place] != token[place + 1]
    ]
    assert not any(is_intact(t) for t in swapped)


def test_a_name_is_never_taken_for_a_badge() -> None:
    for text in ("DIALLO Awa", "rg", "Régis GUIDIMEY", "RGBCDEFGHIJKLNPRSTU1", "", "  "):
        assert scanned(text) is None
    token = new_token()
    assert scanned(f"  {spaced(token).lower()} ") == token  # typed by hand from the badge
    assert set(token) <= set(ALPHABET) | {"R", "G"}
    assert not set(token) & set("AQWZM0123456789")  # the keys AZERTY and QWERTY disagree on


def test_the_same_badge_from_one_activity_to_the_next(
    db: Database, make_activity: MakeActivity, make_person: MakePerson
) -> None:
    awa = make_person("DIALLO", "Awa")
    first = make_activity()
    second = make_activity(
        title="Deuxième atelier", start_date=dt.date(2023, 1, 10), end_date=dt.date(2023, 1, 10)
    )
    (badge,) = issue_badges(db, [awa.id])
    again = issue_badges(db, [awa.id])
    assert again[0].token == badge.token and not again[0].new
    person, row = check_in_scan(db, first.id, DAY, badge.token)
    assert person.person_id == awa.id and row.role == "participant"
    _, row = check_in_scan(db, second.id, dt.date(2023, 1, 10), badge.token)
    assert row.activity_id == second.id


def test_a_merged_persons_badge_checks_the_survivor_in(
    db: Database, make_activity: MakeActivity, make_person: MakePerson
) -> None:
    activity = make_activity()
    kept = make_person("SOUMANA", "Mariama", phone="+22790000001")
    merged = make_person("SOUMANA", "Mariam", phone="+22790000001")
    (badge,) = issue_badges(db, [merged.id])
    merge_persons(db, kept.id, merged.id)
    person, _row = check_in_scan(db, activity.id, DAY, badge.token)
    assert person.person_id == kept.id
    assert [a.person_id for a in list_attendance(db, activity.id)] == [kept.id]


def test_why_a_scan_names_nobody(
    db: Database, make_activity: MakeActivity, make_person: MakePerson
) -> None:
    activity = make_activity()
    awa, moussa = make_person("DIALLO", "Awa"), make_person("KONÉ", "Moussa")
    lost, gone = issue_badges(db, [awa.id, moussa.id])
    revoke_badge(db, lost.token)
    delete_person(db, moussa.id)
    unknown = new_token()
    problems = {
        "unknown": read_scan(db, unknown),
        "revoked": read_scan(db, lost.token),
        "gone": read_scan(db, gone.token),
        "misread": read_scan(db, lost.token[:-1] + ("B" if lost.token[-1] != "B" else "C")),
    }
    texts = {k: v.problem.render() for k, v in problems.items() if v and v.problem}
    assert texts["unknown"].startswith(f"Unknown badge {unknown}: nobody was checked in.")
    assert texts["revoked"].startswith("This badge was revoked")
    assert "no longer in the registry" in texts["gone"]
    assert "misread" in texts["misread"]
    for text in (unknown, lost.token):
        with pytest.raises(RegistreError):
            check_in_scan(db, activity.id, DAY, text)
    assert list_attendance(db, activity.id) == []
    with pytest.raises(RegistreError, match="No badge has the code"):
        revoke_badge(db, unknown)


def test_checkin_with_a_token_from_the_command_line(
    db_path: Path, db: Database, run: Run, make_activity: MakeActivity, make_person: MakePerson
) -> None:
    activity = make_activity()
    awa = make_person("DIALLO", "Awa")
    (badge,) = issue_badges(db, [awa.id])
    args = ["checkin", "--activity", str(activity.id), "--day", "2022-12-05", "--token"]
    done = run(db_path, *args, badge.token)
    assert done.code == 0 and "badge of DIALLO Awa" in done.err
    assert done.out.strip().isdigit()
    refused = run(db_path, *args, new_token())
    assert refused.code != 0 and "Unknown badge" in refused.err
    both = run(db_path, *args, badge.token, "--person", str(awa.id))
    assert both.code != 0 and "one of them" in both.err
    neither = run(db_path, "checkin", "--activity", str(activity.id), "--day", "2022-12-05")
    assert neither.code != 0 and "--person ID or --token CODE" in neither.err
