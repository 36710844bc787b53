"""A picture of every window and dialog of the main views, in screenshots/ (git-ignored)."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_app.activities.attendance import check_in
from desktop_app.demo.loading import load_demo
from desktop_app.store import Database, open_database
from desktop_app.ui.common.worker import CancelCheck, ProgressCallback, run_with_progress
from desktop_app.ui.shell.core_views import build_main_window
from desktop_app.ui.shell.first_start import FirstStartDialog
from tests.ui.conftest import SCREENSHOTS

DAY1, DAY2 = dt.date(2022, 12, 5), dt.date(2022, 12, 6)


def save(qtbot: QtBot, widget: QWidget, name: str) -> Path:
    qtbot.wait(10)
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 1000
    return path


def test_screenshots_of_every_window(
    qtbot: QtBot, seeded_db: Database, settings: QSettings, tmp_path: Path
) -> None:
    load_demo(seeded_db)
    for person_id in range(1, 25):
        check_in(seeded_db, 1, person_id, DAY1)
    for person_id in range(1, 18):
        check_in(seeded_db, 1, person_id, DAY2)
    check_in(seeded_db, 1, 30, DAY1, "expert")
    window, views = build_main_window(seeded_db, settings)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    save(qtbot, window, "main_window_activities")
    window.show_about()
    about = window.findChild(QWidget, "qt_msgbox_label")
    assert about is not None
    save(qtbot, about.window(), "about_box")
    about.window().close()

    window.show_view("persons")
    save(qtbot, window, "main_window_persons")

    views.activities.select_activity(1)
    view = views.open_check_in(1, DAY2)
    qtbot.keyClicks(view.search_edit, "aminata")
    view.run_search()
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)
    save(qtbot, window, "check_in")
    view.search_edit.setText("Aminata KEITTA")
    view.start_new_person()
    view.new_person.family_edit.setText("KEITA")
    view.submit_new_person(False)
    save(qtbot, window, "check_in_new_person")

    views.open_grid(1)
    save(qtbot, window, "attendance_grid")

    dialog = views.open_head_counts(1)
    dialog.total_spin.setValue(12)
    dialog.submit()
    save(qtbot, dialog, "head_counts")
    dialog.close()

    form = views.edit_activity(1)
    save(qtbot, form, "activity_form")
    form.tabs.setCurrentIndex(1)
    save(qtbot, form, "activity_form_content")
    form.tabs.setCurrentIndex(0)
    form.title_edit.clear()
    form.end_edit.setDate(form.start_edit.date().addDays(-1))
    form.city_edit.clear()
    form.mark_changed()
    form.save()
    save(qtbot, form, "activity_form_errors")
    form.close()
    assert form.unsaved_prompt is not None
    save(qtbot, form.unsaved_prompt, "activity_form_unsaved_prompt")
    form.unsaved_prompt.done(0)

    person = views.edit_person(1)
    save(qtbot, person, "person_form")
    person.close()

    window.show_view("activities")
    views.activities.select_activity(1)
    box = views.ask_delete_activity()
    assert box is not None
    save(qtbot, box, "delete_activity_prompt")
    box.done(0)

    release = threading.Event()

    def job(progress: ProgressCallback, cancelled: CancelCheck) -> None:
        progress(40, 100)
        release.wait(5)

    task = run_with_progress(window, "Writing the workbook…", job, lambda _result: None)
    assert task.progress_dialog is not None
    task.progress_dialog.show()
    qtbot.waitUntil(lambda: task.progress_dialog is not None and task.progress_dialog.value() == 40)
    save(qtbot, task.progress_dialog, "progress_dialog")
    with qtbot.waitSignal(task.finished):
        release.set()

    fresh = open_database(tmp_path / "fresh.db")
    try:
        first = FirstStartDialog(fresh)
        qtbot.addWidget(first)
        first.show()
        save(qtbot, first, "first_start")
    finally:
        fresh.close()
