"""A whole event run with the keyboard only, from the main window: create the activity, check in
80 people over two days, undo a mistake, add a head count; the counts follow the rules."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.activities.activity_list import ActivityFilter, list_activities
from desktop_app.activities.attendance import list_attendance
from desktop_app.activities.counting import activity_counts
from desktop_app.registry.persons import PersonDetails
from desktop_app.store import Database
from desktop_app.ui.activities.activity_form import ActivityForm
from desktop_app.ui.activities.head_count_dialog import HeadCountDialog
from desktop_app.ui.shell.core_views import build_main_window

CTRL = Qt.KeyboardModifier.ControlModifier
NEW_FAMILIES = ["KABORE", "SAWADOGO", "OUEDRAOGO", "ZONGO", "COMPAORE"] * 2
NEW_GIVEN = ["Alice"] * 5 + ["Bruno"] * 5


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_date(qtbot: QtBot, edit: QDateEdit, text: str) -> None:
    """Month and year typed over the selection, then the day section retyped."""
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text.split()[0])


def test_a_whole_event_by_keyboard(
    qtbot: QtBot, seeded_db: Database, settings: QSettings, registry: list[PersonDetails]
) -> None:
    window, views = build_main_window(seeded_db, settings)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()

    # 1. Ctrl+N: the activity form; type it, Ctrl+S, Esc.
    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL)
    form = views.forms[-1]
    assert isinstance(form, ActivityForm)
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.keyClicks(focused(), "Security Advisory Committee, 4th meeting")
    form.start_edit.setFocus()
    type_date(qtbot, form.start_edit, "5 Dec 2022")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_date(qtbot, form.end_edit, "6 Dec 2022")
    form.city_edit.setFocus()
    qtbot.keyClicks(focused(), "Bamako")
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    assert not form.isWindowModified(), form.messages.text("end_date")
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not form.isVisible()
    [row] = list_activities(seeded_db, ActivityFilter(search="4th meeting"))
    assert (row.start_date.isoformat(), row.end_date.isoformat()) == ("2022-12-05", "2022-12-06")

    # 2. Ctrl+K: the check-in screen of the new activity, on its first day.
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.waitUntil(lambda: views.current_activity_id() == row.id)  # the list refreshed
    views.activities.table.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_K, CTRL)
    check_in = views.check_in
    assert check_in is not None and check_in.activity.id == row.id
    assert check_in.search_edit.hasFocus()

    def enter(text: str) -> None:
        qtbot.keyClicks(check_in.search_edit, text)
        qtbot.keyClick(check_in.search_edit, Qt.Key.Key_Return)

    # Day 1: the 40 registered persons, then 10 newcomers through the inline form.
    for person in registry:
        enter(f"{person.family_name} {person.given_names}")
    for number, (family, given) in enumerate(zip(NEW_FAMILIES, NEW_GIVEN, strict=True)):
        enter(f"{given} {family}")
        panel = check_in.new_person
        assert panel.isVisible() and panel.given_edit.hasFocus()
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # sex
        if number < 5:
            qtbot.keyClick(focused(), Qt.Key.Key_Down)  # F
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # birth year or age
        qtbot.keyClicks(focused(), "25")
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        assert check_in.search_edit.hasFocus()
    assert check_in.log.rowCount() == 50

    # Day 2: 30 come back; a mistake is checked in and undone with Ctrl+Z.
    qtbot.keyClick(check_in.search_edit, Qt.Key.Key_PageDown, CTRL)
    for person in registry[:30]:
        enter(f"{person.family_name} {person.given_names}")
    mistake = registry[35]
    enter(f"{mistake.family_name} {mistake.given_names}")
    qtbot.keyClick(check_in.search_edit, Qt.Key.Key_Z, CTRL)
    assert check_in.log.rowCount() == 30
    assert len(list_attendance(seeded_db, row.id)) == 80

    # 3. Ctrl+H: a head count of 20 unnamed attendees, 8 of them women.
    qtbot.keyClick(check_in.search_edit, Qt.Key.Key_H, CTRL)
    dialog = views.forms[-1]
    assert isinstance(dialog, HeadCountDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(focused(), "20")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "8")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    # The counts follow the counting rules.
    women = sum(1 for p in registry if p.sex == "F") + 5 + 8
    youth = sum(1 for p in registry if p.birth_year == 1995) + 10
    counts = activity_counts(seeded_db, row.id)
    assert (counts.participants, counts.women, counts.youth) == (70, women, youth)
    assert counts.named == 50 and counts.unnamed == 20
    assert counts.person_days == 50 + 30 + 20 * 2
    assert counts.completion == 30
    assert check_in.counter_label.text() == f"Participants 70 · Women {women} · Youth {youth}"
    [listed] = list_activities(seeded_db, ActivityFilter(search="4th meeting"))
    assert (listed.participants, listed.women, listed.youth) == (70, women, youth)
