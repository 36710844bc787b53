from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.activities.activities import get_activity
from desktop_app.activities.activity_list import count_activities, list_activities
from desktop_app.door.rules import door_rules
from desktop_app.registry.organisations import find_organisation
from desktop_app.settings import load_settings, save_settings
from desktop_app.store import Database
from desktop_app.ui.activities.activity_form import ActivityForm

CTRL = Qt.KeyboardModifier.ControlModifier


def open_form(qtbot: QtBot, db: Database, activity_id: int | None = None) -> ActivityForm:
    form = ActivityForm(db, activity_id)
    qtbot.addWidget(form)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    return form


def test_new_activity_typed_and_saved_with_ctrl_s(qtbot: QtBot, db: Database) -> None:
    form = open_form(qtbot, db)
    assert form.title_edit.hasFocus()
    qtbot.keyClicks(form.title_edit, "Restitution of the resource management assessment")
    assert form.isWindowModified()
    assert form.windowTitle().endswith("[*]")
    form.city_edit.setFocus()
    qtbot.keyClicks(form.city_edit, "Niamey")
    qtbot.keyClicks(form.partners.edit, "CDS")
    qtbot.keyClick(form.partners.edit, Qt.Key.Key_Return)
    qtbot.keyClick(form.title_edit, Qt.Key.Key_S, CTRL)
    assert not form.isWindowModified()
    rows = list_activities(db)
    assert [r.title for r in rows] == ["Restitution of the resource management assessment"]
    details = get_activity(db, rows[0].id)
    assert details.country == "NE" and details.office == "NE-NIA"
    assert [p.name for p in details.partners] == ["CDS"]
    assert find_organisation(db, "cds") is not None


def test_bad_input_shows_messages_next_to_fields_and_writes_nothing(
    qtbot: QtBot, db: Database
) -> None:
    form = open_form(qtbot, db)
    form.country_edit.setText("N1")
    qtbot.keyClick(form.title_edit, Qt.Key.Key_S, CTRL)
    assert form.messages.text("title") == "This field is required."
    assert form.messages.text("city") == "This field is required."
    assert "two-letter code" in form.messages.text("country")
    assert form.messages.text("venue") == ""
    assert count_activities(db) == 0
    assert form.title_edit.hasFocus()


def test_unsaved_prompt_cancel_keeps_the_window_and_the_changes(qtbot: QtBot, db: Database) -> None:
    form = open_form(qtbot, db)
    qtbot.keyClicks(form.title_edit, "Forum")
    form.close()
    prompt = form.unsaved_prompt
    assert prompt is not None and prompt.isVisible()
    prompt.button(QMessageBox.StandardButton.Cancel).click()
    assert form.isVisible()
    assert form.isWindowModified()
    assert form.title_edit.text() == "Forum"
    assert count_activities(db) == 0


def test_unsaved_prompt_discard_closes_and_writes_nothing(qtbot: QtBot, db: Database) -> None:
    form = open_form(qtbot, db)
    qtbot.keyClicks(form.title_edit, "Forum")
    form.city_edit.setText("Niamey")
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Escape)
    prompt = form.unsaved_prompt
    assert prompt is not None
    with qtbot.waitSignal(form.finished):
        prompt.button(QMessageBox.StandardButton.Discard).click()
    assert not form.isVisible()
    assert count_activities(db) == 0


def test_unsaved_prompt_save_saves_then_closes(qtbot: QtBot, db: Database) -> None:
    form = open_form(qtbot, db)
    qtbot.keyClicks(form.title_edit, "Forum")
    form.city_edit.setText("Niamey")
    form.close()
    assert form.unsaved_prompt is not None
    with qtbot.waitSignal(form.finished):
        form.unsaved_prompt.button(QMessageBox.StandardButton.Save).click()
    assert [r.title for r in list_activities(db)] == ["Forum"]


def test_closing_without_changes_asks_nothing(qtbot: QtBot, db: Database) -> None:
    form = open_form(qtbot, db)
    form.close()
    assert form.unsaved_prompt is None
    assert not form.isVisible()


def test_editing_moves_dates_and_keeps_partners(qtbot: QtBot, seeded_db: Database) -> None:
    form = open_form(qtbot, seeded_db, 1)
    assert not form.isWindowModified()
    assert form.title_edit.text() == "Media training on security sector reporting"
    form.title_edit.selectAll()
    qtbot.keyClicks(form.title_edit, "Media training, first cohort")
    qtbot.keyClick(form.title_edit, Qt.Key.Key_S, CTRL)
    assert get_activity(seeded_db, 1).title == "Media training, first cohort"
    assert form.windowTitle() == "Activity — Media training, first cohort[*]"


def test_a_new_activity_starts_with_the_default_country_and_city(
    qtbot: QtBot, db: Database
) -> None:
    # tests/ui/conftest.py points REGISTRE_CONFIG_DIR at this test's own folder
    save_settings(load_settings().with_changes(default_country="ML", default_city="Bamako"))
    form = open_form(qtbot, db)
    assert (form.country_edit.text(), form.city_edit.text()) == ("ML", "Bamako")


def test_without_defaults_the_site_country_is_proposed(qtbot: QtBot, db: Database) -> None:
    form = open_form(qtbot, db)
    assert (form.country_edit.text(), form.city_edit.text()) == ("NE", "")


def test_the_door_rules_typed_in_the_form(qtbot: QtBot, seeded_db: Database) -> None:
    """The completion rule and the late time: saved through the door's rules, a time that is
    not one refused next to its field with nothing written, the default shown as such."""
    form = open_form(qtbot, seeded_db, 1)
    assert form.completion_spin.text() == "Default: 80% of the days"
    assert form.late_edit.text() == ""
    form.completion_spin.setValue(50)
    form.late_edit.setText("8h30")
    form.venue_edit.setText("École de maintien de la paix")
    form.late_edit.setText("25:00")
    qtbot.keyClick(form.title_edit, Qt.Key.Key_S, CTRL)
    assert form.messages.text("late_after") == "25:00 is not a time of day such as 08:30."
    assert form.isWindowModified()
    assert get_activity(seeded_db, 1).venue == "Peacekeeping School"  # nothing written
    rules = door_rules(seeded_db, 1)
    assert (rules.own_completion, rules.late_after_minutes) == (False, None)
    form.late_edit.setText("8h30")
    qtbot.keyClick(form.title_edit, Qt.Key.Key_S, CTRL)
    assert not form.isWindowModified()
    rules = door_rules(seeded_db, 1)
    assert (rules.completion_percent, rules.own_completion, rules.late_after) == (50, True, "08:30")
    assert get_activity(seeded_db, 1).venue == "École de maintien de la paix"
    # Saved again (the rules' write gave the activity a new revision): no "changed elsewhere".
    form.city_edit.setText("Kati")
    qtbot.keyClick(form.title_edit, Qt.Key.Key_S, CTRL)
    assert not form.isWindowModified() and form.changed_elsewhere.isHidden()
    form.completion_spin.setValue(0)
    form.late_edit.clear()
    qtbot.keyClick(form.title_edit, Qt.Key.Key_S, CTRL)
    rules = door_rules(seeded_db, 1)
    assert (rules.completion_percent, rules.own_completion, rules.late_after) == (80, False, "")
    reopened = open_form(qtbot, seeded_db, 1)
    assert reopened.completion_spin.value() == 0 and reopened.late_edit.text() == ""
