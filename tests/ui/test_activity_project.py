"""The activity form's project: the projects listed as "code — name", chosen by keyboard, and
a code that is not a project yet kept as typed, with a hint saying where to create it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.activities.activities import create_activity, get_activity
from desktop_app.indicators import frameworks
from desktop_app.store import Database
from desktop_app.ui.activities.activity_form import ActivityForm
from tests.factories import activity_fields

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _projects(db: Database) -> None:
    frameworks.add_project(db, "PAG", "Gouvernance")
    frameworks.add_project(db, "GSS-SAHEL", "Gouvernance du secteur de la sécurité au Sahel")


def _form(qtbot: QtBot, db: Database, activity_id: int) -> ActivityForm:
    form = ActivityForm(db, activity_id)
    qtbot.addWidget(form)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    return form


def test_the_projects_are_listed_and_one_is_chosen_by_keyboard(qtbot: QtBot, db: Database) -> None:
    _projects(db)
    activity = create_activity(db, activity_fields())
    form = _form(qtbot, db, activity.id)
    field = form.project_field
    combo = field.combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "GSS-SAHEL — Gouvernance du secteur de la sécurité au Sahel",
        "PAG — Gouvernance",
    ]
    assert field.code() == "" and field.hint.isHidden() and not form.isWindowModified()
    qtbot.keyClick(form.title_edit, Qt.Key.Key_P, ALT)  # "&Project:"
    assert QApplication.focusWidget() is combo
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "PAG — Gouvernance" and field.code() == "PAG"
    assert form.isWindowModified() and field.hint.isHidden()
    qtbot.keyClick(combo, Qt.Key.Key_S, CTRL)
    assert get_activity(db, activity.id).project_code == "PAG"
    reopened = _form(qtbot, db, activity.id)
    assert reopened.project_field.combo.currentText() == "PAG — Gouvernance"
    assert reopened.project_field.code() == "PAG" and not reopened.isWindowModified()


def test_a_code_that_is_not_a_project_yet_is_kept_with_a_hint(qtbot: QtBot, db: Database) -> None:
    _projects(db)
    activity = create_activity(db, activity_fields())
    form = _form(qtbot, db, activity.id)
    field = form.project_field
    field.setFocus()
    qtbot.keyClicks(field.combo.lineEdit(), "PAG-2")  # a project that starts with PAG: not it
    assert field.code() == "PAG-2" and form.isWindowModified()
    assert not field.hint.isHidden()
    assert field.hint.text().startswith("PAG-2 is not a project yet")
    assert "Projects and indicators" in field.hint.text()
    qtbot.keyClick(field.combo, Qt.Key.Key_S, CTRL)
    assert get_activity(db, activity.id).project_code == "PAG-2"
    reopened = _form(qtbot, db, activity.id)
    assert reopened.project_field.combo.currentText() == "PAG-2"
    assert not reopened.project_field.hint.isHidden()
    # Created meanwhile in Projects and indicators: the list, read again as it opens, has it.
    frameworks.add_project(db, "PAG-2", "Gouvernance, phase 2")
    reopened.project_field.reload()
    assert "PAG-2" in reopened.project_field.project_codes()
    assert reopened.project_field.hint.isHidden()
    assert reopened.project_field.combo.currentText() == "PAG-2"  # still what was saved


def test_a_known_code_typed_in_small_letters_is_that_project(qtbot: QtBot, db: Database) -> None:
    _projects(db)
    activity = create_activity(db, activity_fields(project_code="OLD-CODE"))
    form = _form(qtbot, db, activity.id)
    field = form.project_field
    assert field.combo.currentText() == "OLD-CODE" and not field.hint.isHidden()
    field.combo.lineEdit().clear()
    qtbot.keyClicks(field.combo.lineEdit(), "gss-sahel")
    assert field.code() == "GSS-SAHEL" and field.hint.isHidden()
    qtbot.keyClick(field.combo, Qt.Key.Key_S, CTRL)
    assert get_activity(db, activity.id).project_code == "GSS-SAHEL"
