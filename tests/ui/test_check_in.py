from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.reports.counting import activity_counts
from desktop_app.services.activities import ActivityDetails, cancel_activity
from desktop_app.services.attendance import list_attendance
from desktop_app.services.person_search import search_persons
from desktop_app.services.persons import PersonDetails
from desktop_app.store import Database
from desktop_app.ui.check_in_view import CheckInView
from desktop_app.ui.formats import counter_text

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def make_view(qtbot: QtBot, db: Database, activity: ActivityDetails, day: dt.date) -> CheckInView:
    view = CheckInView(db, activity.id, day)
    qtbot.addWidget(view)
    view.resize(900, 700)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    view.focus_first()
    return view


def type_and_enter(qtbot: QtBot, view: CheckInView, text: str) -> None:
    qtbot.keyClicks(view.search_edit, text)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)


def test_thirty_check_ins_by_keyboard_and_the_counter_follows(
    qtbot: QtBot,
    seeded_db: Database,
    two_day_activity: ActivityDetails,
    registry: list[PersonDetails],
) -> None:
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.start_date)
    for person in registry[:30]:
        type_and_enter(qtbot, view, f"{person.family_name} {person.given_names}")
        assert view.message_label.text().endswith("checked in as participant."), person
        assert view.search_edit.hasFocus()
    women = sum(1 for p in registry[:30] if p.sex == "F")
    youth = sum(1 for p in registry[:30] if p.birth_year == 1995)
    assert view.counter_label.text() == counter_text(30, women, youth)
    assert view.counter_label.text() == f"Participants 30 · Women {women} · Youth {youth}"
    assert view.log.rowCount() == 30
    recorded = list_attendance(seeded_db, two_day_activity.id)
    assert sorted(a.person_id for a in recorded) == sorted(p.id for p in registry[:30])


def test_down_arrow_moves_the_highlight_while_typing_continues(
    qtbot: QtBot,
    seeded_db: Database,
    two_day_activity: ActivityDetails,
    registry: list[PersonDetails],
) -> None:
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.start_date)
    qtbot.keyClicks(view.search_edit, "traore")
    view.run_search()
    expected = search_persons(seeded_db, "traore")
    assert view.matches.rowCount() == len(expected) == 5
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)
    assert view.highlighted_row() == 2
    assert view.search_edit.hasFocus()
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    recorded = list_attendance(seeded_db, two_day_activity.id)
    assert [a.person_id for a in recorded] == [expected[2].id]


def test_search_as_you_type_shows_matches_after_the_pause(
    qtbot: QtBot,
    seeded_db: Database,
    two_day_activity: ActivityDetails,
    registry: list[PersonDetails],
) -> None:
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.start_date)
    qtbot.keyClicks(view.search_edit, "kledu")
    qtbot.waitUntil(lambda: view.matches.rowCount() > 0, timeout=2000)
    assert view.matches.rowCount() == 10  # every fourth person works at Radio Kledu
    qtbot.keyClicks(view.search_edit, " diallo")
    qtbot.waitUntil(lambda: view.matches.rowCount() != 10, timeout=2000)
    assert all("DIALLO" in r.family_name for r in view.matches.rows())


def test_ctrl_z_undoes_the_last_check_in_and_redo_brings_it_back(
    qtbot: QtBot,
    seeded_db: Database,
    two_day_activity: ActivityDetails,
    registry: list[PersonDetails],
) -> None:
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.start_date)
    first, wrong = registry[0], registry[1]
    type_and_enter(qtbot, view, f"{first.family_name} {first.given_names}")
    type_and_enter(qtbot, view, f"{wrong.family_name} {wrong.given_names}")
    assert activity_counts(seeded_db, two_day_activity.id).participants == 2
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [a.person_id for a in list_attendance(seeded_db, two_day_activity.id)] == [first.id]
    assert view.counter_label.text().startswith("Participants 1 ")
    assert view.log.rowCount() == 1
    qtbot.keyClick(
        view.search_edit,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert activity_counts(seeded_db, two_day_activity.id).participants == 2


def test_typing_then_ctrl_z_undoes_the_typing_not_the_check_in(
    qtbot: QtBot,
    seeded_db: Database,
    two_day_activity: ActivityDetails,
    registry: list[PersonDetails],
) -> None:
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.start_date)
    type_and_enter(qtbot, view, f"{registry[0].family_name} {registry[0].given_names}")
    qtbot.keyClicks(view.search_edit, "ab")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(list_attendance(seeded_db, two_day_activity.id)) == 1
    assert view.search_edit.text() != "ab"


def test_unknown_person_added_inline_and_checked_in(
    qtbot: QtBot, seeded_db: Database, two_day_activity: ActivityDetails
) -> None:
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.start_date)
    type_and_enter(qtbot, view, "Fairlie CHAPPUIS")
    panel = view.new_person
    assert panel.isVisible()
    assert panel.family_edit.text() == "CHAPPUIS"
    assert panel.given_edit.text() == "Fairlie"
    assert panel.given_edit.hasFocus()
    panel.sex_combo.setFocus()
    qtbot.keyClick(panel.sex_combo, Qt.Key.Key_Down)  # not stated -> F
    panel.age_edit.setFocus()
    qtbot.keyClicks(panel.age_edit, "28")
    panel.organisation_edit.setFocus()
    qtbot.keyClicks(panel.organisation_edit, "DCAF")
    qtbot.keyClick(panel.organisation_edit, Qt.Key.Key_Return)
    assert not panel.isVisible()
    assert view.search_edit.hasFocus()
    found = search_persons(seeded_db, "chappuis")
    assert len(found) == 1 and found[0].sex == "F" and found[0].birth_year == 1994
    assert found[0].organisation == "DCAF"
    assert [a.person_id for a in list_attendance(seeded_db, 1)] == [found[0].id]
    assert view.counter_label.text() == "Participants 1 · Women 1 · Youth 1"


def test_likely_existing_person_is_offered_before_creating_a_new_one(
    qtbot: QtBot, seeded_db: Database, two_day_activity: ActivityDetails
) -> None:
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.start_date)
    qtbot.keyClicks(view.search_edit, "Aminata KEITTA")  # a typo: no match in the search
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Insert)
    panel = view.new_person
    panel.family_edit.setText("KEITA")
    panel.family_edit.setFocus()
    qtbot.keyClick(panel.family_edit, Qt.Key.Key_Return)
    assert panel.candidates_shown()  # KEITA Aminata is already in the registry
    qtbot.keyClick(panel.family_edit, Qt.Key.Key_Return)
    assert len(search_persons(seeded_db, "keita aminata")) == 1  # nobody new
    recorded = list_attendance(seeded_db, 1)
    assert [a.person_id for a in recorded] == [search_persons(seeded_db, "keita aminata")[0].id]
    # Ctrl+Enter creates a new person anyway (a namesake).
    qtbot.keyClicks(view.search_edit, "Moussa DIALLO")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Insert)
    qtbot.keyClick(panel.given_edit, Qt.Key.Key_Return)
    assert panel.candidates_shown()
    qtbot.keyClick(panel.given_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(search_persons(seeded_db, "diallo moussa")) == 2
    assert len(list_attendance(seeded_db, 1)) == 2


def test_role_chosen_for_next_check_ins_and_given_to_the_last(
    qtbot: QtBot,
    seeded_db: Database,
    two_day_activity: ActivityDetails,
    registry: list[PersonDetails],
) -> None:
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.start_date)
    type_and_enter(qtbot, view, "traore aminata")
    view.role_combo.setCurrentIndex(view.role_combo.findData("facilitator"))
    qtbot.keyClick(view.search_edit, Qt.Key.Key_R, CTRL_SHIFT)
    assert [a.role for a in list_attendance(seeded_db, 1)] == ["facilitator"]
    counts = activity_counts(seeded_db, 1)
    assert (counts.participants, counts.team) == (0, 1)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [a.role for a in list_attendance(seeded_db, 1)] == ["participant"]
    type_and_enter(qtbot, view, "diallo aminata")
    assert sorted(a.role for a in list_attendance(seeded_db, 1)) == ["facilitator", "participant"]


def test_day_switch_by_keyboard_keeps_days_apart(
    qtbot: QtBot,
    seeded_db: Database,
    two_day_activity: ActivityDetails,
    registry: list[PersonDetails],
) -> None:
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.start_date)
    type_and_enter(qtbot, view, "traore aminata")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.current_day() == dt.date(2022, 12, 6)
    assert view.log.rowCount() == 0
    type_and_enter(qtbot, view, "traore aminata")
    type_and_enter(qtbot, view, "traore aminata")  # twice the same day: said, not recorded
    assert "already checked in" in view.message_label.text()
    assert sorted(a.day for a in list_attendance(seeded_db, 1)) == [
        dt.date(2022, 12, 5),
        dt.date(2022, 12, 6),
    ]
    assert activity_counts(seeded_db, 1).participants == 1


def test_cancelled_activity_refuses_check_ins_with_a_message(
    qtbot: QtBot,
    seeded_db: Database,
    two_day_activity: ActivityDetails,
    registry: list[PersonDetails],
) -> None:
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.start_date)
    cancel_activity(seeded_db, two_day_activity.id)
    type_and_enter(qtbot, view, "traore aminata")
    assert view.message_label.text() == "This activity is cancelled: nobody can attend."
    assert list_attendance(seeded_db, 1) == []
    assert view.log.rowCount() == 0


def test_new_person_with_bad_input_stays_open_with_messages(
    qtbot: QtBot, seeded_db: Database, two_day_activity: ActivityDetails
) -> None:
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.start_date)
    type_and_enter(qtbot, view, "Awa ZERBO 12")
    panel = view.new_person
    assert panel.phone_edit.text() == "12"
    panel.age_edit.setText("thirty")
    qtbot.keyClick(panel.given_edit, Qt.Key.Key_Return)
    assert panel.messages.text("age") == "Type a birth year (1990) or an age (34)."
    panel.age_edit.setText("1890")
    qtbot.keyClick(panel.given_edit, Qt.Key.Key_Return)
    assert "birth year lies between" in panel.messages.text("age")
    assert "not a valid phone number" in panel.messages.text("phone")
    assert panel.isVisible()
    assert search_persons(seeded_db, "zerbo") == []
    qtbot.keyClick(panel.given_edit, Qt.Key.Key_Escape)
    assert not panel.isVisible()
    assert view.search_edit.hasFocus()
    assert list_attendance(seeded_db, 1) == []


def test_a_typo_still_finds_the_registered_person(
    qtbot: QtBot,
    seeded_db: Database,
    two_day_activity: ActivityDetails,
    registry: list[PersonDetails],
) -> None:
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.start_date)
    qtbot.keyClicks(view.search_edit, "Aminata KEITTA")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)  # no match: the new-person form
    panel = view.new_person
    assert panel.isVisible() and panel.family_edit.text() == "KEITTA"
    qtbot.waitUntil(view.likely.ready, timeout=5000)
    qtbot.keyClick(panel.given_edit, Qt.Key.Key_Return)
    assert panel.candidates_shown()
    keita = next(p for p in registry if (p.family_name, p.given_names) == ("KEITA", "Aminata"))
    assert panel.chosen_candidate() == keita.id
    qtbot.keyClick(panel.given_edit, Qt.Key.Key_Return)
    assert [a.person_id for a in list_attendance(seeded_db, 1)] == [keita.id]
    assert search_persons(seeded_db, "keitta") == []


def test_role_of_an_earlier_check_in_changed_by_typing_their_name(
    qtbot: QtBot,
    seeded_db: Database,
    two_day_activity: ActivityDetails,
    registry: list[PersonDetails],
) -> None:
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.start_date)
    type_and_enter(qtbot, view, "traore aminata")
    type_and_enter(qtbot, view, "diallo aminata")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(view.role_combo.view().isVisible)  # the list of roles opens
    view.role_combo.hidePopup()
    view.role_combo.setCurrentIndex(view.role_combo.findData("expert"))
    view.focus_first()
    qtbot.keyClicks(view.search_edit, "traore aminata")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_R, CTRL_SHIFT)
    roles = {a.person_id: a.role for a in list_attendance(seeded_db, 1)}
    assert roles == {registry[0].id: "expert", registry[1].id: "participant"}
    assert view.search_edit.text() == "" and view.search_edit.hasFocus()
