"""The data checks view: its findings, opened from the keyboard; screenshots of it and of a list
behind a count, in French and English."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.activities.attendance import check_in
from desktop_app.activities.headcounts import add_head_count
from desktop_app.demo.loading import load_demo
from desktop_app.store import Database
from desktop_app.ui.activities.head_count_dialog import HeadCountDialog
from desktop_app.ui.common import i18n
from desktop_app.ui.registry.person_form import PersonForm
from desktop_app.ui.reports.count_checks_view import CountChecksView
from desktop_app.ui.shell.core_views import build_main_window
from tests.ui.conftest import SCREENSHOTS

DAY1 = dt.date(2022, 12, 5)
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


def _codes(view: CountChecksView) -> list[str]:
    assert view.report is not None
    return [check.code for check, _findings in view.report.results]


def test_findings_open_what_fixes_them_from_the_keyboard(
    qtbot: QtBot, seeded_db: Database, settings: QSettings
) -> None:
    for person_id in (1, 2):
        check_in(seeded_db, 1, person_id, DAY1)
    add_head_count(seeded_db, 1, 30, women=12, youth=5, day=DAY1)  # beside the two named
    window, views = build_main_window(seeded_db, settings)
    qtbot.addWidget(window)
    window.show()
    views.activities.select_activity(1)
    view = window.view("checks")
    assert isinstance(view, CountChecksView)
    window.show_view("checks")
    with qtbot.waitSignal(view.checked, timeout=20_000):
        view.check_activity()
    assert "“Media training on security sector reporting”" in view.activity_radio.text()
    # Both unsigned, the head count beside them, and both known by a birth year alone.
    assert view.report is not None and view.report.findings == 5
    codes = _codes(view)
    view.checks_list.setFocus()
    view.checks_list.setCurrentRow(0)
    for _ in range(codes.index("unsigned")):
        qtbot.keyClick(view.checks_list, Qt.Key.Key_Down)
    assert view.model.rowCount() == 2  # neither signed
    assert view.advice.text() == "Open the attendance grid and tick the signatures (S)."
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert window.current_view_name() == "grid" and views.grid is not None
    assert views.grid.activity.id == 1

    window.show_view("checks")
    view.checks_list.setCurrentRow(codes.index("head_count_overlaps"))
    (finding,) = view.model.rows()
    assert "Head count of 30, and 2 named participants that day" in view.model.index(0, 4).data()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert any(isinstance(form, HeadCountDialog) for form in views.forms)
    assert finding.head_count_id is not None


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("translations")
    for name in ("registre_fr", "registre_en"):
        source, target = TRANSLATIONS / f"{name}.ts", folder / f"{name}.qm"
        subprocess.run([str(LRELEASE), "-silent", str(source), "-qm", str(target)], check=True)
    return folder


@pytest.fixture(params=["en", "fr"])
def language(
    request: pytest.FixtureRequest,
    qapp: QApplication,
    compiled: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[str]:
    monkeypatch.setattr(i18n, "translations_dir", lambda: compiled)
    assert i18n.install_language(qapp, request.param) == request.param
    yield request.param
    monkeypatch.undo()
    i18n.install_language(qapp, "en")


EXPECTED = {
    "en": (
        "Women: 9 — activity “Formation des médias",
        "Presences not signed: 6",
        "31 things to look at before sending these counts.",  # 22 ages from a year only
    ),
    "fr": (
        "Femmes\u00a0: 9 — activité «\u00a0Formation des médias",
        "Présences sans signature\u00a0: 6",
        "31 points à vérifier avant d'envoyer ces comptages.",
    ),
}


def test_screenshots_of_a_list_and_of_the_checks(
    qtbot: QtBot, seeded_db: Database, settings: QSettings, language: str
) -> None:
    load_demo(seeded_db)
    training = 3  # the demo's three-day media training (the seeded activity is 1)
    window, views = build_main_window(seeded_db, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    views.activities.select_activity(training)
    views.activities.counts_panel.refresh()
    heading, unsigned, status = EXPECTED[language]
    dialog = views.activities.counts_panel.open_list("women")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.explanation is not None, timeout=20_000)
    assert dialog.heading.text().startswith(heading)
    SCREENSHOTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(SCREENSHOTS / f"explain_list_{language}.png"))
    dialog.close()
    view = window.view("checks")
    assert isinstance(view, CountChecksView)
    window.show_view("checks")
    with qtbot.waitSignal(view.checked, timeout=20_000):
        view.check_activity()
    assert view.status.text() == status
    view.checks_list.setCurrentRow(_codes(view).index("unsigned"))
    assert view.checks_list.currentItem().text() == unsigned
    qtbot.wait(10)
    assert window.grab().save(str(SCREENSHOTS / f"data_checks_{language}.png"))
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert not any(isinstance(form, PersonForm) for form in views.forms)  # a grid, not a form
