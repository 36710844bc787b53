"""The keys of the check-in screen, pressed as a user presses them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.ui.check_in.view import CheckInView

CTRL = Qt.KeyboardModifier.ControlModifier


def type_and_enter(qtbot: QtBot, view: CheckInView, text: str) -> None:
    qtbot.keyClicks(view.search_edit, text)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)


def choose_role(qtbot: QtBot, view: CheckInView, role: str) -> None:
    """Ctrl+R in the search box, arrows in the list of roles to `role` (a code), Enter."""
    qtbot.keyClick(view.search_edit, Qt.Key.Key_R, CTRL)
    popup = view.role_combo.view()
    qtbot.waitUntil(popup.isVisible)
    wanted = view.role_combo.findData(role)
    assert wanted >= 0, role
    steps = wanted - view.role_combo.currentIndex()
    for _ in range(abs(steps)):
        qtbot.keyClick(popup, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert view.search_edit.hasFocus()
