from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from desktop_app.activities.activities import ActivityFields, create_activity
from desktop_app.demo.loading import load_demo
from desktop_app.store import Database, open_database
from desktop_app.ui.activities import activities_view
from desktop_app.ui.activities.activities_view import ActivitiesView
from desktop_app.ui.common.changes import EVERY, Changes
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


def test_lines_show_at_once_and_their_counts_when_read(qtbot: QtBot, db: Database) -> None:
    """The lines are there when the view is built; the counts say "…" until the background
    read brings them, and the label says the list is being counted."""
    load_demo(db)
    view = ActivitiesView(db)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 6  # no event processed yet: no count can have arrived
    participants = [
        view.model.index(row, ActivityTableModel.PARTICIPANTS).data() for row in range(6)
    ]
    assert participants == ["…"] * 6
    assert view.count_label.text() == "Activities shown: 6 (counting the participants…)"
    assert view.current_activity() is not None  # Ctrl+K works at once
    wait_refreshed(qtbot, view)
    assert "…" not in [
        view.model.index(row, ActivityTableModel.PARTICIPANTS).data() for row in range(6)
    ]
    assert view.count_label.text() == "Activities shown: 6"


@pytest.mark.parametrize("shown", [True, False], ids=["shown", "hidden"])
def test_the_counts_are_read_after_the_list_is_painted_or_at_once_when_hidden(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, shown: bool
) -> None:
    """A window shown is painted after the first turn of its event loop: the counts, read
    off the UI thread, are read after that paint (before it, on 2 cores, they took the
    processor from it); a list not on screen (another view was last time) is counted at once."""
    load_demo(db)
    painted_when_read: list[bool] = []
    read_list = activities_view.read_list

    def watched(*args: Any, **kwargs: Any) -> Any:
        if kwargs.get("counted", True):  # the lines' counts, read off the UI thread
            painted_when_read.append(view._painted)
        return read_list(*args, **kwargs)

    monkeypatch.setattr(activities_view, "read_list", watched)
    view = ActivitiesView(db)
    qtbot.addWidget(view)
    if shown:
        view.show()
    wait_refreshed(qtbot, view)
    assert painted_when_read == [shown]
    assert "…" not in [
        view.model.index(row, ActivityTableModel.PARTICIPANTS).data() for row in range(6)
    ]


def test_an_activity_written_while_the_list_is_read_is_chosen_when_its_line_comes(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Saved while the whole list is being read again (the read started before it was
    written): the new activity is chosen when the read that brings its line arrives."""
    view = make_view(qtbot, db)
    wait_refreshed(qtbot, view)
    release = threading.Event()
    read_list = activities_view.read_list

    def slow(database: Database, activities: Any = None, *rest: Any, **kwargs: Any) -> Any:
        read = read_list(database, activities, *rest, **kwargs)
        if activities is None:
            release.wait(10)  # every line read; the activity below is written meanwhile
        return read

    monkeypatch.setattr(activities_view, "read_list", slow)
    view.apply_changes(Changes.of(attendance=EVERY), None)  # a workbook import: every line
    assert view.is_refreshing()
    fields = ActivityFields("Restitution", "workshop", dt.date(2024, 3, 4), "NE", "Maradi")
    new = create_activity(db, fields)
    view.apply_changes(Changes.of(activities={new.id}), None)  # saved by its form
    release.set()
    wait_refreshed(qtbot, view)
    assert view.current_activity_id() == new.id


def test_columns_are_sized_once_and_left_to_the_user(qtbot: QtBot, db: Database) -> None:
    view = make_view(qtbot, db)
    wait_refreshed(qtbot, view)
    header = view.table.horizontalHeader()
    for column in range(1, view.model.columnCount()):
        assert header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive
        # wide enough for its title and the rows measured
        assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width()
        assert header.sectionSize(column) >= view.table.sizeHintForColumn(column)
    header.resizeSection(ActivityTableModel.KIND, 40)  # the user narrows a column
    view.refresh()
    assert header.sectionSize(ActivityTableModel.KIND) == 40


def test_filters_search_and_sorting_read_nothing_again(qtbot: QtBot, db: Database) -> None:
    """The kept lines are filtered, searched and sorted as they are: no read starts."""
    view = make_view(qtbot, db)
    wait_refreshed(qtbot, view)
    view.year_combo.setCurrentIndex(view.year_combo.findData(2023))
    assert not view.is_refreshing()
    assert titles(view) == [
        "Séminaire sur la médiation institutionnelle et la médiation communautaire"
    ]
    view.year_combo.setCurrentIndex(0)
    view.table.sortByColumn(ActivityTableModel.PARTICIPANTS, Qt.SortOrder.AscendingOrder)
    assert not view.is_refreshing()
    participants = [row.participants for row in view.model.rows()]
    assert participants == sorted(participants) and len(participants) == 6
    view.search_edit.setText("colloque")
    view.search_timer.timeout.emit()  # what the timer does at the next turn of the loop
    assert titles(view) == ["14e édition du Colloque national sur les droits de l'homme"]
    assert not view.is_refreshing()


def test_another_programs_writes_are_read_when_the_lines_are_old(
    qtbot: QtBot, db: Database, db_path: Path | str, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = make_view(qtbot, db)
    wait_refreshed(qtbot, view)
    other = open_database(db_path)  # another program on the same database
    try:
        fields = ActivityFields(
            "Atelier de Zinder", "workshop", dt.date(2024, 5, 2), "NE", "Zinder"
        )
        create_activity(other, fields)
    finally:
        other.close()
    view.search_edit.setText("zinder")
    view.search_timer.timeout.emit()
    assert titles(view) == []  # the kept lines are recent: not read again yet
    monkeypatch.setattr(activities_view, "REREAD_AFTER_S", 0.0)
    view.search_edit.setText("zinder ")
    view.search_timer.timeout.emit()  # old lines: read again in the background
    wait_refreshed(qtbot, view)
    assert titles(view) == ["Atelier de Zinder"]
