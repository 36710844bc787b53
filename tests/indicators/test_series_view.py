"""Persons who completed a series in the window, in English and French: defined on the
Indicators screen (its share of days, tag and role filters), shown in the Progress view, and
its list giving each person's days attended of the series' days."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.demo.loading import load_demo
from desktop_app.indicators import frameworks
from desktop_app.store import Database
from desktop_app.ui.common.i18n import install_language
from desktop_app.ui.indicators.framework_view import FrameworkView
from desktop_app.ui.indicators.progress_model import ACTUAL
from desktop_app.ui.reports.explain_dialog import ExplainDialog
from tests.indicators.test_progress_view import SCREENSHOTS, WAIT_MS, _row, _shown

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    install_language(qapp, request.param)
    yield str(request.param)
    install_language(qapp, "en")


def test_a_series_defined_shown_and_listed(qtbot: QtBot, db: Database, language: str) -> None:
    load_demo(db)
    view = FrameworkView(db)
    qtbot.addWidget(view)
    view.resize(1280, 900)
    view.show()
    view.projects.selectRow(0)
    assert not view.series_percent.isEnabled()
    view.measure_combo.setCurrentIndex(view.measure_combo.findData("series"))
    assert view.series_percent.isEnabled()
    view.series_percent.setValue(75)
    view.indicator_code.setText("2.1")
    view.indicator_name.setText("Cycle RSS suivi")
    view.filters_edit.setText("tag=rss")
    view.by_edit.setText("sex")
    view.add_indicator()
    view.indicator_code.setText("2.2")
    view.indicator_name.setText("Équipe des activités RSS")
    view.measure_combo.setCurrentIndex(view.measure_combo.findData("unique_persons"))
    assert not view.series_percent.isEnabled()
    view.filters_edit.setText("tag=RSS; role=facilitator,expert")
    view.by_edit.clear()
    view.add_indicator()
    added = {i.code: i for i in frameworks.list_indicators(db, "GSS-SAHEL")}
    assert added["2.1"].series_percent == 75 and added["2.1"].filters == {"tag": ("rss",)}
    assert added["2.2"].filters == {"role": ("expert", "facilitator"), "tag": ("RSS",)}
    rows = {view.indicators.item(r, 0).text(): r for r in range(view.indicators.rowCount())}
    measure = view.indicators.item(rows["2.1"], 2).text()
    assert measure == (
        "Personnes ayant suivi une série (au moins 75\u202f% des jours)"
        if language == "fr"
        else "Persons who completed a series (at least 75% of the days)"
    )
    view.indicators.scrollToBottom()
    bar = view.indicators.horizontalScrollBar()
    bar.setValue(bar.maximum())  # the filters, right of the measure
    SCREENSHOTS.mkdir(exist_ok=True)
    view.grab().save(str(SCREENSHOTS / f"framework-series-{language}.png"))

    progress = _shown(qtbot, db)
    row = _row(progress, "2.1", "all")
    actual = progress.model.index(row, ACTUAL).data()
    progress.table.scrollTo(progress.model.index(row, ACTUAL))
    progress.grab().save(str(SCREENSHOTS / f"progress-series-{language}.png"))
    dialog = progress.open_row(row, ACTUAL)
    assert isinstance(dialog, ExplainDialog)
    qtbot.waitUntil(lambda: dialog.explanation is not None, timeout=WAIT_MS)
    assert dialog.explanation is not None and str(dialog.explanation.total) == actual
    days_of = {p.days_of for p in dialog.explanation.persons}
    assert len(days_of) == 1 and None not in days_of  # the series' days, the same for all
    headers = [
        dialog.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(dialog.model.columnCount())
    ]
    days = headers.index("Jours présents" if language == "fr" else "Days present")
    first = dialog.model.index(0, days).data()
    assert first.endswith(f" / {days_of.pop()}")
    dialog.table.scrollTo(dialog.model.index(0, days + 2))  # the days in the picture
    dialog.grab().save(str(SCREENSHOTS / f"series-explain-{language}.png"))
    dialog.close()
