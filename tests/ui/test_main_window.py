from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.activities.activities import ActivityFields, create_activity, get_activity
from desktop_app.activities.activity_list import ActivityFilter, list_activities
from desktop_app.registry.person_index import PersonIndex
from desktop_app.registry.person_search import SearchTexts
from desktop_app.registry.persons import PersonFields, create_person
from desktop_app.registry.sites import local_site
from desktop_app.store import Database, open_database
from desktop_app.ui.common.record_links import links_for
from desktop_app.ui.registry.person_form import PersonForm
from desktop_app.ui.reports.menu import open_signin_sheet_dialog
from desktop_app.ui.shell.core_views import build_main_window
from desktop_app.ui.shell.first_start import FirstStartDialog


def test_first_start_asks_the_site_and_adds_the_demo(qtbot: QtBot, tmp_path: Path) -> None:
    database = open_database(tmp_path / "new.db")
    try:
        dialog = FirstStartDialog(database)
        qtbot.addWidget(dialog)
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        dialog.code_edit.setFocus()
        qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)  # nothing typed: messages
        assert dialog.messages.text("code") == "This field is required."
        assert dialog.isVisible()
        qtbot.keyClicks(dialog.code_edit, "ml-bko")
        qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.name_edit, "Bamako office")
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.country_edit, "ML")
        qtbot.keyClick(dialog.country_edit, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.demo_check.isChecked)  # its mnemonic: "&Add the demo activities…"
        with qtbot.waitSignal(dialog.accepted):
            qtbot.keyClick(dialog.country_edit, Qt.Key.Key_Return)
        site = local_site(database)
        assert site is not None and (site.code, site.country) == ("ML-BKO", "ML")
        assert database.site_code == "ML-BKO"
        rows = list_activities(database, ActivityFilter(search="consultatif de securite"))
        assert [(r.participants, r.women, r.youth) for r in rows] == [(88, 23, 18)]
        assert len(list_activities(database)) == 6
    finally:
        database.close()


def test_window_remembers_geometry_and_last_view(
    qtbot: QtBot, db: Database, settings: QSettings
) -> None:
    window, _views = build_main_window(db, settings)
    qtbot.addWidget(window)
    window.show()
    window.resize(780, 520)
    window.show_view("persons")
    size = (window.width(), window.height())
    window.close()
    again, _views = build_main_window(db, settings)
    qtbot.addWidget(again)
    assert again.current_view_name() == "persons"
    assert (again.width(), again.height()) == size == (780, 520)


def test_views_not_on_screen_are_made_when_first_shown_and_remembered(
    qtbot: QtBot, db: Database, settings: QSettings
) -> None:
    window, _views = build_main_window(db, settings)
    qtbot.addWidget(window)
    window.show()
    hidden = ("persons", "reports", "checks", "framework", "progress")
    assert [window.made_view(name) for name in hidden] == [None] * 5
    [data_checks] = [a for a in window.menu("view").actions() if a.text() == "Data &checks"]
    data_checks.trigger()
    made = window.made_view("checks")
    assert made is not None and made.isVisible() and window.current_view_name() == "checks"
    assert window.view("checks") is made  # made once
    window.close()
    again, _views = build_main_window(db, settings)  # the last view, made at start this time
    qtbot.addWidget(again)
    assert again.current_view_name() == "checks" and again.made_view("reports") is None


def test_the_person_registry_made_when_first_shown_opens_its_records(
    qtbot: QtBot, db: Database, settings: QSettings
) -> None:
    person = create_person(db, PersonFields(family_name="ISSOUFOU", given_names="Rakiatou"))
    window, views = build_main_window(db, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.made_view("persons") is None
    [registry] = [a for a in window.menu("view").actions() if a.text() == "&Person registry"]
    assert registry.shortcut().toString() == "Ctrl+2"
    registry.trigger()
    made = window.made_view("persons")
    assert made is not None and made is views.persons and made.isVisible()
    assert window.current_view_name() == "persons"
    views.persons.person_opened.emit(person.id)  # Enter or a double click on its line
    [form] = views.forms
    assert isinstance(form, PersonForm) and form.person_id == person.id
    form.close()


def test_window_reopens_the_check_in_screen_of_last_time(
    qtbot: QtBot, seeded_db: Database, settings: QSettings
) -> None:
    window, views = build_main_window(seeded_db, settings)
    qtbot.addWidget(window)
    views.open_check_in(1)
    window.close()
    again, views_again = build_main_window(seeded_db, settings)
    qtbot.addWidget(again)
    assert again.current_view_name() == "check_in"
    assert views_again.check_in is not None and views_again.check_in.activity.id == 1


def test_delete_activity_asks_then_ctrl_z_brings_it_back(
    qtbot: QtBot, seeded_db: Database, settings: QSettings
) -> None:
    window, views = build_main_window(seeded_db, settings)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    views.activities.table.setFocus()
    views.activities.select_activity(1)
    assert views.delete_action.isEnabled()
    views.delete_action.trigger()
    box = views.delete_prompt
    assert box is not None
    box.button(QMessageBox.StandardButton.No).click()
    assert not get_activity(seeded_db, 1).deleted
    views.delete_action.trigger()
    assert views.delete_prompt is not None
    views.delete_prompt.button(QMessageBox.StandardButton.Yes).click()
    assert get_activity(seeded_db, 1).deleted
    qtbot.waitUntil(lambda: views.activities.model.rowCount() == 0)
    window.activateWindow()  # the offscreen platform leaves no window active after the box
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(views.activities.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not get_activity(seeded_db, 1).deleted
    qtbot.waitUntil(lambda: views.activities.model.rowCount() == 1)
    assert views.activities.current_activity() is not None


def test_every_menu_action_with_a_shortcut_shows_it_in_its_tooltip(
    qtbot: QtBot, seeded_db: Database, settings: QSettings
) -> None:
    window, _views = build_main_window(seeded_db, settings)
    qtbot.addWidget(window)
    checked = 0
    for name in ("file", "edit", "view", "activity", "help"):
        for action in window.menu(name).actions():
            shortcut = action.shortcut().toString()
            if shortcut and not action.isSeparator():
                assert shortcut in action.toolTip(), action.text()
                checked += 1
    assert checked >= 10


def test_check_in_search_reads_the_registry_in_the_background(
    qtbot: QtBot, seeded_db: Database, settings: QSettings
) -> None:
    window, views = build_main_window(seeded_db, settings)
    qtbot.addWidget(window)
    # Read once the activity list is counted (both would want a core at start).
    qtbot.waitUntil(lambda: views.registry_search is not None)
    reading = views.registry_search
    assert reading is not None
    qtbot.waitUntil(reading.is_finished)
    index = PersonIndex.of(seeded_db)
    assert index.has(SearchTexts) and len(index.rows) == 40  # read before the first search
    create_person(seeded_db, PersonFields(family_name="GUIDIMEY", given_names="Célestin"))
    view = views.open_check_in(1)
    view.search_edit.setText("celestin")
    view.run_search()  # usable at once: the new person is put in place
    rows = [view.matches.row_at(n) for n in range(view.matches.rowCount())]
    assert [row.family_name for row in rows if row is not None] == ["GUIDIMEY"]


def test_the_current_activity_is_the_one_on_screen_and_enables_what_needs_one(
    qtbot: QtBot, seeded_db: Database, settings: QSettings
) -> None:
    zinder = create_activity(
        seeded_db,
        ActivityFields(
            title="Atelier de Zinder",
            kind="workshop",
            start_date=dt.date(2023, 3, 14),
            end_date=dt.date(2023, 3, 14),
            country="NE",
            city="Zinder",
        ),
    )
    window, views = build_main_window(seeded_db, settings)
    qtbot.addWidget(window)
    window.show()
    current = window.current_activity
    wanted = ("Print a &sign-in sheet…", "&Activity report…", "&Check the counts of the activity…")
    needing = [a for a in window.menu("reports").actions() if a.text() in wanted]
    needing += [views.edit_action, views.check_in_action, views.grid_action, views.delete_action]
    assert len(needing) == 7

    views.activities.search_edit.setText("nothing of the kind")
    views.activities.refresh()  # the list empty: no activity to act on
    assert current.id() is None
    assert not any(action.isEnabled() for action in needing)

    views.activities.search_edit.setText("")
    views.activities.refresh()
    assert views.activities.select_activity(1)
    assert current.id() == 1 and all(action.isEnabled() for action in needing)
    views.open_check_in(zinder.id)  # the check-in screen's activity, while it is on screen
    assert current.id() == zinder.id
    dialog = open_signin_sheet_dialog(window)
    assert dialog is not None and dialog.activity.id == zinder.id
    dialog.close()
    window.show_view("persons")  # a view that selects no activity leaves it as it was
    assert current.id() == zinder.id
    window.show_view("activities")
    assert current.id() == 1
    views.open_grid(zinder.id)
    assert current.id() == zinder.id == views.current_activity_id()


def test_records_open_in_the_window_or_as_dialogs_outside_it(
    qtbot: QtBot, seeded_db: Database, settings: QSettings
) -> None:
    window, views = build_main_window(seeded_db, settings)
    qtbot.addWidget(window)
    assert links_for(window.view("persons"), seeded_db) is views  # the window's own forms
    alone = QWidget()  # a list shown on its own: the fallback the shell installed
    qtbot.addWidget(alone)
    form = links_for(alone, seeded_db).open_person(1)
    assert isinstance(form, PersonForm) and form.parentWidget() is alone and form.isVisible()
    assert form.person_id == 1
    form.close()
