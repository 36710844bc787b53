"""The report view, its charts, its exports and the sign-in sheet dialog, on a real database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate, QSettings
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from desktop_app.activities.activities import get_activity
from desktop_app.store import Database
from desktop_app.ui.common import i18n
from desktop_app.ui.reports.menu import install
from desktop_app.ui.reports.signin_dialog import SigninSheetDialog
from desktop_app.ui.reports.view import ReportView
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.widgets.chart_widgets import (
    MEN_COLOR,
    WOMEN_COLOR,
    YOUTH_COLOR,
    HorizontalBarChart,
    Series,
    ShareRingChart,
    StackedBarChart,
)
from tests.reports.report_samples import DAYS, Training, add_activity, add_person, attend

# The offscreen platform cannot resize native windows to their size hint and says so.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def save_screenshot(image: QImage, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    image.save(str(SCREENSHOTS / f"{name}.png"))


def colours_in(image: QImage) -> set[str]:
    step = 3
    return {
        QColor(image.pixel(x, y)).name()
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    }


def shown_view(qtbot: QtBot, db: Database) -> ReportView:
    view = ReportView(db)
    qtbot.addWidget(view)
    view.resize(1150, 720)
    view.start_edit.setDate(QDate(2022, 1, 1))
    view.end_edit.setDate(QDate(2022, 12, 31))
    view.show()
    with qtbot.waitSignal(view.report_ready, timeout=10_000):
        view.refresh()
    return view


def test_view_counts_the_period_and_draws_charts(
    qtbot: QtBot, db: Database, training: Training
) -> None:
    other = add_activity(db, title="CCS meeting", kind="meeting", start=dt.date(2022, 11, 14))
    attend(db, other, training.persons["awa"], dt.date(2022, 11, 14))
    attend(db, other, add_person(db, "MAÏGA", "Oumar", sex="M"), dt.date(2022, 11, 14))
    view = shown_view(qtbot, db)
    assert view.model.rowCount() == 2
    assert view.report is not None
    assert (view.report.totals.unique_persons, view.report.totals.participations) == (9, 10)
    assert "unique persons: 9" in view.totals_label.text()
    assert "participations: 10" in view.totals_label.text()
    assert view.sex_chart.categories == ("Nov 2022", "Dec 2022")
    assert view.export_pdf_button.isEnabled()
    image = view.grab().toImage()
    save_screenshot(image, "report_view")
    colours = colours_in(view.sex_chart.grab().toImage())
    assert WOMEN_COLOR.name() in colours and MEN_COLOR.name() in colours
    assert YOUTH_COLOR.name() in colours_in(view.youth_chart.grab().toImage())


def test_filters_narrow_the_report(qtbot: QtBot, db: Database, training: Training) -> None:
    add_activity(db, title="Forum NE", kind="forum", start=dt.date(2022, 6, 1), country="NE")
    view = ReportView(db)
    qtbot.addWidget(view)
    view.start_edit.setDate(QDate(2022, 1, 1))
    view.end_edit.setDate(QDate(2022, 12, 31))
    view.country_edit.setText("ml")
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("training"))
    with qtbot.waitSignal(view.report_ready, timeout=10_000):
        view.refresh()
    assert view.period_filter().country == "ML"
    assert [row.title for row in view.model.rows()] == [
        "Formation des médias sur le guide de reportage"
    ]


def test_exports_from_the_view(
    qtbot: QtBot, db: Database, training: Training, tmp_path: Path
) -> None:
    view = shown_view(qtbot, db)
    workbook = tmp_path / "period.xlsx"
    with qtbot.waitSignal(view.exported, timeout=10_000):
        view.export("xlsx", workbook)
    assert load_workbook(workbook).sheetnames[:2] == ["Summary", "Activities"] or load_workbook(
        workbook
    ).sheetnames[:2] == ["Synthèse", "Activités"]
    view.table.selectRow(0)
    view.language_combo.setCurrentIndex(view.language_combo.findData("fr"))
    pdf = tmp_path / "activity.pdf"
    with qtbot.waitSignal(view.exported, timeout=10_000):
        view.export_current_activity(pdf)
    assert "La formation a réuni 8 participants" in PdfReader(pdf).pages[0].extract_text().replace(
        "\t", " "
    )
    workbook = tmp_path / "activity.xlsx"
    with qtbot.waitSignal(view.exported, timeout=10_000):
        view.export_current_activity(workbook)
    assert load_workbook(workbook).worksheets[0]["A2"].value.startswith("La formation a réuni")


def test_empty_charts_say_no_data(qtbot: QtBot) -> None:
    bars = StackedBarChart("Participants by sex, by month")
    ring = ShareRingChart("Youth share")
    categories = HorizontalBarChart("Participants by category")
    for chart in (bars, ring, categories):
        qtbot.addWidget(chart)
        chart.resize(360, 240)
        assert not chart.has_data()
        assert WOMEN_COLOR.name() not in colours_in(chart.grab().toImage())
    bars.set_data(["2022-11", "2022-12"], [Series("Women", WOMEN_COLOR, (0, 0))])
    assert not bars.has_data()
    categories.set_data([("Media", 14), ("Parliament", 3)])
    assert categories.has_data()
    save_screenshot(categories.grab().toImage(), "chart_categories")


def test_menu_plugin_adds_the_view_and_actions(
    qtbot: QtBot, db: Database, training: Training, tmp_path: Path
) -> None:
    window = MainWindow(db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    install(window)
    texts = [a.text() for a in window.menu("reports").actions()]
    assert "&Period report" in texts and "Print a &sign-in sheet…" in texts
    view = window.view("reports")
    assert isinstance(view, ReportView)
    window.show()
    with qtbot.waitSignal(view.report_ready, timeout=10_000):
        window.show_view("reports")  # the first showing counts the proposed period
    assert window.current_view_name() == "reports"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_keyboard_mnemonics_are_unique_and_leave_the_menus_alone(
    qtbot: QtBot, qapp: QApplication, db: Database, tmp_path: Path, language: str
) -> None:
    def letter(text: str) -> str:
        return text[text.index("&") + 1].lower()

    i18n.install_language(qapp, language)
    try:
        window = MainWindow(db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        menu_letters = {letter(a.text()) for a in window.menuBar().actions() if "&" in a.text()}
        assert len(menu_letters) == 7
        view = ReportView(db)
        qtbot.addWidget(view)
        texts = [w.text() for w in view.findChildren(QLabel) + view.findChildren(QPushButton)]
        letters = [letter(t) for t in texts if "&" in t]
        assert len(letters) == len(set(letters)) >= 8
        assert not set(letters) & menu_letters
        labels = [label for label in view.findChildren(QLabel) if "&" in label.text()]
        assert all(label.buddy() is not None for label in labels)
    finally:
        i18n.install_language(qapp, "en")


def test_signin_sheet_dialog_writes_the_chosen_day(
    qtbot: QtBot, db: Database, training: Training, tmp_path: Path
) -> None:
    dialog = SigninSheetDialog(db, get_activity(db, training.activity_id))
    qtbot.addWidget(dialog)
    assert dialog.day_combo.count() == 3
    dialog.day_combo.setCurrentIndex(1)
    dialog.blank_spin.setValue(2)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("xlsx"))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.show()
    save_screenshot(dialog.grab().toImage(), "signin_sheet_dialog")
    path = tmp_path / "sheet.xlsx"
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save(path)
    rows = list(load_workbook(path).worksheets[0].iter_rows(values_only=True))
    assert any(row[1] == f"{DAYS[1].day} Dec 2022 (Day 2/3)" for row in rows)
    assert rows[6][:2] == ("No.", "Family name")
    assert len(rows) == 7 + 6 + 2


def test_view_in_french(qtbot: QtBot, qapp: QApplication, db: Database, training: Training) -> None:
    i18n.install_language(qapp, "fr")
    try:
        view = shown_view(qtbot, db)
        assert view.sex_chart.categories == ("12/2022",)
        assert view.report_language() == "fr"
        assert view.start_edit.text() == "01/01/2022"
        save_screenshot(view.grab().toImage(), "report_view_fr")
    finally:
        i18n.install_language(qapp, "en")


def test_main_window_reports_menu_on_the_chosen_activity(
    qtbot: QtBot, db: Database, training: Training, tmp_path: Path
) -> None:
    from desktop_app.ui.reports.menu import open_signin_sheet_dialog, write_activity_report
    from desktop_app.ui.shell.core_views import build_main_window

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window, views = build_main_window(db, settings)
    qtbot.addWidget(window)
    views.activities.refresh()
    assert views.activities.select_activity(training.activity_id)
    path = tmp_path / "chosen.pdf"
    task = write_activity_report(window, path)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    text = PdfReader(path).pages[0].extract_text().replace("\t", " ")
    assert "Formation des médias sur le guide de reportage" in text
    dialog = open_signin_sheet_dialog(window)
    assert dialog is not None and dialog.activity.id == training.activity_id
    dialog.close()
    texts = [a.text() for a in window.menu("reports").actions()]
    assert "&Activity report…" in texts


def test_a_period_ending_before_it_starts_is_refused(qtbot: QtBot, db: Database) -> None:
    view = ReportView(db)
    qtbot.addWidget(view)
    view.start_edit.setDate(QDate(2022, 12, 31))
    view.end_edit.setDate(QDate(2022, 1, 1))
    with qtbot.assertNotEmitted(view.report_ready, wait=300):
        view.refresh()
    assert view.totals_label.text() == "The end of the period is before its start."
    assert view.report is None and not view.export_pdf_button.isEnabled()
