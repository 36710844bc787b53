"""The Progress view and the Projects and indicators view on the demo: the actuals counted by
hand, each opening its list, the exports, a framework built from the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from desktop_app.demo.loading import load_demo
from desktop_app.indicators import frameworks
from desktop_app.store import Database
from desktop_app.ui.indicators.framework_view import FrameworkView
from desktop_app.ui.indicators.progress_model import ACTUAL, BREAKDOWN
from desktop_app.ui.indicators.progress_view import ActivitiesDialog, ProgressView
from desktop_app.ui.reports.explain_dialog import ExplainDialog
from desktop_app.ui.shell.core_views import build_main_window

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
WAIT_MS = 20_000


def _shown(qtbot: QtBot, db: Database, period: str = "2022Q4") -> ProgressView:
    view = ProgressView(db)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    view.period_edit.setText(period)
    with qtbot.waitSignal(view.progress_ready, timeout=WAIT_MS):
        view.refresh()
    return view


def _row(view: ProgressView, indicator: str, office: str) -> int:
    for number, row in enumerate(view.model.rows):
        if row.cell.indicator.code == indicator and (row.cell.office or "all") == office:
            return number
    raise AssertionError((indicator, office))


def test_progress_view_shows_the_hand_counts_and_opens_their_lists(
    qtbot: QtBot, db: Database
) -> None:
    load_demo(db)
    view = _shown(qtbot, db)
    SCREENSHOTS.mkdir(exist_ok=True)
    view.grab().save(str(SCREENSHOTS / "progress-view.png"))
    everyone = _row(view, "1.1", "all")
    assert view.model.index(everyone, ACTUAL).data() in ("494",)
    assert (
        "22 personnes ont été formées" in view.narrative.text()
        or "22 persons were trained" in view.narrative.text()
    )
    view.table.setCurrentIndex(view.model.index(everyone, ACTUAL))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog = view.dialog
    assert isinstance(dialog, ExplainDialog)
    qtbot.waitUntil(lambda: dialog.explanation is not None, timeout=WAIT_MS)
    assert dialog.explanation is not None and dialog.explanation.total == 494
    dialog.grab().save(str(SCREENSHOTS / "progress-explain.png"))
    dialog.close()
    held = _row(view, "1.4", "all")
    opened = view.open_row(held, ACTUAL)
    assert isinstance(opened, ActivitiesDialog) and opened.list.count() == 5


def test_a_value_of_a_breakdown_opens_its_own_list(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_demo(db)
    view = _shown(qtbot, db)
    trained = _row(view, "1.2", "all")
    monkeypatch.setattr(view, "_choose_value", lambda cell: ("sex", "F"))
    dialog = view.open_row(trained, BREAKDOWN)
    assert isinstance(dialog, ExplainDialog)
    qtbot.waitUntil(lambda: dialog.explanation is not None, timeout=WAIT_MS)
    assert dialog.explanation is not None and dialog.explanation.total == 9


def test_progress_exports_from_the_window(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    load_demo(db)
    view = _shown(qtbot, db, "2022")
    for file_format in ("xlsx", "pdf"):
        path = tmp_path / f"progress.{file_format}"
        task = view.export(file_format, path)
        assert task is not None
        qtbot.waitUntil(task.is_finished, timeout=WAIT_MS)
        assert path.stat().st_size > 1000


def test_a_framework_built_in_the_window(qtbot: QtBot, db: Database) -> None:
    view = FrameworkView(db)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    view.code_edit.setText("PAG")
    view.name_edit.setText("Gouvernance")
    view.offices_edit.setText("NE-NIA")
    view.start_edit.setText("31/02/2022")
    view.add_project()
    assert "31/02/2022" in view.status.text() and frameworks.list_projects(db) == []
    view.start_edit.setText("01/07/2022")
    view.add_project()
    assert [p.code for p in frameworks.list_projects(db)] == ["PAG"]
    view.indicator_code.setText("1.1")
    view.indicator_name.setText("Personnes formées")
    view.filters_edit.setText("kind=training")
    view.by_edit.setText("sex")
    view.add_indicator()
    view.period_edit.setText("2022")
    view.target_value.setText("40")
    view.set_target()
    assert [t.value for t in frameworks.list_targets(db, "PAG", "1.1")] == [40]
    assert view.indicators.rowCount() == 1 and view.indicators.item(0, 5).text() == "2022 40"
    view.by_edit.setText("colour")
    view.indicator_code.setText("1.2")
    view.indicator_name.setText("x")
    view.add_indicator()
    assert "colour" in view.status.text() and len(frameworks.list_indicators(db, "PAG")) == 1
    view.grab().save(str(SCREENSHOTS / "framework-view.png"))


def test_the_window_makes_the_indicators_views_when_first_shown(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    load_demo(db)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window, _views = build_main_window(db, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.made_view("framework") is None and window.made_view("progress") is None
    [show_framework] = [a for a in window.menu("view").actions() if a.text().startswith("Projects")]
    show_framework.trigger()
    view = window.made_view("framework")
    assert isinstance(view, FrameworkView) and window.current_view_name() == "framework"
    codes = [p.code for p in frameworks.list_projects(db)]
    assert codes and view.projects.rowCount() == len(codes)
    assert view.indicators.rowCount() == len(frameworks.list_indicators(db, codes[0]))
    assert window.made_view("progress") is None  # the other one still waits
    progress = window.view("progress")
    assert isinstance(progress, ProgressView)
    before = progress.project_combo.count()
    view.code_edit.setText("NEW")
    view.name_edit.setText("Nouveau projet")
    view.offices_edit.setText("NE-NIA")
    view.start_edit.setText("01/01/2024")
    view.add_project()  # a project added here is offered at once in the Progress view
    assert progress.project_combo.count() == before + 1


def test_progress_view_shows_the_latest_year_when_first_opened(qtbot: QtBot, db: Database) -> None:
    """Opened from the menu, the view counts the chosen project at once (the year of its latest
    activity: the demo's seminar of January 2023, 68 persons) instead of showing a blank table."""
    load_demo(db)
    view = ProgressView(db)
    qtbot.addWidget(view)
    view.load_projects()
    view.show()
    with qtbot.waitSignal(view.progress_ready, timeout=WAIT_MS):
        view.focus_first()
    assert {row.cell.period.code for row in view.model.rows} >= {"2023Q1"}
    first_quarter = [
        row
        for row in view.model.rows
        if row.cell.indicator.code == "1.1"
        and row.cell.office is None
        and row.cell.period.code == "2023Q1"
    ]
    assert [view.model.index(view.model.rows.index(r), ACTUAL).data() for r in first_quarter] == [
        "68"
    ]
