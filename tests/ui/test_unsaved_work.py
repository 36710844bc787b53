"""Quitting never loses typing: with a form open and changed, Ctrl+Q or the window's close
button asks Save / Discard / Cancel, as closing the form does."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.activities.activity_list import ActivityFilter, list_activities
from desktop_app.activities.attendance import list_attendance
from desktop_app.activities.headcounts import list_head_counts
from desktop_app.registry.person_search import search_persons
from desktop_app.registry.persons import PersonDetails, get_person
from desktop_app.store import Database
from desktop_app.ui.activities.activity_form import ActivityForm
from desktop_app.ui.shell.core_views import CoreViews, build_main_window
from desktop_app.ui.shell.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
DAY1 = dt.date(2022, 12, 5)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def open_window(qtbot: QtBot, db: Database, settings: QSettings) -> tuple[MainWindow, CoreViews]:
    window, views = build_main_window(db, settings)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window, views


def prompt_of(window: MainWindow) -> QMessageBox:
    prompt = window.quit_guard.prompt
    assert prompt is not None and prompt.isVisible()
    return prompt


def answer(qtbot: QtBot, window: MainWindow, button: QMessageBox.StandardButton) -> None:
    prompt_of(window).button(button).click()
    qtbot.waitUntil(lambda: window.quit_guard.prompt is None)


def test_nothing_typed_closes_at_once(
    qtbot: QtBot, seeded_db: Database, settings: QSettings
) -> None:
    window, _views = open_window(qtbot, seeded_db, settings)
    qtbot.keyClick(focused(), Qt.Key.Key_Q, CTRL)
    assert window.quit_guard.prompt is None
    assert not window.isVisible()


def test_activity_form_cancel_keeps_everything_then_save_saves_and_quits(
    qtbot: QtBot, seeded_db: Database, settings: QSettings
) -> None:
    window, views = open_window(qtbot, seeded_db, settings)
    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL)
    form = views.forms[-1]
    assert isinstance(form, ActivityForm)
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.keyClicks(focused(), "Forum national")
    form.city_edit.setFocus()
    qtbot.keyClicks(focused(), "Niamey")
    qtbot.keyClick(focused(), Qt.Key.Key_Q, CTRL)  # Ctrl+Q from the form's own window
    assert "New activity — Forum national" in prompt_of(window).text()
    qtbot.keyClick(prompt_of(window), Qt.Key.Key_Escape)  # Cancel
    qtbot.waitUntil(lambda: window.quit_guard.prompt is None)
    assert window.isVisible() and form.isVisible() and form.isWindowModified()
    assert form.title_edit.text() == "Forum national"
    assert list_activities(seeded_db, ActivityFilter(search="forum")) == []

    window.close()  # the window's close button
    answer(qtbot, window, QMessageBox.StandardButton.Save)
    assert [a.title for a in list_activities(seeded_db, ActivityFilter(search="forum"))] == [
        "Forum national"
    ]
    assert not window.isVisible()


def test_a_save_that_fails_keeps_the_window_open_with_the_form(
    qtbot: QtBot, seeded_db: Database, settings: QSettings
) -> None:
    window, views = open_window(qtbot, seeded_db, settings)
    form = views.new_activity()
    qtbot.waitUntil(form.isActiveWindow)
    form.city_edit.setFocus()
    qtbot.keyClicks(form.city_edit, "Zinder")  # no title: it cannot be saved
    qtbot.keyClick(focused(), Qt.Key.Key_Q, CTRL)
    answer(qtbot, window, QMessageBox.StandardButton.Save)
    assert window.isVisible() and form.isVisible()
    assert form.messages.text("title")  # said under the field
    assert form.city_edit.text() == "Zinder"
    assert window.statusBar().currentMessage() == "Not saved: New activity. Registre stays open."
    qtbot.keyClick(focused(), Qt.Key.Key_Q, CTRL)
    answer(qtbot, window, QMessageBox.StandardButton.Discard)
    assert not window.isVisible()
    assert list_activities(seeded_db, ActivityFilter(search="zinder")) == []


def test_the_new_person_form_of_the_check_in_is_saved_on_quit(
    qtbot: QtBot, seeded_db: Database, settings: QSettings
) -> None:
    window, views = open_window(qtbot, seeded_db, settings)
    check_in = views.open_check_in(1, DAY1)
    qtbot.keyClicks(check_in.search_edit, "Alice KABORE")
    qtbot.keyClick(check_in.search_edit, Qt.Key.Key_Return)
    panel = check_in.new_person
    assert panel.isVisible()
    panel.organisation_edit.setFocus()
    qtbot.keyClicks(panel.organisation_edit, "DCAF")
    window.show_view("persons")  # elsewhere in the window meanwhile
    qtbot.keyClick(focused(), Qt.Key.Key_Q, CTRL)
    assert "New person at the check-in: Alice KABORE" in prompt_of(window).text()
    qtbot.keyClick(prompt_of(window), Qt.Key.Key_Return)  # Save, the default
    qtbot.waitUntil(lambda: not window.isVisible())
    [alice] = search_persons(seeded_db, "kabore alice")
    assert alice.organisation == "DCAF"
    assert [a.person_id for a in list_attendance(seeded_db, 1)] == [alice.id]


def test_head_counts_typed_are_asked_about_by_the_dialog_and_on_quit(
    qtbot: QtBot, seeded_db: Database, settings: QSettings
) -> None:
    window, views = open_window(qtbot, seeded_db, settings)
    dialog = views.open_head_counts(1)
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(focused(), "12")
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # closing the dialog itself asks first
    assert dialog.unsaved_prompt is not None and dialog.isVisible()
    with qtbot.waitSignal(dialog.finished):
        dialog.unsaved_prompt.button(QMessageBox.StandardButton.Save).click()
    assert [h.total for h in list_head_counts(seeded_db, 1)] == [12]

    dialog = views.open_head_counts(1)
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(focused(), "30")
    qtbot.keyClick(focused(), Qt.Key.Key_Q, CTRL)
    assert "Head count not added" in prompt_of(window).text()
    answer(qtbot, window, QMessageBox.StandardButton.Discard)
    assert not window.isVisible()
    assert [h.total for h in list_head_counts(seeded_db, 1)] == [12]


def test_every_dirty_form_is_listed_and_a_refused_one_is_brought_forward(
    qtbot: QtBot,
    seeded_db: Database,
    settings: QSettings,
    registry: list[PersonDetails],
) -> None:
    window, views = open_window(qtbot, seeded_db, settings)
    person_form = views.edit_person(registry[0].id)
    person_form.phone_edit.setText("12")  # not a phone number: refused at save
    person_form.mark_changed()
    activity_form = views.edit_activity(1)
    activity_form.venue_edit.setText("Hôtel de l'Amitié")
    activity_form.mark_changed()
    window.close()
    text = prompt_of(window).text()
    assert "Person — TRAORE Aminata" in text
    assert "Activity — Media training on security sector reporting" in text
    answer(qtbot, window, QMessageBox.StandardButton.Save)
    assert window.isVisible() and person_form.isVisible()
    assert "not a valid phone number" in person_form.messages.text("phone")
    assert get_person(seeded_db, registry[0].id).phone == registry[0].phone
    person_form.phone_edit.setText("+223 76 00 12 34")
    window.close()
    answer(qtbot, window, QMessageBox.StandardButton.Save)
    assert not window.isVisible()
    assert get_person(seeded_db, registry[0].id).phone == "+22376001234"
    assert list_activities(seeded_db, ActivityFilter(search="amitie")) != []
