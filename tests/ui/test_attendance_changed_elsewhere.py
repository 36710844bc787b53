"""Two users on one database, the check-in screen and the attendance grid: a change to a check-in
someone else changed since the screen showed it is refused, the screen says so and shows what
is stored; the same change made again then goes through.

User A works in the window (a second Database handle on the same file or server database),
user B saves through the services. Runs on either engine through `db` / `db_path`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.activities.activities import ActivityFields, create_activity
from desktop_app.activities.attendance import (
    AttendanceRow,
    change_role,
    check_in,
    list_attendance,
    set_signed,
    undo_check_in,
)
from desktop_app.registry.persons import PersonFields, create_person
from desktop_app.store import Database, open_database
from desktop_app.ui.activities.attendance_grid_view import AttendanceGridView
from desktop_app.ui.check_in.view import CheckInView
from desktop_app.ui.models.attendance_grid import FIRST_DAY
from desktop_app.ui.models.check_in import CheckInEntry, CheckInLogModel
from tests.ui.check_in_keys import choose_role
from tests.ui.conftest import SCREENSHOTS

DAY1, DAY2 = dt.date(2022, 12, 5), dt.date(2022, 12, 6)
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier
CHECK = Qt.ItemDataRole.CheckStateRole


@pytest.fixture
def user_a(db: Database, db_path: Path | str) -> Iterator[Database]:
    """The window's program; `db` is user B's."""
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def checked_in(db: Database) -> AttendanceRow:
    """Aminata MAÏGA checked in as participant on the first day of a two-day workshop; a
    second person, Moussa DIALLO, in the registry (not checked in)."""
    activity = create_activity(
        db,
        ActivityFields(
            title="Atelier sur le contrôle parlementaire",
            kind="workshop",
            start_date=DAY1,
            end_date=DAY2,
            country="NE",
            city="Niamey",
        ),
    )
    aminata = create_person(db, PersonFields(family_name="MAÏGA", given_names="Aminata", sex="F"))
    create_person(db, PersonFields(family_name="DIALLO", given_names="Moussa", sex="M"))
    return check_in(db, activity.id, aminata.id, DAY1)


def stored(db: Database, attendance: AttendanceRow) -> AttendanceRow | None:
    """The attendance as stored now (None: removed)."""
    rows = list_attendance(db, attendance.activity_id)
    return next((row for row in rows if row.id == attendance.id), None)


def roles_stored(db: Database, attendance: AttendanceRow) -> dict[tuple[int, dt.date], str]:
    """(person id, day) -> role of every live attendance of the activity."""
    rows = list_attendance(db, attendance.activity_id)
    return {(row.person_id, row.day): row.role for row in rows}


def click_check_box(qtbot: QtBot, table: QTableView, index: QModelIndex) -> None:
    """A mouse click on the tick box of a cell, where the style draws it."""
    option = QStyleOptionViewItem()
    option.rect = table.visualRect(index)
    option.features = QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    option.state = QStyle.StateFlag.State_Enabled
    box = table.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, table
    )
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(box.center()))


def make_check_in_view(qtbot: QtBot, database: Database, activity_id: int) -> CheckInView:
    view = CheckInView(database, activity_id, DAY1)
    qtbot.addWidget(view)
    view.resize(900, 640)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    view.focus_first()
    return view


def log_signed(view: CheckInView) -> bool:
    state = view.log.index(0, CheckInLogModel.SIGNED).data(Qt.ItemDataRole.CheckStateRole)
    return bool(state == Qt.CheckState.Checked)


def test_signature_over_a_role_changed_elsewhere_is_refused_then_goes_through(
    qtbot: QtBot, db: Database, user_a: Database, checked_in: AttendanceRow
) -> None:
    view = make_check_in_view(qtbot, user_a, checked_in.activity_id)
    assert view.log.index(0, CheckInLogModel.ROLE).data() == "participant"
    change_role(db, checked_in.id, "facilitator", expected_revision=checked_in.revision)  # B
    qtbot.keyClicks(view.search_edit, "diallo")  # A is typing the next check-in
    qtbot.waitUntil(lambda: view.matches.rowCount() == 1)

    click_check_box(qtbot, view.log_table, view.log.index(0, CheckInLogModel.SIGNED))

    assert view.changed_elsewhere.isVisible()
    message = view.changed_elsewhere.label.text()
    assert message.startswith("MAÏGA Aminata: this check-in was changed or removed by someone")
    assert not view.changed_elsewhere.reload_button.isVisible()
    after_b = stored(db, checked_in)
    assert after_b is not None
    assert (after_b.role, after_b.signed) == ("facilitator", False)  # B's change is kept
    qtbot.waitUntil(lambda: view.log.index(0, CheckInLogModel.ROLE).data() == "facilitator")
    assert not log_signed(view)
    assert view.search_edit.text() == "diallo"  # the check-in being typed is not disturbed
    assert view.search_edit.hasFocus()
    assert (view.matches.rowCount(), view.highlighted_row()) == (1, 0)
    SCREENSHOTS.mkdir(exist_ok=True)
    view.grab().save(str(SCREENSHOTS / "check_in_changed_elsewhere.png"))

    click_check_box(qtbot, view.log_table, view.log.index(0, CheckInLogModel.SIGNED))
    assert not view.changed_elsewhere.isVisible()
    assert log_signed(view)
    signed = stored(db, checked_in)
    assert signed is not None
    assert (signed.role, signed.signed) == ("facilitator", True)
    click_check_box(qtbot, view.log_table, view.log.index(0, CheckInLogModel.SIGNED))
    unsigned = stored(db, checked_in)
    assert unsigned is not None and not unsigned.signed  # the shown revision followed
    assert not view.changed_elsewhere.isVisible()

    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)  # the typed check-in goes on
    assert view.message_label.text() == "DIALLO Moussa checked in as participant."
    assert len(roles_stored(db, checked_in)) == 2


def test_role_over_a_signature_given_elsewhere_is_refused_then_goes_through(
    qtbot: QtBot, db: Database, user_a: Database, checked_in: AttendanceRow
) -> None:
    view = make_check_in_view(qtbot, user_a, checked_in.activity_id)
    set_signed(db, checked_in.id, True, expected_revision=checked_in.revision)  # B
    choose_role(qtbot, view, "expert")  # nothing typed: the last check-in

    assert view.changed_elsewhere.isVisible()
    after_b = stored(db, checked_in)
    assert after_b is not None
    assert (after_b.role, after_b.signed) == ("participant", True)
    assert log_signed(view)  # the list was read again at once
    assert view.log.index(0, CheckInLogModel.ROLE).data() == "participant"
    assert view.undo_stack.count() == 0

    choose_role(qtbot, view, "expert")
    assert not view.changed_elsewhere.isVisible()
    assert view.message_label.text() == "MAÏGA Aminata is now expert."
    after_a = stored(db, checked_in)
    assert after_a is not None
    assert (after_a.role, after_a.signed) == ("expert", True)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Z, CTRL)  # A's own undo is not refused
    undone = stored(db, checked_in)
    assert undone is not None and undone.role == "participant"
    assert view.log.index(0, CheckInLogModel.ROLE).data() == "participant"


def test_undo_of_a_check_in_changed_elsewhere_is_refused_and_leaves_the_stack(
    qtbot: QtBot, db: Database, user_a: Database, checked_in: AttendanceRow
) -> None:
    view = make_check_in_view(qtbot, user_a, checked_in.activity_id)
    qtbot.keyClicks(view.search_edit, "diallo")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)  # A checks Moussa in
    (moussa,) = [row for row in list_attendance(db, checked_in.activity_id) if row != checked_in]
    change_role(db, moussa.id, "interpreter", expected_revision=moussa.revision)  # B
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Z, CTRL)

    assert view.changed_elsewhere.isVisible()
    assert "DIALLO Moussa: this check-in was changed" in view.changed_elsewhere.label.text()
    assert roles_stored(db, checked_in)[(moussa.person_id, DAY1)] == "interpreter"
    assert view.log.index(0, CheckInLogModel.ROLE).data() == "interpreter"
    assert view.undo_stack.count() == 0  # nothing left to undo that would be refused again


def test_a_check_in_removed_elsewhere_is_said_so_and_leaves_the_list(
    qtbot: QtBot, db: Database, user_a: Database, checked_in: AttendanceRow
) -> None:
    view = make_check_in_view(qtbot, user_a, checked_in.activity_id)
    undo_check_in(db, checked_in.id, expected_revision=checked_in.revision)  # B
    click_check_box(qtbot, view.log_table, view.log.index(0, CheckInLogModel.SIGNED))
    assert "changed or removed by someone else" in view.changed_elsewhere.label.text()
    qtbot.waitUntil(lambda: view.log.rowCount() == 0)
    assert roles_stored(db, checked_in) == {}


def make_grid(qtbot: QtBot, database: Database, activity_id: int) -> AttendanceGridView:
    view = AttendanceGridView(database, activity_id)
    qtbot.addWidget(view)
    view.resize(760, 420)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    view.focus_first()
    return view


def test_grid_untick_of_a_check_in_changed_elsewhere_is_refused_then_goes_through(
    qtbot: QtBot, db: Database, user_a: Database, checked_in: AttendanceRow
) -> None:
    view = make_grid(qtbot, user_a, checked_in.activity_id)
    model = view.model
    cell = model.index(0, FIRST_DAY)
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "participant"
    view.table.setCurrentIndex(cell)
    change_role(db, checked_in.id, "facilitator", expected_revision=checked_in.revision)  # B

    qtbot.keyClick(view.table, Qt.Key.Key_Space)  # A unticks the first day

    assert view.changed_elsewhere.isVisible()
    assert view.changed_elsewhere.label.text().startswith(
        "Aminata MAÏGA, 5 Dec 2022: this attendance was changed or removed by someone else"
    )
    assert view.error_label.text() == ""
    after_b = stored(db, checked_in)
    assert after_b is not None and after_b.role == "facilitator"  # still present, B's role
    qtbot.waitUntil(
        lambda: model.index(0, FIRST_DAY).data(Qt.ItemDataRole.ToolTipRole) == "facilitator"
    )
    assert model.index(0, FIRST_DAY).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert view.table.currentIndex() == model.index(0, FIRST_DAY)  # the keyboard stays there
    SCREENSHOTS.mkdir(exist_ok=True)
    view.grab().save(str(SCREENSHOTS / "attendance_grid_changed_elsewhere.png"))

    qtbot.keyClick(view.table, Qt.Key.Key_Space)
    assert not view.changed_elsewhere.isVisible()
    assert stored(db, checked_in) is None
    qtbot.keyClick(view.table, Qt.Key.Key_Space)  # ticked again: checked in anew
    qtbot.keyClick(view.table, Qt.Key.Key_Space)  # and unticked: its new revision followed
    assert not view.changed_elsewhere.isVisible()
    assert roles_stored(db, checked_in) == {}


def test_grid_tick_of_a_day_someone_else_checked_in_keeps_their_role(
    qtbot: QtBot, db: Database, user_a: Database, checked_in: AttendanceRow
) -> None:
    view = make_grid(qtbot, user_a, checked_in.activity_id)
    check_in(db, checked_in.activity_id, checked_in.person_id, DAY2, "expert")  # B
    view.table.setCurrentIndex(view.model.index(0, FIRST_DAY + 1))
    qtbot.keyClick(view.table, Qt.Key.Key_Space)
    assert not view.changed_elsewhere.isVisible()
    day2 = view.model.index(0, FIRST_DAY + 1)
    assert day2.data(Qt.ItemDataRole.ToolTipRole) == "expert"
    aminata = checked_in.person_id
    assert roles_stored(db, checked_in) == {
        (aminata, DAY1): "participant",
        (aminata, DAY2): "expert",
    }
    qtbot.keyClick(view.table, Qt.Key.Key_Space)  # B's check-in, as now shown: untick goes
    assert roles_stored(db, checked_in) == {(aminata, DAY1): "participant"}


def test_signature_by_keyboard_for_the_highlighted_person_or_the_last_check_in(
    qtbot: QtBot, db: Database, user_a: Database, checked_in: AttendanceRow
) -> None:
    view = make_check_in_view(qtbot, user_a, checked_in.activity_id)
    qtbot.keyClicks(view.search_edit, "diallo")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)  # Moussa: the last check-in
    qtbot.keyClicks(view.search_edit, "maiga")  # Aminata highlighted
    change_role(db, checked_in.id, "observer", expected_revision=checked_in.revision)  # B
    qtbot.keyClick(view.search_edit, Qt.Key.Key_S, CTRL_SHIFT)

    assert "MAÏGA Aminata: this check-in was changed" in view.changed_elsewhere.label.text()
    assert view.search_edit.text() == "maiga"
    after_b = stored(db, checked_in)
    assert after_b is not None and (after_b.role, after_b.signed) == ("observer", False)

    qtbot.keyClick(view.search_edit, Qt.Key.Key_S, CTRL_SHIFT)
    assert view.message_label.text() == "MAÏGA Aminata signed."
    assert view.search_edit.text() == ""
    signed = stored(db, checked_in)
    assert signed is not None and (signed.role, signed.signed) == ("observer", True)
    row = view.log.row_of_id(checked_in.id)
    assert row is not None
    assert view.log.index(row, CheckInLogModel.SIGNED).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )

    qtbot.keyClick(view.search_edit, Qt.Key.Key_S, CTRL_SHIFT)  # nothing typed: the last one
    assert view.message_label.text() == "DIALLO Moussa signed."
    assert sum(row.signed for row in list_attendance(db, checked_in.activity_id)) == 2
    qtbot.keyClick(view.search_edit, Qt.Key.Key_S, CTRL_SHIFT)
    assert view.message_label.text() == "DIALLO Moussa: not signed."
    assert not view.changed_elsewhere.isVisible()


def test_checking_in_again_someone_changed_elsewhere_shows_the_stored_role(
    qtbot: QtBot, db: Database, user_a: Database, checked_in: AttendanceRow
) -> None:
    view = make_check_in_view(qtbot, user_a, checked_in.activity_id)
    change_role(db, checked_in.id, "moderator", expected_revision=checked_in.revision)  # B
    qtbot.keyClicks(view.search_edit, "maiga")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert view.message_label.text() == (
        "MAÏGA Aminata is already checked in on this day (as moderator)."
    )
    assert view.log.index(0, CheckInLogModel.ROLE).data() == "moderator"
    qtbot.keyClick(view.search_edit, Qt.Key.Key_S, CTRL_SHIFT)  # the revision read is current
    signed = stored(db, checked_in)
    assert signed is not None and (signed.role, signed.signed) == ("moderator", True)


def test_grid_signature_over_a_role_changed_elsewhere_is_refused_then_goes_through(
    qtbot: QtBot, db: Database, user_a: Database, checked_in: AttendanceRow
) -> None:
    view = make_grid(qtbot, user_a, checked_in.activity_id)
    model = view.model
    view.table.setCurrentIndex(model.index(0, FIRST_DAY))
    change_role(db, checked_in.id, "expert", expected_revision=checked_in.revision)  # B

    qtbot.keyClick(view.table, Qt.Key.Key_S)  # A signs the first day

    assert "this attendance was changed or removed" in view.changed_elsewhere.label.text()
    after_b = stored(db, checked_in)
    assert after_b is not None and (after_b.role, after_b.signed) == ("expert", False)
    qtbot.waitUntil(lambda: model.index(0, FIRST_DAY).data(Qt.ItemDataRole.ToolTipRole) == "expert")
    assert model.index(0, FIRST_DAY).data() == ""

    qtbot.keyClick(view.table, Qt.Key.Key_S)
    assert not view.changed_elsewhere.isVisible()
    assert model.index(0, FIRST_DAY).data() == "signed"
    assert model.index(0, FIRST_DAY).data(Qt.ItemDataRole.ToolTipRole) == "expert, signed"
    SCREENSHOTS.mkdir(exist_ok=True)
    view.grab().save(str(SCREENSHOTS / "attendance_grid_signed.png"))
    signed = stored(db, checked_in)
    assert signed is not None and (signed.role, signed.signed) == ("expert", True)
    qtbot.keyClick(view.table, Qt.Key.Key_S)  # its new revision followed
    unsigned = stored(db, checked_in)
    assert unsigned is not None and not unsigned.signed
    assert not view.changed_elsewhere.isVisible()

    view.table.setCurrentIndex(model.index(0, FIRST_DAY + 1))  # absent that day: nothing
    qtbot.keyClick(view.table, Qt.Key.Key_S)
    assert roles_stored(db, checked_in) == {(checked_in.person_id, DAY1): "expert"}


def test_own_undo_and_redo_follow_the_revisions_they_write(
    qtbot: QtBot, db: Database, user_a: Database, checked_in: AttendanceRow
) -> None:
    view = make_check_in_view(qtbot, user_a, checked_in.activity_id)
    qtbot.keyClicks(view.search_edit, "diallo")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_S, CTRL_SHIFT)  # Moussa signs
    choose_role(qtbot, view, "speaker")
    for key, modifiers in [
        (Qt.Key.Key_Z, CTRL),  # the role back
        (Qt.Key.Key_Z, CTRL),  # the check-in undone
        (Qt.Key.Key_Z, CTRL_SHIFT),  # checked in again
        (Qt.Key.Key_Z, CTRL_SHIFT),  # speaker again
        (Qt.Key.Key_Z, CTRL),
        (Qt.Key.Key_Z, CTRL),
    ]:
        qtbot.keyClick(view.search_edit, key, modifiers)
        assert not view.changed_elsewhere.isVisible(), (key, modifiers)
        assert view.message_label.styleSheet() == ""
    assert roles_stored(db, checked_in) == {(checked_in.person_id, DAY1): "participant"}


def test_log_model_signature_column(qtmodeltester: ModelTester) -> None:
    calls: list[tuple[int, bool]] = []

    def sign(entry: CheckInEntry, signed: bool) -> CheckInEntry | None:
        calls.append((entry.id, signed))
        return None if entry.id == 11 else dataclasses.replace(entry, signed=signed, revision=9)

    log = CheckInLogModel(sign=sign)
    log.set_rows(
        [
            CheckInEntry(11, 2, "DIALLO Moussa", "", "expert", None, False, 3),
            CheckInEntry(10, 1, "MAÏGA Aminata", "", "participant", None, False, 1),
        ]
    )
    qtmodeltester.check(log)
    assert log.flags(log.index(0, CheckInLogModel.SIGNED)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not log.flags(log.index(0, CheckInLogModel.NAME)) & Qt.ItemFlag.ItemIsUserCheckable
    checked = Qt.CheckState.Checked.value
    assert not log.setData(log.index(0, CheckInLogModel.SIGNED), checked, CHECK)  # refused
    assert log.rows()[0].signed is False
    assert log.setData(log.index(1, CheckInLogModel.SIGNED), checked, CHECK)
    assert (log.rows()[1].signed, log.rows()[1].revision) == (True, 9)
    assert log.index(1, CheckInLogModel.SIGNED).data(CHECK) == Qt.CheckState.Checked
    assert not log.setData(log.index(1, CheckInLogModel.NAME), checked, CHECK)
    assert calls == [(11, True), (10, True)]
    assert not CheckInLogModel().flags(log.index(0, CheckInLogModel.SIGNED)) & (
        Qt.ItemFlag.ItemIsUserCheckable
    )
