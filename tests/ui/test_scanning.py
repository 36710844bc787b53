"""A badge scanner at the check-in screen: its keystrokes (the code and Enter, 5 ms a key)
check the person in with the same counter, undo and roles as a name typed; an unknown, revoked
or misread badge checks nobody in and says so."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.activities.activities import ActivityDetails
from desktop_app.activities.attendance import change_role, check_in, list_attendance
from desktop_app.door.badges import issue_badges, revoke_badge
from desktop_app.door.tokens import ALPHABET, new_token
from desktop_app.registry.persons import PersonDetails, PersonFields, create_person
from desktop_app.store import Database
from desktop_app.ui.check_in.view import CheckInView

SCANNER_KEY_MS = 5  # a USB scanner types a key every few milliseconds
CTRL = Qt.KeyboardModifier.ControlModifier


def make_view(qtbot: QtBot, db: Database, activity: ActivityDetails, day: dt.date) -> CheckInView:
    view = CheckInView(db, activity.id, day)
    qtbot.addWidget(view)
    view.resize(900, 700)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    view.focus_first()
    return view


def scan(qtbot: QtBot, view: CheckInView, token: str) -> None:
    qtbot.keyClicks(view.search_edit, token, delay=SCANNER_KEY_MS)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)


def _ten_more(db: Database) -> list[PersonDetails]:
    """Six women and four men; the first five born in 2000 (young), the others in 1960."""
    return [
        create_person(
            db,
            PersonFields(
                family_name=f"SCANNÉ{number}",
                given_names="Test",
                sex="F" if number < 6 else "M",
                birth_year=2000 if number < 5 else 1960,
            ),
        )
        for number in range(10)
    ]


def test_fifty_scans_in_a_row_give_the_counter_a_careful_person_gets(
    qtbot: QtBot,
    seeded_db: Database,
    two_day_activity: ActivityDetails,
    registry: list[PersonDetails],
) -> None:
    persons = registry + _ten_more(seeded_db)
    badges = issue_badges(seeded_db, [p.id for p in persons])
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.start_date)
    for badge in badges:
        scan(qtbot, view, badge.token)
        assert view.message_label.text().endswith("checked in as participant."), badge
        assert view.search_edit.text() == "" and view.search_edit.hasFocus()
    # By hand: the 40 of the registry hold 20 women (even numbers) and 14 young (every third,
    # born 1995); the ten more, 6 women and 5 young. 50 participants, 26 women, 19 youth.
    assert view.counter_label.text() == "Participants 50 · Women 26 · Youth 19"
    assert view.log.rowCount() == 50
    recorded = list_attendance(seeded_db, two_day_activity.id)
    assert sorted(a.person_id for a in recorded) == sorted(p.id for p in persons)
    # The same badge again: already here, nothing counted twice.
    scan(qtbot, view, badges[0].token)
    assert "already checked in" in view.message_label.text()
    assert view.counter_label.text() == "Participants 50 · Women 26 · Youth 19"
    # Ctrl+Z undoes the last scan as it undoes a name typed.
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Z, CTRL)
    assert view.message_label.text().startswith("Undone: SCANNÉ9 Test")
    assert view.counter_label.text() == "Participants 49 · Women 26 · Youth 19"


def test_a_scan_keeps_the_role_held_on_another_day(
    qtbot: QtBot,
    seeded_db: Database,
    two_day_activity: ActivityDetails,
    registry: list[PersonDetails],
) -> None:
    expert = registry[5]
    first_day = check_in(seeded_db, two_day_activity.id, expert.id, two_day_activity.start_date)
    change_role(seeded_db, first_day.id, "expert")
    (badge,) = issue_badges(seeded_db, [expert.id])
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.end_date)
    scan(qtbot, view, badge.token.lower())  # caps lock on: the same badge
    assert view.message_label.text().endswith("checked in as expert.")
    assert "Participants 0" in view.counter_label.text()  # the team is counted apart


def test_unknown_revoked_and_misread_badges_check_nobody_in(
    qtbot: QtBot,
    seeded_db: Database,
    two_day_activity: ActivityDetails,
    registry: list[PersonDetails],
) -> None:
    lost, kept = issue_badges(seeded_db, [registry[0].id, registry[1].id])
    revoke_badge(seeded_db, lost.token)
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.start_date)
    counter = view.counter_label.text()
    scan(qtbot, view, new_token())  # a badge of another database, never synced here
    assert view.message_label.text().startswith("Unknown badge RG")
    scan(qtbot, view, lost.token)
    assert "revoked" in view.message_label.text()
    changed = ALPHABET[(ALPHABET.index(kept.token[5]) + 1) % len(ALPHABET)]
    scan(qtbot, view, kept.token[:5] + changed + kept.token[6:])  # a letter misread
    assert "misread" in view.message_label.text()
    assert view.counter_label.text() == counter
    assert list_attendance(seeded_db, two_day_activity.id) == []
    assert view.search_edit.text() == ""  # ready for the next scan
    reprinted = issue_badges(seeded_db, [registry[0].id], reprint=False)
    assert reprinted[0].token != lost.token and reprinted[0].new  # the lost one stays revoked
    scan(qtbot, view, reprinted[0].token)
    assert view.message_label.text().endswith("checked in as participant.")
    # A name typed is still a name: "Traore Aminata" is not shaped like a badge.
    qtbot.keyClicks(view.search_edit, "Diallo Aminata")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert "DIALLO Aminata" in view.message_label.text()
