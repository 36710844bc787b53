from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.activities.attendance import check_in, list_attendance
from desktop_app.activities.counting import activity_counts
from desktop_app.activities.headcounts import list_head_counts
from desktop_app.store import Database
from desktop_app.ui.activities.attendance_grid_view import AttendanceGridView
from desktop_app.ui.activities.head_count_dialog import HeadCountDialog
from desktop_app.ui.models.attendance_grid import FIRST_DAY

DAY1, DAY2 = dt.date(2022, 12, 5), dt.date(2022, 12, 6)


def test_space_ticks_a_day_and_the_totals_follow(qtbot: QtBot, seeded_db: Database) -> None:
    for person_id in (1, 2, 3):
        check_in(seeded_db, 1, person_id, DAY1)
    check_in(seeded_db, 1, 1, DAY2)
    view = AttendanceGridView(seeded_db, 1)
    qtbot.addWidget(view)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    view.focus_first()
    model = view.model
    totals = model.totals_row()
    assert [model.index(totals, FIRST_DAY + i).data() for i in range(2)] == ["3", "1"]
    assert "Present every day: 1 of 3" in view.summary_label.text()
    # Move to the second person's second day, tick it with Space.
    view.table.setCurrentIndex(model.index(0, FIRST_DAY))
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    qtbot.keyClick(view.table, Qt.Key.Key_Right)
    person = model.person_at(1)
    assert person is not None
    qtbot.keyClick(view.table, Qt.Key.Key_Space)
    assert model.index(totals, FIRST_DAY + 1).data() == "2"
    assert model.index(1, model.total_column()).data() == "2"
    assert "Present every day: 2 of 3" in view.summary_label.text()
    assert (person.person_id, DAY2) in {(a.person_id, a.day) for a in list_attendance(seeded_db, 1)}
    assert activity_counts(seeded_db, 1).person_days == 5
    qtbot.keyClick(view.table, Qt.Key.Key_Space)  # untick: back as it was
    assert model.index(totals, FIRST_DAY + 1).data() == "1"
    assert activity_counts(seeded_db, 1).person_days == 4


def test_head_counts_added_by_keyboard_deleted_and_restored(
    qtbot: QtBot, seeded_db: Database
) -> None:
    dialog = HeadCountDialog(seeded_db, 1)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    assert dialog.total_spin.hasFocus()
    qtbot.keyClicks(dialog.total_spin, "151")
    qtbot.keyClick(dialog.total_spin, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.women_spin, "51")
    qtbot.keyClick(dialog.women_spin, Qt.Key.Key_Return)
    rows = list_head_counts(seeded_db, 1)
    assert [(r.day, r.total, r.women, r.youth) for r in rows] == [(None, 151, 51, None)]
    assert activity_counts(seeded_db, 1).participants == 151
    assert dialog.total_spin.value() == 0  # ready for the next one
    # Women above the total: a message next to the field, nothing written.
    qtbot.keyClicks(dialog.total_spin, "10")
    dialog.women_spin.setValue(20)
    qtbot.keyClick(dialog.total_spin, Qt.Key.Key_Return)
    assert "more than the total" in dialog.messages.text("women")
    assert len(list_head_counts(seeded_db, 1)) == 1
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert list_head_counts(seeded_db, 1) == []
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [r.total for r in list_head_counts(seeded_db, 1)] == [151]
    assert dialog.model.rowCount() == 1
