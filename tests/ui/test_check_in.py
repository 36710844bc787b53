from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from desktop_app.activities.activities import ActivityDetails, cancel_activity
from desktop_app.activities.attendance import list_attendance
from desktop_app.activities.counting import activity_counts
from desktop_app.registry.person_search import search_persons
from desktop_app.registry.persons import PersonDetails, PersonFields, create_person
from desktop_app.store import Database
from desktop_app.store.models import Person
from desktop_app.ui.check_in.view import CheckInView
from desktop_app.ui.common.changes import EVERY, Changes
from desktop_app.ui.common.formats import counter_text
from desktop_app.ui.models.check_in import CheckInMatchModel
from tests.ui.check_in_keys import choose_role, type_and_enter

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


def test_role_chosen_goes_to_the_last_check_in_only(
    qtbot: QtBot,
    seeded_db: Database,
    two_day_activity: ActivityDetails,
    registry: list[PersonDetails],
) -> None:
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.start_date)
    type_and_enter(qtbot, view, "traore aminata")
    choose_role(qtbot, view, "facilitator")  # nothing typed: the last check-in
    assert [a.role for a in list_attendance(seeded_db, 1)] == ["facilitator"]
    counts = activity_counts(seeded_db, 1)
    assert (counts.participants, counts.team) == (0, 1)
    assert view.message_label.text() == "TRAORE Aminata is now facilitator."
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [a.role for a in list_attendance(seeded_db, 1)] == ["participant"]
    assert view.message_label.text() == "Undone: TRAORE Aminata is participant again."
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Z, CTRL_SHIFT)
    assert view.message_label.text() == "Redone: TRAORE Aminata is facilitator again."
    # The next arrival is a participant: said before Enter, and so recorded.
    qtbot.keyClicks(view.search_edit, "diallo aminata")
    view.run_search()
    assert view.role_combo.currentData() == "participant"
    assert view.next_label.text() == "Enter: check in DIALLO Aminata as participant."
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert sorted(a.role for a in list_attendance(seeded_db, 1)) == ["facilitator", "participant"]
    counts = activity_counts(seeded_db, 1)
    assert (counts.participants, counts.team) == (1, 1)


def test_role_chosen_while_typing_goes_to_that_arrival_only(
    qtbot: QtBot,
    seeded_db: Database,
    two_day_activity: ActivityDetails,
    registry: list[PersonDetails],
) -> None:
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.start_date)
    type_and_enter(qtbot, view, "keita moussa")
    qtbot.keyClicks(view.search_edit, "traore aminata")
    choose_role(qtbot, view, "expert")  # before Enter: for this arrival
    assert view.search_edit.text() == "traore aminata"
    assert view.next_label.text() == "Enter: check in TRAORE Aminata as expert."
    assert [a.role for a in list_attendance(seeded_db, 1)] == ["participant"]  # Moussa stays
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert view.message_label.text() == "TRAORE Aminata checked in as expert."
    type_and_enter(qtbot, view, "diallo aminata")  # the next one: a participant again
    type_and_enter(qtbot, view, "Chantal OUATTARA")  # someone new, given a role while typed
    qtbot.keyClick(view.new_person.given_edit, Qt.Key.Key_Escape)
    choose_role(qtbot, view, "interpreter")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)  # no match: the new-person form
    qtbot.keyClick(view.new_person.given_edit, Qt.Key.Key_Return)
    roles = {a.person_id: a.role for a in list_attendance(seeded_db, 1)}
    [newcomer] = search_persons(seeded_db, "ouattara")
    assert [roles[p.id] for p in search_persons(seeded_db, "aminata") if p.id in roles] == [
        "participant",  # DIALLO
        "expert",  # TRAORE
    ]
    assert roles[newcomer.id] == "interpreter"
    assert list(roles.values()).count("participant") == 2  # KEITA and DIALLO


def test_a_role_held_on_day_one_is_the_default_on_day_two(
    qtbot: QtBot,
    seeded_db: Database,
    two_day_activity: ActivityDetails,
    registry: list[PersonDetails],
) -> None:
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.start_date)
    type_and_enter(qtbot, view, "traore aminata")
    choose_role(qtbot, view, "facilitator")
    type_and_enter(qtbot, view, "diallo aminata")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.search_edit, "aminata")
    view.run_search()
    traore = view.matches.row_of_id(registry[0].id)
    assert traore is not None
    assert view.matches.index(traore, CheckInMatchModel.ROLE).data() == ("facilitator (other days)")
    qtbot.keyClicks(view.search_edit, " traore")
    view.run_search()
    assert view.role_combo.currentData() == "facilitator"  # shown before Enter
    assert view.next_label.text() == "Enter: check in TRAORE Aminata as facilitator."
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    type_and_enter(qtbot, view, "diallo aminata")
    day2 = {a.person_id: a.role for a in list_attendance(seeded_db, 1) if a.day.day == 6}
    assert day2 == {registry[0].id: "facilitator", registry[1].id: "participant"}
    counts = activity_counts(seeded_db, 1)
    assert (counts.participants, counts.team, counts.person_days) == (1, 1, 2)  # DIALLO x 2


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
    assert panel.messages.text("age") == (
        "Type a date of birth (12/12/1992), a birth year (1992) or an age (34)."
    )
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
    qtbot.keyClicks(view.search_edit, "traore aminata")
    choose_role(qtbot, view, "expert")  # she is checked in already: her role changes now
    roles = {a.person_id: a.role for a in list_attendance(seeded_db, 1)}
    assert roles == {registry[0].id: "expert", registry[1].id: "participant"}
    assert view.search_edit.text() == "" and view.search_edit.hasFocus()


def test_a_whole_name_that_is_not_the_match_offers_a_new_person(
    qtbot: QtBot, seeded_db: Database, two_day_activity: ActivityDetails
) -> None:
    fatimata = create_person(
        seeded_db,
        PersonFields(family_name="MAHAMADOU", given_names="Fatimata", sex="F", birth_year=1985),
    )
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.start_date)
    qtbot.keyClicks(view.search_edit, "Fati Hamadou")  # someone else: "hamadou" is inside
    view.run_search()
    assert view.matches.row_at(view.highlighted_row()) is not None
    assert view.next_label.text() == (
        "Enter: a new person, “Fati Hamadou” — not MAHAMADOU Fatimata, the closest match "
        "(↑ ↓ pick a match)."
    )
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    panel = view.new_person
    assert panel.isVisible()
    assert (panel.family_edit.text(), panel.given_edit.text()) == ("Hamadou", "Fati")
    assert "is not MAHAMADOU Fatimata, the closest match" in view.next_label.text()
    assert list_attendance(seeded_db, 1) == []  # nobody checked in silently

    # Esc: back to the matches; the arrow is a choice, Enter then checks her in.
    qtbot.keyClick(panel.given_edit, Qt.Key.Key_Escape)
    assert view.search_edit.text() == "Fati Hamadou" and view.matches.rowCount() == 1
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)
    assert view.next_label.text() == "Enter: check in MAHAMADOU Fatimata as participant."
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert [a.person_id for a in list_attendance(seeded_db, 1)] == [fatimata.id]

    # The newcomer herself: created as typed, beside Fatimata.
    type_and_enter(qtbot, view, "Fati HAMADOU")
    assert panel.isVisible() and panel.family_edit.text() == "HAMADOU"
    qtbot.keyClick(panel.given_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [fati] = [p for p in search_persons(seeded_db, "hamadou") if p.id != fatimata.id]
    assert (fati.family_name, fati.given_names) == ("HAMADOU", "Fati")
    assert sorted(a.person_id for a in list_attendance(seeded_db, 1)) == [fatimata.id, fati.id]


def test_names_that_fit_the_match_check_in_at_once(
    qtbot: QtBot,
    seeded_db: Database,
    two_day_activity: ActivityDetails,
    registry: list[PersonDetails],
) -> None:
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.start_date)
    for typed in ("trao amin", "Aminata Diallo", "Moussa KEITA"):
        type_and_enter(qtbot, view, typed)
        assert not view.new_person.isVisible(), typed
    present = {a.person_id for a in list_attendance(seeded_db, 1)}
    assert {(p.family_name, p.given_names) for p in registry if p.id in present} == {
        ("TRAORE", "Aminata"),
        ("DIALLO", "Aminata"),
        ("KEITA", "Moussa"),
    }


def test_undo_acts_on_the_day_shown_and_says_what_it_undid(
    qtbot: QtBot,
    seeded_db: Database,
    two_day_activity: ActivityDetails,
    registry: list[PersonDetails],
) -> None:
    ctrl = Qt.KeyboardModifier.ControlModifier
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.start_date)
    type_and_enter(qtbot, view, "traore aminata")
    choose_role(qtbot, view, "facilitator")  # a role change on day 1
    qtbot.keyClick(view.search_edit, Qt.Key.Key_PageDown, ctrl)
    type_and_enter(qtbot, view, "traore aminata")  # a facilitator again
    type_and_enter(qtbot, view, "keita moussa")

    def stored() -> set[tuple[int, str, str]]:
        rows = list_attendance(seeded_db, 1)
        return {(a.day.day, a.role, f"{a.person_id}") for a in rows}

    traore = str(registry[0].id)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Z, ctrl)
    assert view.message_label.text() == (
        "Undone: KEITA Moussa is no longer checked in on 6 Dec 2022."
    )
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Z, ctrl)
    assert view.message_label.text() == (
        "Undone: TRAORE Aminata is no longer checked in on 6 Dec 2022."
    )
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Z, ctrl)  # day 1's role change is out of sight
    assert view.message_label.text() == "Nothing to undo on 6 Dec 2022."
    assert stored() == {(5, "facilitator", traore)}
    assert view.log.rowCount() == 0

    qtbot.keyClick(view.search_edit, Qt.Key.Key_PageUp, ctrl)  # day 1: its own steps
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Z, ctrl)
    assert view.message_label.text() == "Undone: TRAORE Aminata is participant again."
    assert stored() == {(5, "participant", traore)}


def test_the_log_fits_the_names_as_people_arrive_and_a_fresher_registry_keeps_the_highlight(
    qtbot: QtBot,
    seeded_db: Database,
    two_day_activity: ActivityDetails,
    registry: list[PersonDetails],
) -> None:
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.start_date)
    type_and_enter(qtbot, view, "coulibaly aminata")
    header = view.log_table.horizontalHeader()
    assert header.sectionSize(0) >= view.log_table.sizeHintForColumn(0)
    qtbot.keyClicks(view.search_edit, "traore")
    view.run_search()
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)
    chosen = view.highlighted_person()
    assert chosen is not None
    # A workbook import writes persons in bulk: the registry is read again in the background,
    # and the matches of what is typed then show the imported TRAORE, the highlight kept.
    with seeded_db.session() as session:
        session.execute(
            insert(Person),
            [
                {
                    "family_name": "TRAORE",
                    "given_names": "Zeinab",
                    "search_text": "traore zeinab",
                    "origin_site": "ML-BKO",
                    "changed_by_site": "ML-BKO",
                }
            ],
        )
    view.changes.announce(Changes.of(persons=EVERY))

    def shown() -> list[str]:
        rows = [view.matches.row_at(n) for n in range(view.matches.rowCount())]
        return [row.given_names for row in rows if row is not None]

    qtbot.waitUntil(lambda: "Zeinab" in shown())
    assert view.highlighted_person() == chosen
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert chosen.id in {a.person_id for a in list_attendance(seeded_db, 1)}


def test_the_role_list_never_keeps_the_keyboard(
    qtbot: QtBot,
    seeded_db: Database,
    two_day_activity: ActivityDetails,
    registry: list[PersonDetails],
) -> None:
    """Typing after Esc in the role list goes to the search box: a combo box with the
    keyboard would turn each arrow or letter into a new role for the last check-in."""
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.start_date)
    type_and_enter(qtbot, view, "traore aminata")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    popup = view.role_combo.view()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert view.search_edit.hasFocus()
    assert view.role_combo.focusPolicy() == Qt.FocusPolicy.NoFocus  # Tab or a click neither
    type_and_enter(qtbot, view, "diallo aminata")
    assert [a.role for a in list_attendance(seeded_db, 1)] == ["participant", "participant"]


def test_the_line_says_what_enter_does_when_a_name_is_not_the_match_who_is_here(
    qtbot: QtBot, seeded_db: Database, two_day_activity: ActivityDetails
) -> None:
    fatimata = create_person(
        seeded_db,
        PersonFields(family_name="MAHAMADOU", given_names="Fatimata", sex="F", birth_year=1985),
    )
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.start_date)
    type_and_enter(qtbot, view, "Fatimata Mahamadou")
    assert [a.person_id for a in list_attendance(seeded_db, 1)] == [fatimata.id]
    qtbot.keyClicks(view.search_edit, "Fati Hamadou")  # someone else: not the one who is here
    view.run_search()
    assert view.next_label.text() == (
        "Enter: a new person, “Fati Hamadou” — not MAHAMADOU Fatimata, the closest match "
        "(↑ ↓ pick a match)."
    )
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert view.new_person.isVisible()  # as the line said
    qtbot.keyClick(view.new_person.given_edit, Qt.Key.Key_Escape)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)  # chosen: she is the one meant
    assert view.next_label.text() == (
        "MAHAMADOU Fatimata is already here as participant; Ctrl+R changes the role."
    )
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert view.message_label.text() == (
        "MAHAMADOU Fatimata is already checked in on this day (as participant)."
    )
    assert [a.person_id for a in list_attendance(seeded_db, 1)] == [fatimata.id]
