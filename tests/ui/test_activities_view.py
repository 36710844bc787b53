from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.demo.loading import load_demo
from desktop_app.store import Database
from desktop_app.ui.activities.activities_view import ActivitiesView
from desktop_app.ui.models.activities import ActivityTableModel


def make_view(qtbot: QtBot, db: Database) -> ActivitiesView:
    load_demo(db)
    view = ActivitiesView(db)
    qtbot.addWidget(view)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    view.focus_first()
    return view


def titles(view: ActivitiesView) -> list[str]:
    return [row.title for row in view.model.rows()]


def wait_refreshed(qtbot: QtBot, view: ActivitiesView) -> None:
    qtbot.waitUntil(lambda: not view.search_timer.isActive() and not view.is_refreshing())


def test_search_as_you_type_narrows_the_list(qtbot: QtBot, db: Database) -> None:
    view = make_view(qtbot, db)
    assert view.model.rowCount() == 6
    qtbot.keyClicks(view.search_edit, "mediation")
    wait_refreshed(qtbot, view)
    assert titles(view) == [
        "Séminaire sur la médiation institutionnelle et la médiation communautaire"
    ]
    assert view.count_label.text() == "Activities shown: 1"
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert view.table.hasFocus()
    with qtbot.waitSignal(view.activity_opened) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [view.model.rows()[0].id]


def test_filters_by_year_kind_country_and_status(qtbot: QtBot, db: Database) -> None:
    view = make_view(qtbot, db)
    view.year_combo.setCurrentIndex(view.year_combo.findData(2023))
    wait_refreshed(qtbot, view)
    assert titles(view) == [
        "Séminaire sur la médiation institutionnelle et la médiation communautaire"
    ]
    view.year_combo.setCurrentIndex(0)
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("symposium"))
    wait_refreshed(qtbot, view)
    assert titles(view) == ["14e édition du Colloque national sur les droits de l'homme"]
    assert view.model.index(0, ActivityTableModel.PARTICIPANTS).data() == "151"
    view.kind_combo.setCurrentIndex(0)
    qtbot.keyClicks(view.country_edit, "NE")
    wait_refreshed(qtbot, view)
    assert titles(view) == [
        "Restitution de l'évaluation de la gestion des ressources du secteur de la sécurité"
    ]
    view.country_edit.clear()
    view.status_combo.setCurrentIndex(view.status_combo.findData("cancelled"))
    wait_refreshed(qtbot, view)
    assert titles(view) == []


def test_sorting_is_asked_of_the_service(qtbot: QtBot, db: Database) -> None:
    view = make_view(qtbot, db)
    view.table.sortByColumn(ActivityTableModel.PARTICIPANTS, Qt.SortOrder.DescendingOrder)
    wait_refreshed(qtbot, view)
    participants = [row.participants for row in view.model.rows()]
    assert participants == sorted(participants, reverse=True)
    assert participants[0] == 200  # the EID forum
    view.table.sortByColumn(ActivityTableModel.TITLE, Qt.SortOrder.AscendingOrder)
    wait_refreshed(qtbot, view)
    assert titles(view) == sorted(titles(view))
