"""The chart beside the progress table, on the demo: it follows the chosen row by keyboard,
draws that row's indicator and office with the figures of the table's rows, says each figure in
a tooltip and in words under it, and shows or hides on F8. The workbook's charts hold the same
numbers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.demo.loading import load_demo
from desktop_app.indicators import frameworks
from desktop_app.indicators.progress import chart_series, progress
from desktop_app.indicators.progress_files import write_progress_xlsx
from desktop_app.store import Database
from desktop_app.ui.common.i18n import install_language
from desktop_app.ui.indicators.progress_chart import ProgressChartPanel
from desktop_app.ui.indicators.progress_model import ACTUAL
from desktop_app.ui.indicators.progress_view import ProgressView
from tests.indicators import sample
from tests.reports.test_report_files import sheet_rows

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
WAIT_MS = 20_000


def _shown(qtbot: QtBot, db: Database, period: str) -> ProgressView:
    view = ProgressView(db)
    qtbot.addWidget(view)
    view.resize(1366, 700)  # the window's central area on a 1366×768 screen
    view.show()
    view.period_edit.setText(period)
    with qtbot.waitSignal(view.progress_ready, timeout=WAIT_MS):
        view.refresh()
    return view


def _row(view: ProgressView, indicator: str, period: str, office: str | None) -> int:
    for number, row in enumerate(view.model.rows):
        cell = row.cell
        if (cell.indicator.code, cell.period.code, cell.office) == (indicator, period, office):
            return number
    raise AssertionError((indicator, period, office))


def _table_figures(
    view: ProgressView, indicator: str, office: str | None
) -> list[tuple[str, float | None, float | None]]:
    """The table's own rows of an indicator and office: period, actual, target."""
    return [
        (r.cell.period.code, r.actual, r.target)
        for r in view.model.rows
        if r.cell.indicator.code == indicator and r.cell.office == office
    ]


def test_the_chart_follows_the_chosen_row_with_the_tables_figures(
    qtbot: QtBot, db: Database
) -> None:
    load_demo(db)
    view = _shown(qtbot, db, "2022")
    chart = view.chart.chart
    # Opened on the first row: indicator 1.1, first quarter, first office.
    assert chart.series is not None and chart.series.indicator.code == "1.1"
    bamako = _row(view, "1.1", "2022Q4", "ML-BKO")
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(bamako, ACTUAL))
    assert chart.series.office == "ML-BKO" and chart.current_period == "2022Q4"
    drawn = [(b.point.period.code, b.point.actual, b.point.target) for b in chart.bars()]
    assert drawn == _table_figures(view, "1.1", "ML-BKO")
    # By hand (docs/indicators.md, the demo): Bamako's quarter 459 persons against 450.
    assert drawn[-1] == ("2022Q4", 459, 450)
    fourth = chart.bars()[-1]
    assert fourth.bar.height() > chart.bars()[0].bar.height() == 0  # nobody before October
    tip = chart.text_at(fourth.slot.center().toPoint())
    assert tip == "2022 Q4: actual 459, target 450 (102% of the target)."
    assert view.chart.caption.text() == tip  # the chosen period in words, for the keyboard
    assert chart.text_at(chart.bars()[0].slot.center().toPoint()) == (
        "2022 Q1: actual 0; no target."
    )
    # The arrow keys move along the table, the chart with them: the next row is Niamey's
    # (35 persons against 60), then every office's.
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert chart.series.office == "NE-NIA" and chart.current_period == "2022Q4"
    assert [(b.point.actual, b.point.target) for b in chart.bars()][-1] == (35, 60)
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert chart.series.office is None
    assert [(b.point.period.code, b.point.actual, b.point.target) for b in chart.bars()] == (
        _table_figures(view, "1.1", None)
    )
    activities = _row(view, "1.4", "2022Q4", None)
    view.table.setCurrentIndex(view.model.index(activities, ACTUAL))
    assert [(b.point.actual, b.point.target) for b in chart.bars()][-1] == (5, 6)
    assert chart.axis_title() == "Activities held"
    qtbot.keyClick(view.table, Qt.Key.Key_F8)
    assert not view.chart.isVisible() and not view.chart_action.isChecked()
    qtbot.keyClick(view.table, Qt.Key.Key_F8)
    assert view.chart.isVisible()


def test_the_chart_is_readable_beside_the_table_in_both_languages(
    qtbot: QtBot, qapp: QApplication, db: Database
) -> None:
    """At 1366×768 the chart keeps a third of the width; the pictures are looked at."""
    load_demo(db)
    SCREENSHOTS.mkdir(exist_ok=True)
    for language in ("en", "fr"):
        install_language(qapp, language)
        try:
            view = _shown(qtbot, db, "2022")
            view.table.setCurrentIndex(
                view.model.index(_row(view, "1.1", "2022Q4", "ML-BKO"), ACTUAL)
            )
            assert view.chart.width() >= 400 and view.table.width() >= 700
            chart = view.chart.chart
            if language == "fr":
                assert [chart.label(b.point) for b in chart.bars()] == [
                    "2022 T1",
                    "2022 T2",
                    "2022 T3",
                    "2022 T4",
                ]
                assert view.chart.caption.text() == (
                    "2022 T4\u202f: réalisé 459, cible 450 (102\u202f% de la cible)."
                )
            qtbot.wait(50)  # the layout settled, as the user sees it
            view.grab().save(str(SCREENSHOTS / f"progress-chart-{language}.png"))
            view.close()
        finally:
            install_language(qapp, "en")


def test_the_workbook_charts_hold_the_series_the_window_draws(db: Database, tmp_path: Path) -> None:
    load_demo(db)
    table = progress(db, "GSS-SAHEL", "2022")
    path = tmp_path / "progress.xlsx"
    write_progress_xlsx(table, path, "en")
    rows = sheet_rows(path, 1)
    for indicator in table.indicators:
        series = chart_series(table, indicator.code, None)
        start = rows.index((f"{indicator.code} {indicator.name}", None, None)) + 2
        written = [(r[1], r[2]) for r in rows[start : start + len(series.points)]]
        expected = [
            (round(p.actual, 1) if p.actual is not None else None, p.target) for p in series.points
        ]
        assert written == expected, indicator.code


def test_a_share_is_drawn_in_percent_and_a_period_with_nobody_has_no_figure(
    qtbot: QtBot, db: Database
) -> None:
    """tests/indicators/sample.py by hand: in the 4th quarter 14 persons (Aminata, Issa, Fatou,
    Oumar and a head count of 10), 6 of them women (Aminata, Fatou, 4 counted): 42.9 %, against
    a target of 50 %: 86 %. In the 3rd, Moussa alone: 0 %. Nobody before: no share at all."""
    sample.build(db)
    sample.framework(db)
    frameworks.set_target(db, "PAG", "1.6", "2022Q4", 50)
    series = chart_series(progress(db, "PAG", "2022"), "1.6", None)
    panel = ProgressChartPanel()
    qtbot.addWidget(panel)
    panel.resize(480, 360)
    panel.set_series(series, "en", "2022Q4")
    panel.show()
    chart = panel.chart
    assert chart.axis_title() == "Share of women (%)"
    texts = [chart.text_at(bar.slot.center().toPoint()) for bar in chart.bars()]
    assert texts == [
        "2022 Q1: actual -; no target.",
        "2022 Q2: actual -; no target.",
        "2022 Q3: actual 0.0%; no target.",
        "2022 Q4: actual 42.9%, target 50.0% (86% of the target).",
    ]
    assert panel.caption.text() == texts[-1]
    assert chart.bars()[-1].bar.height() > 0 and chart.bars()[0].bar.height() == 0
    assert "42.9%" in chart.accessibleDescription()
