"""Tags in the window: typed in the activity form with completion from the tags in use, and the
activity list filtered by one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.activities.activities import get_activity
from desktop_app.activities.activity_list import list_activities
from desktop_app.demo.loading import load_demo
from desktop_app.store import Database
from tests.ui.conftest import SCREENSHOTS
from tests.ui.test_activities_view import make_view, titles, wait_refreshed
from tests.ui.test_activity_form import open_form

CTRL = Qt.KeyboardModifier.ControlModifier


def test_tags_typed_with_completion_and_saved(qtbot: QtBot, db: Database) -> None:
    load_demo(db)  # tags in use: RSS, médias, droits humains…
    form = open_form(qtbot, db)
    qtbot.keyClicks(form.title_edit, "Formation des formateurs")
    qtbot.keyClicks(form.city_edit, "Niamey")
    form.tags_edit.setFocus()
    qtbot.keyClicks(form.tags_edit, "cohort-A, rs")
    popup = form.tags_edit.completer_.popup()
    qtbot.waitUntil(popup.isVisible)
    assert form.tags_edit.completer_.currentCompletion() == "RSS"
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert form.tags_edit.text() == "cohort-A, RSS, "
    SCREENSHOTS.mkdir(exist_ok=True)
    form.grab().save(str(SCREENSHOTS / "activity-form-tags.png"))
    qtbot.keyClick(form.title_edit, Qt.Key.Key_S, CTRL)
    assert not form.isWindowModified()
    saved = next(r for r in list_activities(db) if r.title == "Formation des formateurs")
    assert get_activity(db, saved.id).tags == ("cohort-A", "RSS")


def test_a_tag_too_long_is_shown_beside_the_field(qtbot: QtBot, db: Database) -> None:
    form = open_form(qtbot, db)
    qtbot.keyClicks(form.title_edit, "Atelier")
    qtbot.keyClicks(form.city_edit, "Niamey")
    form.tags_edit.setText("DDR, " + "x" * 41)
    qtbot.keyClick(form.title_edit, Qt.Key.Key_S, CTRL)
    assert "longer than 40 characters" in form.messages.text("tags")
    assert form.tags_edit.text() == "DDR, " + "x" * 41  # nothing typed is lost
    assert list_activities(db) == []


def test_the_list_filters_by_tag(qtbot: QtBot, db: Database) -> None:
    view = make_view(qtbot, db)
    shown = [view.tag_combo.itemText(i) for i in range(view.tag_combo.count())]
    assert shown[0] == "All tags" and "RSS" in shown and "droits humains" in shown
    view.tag_combo.setCurrentIndex(view.tag_combo.findData("RSS"))
    wait_refreshed(qtbot, view)
    assert sorted(titles(view)) == [
        "Formation des médias sur le Guide de reportage sur le secteur de la sécurité",
        "Restitution de l'évaluation de la gestion des ressources du secteur de la sécurité",
    ]
    view.resize(1000, 320)
    view.grab().save(str(SCREENSHOTS / "activities-tag-filter.png"))
    view.tag_combo.setCurrentIndex(0)
    wait_refreshed(qtbot, view)
    assert view.model.rowCount() == 6
