"""The camera as a badge scanner (ui/check_in/camera.py): a frame holding a badge's QR code,
even tilted and grainy, checks its person in once however many frames show it; without a
camera, or without the optional part, F9 says why and checks nobody in."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from bench.camera_frames import frame
from desktop_app.activities.activities import ActivityDetails
from desktop_app.activities.attendance import list_attendance
from desktop_app.door.badges import issue_badges
from desktop_app.registry.persons import PersonDetails
from desktop_app.store import Database
from desktop_app.ui.check_in import camera_reading
from desktop_app.ui.check_in.camera import CameraReader
from desktop_app.ui.check_in.view import CheckInView


def make_view(qtbot: QtBot, db: Database, activity: ActivityDetails, day: dt.date) -> CheckInView:
    view = CheckInView(db, activity.id, day)
    qtbot.addWidget(view)
    view.resize(900, 700)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    view.focus_first()
    return view


def test_a_tilted_grainy_badge_reads_and_a_frame_without_code_reads_nothing(
    seeded_db: Database, registry: list[PersonDetails]
) -> None:
    token = issue_badges(seeded_db, [registry[0].id])[0].token
    assert camera_reading.badge_code(frame(token, angle=12.0)) == token
    assert camera_reading.badge_code(frame(token, angle=-35.0, seed=2)) == token
    assert camera_reading.badge_code(frame(None)) is None
    assert camera_reading.badge_code(QImage()) is None


def test_a_badge_held_up_checks_its_person_in_once(
    qtbot: QtBot,
    seeded_db: Database,
    two_day_activity: ActivityDetails,
    registry: list[PersonDetails],
) -> None:
    # registry[0]: a woman born 1995 (young, tests/ui/conftest.py); registry[1]: a man.
    badges = issue_badges(seeded_db, [registry[0].id, registry[1].id])
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.start_date)
    before = view.counter_label.text()
    reader = CameraReader(view)
    assert reader.read(frame(badges[0].token))
    assert view.message_label.text().endswith("checked in as participant.")
    assert view.counter_label.text() == "Participants 1 · Women 1 · Youth 1" != before
    # The same badge a moment later (the next frames): not read again, nothing said.
    assert not reader.read(frame(badges[0].token, angle=10.0, seed=3))
    assert not reader.read(frame(None))
    assert view.counter_label.text() == "Participants 1 · Women 1 · Youth 1"
    assert view.log.rowCount() == 1
    assert [a.person_id for a in list_attendance(seeded_db, two_day_activity.id)] == [
        registry[0].id
    ]
    # Another badge then: the second person, the counter moves by one.
    assert reader.read(frame(badges[1].token, angle=-20.0))
    assert view.counter_label.text() == "Participants 2 · Women 1 · Youth 1"


def test_a_qr_code_that_is_not_a_badge_checks_nobody_in(
    qtbot: QtBot, seeded_db: Database, two_day_activity: ActivityDetails
) -> None:
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.start_date)
    assert CameraReader(view).read(frame("https://example.org/menu"))
    assert "not a badge's" in view.message_label.text()
    assert list_attendance(seeded_db, two_day_activity.id) == []


# Qt Multimedia probes optional system libraries (PipeWire, VA-API) and warns when absent; the
# offscreen platform's own warnings as tests/ui/conftest.py ignores them.
@pytest.mark.qt_log_ignore(
    r"Couldn't (load|resolve) .*(library|symbols)",
    "does not support propagateSizeHints",
    "does not support raise",
)
def test_f9_without_a_camera_says_so_and_checks_nobody_in(
    qtbot: QtBot, seeded_db: Database, two_day_activity: ActivityDetails
) -> None:
    assert camera_reading.missing_modules() == ()  # the test extra installs the camera part
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.start_date)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_F9)
    assert view.message_label.text() == (
        "No camera found on this computer; a USB scanner works without one."
    )
    assert view.search_edit.hasFocus()
    assert list_attendance(seeded_db, two_day_activity.id) == []


def test_f9_without_the_camera_part_says_what_to_install(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    seeded_db: Database,
    two_day_activity: ActivityDetails,
) -> None:
    monkeypatch.setattr(camera_reading, "missing_modules", lambda: ("PySide6.QtMultimedia",))
    view = make_view(qtbot, seeded_db, two_day_activity, two_day_activity.start_date)
    view.search_edit.setText("KONE")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_F9)
    assert 'pip install "registre[camera]"' in view.message_label.text()
    assert view.search_edit.text() == "KONE"  # nothing typed is lost
    assert list_attendance(seeded_db, two_day_activity.id) == []
