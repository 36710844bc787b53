"""The check-in screen with an expected list, as the event runs: 40 expected, 30 scanned in,
5 typed in (3 of the list whose badges were forgotten, 2 not invited). Counts written by hand
first; F8 shows who has not arrived."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.activities.activities import ActivityDetails
from desktop_app.door.badges import issue_badges
from desktop_app.door.expected import add_expected
from desktop_app.registry.persons import PersonDetails, PersonFields, create_person
from desktop_app.signin.printing import load_signin_sheet
from desktop_app.store import Database
from desktop_app.ui.models.check_in import CheckInLogModel
from tests.ui.check_in_keys import type_and_enter
from tests.ui.test_scanning import make_view, scan

SCREENSHOTS = Path(__file__).parents[2] / "screenshots"  # git-ignored, looked at by hand
SCREENSHOTS.mkdir(exist_ok=True)


def test_forty_expected_thirty_scanned_five_typed(
    qtbot: QtBot,
    seeded_db: Database,
    two_day_activity: ActivityDetails,
    registry: list[PersonDetails],
) -> None:
    # The registry's person n: even n a woman, every third (n % 3 == 0) young; all 40 invited.
    add_expected(seeded_db, two_day_activity.id, [p.id for p in registry])
    walk_ins = [
        create_person(seeded_db, PersonFields("ZONGO", "Rasmata", sex="F", birth_year=2001)),
        create_person(seeded_db, PersonFields("BARRY", "Alpha", sex="M", birth_year=1980)),
    ]
    badges = issue_badges(seeded_db, [p.id for p in registry[:30]])
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.start_date)
    panel = view.expected_panel
    assert panel.summary.text() == "Expected 40 · arrived 0 · not yet 40"
    for badge in badges:
        scan(qtbot, view, badge.token)
    for typed in (
        "MAIGA Ibrahim",
        "CISSE Ibrahim",
        "TRAORE Mariam",
        "ZONGO Rasmata",
        "BARRY Alpha",
    ):
        type_and_enter(qtbot, view, typed)
        assert view.message_label.text().endswith("checked in as participant."), typed
    # By hand: persons 0-32 of the list came (30 scanned, 3 typed): 33 arrived, 7 not yet
    # (33-39), 2 not invited. Participants 35; women: even numbers 0-32 (17) and Rasmata, 18;
    # youth: 0, 3 … 30 (11) and Rasmata, 12.
    assert view.counter_label.text() == "Participants 35 · Women 18 · Youth 12"
    assert panel.summary.text() == "Expected 40 · arrived 33 · not yet 7 · not invited 2"
    assert panel.lists.isHidden()
    # The day log says when each one arrived (this computer's local time, to the minute).
    arrived = [view.log.index(r, CheckInLogModel.ARRIVED).data() for r in range(35)]
    assert all(re.fullmatch(r"\d\d:\d\d", text) for text in arrived)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_F8)
    assert panel.lists.isVisible() and view.search_edit.hasFocus()
    not_yet = [panel.not_yet.item(i).text() for i in range(panel.not_yet.count())]
    expected_names = sorted(
        f"{p.family_name} {p.given_names}" + (" — Radio Kledu" if n % 4 == 0 else "")
        for n, p in enumerate(registry)
        if n >= 33
    )
    assert sorted(not_yet) == expected_names
    walked = [panel.walk_ins.item(i).text() for i in range(panel.walk_ins.count())]
    assert walked == ["BARRY Alpha", "ZONGO Rasmata"]
    assert panel.not_yet_title.text() == "Not arrived yet: 7"
    view.resize(1000, 860)
    view.grab().save(str(SCREENSHOTS / "check_in_expected_list.png"))
    # The printed sign-in sheet of the day is pre-filled from the list and the walk-ins.
    sheet = load_signin_sheet(seeded_db, two_day_activity.id, two_day_activity.start_date)
    assert len(sheet.persons) == 42
    assert walk_ins  # both on the sheet too
    qtbot.keyClick(view.search_edit, Qt.Key.Key_F8)
    assert panel.lists.isHidden()


def test_no_expected_list_no_panel(
    qtbot: QtBot, seeded_db: Database, two_day_activity: ActivityDetails
) -> None:
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.start_date)
    assert view.expected_panel.isHidden()


def test_a_list_made_while_the_screen_is_open_shows_at_the_next_check_in(
    qtbot: QtBot,
    seeded_db: Database,
    two_day_activity: ActivityDetails,
    registry: list[PersonDetails],
) -> None:
    """Without a list the panel reads nothing and stays hidden, check-in after check-in; a list
    made meanwhile (at another desk) is shown with the next one."""
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.start_date)
    panel = view.expected_panel
    type_and_enter(qtbot, view, "TRAORE Aminata")
    assert view.message_label.text().endswith("checked in as participant.")
    assert panel.isHidden() and panel.day is None
    # The registry's first five: TRAORE, DIALLO, KEITA, COULIBALY and SANOGO Aminata.
    add_expected(seeded_db, two_day_activity.id, [p.id for p in registry[:5]])
    type_and_enter(qtbot, view, "CISSE Ibrahim")
    assert view.message_label.text().endswith("checked in as participant.")
    # By hand: five invited, TRAORE Aminata arrived, four not yet; CISSE Ibrahim not invited.
    assert panel.isVisible()
    assert panel.summary.text() == "Expected 5 · arrived 1 · not yet 4 · not invited 1"
