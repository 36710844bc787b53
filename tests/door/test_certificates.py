"""Certificates of participation: issued only to those who met the activity's completion rule
(the count "completed" counts the same persons), signed, verified offline; a tampered
certificate fails."""

from __future__ import annotations

import base64
import datetime as dt
import json
from pathlib import Path

import pytest
import zxingcpp
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.activities.attendance import change_role, check_in
from desktop_app.activities.counting import activity_counts
from desktop_app.door.badges import issue_badges
from desktop_app.door.certificate_pages import certificate_book
from desktop_app.door.certificates import (
    organisation_public_key,
    read_public_key,
    verify,
)
from desktop_app.door.expected import add_expected, expected_day
from desktop_app.door.rules import door_rules, set_door_rules
from desktop_app.door.scans import check_in_scan
from desktop_app.messages import RegistreError
from desktop_app.records.validation import ValidationError
from desktop_app.reports.pdf_cards import certificate_page_image
from desktop_app.store import Database
from tests.cli.conftest import Run
from tests.factories import MakeActivity, MakePerson

SCREENSHOTS = Path(__file__).parents[2] / "screenshots"  # git-ignored, looked at by hand
SCREENSHOTS.mkdir(exist_ok=True)
DAYS = [dt.date(2022, 12, 5), dt.date(2022, 12, 6), dt.date(2022, 12, 7)]


def _the_event(db: Database, make_activity: MakeActivity, make_person: MakePerson) -> dict:
    """40 invited to a three-day training. Day 1: 30 scan their badge in, 5 are typed in (3 of
    the list, 2 walk-ins). Days 2 and 3: persons 0-19 scan again, and the 2 walk-ins come back;
    person 20 comes on day 2 only. Person 0 is the facilitator (the team, not a participant)."""
    activity = make_activity(title="Formation des formateurs", kind="training")
    invited = [
        make_person(
            f"INVITÉ{n:02d}", "Awa" if n % 2 == 0 else "Moussa", sex="F" if n % 2 == 0 else "M"
        )
        for n in range(40)
    ]
    walk_ins = [make_person("ZONGO", "Rasmata", sex="F"), make_person("BARRY", "Alpha", sex="M")]
    add_expected(db, activity.id, [p.id for p in invited])
    codes = {b.person_id: b.token for b in issue_badges(db, [p.id for p in invited[:30]])}
    for person in invited[:30]:
        check_in_scan(db, activity.id, DAYS[0], codes[person.id])
    for person in [*invited[30:33], *walk_ins]:
        check_in(db, activity.id, person.id, DAYS[0])
    for day in DAYS[1:]:
        for person in invited[:20]:
            check_in_scan(db, activity.id, day, codes[person.id])
        for person in walk_ins:
            check_in(db, activity.id, person.id, day)
    check_in(db, activity.id, invited[20].id, DAYS[1])
    facilitator = [check_in(db, activity.id, invited[0].id, day) for day in DAYS]
    for row in facilitator:
        change_role(db, row.id, "facilitator")
    return {"activity": activity, "invited": invited, "walk_ins": walk_ins}


def test_the_event_by_hand_then_the_certificates(
    db: Database, make_activity: MakeActivity, make_person: MakePerson, tmp_path: Path
) -> None:
    event = _the_event(db, make_activity, make_person)
    activity = event["activity"]
    # By hand: on day 1, 33 of the 40 arrived, 7 not yet, 2 not invited. Participants: 35
    # checked in, less the facilitator: 34. Completed (3 of 3 days: 80 % of 3 is 2.4, so 3):
    # persons 1-19 and the 2 walk-ins, 21; person 20 (2 days) and the facilitator are not.
    day1 = expected_day(db, activity.id, DAYS[0])
    assert (day1.expected, day1.arrived, len(day1.not_yet), len(day1.walk_ins)) == (40, 33, 7, 2)
    counts = activity_counts(db, activity.id)
    assert (counts.participants, counts.completion, counts.team) == (34, 21, 1)
    book, done = certificate_book(
        db, activity.id, language="fr", issuer="Centre pour la gouvernance", issued=DAYS[2]
    )
    completed = {event["invited"][n].id for n in range(1, 20)} | {p.id for p in event["walk_ins"]}
    assert {item.person_id for item in done} == completed and len(book.pages) == 21
    public = read_public_key(organisation_public_key(db))
    for item in done:
        certificate = verify(item.code, public)
        assert (certificate.days_present, certificate.day_count, certificate.rule_percent) == (
            3,
            3,
            80,
        )
    image = certificate_page_image(book, 0, dpi=150)
    image.save(str(SCREENSHOTS / "certificate_fr.png"))
    (read,) = {
        found.text for found in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    }
    assert read == done[0].code and verify(read, public).name == done[0].certificate.name


def test_the_activitys_completion_rule(
    db: Database, make_activity: MakeActivity, make_person: MakePerson
) -> None:
    week = make_activity(start_date=dt.date(2023, 3, 6), end_date=dt.date(2023, 3, 10))
    four, three = make_person("QUATRE", "Jours"), make_person("TROIS", "Jours")
    days = [dt.date(2023, 3, 6) + dt.timedelta(days=n) for n in range(5)]
    for day in days[:4]:
        check_in(db, week.id, four.id, day)
    for day in days[:3]:
        check_in(db, week.id, three.id, day)
    # 80 % of 5 days is 4: four days complete it, three do not.
    assert activity_counts(db, week.id).completion == 1
    set_door_rules(db, week.id, 60, None)  # 3 of 5
    assert activity_counts(db, week.id).completion == 2
    set_door_rules(db, week.id, 100, "08:30")  # every day
    assert activity_counts(db, week.id).completion == 0
    assert door_rules(db, week.id).late_after == "08:30"
    with pytest.raises(ValidationError):
        set_door_rules(db, week.id, 0, "25:00")
    assert door_rules(db, week.id).completion_percent == 100  # unchanged


def test_a_tampered_certificate_fails(
    db: Database, make_activity: MakeActivity, make_person: MakePerson
) -> None:
    activity = make_activity()
    awa = make_person("DIALLO", "Awa")
    for day in DAYS:
        check_in(db, activity.id, awa.id, day)
    _book, (item,) = certificate_book(db, activity.id, language="en", issuer="CG")
    public = read_public_key(organisation_public_key(db))
    assert verify(item.code, public).name == "Awa DIALLO"
    prefix, data, signature = item.code.split(".")
    changed = json.loads(base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)))
    changed["n"] = "Aminata DIALLO"  # another name, the same signature
    forged = base64.urlsafe_b64encode(json.dumps(changed).encode()).rstrip(b"=").decode()
    for code in (
        f"{prefix}.{forged}.{signature}",
        # one letter of the signature changed (not the last ones: an Ed25519 signature's top
        # bits are zeros, and base64's spare bits would hide a change there)
        f"{prefix}.{data}.{signature[:10]}{'B' if signature[10] != 'B' else 'C'}{signature[11:]}",
        item.code[:-1],
    ):
        with pytest.raises(RegistreError, match=r"NOT GENUINE|not the code"):
            verify(code, public)
    stranger = Ed25519PrivateKey.generate().public_key()  # another organisation's key
    with pytest.raises(RegistreError, match="NOT GENUINE"):
        verify(item.code, stranger)


def test_certificates_and_verification_from_the_command_line(
    db_path: Path,
    db: Database,
    run: Run,
    make_activity: MakeActivity,
    make_person: MakePerson,
    tmp_path: Path,
) -> None:
    activity = make_activity()
    for name in ("DIALLO", "KONÉ"):
        person = make_person(name, "Awa")
        for day in DAYS[: 3 if name == "DIALLO" else 2]:
            check_in(db, activity.id, person.id, day)
    out = tmp_path / "certificates"
    made = run(db_path, "certificates", "--activity", str(activity.id), "--out", str(out),
               "--organisation", "Centre pour la gouvernance", "--language", "fr")  # fmt: skip
    assert made.code == 0 and "1 certificate written" in made.out
    (pdf,) = out.glob("*.pdf")
    key = run(db_path, "certificate-key", "show").out.strip()
    checked = run(db_path, "verify-certificate", str(pdf), "--public-key", key)
    assert checked.code == 0 and checked.out.startswith("GENUINE: certificate no.")
    assert "Awa DIALLO" in checked.out and "present 3 of 3 days" in checked.out
    tampered = tmp_path / "tampered.pdf"
    data = pdf.read_bytes()
    at = data.index(b"RC1.") + 10
    tampered.write_bytes(data[:at] + bytes([data[at] ^ 1]) + data[at + 1 :])
    refused = run(db_path, "verify-certificate", str(tampered))
    assert refused.code != 0 and "NOT GENUINE" in refused.err
    other = tmp_path / "key.txt"
    assert run(db_path, "certificate-key", "export", str(other)).code == 0
    rules = run(db_path, "door-rules", "--activity", str(activity.id), "--completion", "60")
    assert "completion: present 60% of the days" in rules.out
