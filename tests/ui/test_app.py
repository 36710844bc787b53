from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from desktop_app import __version__
from desktop_app.cli import main
from desktop_app.store import Database
from desktop_app.ui.app import display_problem
from desktop_app.ui.main_window import MainWindow


def test_display_problem_only_on_linux_without_display() -> None:
    assert display_problem({}, "linux")
    assert not display_problem({"DISPLAY": ":0"}, "linux")
    assert not display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not display_problem({}, "win32")


def test_registre_without_display_explains_instead_of_aborting(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    code = main(["--db", str(tmp_path / "r.db")])
    assert code == 2
    err = capsys.readouterr().err
    assert "QT_QPA_PLATFORM=offscreen" in err
    assert "xvfb-run" in err
    assert not (tmp_path / "r.db").exists()


def test_plugged_action_lands_above_quit_with_shortcut_in_tooltip(
    qtbot: QtBot, db: Database, settings: QSettings
) -> None:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    action = QAction("Export for &HQ", window)
    action.setShortcut(QKeySequence("Ctrl+Shift+E"))
    window.add_action("file", action)
    actions = window.menu("file").actions()
    assert actions.index(action) < actions.index(window.quit_action)
    assert action.toolTip() == "Export for HQ (Ctrl+Shift+E)"
    with pytest.raises(KeyError):
        window.menu("nonexistent")


def test_about_box_shows_the_version(qtbot: QtBot, db: Database, settings: QSettings) -> None:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    box = window.show_about()
    assert __version__ in box.text()
    assert "NE-NIA" in box.text()
    box.close()
