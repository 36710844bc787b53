"""A badge scanned into the check-in screen's search box.

A USB or Bluetooth scanner is a keyboard to Qt: it types the badge's code and Enter into the
search box, faster than anyone types (a few milliseconds a key, before the search's pause ends).
On Enter, `scanned_in` reads what is typed: a badge's code checks its person in at once through
the screen's own `check_in_person` (the same role rules, undo, counter and day log as a name
typed); an unknown, revoked or misread badge says so and checks nobody in; anything else is a
name, left to the search. The box is emptied either way, ready for the next scan.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QApplication, QLineEdit

from desktop_app.door.scans import read_scan
from desktop_app.store import Database
from desktop_app.ui.check_in.day_log import person_label
from desktop_app.ui.common.text import translate_message


class _Screen(Protocol):
    database: Database
    search_edit: QLineEdit

    def check_in_person(self, person_id: int, name: str, organisation: str) -> bool: ...
    def show_message(self, text: str, error: bool = False) -> None: ...


def scanned_in(screen: _Screen) -> bool:
    """Enter in the search box: True when what is typed was a badge's code (handled here)."""
    return scanned_code(screen, screen.search_edit.text())


def scanned_code(screen: _Screen, text: str) -> bool:
    """`text` from a scanner or the camera (ui/check_in/camera.py): True when it was a badge's
    code, checked in or refused here."""
    scan = read_scan(screen.database, text)
    if scan is None:
        return False
    if scan.person is None:
        assert scan.problem is not None
        screen.search_edit.setText("")
        screen.show_message(translate_message(scan.problem), error=True)
        QApplication.beep()  # heard at the door, where nobody watches the screen
        return True
    person = scan.person
    screen.check_in_person(
        person.person_id, person_label(person.family_name, person.given_names), person.organisation
    )
    return True
