"""A two-day training run at the door with the keyboard only: roles given to one person at a time,
facilitators coming back on day 2 in their role, a mistake undone on day 2, and a participant of
day 1 typed on day 2 tired and in lower case ("mariam soumna"), picked from the "already in the
registry?" list rather than created again. The counts a careful officer makes by hand from the
list below are written first; the program must give exactly those, on the screen, in
`activity_counts`, in `registre report --format json`, and each count's list (the check-in
counter's and `registre report --explain`) must name exactly the persons counted by hand.

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
  SOUMANA Mariama    new F 33 years old (1989)  back, typed "mariam soumna": picked, not created
  ZONGO Bruno        new M 40, moderator        back: moderator
  -                                          KEITA Moussa  n10 F 1970  participant
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop_app.activities.counting import activity_counts
from desktop_app.cli.main import main
from desktop_app.store import Database
from desktop_app.store.models import Person
from desktop_app.ui.reports.count_links import CountLabel
from desktop_app.ui.reports.explain_dialog import ExplainDialog
from desktop_app.ui.shell.core_views import build_main_window
from tests.ui.check_in_keys import choose_role, type_and_enter
from tests.ui.conftest import REGISTRY_SIZE
from tests.ui.test_screenshots import save

CTRL = Qt.KeyboardModifier.ControlModifier

# By hand, from the list above: each count and the persons behind it (what each adds).
PARTICIPANT_NAMES = {
    "KEITA Aminata": 1,
    "COULIBALY Aminata": 1,
    "SANOGO Aminata": 1,
    "TOURE Aminata": 1,
    "MAIGA Aminata": 1,  # present on day 1; only her day-2 check-in was undone
    "CISSE Aminata": 1,
    "OUATTARA Chantal": 1,
    "SOUMANA Mariama": 1,
    "KEITA Moussa": 1,
}
WOMEN_NAMES = dict.fromkeys(
    [
        "KEITA Aminata",
        "SANOGO Aminata",
        "MAIGA Aminata",
        "OUATTARA Chantal",
        "SOUMANA Mariama",
        "KEITA Moussa",
    ],
    1,
)
MEN_NAMES = dict.fromkeys(["COULIBALY Aminata", "TOURE Aminata", "CISSE Aminata"], 1)
YOUTH_NAMES = dict.fromkeys(["COULIBALY Aminata", "MAIGA Aminata", "OUATTARA Chantal"], 1)
# Never participants, whatever their age or sex.
TEAM_NAMES = dict.fromkeys(["TRAORE Aminata", "DIALLO Aminata", "ZONGO Bruno"], 1)
PERSON_DAY_NAMES = {  # day 1: 8 participants; day 2: 6 (MAIGA's check-in undone)
    "KEITA Aminata": 2,
    "COULIBALY Aminata": 2,
    "SANOGO Aminata": 2,
    "TOURE Aminata": 1,
    "MAIGA Aminata": 1,
    "CISSE Aminata": 1,
    "OUATTARA Chantal": 2,
    "SOUMANA Mariama": 2,
    "KEITA Moussa": 1,
}
COMPLETE_NAMES = {name: 1 for name, days in PERSON_DAY_NAMES.items() if days == 2}
HAND_LISTS = {
    "participants": PARTICIPANT_NAMES,
    "women": WOMEN_NAMES,
    "men": MEN_NAMES,
    "youth": YOUTH_NAMES,
    "age_unknown": {},  # every age was typed
    "sex_not_stated": {},
    "team": TEAM_NAMES,
    "person_days": PERSON_DAY_NAMES,
    "completion": COMPLETE_NAMES,
}
PARTICIPANTS = 9
WOMEN = 6
YOUTH = 3
TEAM = 3
PERSON_DAYS = 8 + 6
COMPLETE = 5  # KEITA Aminata, COULIBALY, SANOGO, OUATTARA, SOUMANA: both days
REGISTRY_AFTER_DAY_1 = REGISTRY_SIZE + 3  # OUATTARA, SOUMANA and ZONGO created at the door
# Day 2 alone: the team of three and six participants (SOUMANA among them, MAIGA undone).
DAY_2_PRESENT = 3 + 6


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def registry_size(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


def names(explained: dict[str, object]) -> dict[str, int]:
    """What `registre report --explain --format json` lists: each person's name and what they
    add; no head count at this training."""
    assert explained["head_counts"] == []
    persons = explained["persons"]
    assert isinstance(persons, list)
    listed = {f"{p['family_name']} {p['given_names']}": p["counted"] for p in persons}
    assert len(listed) == len(persons)  # nobody twice
    return listed


def test_the_hand_counts_are_the_hand_lists() -> None:
    """The figures written above are the lists written above, added up."""
    assert sum(PARTICIPANT_NAMES.values()) == PARTICIPANTS
    assert sum(WOMEN_NAMES.values()) == WOMEN
    assert sum(YOUTH_NAMES.values()) == YOUTH
    assert sum(TEAM_NAMES.values()) == TEAM
    assert sum(PERSON_DAY_NAMES.values()) == PERSON_DAYS
    assert sum(COMPLETE_NAMES.values()) == COMPLETE
    assert WOMEN_NAMES.keys() | MEN_NAMES.keys() == PARTICIPANT_NAMES.keys()


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
    qtbot.keyClicks(view.search_edit, "Mariama SOUMANA")
    new_person("Mariama SOUMANA", 1, "33")  # F
    qtbot.keyClicks(view.search_edit, "Bruno ZONGO")
    choose_role(qtbot, view, "moderator")
    assert view.next_label.text() == "Enter: a new person, “Bruno ZONGO”, as moderator."
    new_person("Bruno ZONGO", 2, "40")  # M
    assert view.log.rowCount() == 11
    assert view.counter_label.text() == "Participants 8 · Women 5 · Youth 3"
    assert registry_size(seeded_db) == REGISTRY_AFTER_DAY_1

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
    # Typed tired: a letter short in each name, in lower case. Nobody's name in the search,
    # so Enter opens the new-person form; Enter there offers her before creating anyone.
    type_and_enter(qtbot, view, "mariam soumna")
    panel = view.new_person
    assert panel.isVisible() and panel.given_edit.hasFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert panel.isVisible() and panel.candidates_shown()
    offered = [panel.candidates.item(n).text() for n in range(panel.candidates.count())]
    assert offered[0].startswith("SOUMANA Mariama"), offered
    save(qtbot, window, "check_in_day_2_already_in_the_registry")
    window_manager_activates(qtbot, window)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # she is the one offered first
    assert not panel.isVisible() and view.search_edit.hasFocus()
    assert view.message_label.text() == "SOUMANA Mariama checked in as participant."
    assert registry_size(seeded_db) == REGISTRY_AFTER_DAY_1  # nobody new
    type_and_enter(qtbot, view, "maiga aminata")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Z, CTRL)
    assert view.message_label.text() == (
        "Undone: MAIGA Aminata is no longer checked in on 6 Dec 2022."
    )
    type_and_enter(qtbot, view, "keita moussa")
    assert view.log.rowCount() == DAY_2_PRESENT
    assert view.day_label.text() == f"6 Dec 2022: {DAY_2_PRESENT} checked in · team {TEAM}"
    assert registry_size(seeded_db) == REGISTRY_AFTER_DAY_1

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

    # Each count's list names exactly the persons counted by hand: the check-in counter's,
    # reached with Shift+Tab from the search box and opened with Enter …
    for field in ("participants", "women", "youth", "team"):
        link = tab_to_count(qtbot, view, field)
        dialog = opened_list(qtbot, view, lambda link=link: qtbot.keyClick(link, Qt.Key.Key_Return))
        assert dialog.explanation is not None
        listed = {p.display_name: p.counted for p in dialog.explanation.persons}
        assert (listed, dialog.explanation.head_counts) == (HAND_LISTS[field], ()), field
        assert dialog.model.rowCount() == len(HAND_LISTS[field])
        if field == "participants":
            save(qtbot, dialog, "check_in_day_2_participants_list")
            window_manager_activates(qtbot, dialog)
        qtbot.keyClick(focused(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not view.findChildren(ExplainDialog))
        window_manager_activates(qtbot, window)
        assert view.search_edit.hasFocus()  # back to the door
    # … and `registre report --explain FIELD --activity 1`, for every count of the training.
    for field, expected in HAND_LISTS.items():
        arguments = ["report", "--explain", field, "--activity", "1", "--format", "json"]
        assert main(["--db", str(tmp_path / "seeded.db"), *arguments]) == 0
        explained = json.loads(capsys.readouterr().out)
        assert names(explained) == expected, field
        assert explained["count"] == sum(expected.values())
        if field in row:
            assert row[field] == explained["count"], field  # the report's figure, too


def window_manager_activates(qtbot: QtBot, window: QWidget) -> None:
    """What a window manager does when a dialog closes or a popup was shown: the window below
    is active again. The offscreen platform has no window manager and leaves no window active
    after the event loop has run (a hidden popup, a closed dialog), so that no widget has the
    keyboard; the keys pressed next would go nowhere."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def opened_list(qtbot: QtBot, view: QWidget, press: Callable[[], None]) -> ExplainDialog:
    """The list a key opened, once counted."""
    press()
    qtbot.waitUntil(lambda: len(view.findChildren(ExplainDialog)) == 1)
    (dialog,) = view.findChildren(ExplainDialog)
    qtbot.waitUntil(lambda: dialog.explanation is not None, timeout=15_000)
    return dialog


def tab_to_count(qtbot: QtBot, view: QWidget, field: str) -> CountLabel:
    """Shift+Tab from the search box until the count of `field` has the keyboard."""
    for _ in range(12):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
        widget = focused()
        if isinstance(widget, CountLabel) and widget.field == field:
            return widget
    raise AssertionError(f"Shift+Tab never reached the count of {field}")
