from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.activities.attendance import check_in
from desktop_app.registry.persons import get_person
from desktop_app.store import Database
from desktop_app.ui.registry.person_form import PersonForm
from desktop_app.ui.registry.persons_view import PersonsView


def make_view(qtbot: QtBot, db: Database) -> PersonsView:
    view = PersonsView(db)
    qtbot.addWidget(view)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    view.focus_first()
    return view


def test_registry_search_as_you_type_then_enter_opens_the_person(
    qtbot: QtBot, seeded_db: Database
) -> None:
    view = make_view(qtbot, seeded_db)
    assert view.model.rowCount() == 40
    qtbot.keyClicks(view.search_edit, "keita fatou")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert view.table.hasFocus()
    with qtbot.waitSignal(view.person_opened) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert get_person(seeded_db, opened.args[0]).given_names == "Fatoumata"


def test_person_form_edits_and_shows_the_history(qtbot: QtBot, seeded_db: Database) -> None:
    check_in(seeded_db, 1, 3, dt.date(2022, 12, 5))
    check_in(seeded_db, 1, 3, dt.date(2022, 12, 6), "expert")
    form = PersonForm(seeded_db, 3)
    qtbot.addWidget(form)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    assert form.history.rowCount() == 1
    assert form.history.index(0, form.history.ROLES).data() == "expert, participant"
    form.phone_edit.selectAll()
    qtbot.keyClicks(form.phone_edit, "12")
    qtbot.keyClick(form.phone_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "not a valid phone number" in form.messages.text("phone")
    assert form.isWindowModified()
    form.phone_edit.setText("90 12 34 56")
    form.organisation_edit.setText("Radio Kledu")
    qtbot.keyClick(form.phone_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    person = get_person(seeded_db, 3)
    assert person.phone == "+22790123456"  # the site's country (NE) completes the number
    assert person.organisation == "Radio Kledu"
    assert not form.isWindowModified()


def test_delete_needs_confirmation_is_refused_for_attendees_and_undoes(
    qtbot: QtBot, seeded_db: Database
) -> None:
    check_in(seeded_db, 1, 1, dt.date(2022, 12, 5))
    view = make_view(qtbot, seeded_db)
    qtbot.keyClicks(view.search_edit, "diallo moussa")
    view.refresh()
    view.table.selectRow(0)
    box = view.ask_delete_current()
    assert box is not None
    with qtbot.waitSignal(box.finished):
        box.button(QMessageBox.StandardButton.No).click()
    assert not get_person(seeded_db, view.model.rows()[0].id).deleted
    person_id = view.model.rows()[0].id
    box = view.ask_delete_current()
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert get_person(seeded_db, person_id).deleted
    assert view.model.rowCount() == 0
    view.undo_stack.undo()
    assert not get_person(seeded_db, person_id).deleted
    assert view.model.rowCount() == 1
    # Someone who attended cannot be deleted: the reason is shown, nothing changes.
    view.search_edit.setText("traore aminata")
    view.refresh()
    view.table.selectRow(0)
    box = view.ask_delete_current()
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert not get_person(seeded_db, 1).deleted
    assert "attended 1 activit" in view.error_label.text()  # "activity" with the English forms


def test_the_registry_is_searched_when_first_shown(qtbot: QtBot, seeded_db: Database) -> None:
    """Built with the window but hidden behind the activity list: nothing read until shown."""
    view = PersonsView(seeded_db)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 0 and view.count_label.text() == ""
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    assert view.model.rowCount() == 40
