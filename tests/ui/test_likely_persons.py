"""Already in the registry? In the windows, by keyboard: the check-in's new-person form and the
person form offer the persons the duplicate finder's matcher finds, names written by ear
included ("mariam soumna" for SOUMANA Mariama)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.activities.activities import ActivityDetails
from desktop_app.activities.attendance import list_attendance
from desktop_app.dedup.match import likely_persons
from desktop_app.registry.person_search import search_persons
from desktop_app.registry.persons import PersonDetails, PersonFields, create_person
from desktop_app.store import Database
from desktop_app.ui.check_in.view import CheckInView
from desktop_app.ui.registry.person_form import PersonForm
from tests.ui.test_screenshots import save

CTRL = Qt.KeyboardModifier.ControlModifier


def _mariama(db: Database) -> PersonDetails:
    fields = PersonFields(family_name="SOUMANA", given_names="Mariama", sex="F", birth_year=1990)
    return create_person(db, fields)


def test_check_in_offers_the_person_whose_name_was_typed_by_ear(
    qtbot: QtBot, seeded_db: Database, two_day_activity: ActivityDetails
) -> None:
    mariama = _mariama(seeded_db)
    view = CheckInView(seeded_db, two_day_activity.id, two_day_activity.start_date)
    qtbot.addWidget(view)
    view.resize(900, 700)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    view.focus_first()
    qtbot.keyClicks(view.search_edit, "mariam soumna")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Insert)  # the new-person form
    panel = view.new_person
    assert (panel.family_edit.text(), panel.given_edit.text()) == ("soumna", "mariam")
    qtbot.keyClick(panel.given_edit, Qt.Key.Key_Return)
    assert panel.candidates_shown()
    assert panel.candidates.item(0).text() == "SOUMANA Mariama · F · 1990"  # sex, born
    assert panel.chosen_candidate() == mariama.id
    save(qtbot, view, "check_in_already_in_the_registry")
    qtbot.keyClick(panel.given_edit, Qt.Key.Key_Return)  # she is the one
    assert [a.person_id for a in list_attendance(seeded_db, two_day_activity.id)] == [mariama.id]
    assert search_persons(seeded_db, "soumna") == []  # nobody new


def test_a_person_created_at_the_door_is_offered_at_the_next_arrival(
    qtbot: QtBot, seeded_db: Database, two_day_activity: ActivityDetails
) -> None:
    view = CheckInView(seeded_db, two_day_activity.id, two_day_activity.start_date)
    qtbot.addWidget(view)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    view.focus_first()
    panel = view.new_person
    qtbot.keyClicks(view.search_edit, "Fatoumata MAHAMADOU")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Insert)
    qtbot.keyClick(panel.given_edit, Qt.Key.Key_Return)
    assert not panel.isVisible()  # nobody like her yet: created and checked in
    created = search_persons(seeded_db, "mahamadou fatoumata")
    assert len(created) == 1
    qtbot.keyClick(view.search_edit, Qt.Key.Key_PageDown, CTRL)  # the next day
    qtbot.keyClicks(view.search_edit, "Fatimata MAHAMADOU")  # written by ear this time
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Insert)
    qtbot.keyClick(panel.given_edit, Qt.Key.Key_Return)
    assert panel.candidates_shown()
    assert panel.chosen_candidate() == created[0].id


def test_person_form_offers_the_person_already_in_the_registry(
    qtbot: QtBot, seeded_db: Database
) -> None:
    mariama = _mariama(seeded_db)
    typed = create_person(seeded_db, PersonFields(family_name="Nouvelle", given_names="Personne"))
    form = PersonForm(seeded_db, typed.id)
    qtbot.addWidget(form)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    assert form.family_edit.hasFocus()
    assert form.duplicates.isHidden()
    qtbot.keyClick(form.family_edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(form.family_edit, "soumna")
    qtbot.keyClick(form.family_edit, Qt.Key.Key_Tab)
    qtbot.keyClick(form.given_edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(form.given_edit, "mariam")
    qtbot.waitUntil(lambda: not form.duplicates.busy(), timeout=10_000)
    assert form.duplicates.isVisible()
    shown = [form.duplicates.list.item(n).text() for n in range(form.duplicates.list.count())]
    assert shown == ["SOUMANA Mariama · F · 1990"]
    save(qtbot, form, "person_form_already_in_the_registry")
    assert form.duplicates.person_id == typed.id != mariama.id


def test_person_form_never_offers_the_person_themselves(qtbot: QtBot, seeded_db: Database) -> None:
    mariama = _mariama(seeded_db)
    form = PersonForm(seeded_db, mariama.id)
    qtbot.addWidget(form)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    qtbot.keyClick(form.family_edit, Qt.Key.Key_Tab)
    qtbot.keyClick(form.given_edit, Qt.Key.Key_End)
    qtbot.keyClick(form.given_edit, Qt.Key.Key_Backspace)  # "Mariam": still only herself
    qtbot.waitUntil(lambda: not form.duplicates.busy(), timeout=10_000)
    assert [c.id for c in likely_persons(seeded_db, form.fields())] == [mariama.id]
    assert form.duplicates.list.count() == 0
    assert form.duplicates.isHidden()


def test_a_namesake_checked_in_today_is_not_offered_to_the_next_arrival(
    qtbot: QtBot, seeded_db: Database, two_day_activity: ActivityDetails
) -> None:
    # Fatoumata MAHAMADOU is in the room; the woman now at the door is Fatimata MAHAMADOU:
    # the same name by ear, but a second person (the next day she would be offered).
    view = CheckInView(seeded_db, two_day_activity.id, two_day_activity.start_date)
    qtbot.addWidget(view)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    view.focus_first()
    panel = view.new_person
    qtbot.keyClicks(view.search_edit, "Fatoumata MAHAMADOU")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Insert)
    qtbot.keyClick(panel.given_edit, Qt.Key.Key_Return)
    first = search_persons(seeded_db, "mahamadou fatoumata")
    assert len(first) == 1 and not panel.isVisible()
    qtbot.keyClicks(view.search_edit, "Fatimata MAHAMADOU")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Insert)
    qtbot.keyClick(panel.given_edit, Qt.Key.Key_Return)
    assert not panel.isVisible()  # no offer: created and checked in
    second = search_persons(seeded_db, "mahamadou fatimata")
    assert len(second) == 1 and second[0].id != first[0].id
    present = {a.person_id for a in list_attendance(seeded_db, two_day_activity.id)}
    assert {first[0].id, second[0].id} <= present
