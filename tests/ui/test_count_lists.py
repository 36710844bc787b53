"""Every count the window shows opens, from the keyboard, the list of persons and rows behind it,
and that list adds up to the count.

The activity of the seeded registry, counted by hand: persons 1-10 checked in as participants
on day 1 (women: 1, 3, 5, 7, 9; born in 1995 so young in 2022: 1, 4, 7, 10), person 11 as an
expert, and a head count of 4 on day 1 (1 woman, youth not stated). Participants 10 + 4 = 14,
women 5 + 1 = 6, youth 4, age unknown 4 (the head count's), team 1.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_app.activities.attendance import check_in
from desktop_app.activities.counting import PeriodFilter
from desktop_app.activities.headcounts import add_head_count
from desktop_app.store import Database
from desktop_app.ui.models.activities import ActivityTableModel
from desktop_app.ui.registry.person_form import PersonForm
from desktop_app.ui.reports.count_links import CountLabel
from desktop_app.ui.reports.explain_dialog import ExplainDialog
from desktop_app.ui.reports.model import ReportActivityTableModel
from desktop_app.ui.reports.view import ReportView
from desktop_app.ui.shell.core_views import build_main_window

DAY1 = dt.date(2022, 12, 5)
WAIT_MS = 15_000  # counting runs in a worker thread: generous on a busy two-core machine


def _record(db: Database) -> None:
    for person_id in range(1, 11):
        check_in(db, 1, person_id, DAY1)
    check_in(db, 1, 11, DAY1, "expert")
    add_head_count(db, 1, 4, women=1, day=DAY1, note="Auditeurs libres")


def _opened(qtbot: QtBot, owner: QWidget, press: object) -> ExplainDialog:
    """Press a key (or run `press`), then the list it opened, once counted."""
    before = set(owner.findChildren(ExplainDialog))
    assert callable(press)
    press()
    qtbot.waitUntil(lambda: bool(set(owner.findChildren(ExplainDialog)) - before))
    (dialog,) = set(owner.findChildren(ExplainDialog)) - before
    qtbot.waitUntil(lambda: dialog.explanation is not None, timeout=WAIT_MS)
    return dialog


def _rows(dialog: ExplainDialog) -> int:
    return dialog.model.rowCount()


def _number(text: str) -> int:
    """The count a link shows, outside brackets: "Youth (under 30) 4 (29%)" shows 4."""
    numbers = re.findall(r"\d+", re.sub(r"\([^)]*\)", "", text))
    assert numbers, text
    return int(numbers[-1])


def _press_link(qtbot: QtBot, link: CountLabel, key: Qt.Key) -> None:
    link.setFocus()
    qtbot.keyClick(link, key)


def _check_links(qtbot: QtBot, owner: QWidget, links: list[CountLabel]) -> dict[str, int]:
    """Open each link with Enter or Space; its list adds up to the number it shows."""
    rows = {}
    for number, link in enumerate(links):
        key = Qt.Key.Key_Return if number % 2 == 0 else Qt.Key.Key_Space
        dialog = _opened(qtbot, owner, lambda link=link, key=key: _press_link(qtbot, link, key))
        assert dialog.explanation is not None
        assert dialog.explanation.total == _number(link.text()), link.text()
        assert f": {dialog.explanation.total}" in dialog.windowTitle()
        rows[link.field] = _rows(dialog)
        dialog.close()
    return rows


def test_the_activity_list_and_its_counts_open_their_lists(
    qtbot: QtBot, seeded_db: Database, settings: QSettings
) -> None:
    _record(seeded_db)
    window, views = build_main_window(seeded_db, settings)
    qtbot.addWidget(window)
    window.show()
    view = views.activities
    qtbot.waitUntil(lambda: not view.is_refreshing())  # the counts are read in the background
    view.select_activity(1)
    table = view.table
    table.setFocus()
    expected = {  # rows: persons and head counts; total: the count
        ActivityTableModel.PARTICIPANTS: (11, 14),
        ActivityTableModel.WOMEN: (6, 6),
        ActivityTableModel.YOUTH: (4, 4),
        ActivityTableModel.TEAM: (1, 1),
    }
    for column, (rows, total) in expected.items():
        table.setCurrentIndex(view.model.index(0, column))
        assert view.model.index(0, column).data() == str(total)
        dialog = _opened(qtbot, view, lambda: qtbot.keyClick(table, Qt.Key.Key_Return))
        assert (_rows(dialog), dialog.explanation.total if dialog.explanation else None) == (
            rows,
            total,
        )
        dialog.close()
    # Enter on the title still opens the activity.
    table.setCurrentIndex(view.model.index(0, ActivityTableModel.TITLE))
    with qtbot.waitSignal(view.activity_opened):
        qtbot.keyClick(table, Qt.Key.Key_Return)

    panel = view.counts_panel
    panel.refresh()
    rows = _check_links(qtbot, panel, panel.counts_line.links() + panel.categories_line.links())
    assert rows["participants"] == 11 and rows["named"] == 10 and rows["unnamed"] == 1
    assert rows["age_unknown"] == 1  # the head count alone: every person's age is known
    assert rows["team"] == 1

    # Enter on a person of a list opens the person's form in the window.
    dialog = _opened(qtbot, panel, lambda: panel.open_list("youth"))
    first = dialog.explanation.persons[0] if dialog.explanation else None
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    forms = [f for f in views.forms if isinstance(f, PersonForm)]
    assert first is not None and [f.person_id for f in forms] == [first.person_id]
    for form in forms:
        form.close()
    dialog.close()


def test_the_check_in_counter_opens_its_lists(
    qtbot: QtBot, seeded_db: Database, settings: QSettings
) -> None:
    _record(seeded_db)
    window, views = build_main_window(seeded_db, settings)
    qtbot.addWidget(window)
    window.show()
    check_in_view = views.open_check_in(1, DAY1)
    assert check_in_view.counter_label.text() == "Participants 14 · Women 6 · Youth 4"
    rows = _check_links(qtbot, check_in_view, check_in_view.counter_label.links())
    assert rows == {"participants": 11, "women": 6, "youth": 4}
    team = check_in_view.day_label
    dialog = _opened(qtbot, check_in_view, lambda: _press_link(qtbot, team, Qt.Key.Key_Return))
    assert dialog.explanation is not None
    assert (_rows(dialog), dialog.explanation.total) == (1, 1)
    assert team.text().endswith("team 1")
    dialog.close()
    qtbot.waitUntil(lambda: check_in_view.focusWidget() is check_in_view.search_edit)

    # A new arrival updates the counts in place: a count reached with Tab keeps the keyboard.
    women = check_in_view.counter_label.link("women")
    women.setFocus()
    check_in(seeded_db, 1, 13, DAY1)  # person 13 is a woman
    check_in_view.refresh_counts()
    assert check_in_view.counter_label.link("women") is women
    assert check_in_view.focusWidget() is women and women.text() == "Women 7"


def test_the_report_views_counts_open_their_lists(qtbot: QtBot, seeded_db: Database) -> None:
    _record(seeded_db)
    view = ReportView(seeded_db)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.start_edit.setDate(dt.date(2022, 1, 1))
    view.end_edit.setDate(dt.date(2022, 12, 31))
    with qtbot.waitSignal(view.report_ready, timeout=WAIT_MS):
        view.show()
    assert view.report is not None and view.report.filter == PeriodFilter(
        dt.date(2022, 1, 1), dt.date(2022, 12, 31)
    )
    rows = _check_links(qtbot, view, view.totals_label.links() + view.categories_line.links())
    assert rows["unique_persons"] == 11 and rows["participations"] == 11
    assert rows["women"] == 6 and rows["team"] == 1
    view.table.setFocus()
    for column in ReportActivityTableModel.COUNT_FIELDS:
        index = view.model.index(0, column)
        view.table.setCurrentIndex(index)
        dialog = _opened(qtbot, view, lambda: qtbot.keyClick(view.table, Qt.Key.Key_Space))
        assert dialog.explanation is not None
        assert str(dialog.explanation.total) == index.data(), column
        dialog.close()
