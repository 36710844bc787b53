"""The Progress view of the demo by disability status, with the setting on: the breakdown in
words, its values opening their persons; off, no trace of it. Pictures in English and French:
screenshots/progress_disability_{en,fr}.png (git-ignored)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.demo.loading import load_demo
from desktop_app.settings import CONFIG_DIR_ENV, load_settings, save_settings
from desktop_app.store import Database
from desktop_app.ui.common.i18n import install_language
from desktop_app.ui.indicators.progress_model import BREAKDOWN
from desktop_app.ui.indicators.progress_view import ProgressView
from desktop_app.ui.reports.explain_dialog import ExplainDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
WAIT_MS = 20_000


@pytest.fixture(autouse=True)
def _own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "config"))


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    install_language(qapp, request.param)
    yield str(request.param)
    install_language(qapp, "en")


def _shown(qtbot: QtBot, db: Database) -> ProgressView:
    view = ProgressView(db)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    view.period_edit.setText("2022Q4")
    with qtbot.waitSignal(view.progress_ready, timeout=WAIT_MS):
        view.refresh()
    return view


def _everyone(view: ProgressView) -> int:
    return next(
        number
        for number, row in enumerate(view.model.rows)
        if row.cell.indicator.code == "1.1" and row.cell.office is None
    )


def test_progress_by_disability_status(qtbot: QtBot, db: Database, language: str) -> None:
    save_settings(load_settings().with_changes(record_disability=True))
    load_demo(db)
    view = _shown(qtbot, db)
    text = view.model.index(_everyone(view), BREAKDOWN).data()
    if language == "fr":
        assert "Situation de handicap\u202f: " in text and "En situation de handicap 4" in text
    else:
        assert "Disability status: " in text and "With disability 4" in text
    SCREENSHOTS.mkdir(exist_ok=True)
    view.grab().save(str(SCREENSHOTS / f"progress_disability_{language}.png"))


def test_a_status_opens_its_persons(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_settings(load_settings().with_changes(record_disability=True))
    load_demo(db)
    view = _shown(qtbot, db)
    monkeypatch.setattr(view, "_choose_value", lambda cell: ("disability", "with"))
    dialog = view.open_row(_everyone(view), BREAKDOWN)
    assert isinstance(dialog, ExplainDialog)
    qtbot.waitUntil(lambda: dialog.explanation is not None, timeout=WAIT_MS)
    assert dialog.explanation is not None and dialog.explanation.total == 4


def test_off_the_view_shows_no_status(qtbot: QtBot, db: Database) -> None:
    load_demo(db)
    view = _shown(qtbot, db)
    texts = [view.model.index(row, BREAKDOWN).data() for row in range(view.model.rowCount())]
    assert texts and not any("isab" in text or "handicap" in text for text in texts)
