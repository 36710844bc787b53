from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from desktop_app import __version__, exit_codes
from desktop_app.cli.main import main
from desktop_app.store import Database
from desktop_app.ui.shell.app import display_problem
from desktop_app.ui.shell.main_window import MainWindow


def test_display_problem_only_on_linux_without_display() -> None:
    assert display_problem({}, "linux")
    assert not display_problem({"DISPLAY": ":0"}, "linux")
    assert not display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not display_problem({}, "win32")
    # A platform that draws on a display server needs one as much as Qt's default does.
    assert display_problem({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert display_problem({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux")
    assert display_problem({"QT_QPA_PLATFORM": "xcb:dpi=96"}, "linux")
    assert not display_problem({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}, "linux")
    assert not display_problem({"QT_QPA_PLATFORM": "wayland;offscreen"}, "linux")
    assert not display_problem({"QT_QPA_PLATFORM": "minimal"}, "linux")


@pytest.mark.parametrize("platform", ["", "xcb", "wayland"])
def test_registre_started_without_display_explains_for_any_platform(
    platform: str, tmp_path: Path
) -> None:
    """A real start, as a user types it: Qt aborts the process (134) when it gets that far."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    environment["REGISTRE_CONFIG_DIR"] = str(tmp_path / "config")
    if platform:
        environment["QT_QPA_PLATFORM"] = platform
    started = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--db", str(tmp_path / "r.db")],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    assert started.returncode == exit_codes.NO_DISPLAY, started.stderr
    assert "no display found" in started.stderr and "xvfb-run" in started.stderr
    assert "Traceback" not in started.stderr
    assert not (tmp_path / "r.db").exists()


def test_registre_without_display_explains_instead_of_aborting(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    code = main(["--db", str(tmp_path / "r.db")])
    assert code == exit_codes.NO_DISPLAY
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
