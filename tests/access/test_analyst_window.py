"""The window of an analyst (the reports and the lists behind them with pseudonyms, what shows
names disabled and why), and a role changed by the administrator while the window is open:
read again when the window comes back to the front, or at once after a refusal."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from desktop_app.access import roles
from desktop_app.activities.counting import PeriodFilter
from desktop_app.registry.persons import PersonFields, create_person
from desktop_app.reports.data import period_report
from desktop_app.store import Database, open_database
from desktop_app.store.errors import ServerPermissionDenied
from desktop_app.ui.access import role_watch
from desktop_app.ui.access.menu import changing_actions, personal_actions
from desktop_app.ui.common.i18n import install_language
from desktop_app.ui.reports.explain_dialog import ExplainDialog
from desktop_app.ui.reports.view import ReportView
from desktop_app.ui.shell.core_views import build_main_window
from tests.access.analyst_data import Counted
from tests.access.conftest import MakeUser, as_user

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
pytestmark = [
    pytest.mark.postgresql_only,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]


@pytest.fixture(autouse=True)
def _own_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REGISTRE_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "en")


@pytest.fixture
def opened() -> Iterator[list[Database]]:
    databases: list[Database] = []
    yield databases
    for database in databases:
        database.close()


def window_of(qtbot: QtBot, url: str, opened: list[Database]) -> QMainWindow:
    database = open_database(url)
    opened.append(database)
    window, _views = build_main_window(database)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    return window


def disabled_with(actions: list[QAction], words: str) -> bool:
    return bool(actions) and all(not a.isEnabled() and words in a.toolTip() for a in actions)


def set_role(url: str, user: str, role: str) -> None:
    database = open_database(url)
    try:
        roles.set_role(database, user, role)
    finally:
        database.close()


def test_an_analyst_reads_the_reports_and_the_lists_with_pseudonyms(
    qtbot: QtBot, counted: Counted, make_user: MakeUser, language: str, opened: list[Database]
) -> None:
    url = as_user(counted.url, make_user("analyst"))
    window = window_of(qtbot, url, opened)
    window.show()
    no_names = "pseudonymes" if language == "fr" else "pseudonyms"
    read_only = "peut lire mais pas modifier" if language == "fr" else "may read but not change"
    assert len(personal_actions(window)) == len(role_watch.personal_texts())
    assert disabled_with(personal_actions(window), no_names)
    assert disabled_with(
        [a for a in changing_actions(window) if a not in personal_actions(window)], read_only
    )
    window.show_view("reports")
    view = window.view("reports")
    assert isinstance(view, ReportView)
    view.start_edit.setDate(QDate(2022, 1, 1))
    view.end_edit.setDate(QDate(2022, 12, 31))
    with qtbot.waitSignal(view.report_ready, timeout=20000):
        view.refresh()
    officer = open_database(as_user(counted.url, make_user("officer")))
    opened.append(officer)
    year = PeriodFilter(start=view.period_filter().start, end=view.period_filter().end)
    assert view.report == period_report(officer, year)  # the figures an officer sees
    qtbot.wait(300)  # the charts
    window.grab().save(str(SCREENSHOTS / f"analyst-reports-{language}.png"))
    dialog = view.open_total("youth")
    assert isinstance(dialog, ExplainDialog)
    qtbot.waitUntil(lambda: dialog.explanation is not None, timeout=20000)
    assert dialog.explanation is not None
    model = dialog.model
    shown = {
        model.index(row, column).data()
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    }
    listed = {counted.pseudonyms[p.person_id] for p in dialog.explanation.persons}
    assert listed and listed <= shown  # by pseudonym
    assert not shown & set(counted.names.values())  # never a name
    assert dialog.open_row(0) is None  # no person's form: the server would refuse it
    hint = dialog.findChild(QLabel, "explain_hint")
    assert hint is not None and ("pseudonymisé" if language == "fr" else "pseudonymised") in (
        hint.text()
    )
    dialog.grab().save(str(SCREENSHOTS / f"analyst-youth-list-{language}.png"))
    dialog.close()


def test_an_analyst_whose_last_view_was_the_registry_opens_on_the_reports(
    qtbot: QtBot, counted: Counted, make_user: MakeUser, opened: list[Database]
) -> None:
    user = make_user("officer")
    url = as_user(counted.url, user)
    window = window_of(qtbot, url, opened)
    window.show_view("persons")
    window.save_state()
    window.close()
    set_role(counted.url, user, "analyst")
    window = window_of(qtbot, url, opened)
    assert window.current_view_name() == "reports"


def activate(window: QMainWindow) -> None:
    watch = window.findChild(role_watch.RoleWatch)
    assert watch is not None
    watch.checked_at = time.monotonic() - role_watch.RECHECK_S  # the last look is old enough
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))


def test_a_role_changed_meanwhile_shows_when_the_window_comes_back(
    qtbot: QtBot, counted: Counted, make_user: MakeUser, opened: list[Database]
) -> None:
    user = make_user("officer")
    window = window_of(qtbot, as_user(counted.url, user), opened)
    window.show_view("persons")
    label = window.findChild(QLabel, "user_label")
    assert label is not None and label.text() == f"{user} · officer"
    assert all(a.isEnabled() for a in personal_actions(window) if a.text() == "&Person registry")
    set_role(counted.url, user, "analyst")
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    assert label.text() == f"{user} · officer"  # looked a moment ago: not asked again yet
    activate(window)
    assert label.text() == f"{user} · analyst"
    assert disabled_with(personal_actions(window), "pseudonyms")
    assert window.current_view_name() == "reports"  # no names on screen any more
    assert not window.database.reads_persons  # the reports read the analyst's views now
    window.statusBar().grab().save(str(SCREENSHOTS / "status-role-changed-en.png"))
    set_role(counted.url, user, "officer")
    activate(window)
    assert label.text() == f"{user} · officer"
    registry = next(a for a in personal_actions(window) if a.text() == "&Person registry")
    assert registry.isEnabled() and "pseudonyms" not in registry.toolTip()
    assert all(a.isEnabled() for a in changing_actions(window) if a.text() == "&New activity…")
    # What needs a chosen activity follows it again.
    check_in = next(a for a in personal_actions(window) if a.text() == "&Check-in screen")
    assert check_in.isEnabled() == (window.current_activity.id() is not None)


def test_a_refusal_from_the_server_reads_the_role_again_at_once(
    qtbot: QtBot, counted: Counted, make_user: MakeUser, opened: list[Database]
) -> None:
    user = make_user("officer")
    window = window_of(qtbot, as_user(counted.url, user), opened)
    new = next(a for a in changing_actions(window) if a.text() == "&New activity…")
    assert new.isEnabled()
    set_role(counted.url, user, "viewer")
    with pytest.raises(ServerPermissionDenied):
        create_person(window.database, PersonFields(family_name="SANOGO"))
    qtbot.waitUntil(lambda: not new.isEnabled(), timeout=5000)
    assert "may read but not change" in new.toolTip()
    label = window.findChild(QLabel, "user_label")
    assert label is not None and label.text() == f"{user} · viewer"


def test_a_server_that_refuses_the_user_later_leaves_the_window_standing(
    qtbot: QtBot, counted: Counted, make_user: MakeUser, opened: list[Database]
) -> None:
    """The registry's index is prepared once the list is counted, which may come after the
    user's login was withdrawn: the first search then says so, and nothing fails meanwhile."""
    user = make_user("officer")
    database = open_database(as_user(counted.url, user))
    opened.append(database)
    window, views = build_main_window(database)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not views.activities.is_refreshing(), timeout=10_000)
    owner = open_database(counted.url)
    try:
        with owner.engine.begin() as connection:
            connection.execute(text(f'ALTER ROLE "{user}" NOLOGIN'))
    finally:
        owner.close()
    database.forget_rights()
    database.engine.dispose()  # the next read needs a new login
    prepared = views.registry_search
    views.prepare_registry_search()
    assert views.registry_search is prepared  # not read again, and no error raised
