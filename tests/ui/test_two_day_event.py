"""A two-day training run at the door with the keyboard only: roles given to one person at a time,
facilitators coming back on day 2 in their role, a mistake undone on day 2. The counts a careful
officer makes by hand from the list below are written first; the program must give exactly
those, on the screen, in `activity_counts` and in `registre report --format json`.

The registry is tests/ui/conftest.py's: person n (0-39) is FAMILY[n % 8] GIVEN[n // 8], a woman
when n is even, born in 1995 when n is a multiple of 3 (27 at the training: young), else 1970.

Day 1, 5 Dec 2022                         Day 2, 6 Dec 2022
  TRAORE Aminata     n0  F 1995  facilitator   back: facilitator (kept from day 1)
  DIALLO Aminata     n1  M 1970  expert        back: expert
  KEITA Aminata      n2  F 1970  participant   back
  COULIBALY Aminata  n3  M 1995  participant   back
  SANOGO Aminata     n4  F 1970  participant   back
  TOURE Aminata      n5  M 1970  participant   -
  MAIGA Aminata      n6  F 1995  participant   checked in by mistake, Ctrl+Z
  CISSE Aminata      n7  M 1970  participant   -
  OUATTARA Chantal   new F 25 years old (1997)  back
  ZONGO Bruno        new M 40, moderator        back: moderator
  -                                          KEITA Moussa  n10 F 1970  participant
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.activities.counting import activity_counts
from desktop_app.cli.main import main
from desktop_app.store import Database
from desktop_app.ui.shell.core_views import build_main_window
from tests.ui.check_in_keys import choose_role, type_and_enter

CTRL = Qt.KeyboardModifier.ControlModifier

# By hand, from the list above.
PARTICIPANTS = 8  # KEITA Am., COULIBALY, SANOGO, TOURE, MAIGA, CISSE, OUATTARA, KEITA Moussa
WOMEN = 5  # KEITA Aminata, SANOGO, MAIGA, OUATTARA, KEITA Moussa
YOUTH = 3  # COULIBALY (1995), MAIGA (1995), OUATTARA (25)
TEAM = 3  # TRAORE (facilitator), DIALLO (expert), ZONGO (moderator): never participants
PERSON_DAYS = 7 + 5  # day 1: 7 participants; day 2: KEITA Am., COULIBALY, SANOGO, OUATTARA,
# KEITA Moussa (MAIGA's check-in undone)
COMPLETE = 4  # participants on both days: KEITA Aminata, COULIBALY, SANOGO, OUATTARA


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_two_days_at_the_door_give_the_hand_counts(
    qtbot: QtBot,
    seeded_db: Database,
    settings: QSettings,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    window, views = build_main_window(seeded_db, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(focused(), Qt.Key.Key_1, CTRL)
    qtbot.keyClicks(focused(), "media training")
    qtbot.waitUntil(
        lambda: views.activities.model.rowCount() == 1 and not views.activities.is_refreshing()
    )
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # to the list
    qtbot.keyClick(focused(), Qt.Key.Key_K, CTRL)
    view = views.check_in
    assert view is not None and view.search_edit.hasFocus()
    assert view.current_day() == dt.date(2022, 12, 5)

    def new_person(typed: str, sex_steps: int, age: str) -> None:
        """Enter on a name nobody has: the short form; Tab, sex, Tab, age, Enter."""
        qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
        assert view.new_person.isVisible(), typed
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        for _ in range(sex_steps):
            qtbot.keyClick(focused(), Qt.Key.Key_Down)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        qtbot.keyClicks(focused(), age)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        assert view.search_edit.hasFocus() and not view.new_person.isVisible()

    # Day 1.
    type_and_enter(qtbot, view, "traore aminata")
    choose_role(qtbot, view, "facilitator")  # nothing typed: the last check-in
    qtbot.keyClicks(view.search_edit, "diallo aminata")
    choose_role(qtbot, view, "expert")  # typed: this arrival
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    for family in ("KEITA", "COULIBALY", "SANOGO", "TOURE", "MAIGA", "CISSE"):
        type_and_enter(qtbot, view, f"{family} Aminata")
        assert view.message_label.text() == f"{family} Aminata checked in as participant."
    qtbot.keyClicks(view.search_edit, "Chantal OUATTARA")
    new_person("Chantal OUATTARA", 1, "25")  # F
    qtbot.keyClicks(view.search_edit, "Bruno ZONGO")
    choose_role(qtbot, view, "moderator")
    assert view.next_label.text() == "Enter: a new person, “Bruno ZONGO”, as moderator."
    new_person("Bruno ZONGO", 2, "40")  # M
    assert view.log.rowCount() == 10
    assert view.counter_label.text() == "Participants 7 · Women 4 · Youth 3"

    # Day 2: the team comes back in its roles; a mistake is undone.
    qtbot.keyClick(view.search_edit, Qt.Key.Key_PageDown, CTRL)
    assert view.current_day() == dt.date(2022, 12, 6) and view.log.rowCount() == 0
    for typed, role in (
        ("traore aminata", "facilitator"),
        ("diallo aminata", "expert"),
        ("zongo bruno", "moderator"),
    ):
        qtbot.keyClicks(view.search_edit, typed)
        view.run_search()
        assert view.role_combo.currentData() == role  # shown before Enter
        qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
        assert view.message_label.text().endswith(f"checked in as {role}."), typed
    for typed in ("keita aminata", "coulibaly aminata", "sanogo aminata", "ouattara chantal"):
        type_and_enter(qtbot, view, typed)
    type_and_enter(qtbot, view, "maiga aminata")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Z, CTRL)
    assert view.message_label.text() == (
        "Undone: MAIGA Aminata is no longer checked in on 6 Dec 2022."
    )
    type_and_enter(qtbot, view, "keita moussa")
    assert view.log.rowCount() == 8

    # The program's counts are the hand counts, on the screen and in the report.
    assert view.counter_label.text() == (
        f"Participants {PARTICIPANTS} · Women {WOMEN} · Youth {YOUTH}"
    )
    counts = activity_counts(seeded_db, 1)
    assert (
        counts.participants,
        counts.women,
        counts.youth,
        counts.team,
        counts.person_days,
        counts.completion,
    ) == (PARTICIPANTS, WOMEN, YOUTH, TEAM, PERSON_DAYS, COMPLETE)
    assert main(["--db", str(tmp_path / "seeded.db"), "report", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    [row] = [a for a in report["activities"] if a["id"] == 1]
    assert (
        row["participants"],
        row["women"],
        row["youth"],
        row["team"],
        row["person_days"],
    ) == (PARTICIPANTS, WOMEN, YOUTH, TEAM, PERSON_DAYS)
