"""The backups window: lists backups, backs up now, restores over the open database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop_app.services import backups
from desktop_app.settings import CONFIG_DIR_ENV, Settings, save_settings
from desktop_app.store import Database
from desktop_app.store.models import Organisation
from desktop_app.ui.backup_dialog import BackupDialog, backup_at_closing, open_backups
from desktop_app.ui.core_views import build_main_window
from desktop_app.ui.settings_dialog import SettingsDialog

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "config"))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "backups"


def organisations(database: Database) -> int:
    with database.session() as session:
        return int(session.scalar(select(func.count()).select_from(Organisation)) or 0)


def make_dialog(qtbot: QtBot, db: Database, folder: Path) -> BackupDialog:
    dialog = BackupDialog(db, Settings(backup_dir=str(folder)))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_lists_backups_newest_first(
    qtbot: QtBot, qtmodeltester: ModelTester, db: Database, folder: Path
) -> None:
    backups.backup_now(db, folder, reason="before-import")
    backups.backup_now(db, folder, reason="closing")
    dialog = make_dialog(qtbot, db, folder)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 2
    shown = [dialog.model.index(row, 1).data() for row in range(2)]
    assert shown == ["at closing", "before an import"]
    assert dialog.model.index(0, 3).data() == "yes"
    assert dialog.model.index(0, 2).data().endswith("kB")
    assert dialog.restore_button.isEnabled()
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "backup_dialog.png"))


def test_an_empty_list_disables_restore(qtbot: QtBot, db: Database, folder: Path) -> None:
    dialog = make_dialog(qtbot, db, folder)
    assert dialog.model.rowCount() == 0
    assert not dialog.restore_button.isEnabled()


def test_back_up_now_adds_a_verified_backup(qtbot: QtBot, db: Database, folder: Path) -> None:
    dialog = make_dialog(qtbot, db, folder)
    with qtbot.waitSignal(dialog.model.modelReset, timeout=10000):
        qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 1).data() == "by hand"
    assert len(list(folder.glob("registre-*-manual.db"))) == 1


def test_restore_the_selected_backup_over_the_open_database(
    qtbot: QtBot, db: Database, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.session() as session:
        session.add(Organisation(name="CNDH"))
    backups.backup_now(db, folder, reason="manual")
    with db.session() as session:
        session.add(Organisation(name="Gouvernorat"))
    dialog = make_dialog(qtbot, db, folder)
    monkeypatch.setattr(dialog, "confirm_restore", lambda _what: True)
    with qtbot.waitSignal(dialog.restored) as restored:
        dialog.restore_selected()
    assert organisations(db) == 1  # the same Database object now reads the restored file
    assert restored.args[0].safety_copy is not None
    reasons = [dialog.model.backup(row).reason for row in range(dialog.model.rowCount())]
    assert sorted(reasons) == ["before-restore", "manual"]


def test_declining_the_confirmation_changes_nothing(
    qtbot: QtBot, db: Database, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backups.backup_now(db, folder, reason="manual")
    with db.session() as session:
        session.add(Organisation(name="CNDH"))
    dialog = make_dialog(qtbot, db, folder)
    monkeypatch.setattr(dialog, "confirm_restore", lambda _what: False)
    with qtbot.assertNotEmitted(dialog.restored):
        dialog.restore_selected()
    assert organisations(db) == 1


def test_a_bad_file_is_refused_with_a_message(
    qtbot: QtBot, db: Database, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *rest: warnings.append(text)
    )
    bogus = tmp_path / "holiday.db"
    bogus.write_text("photos")
    with db.session() as session:
        session.add(Organisation(name="CNDH"))
    dialog = make_dialog(qtbot, db, folder)
    assert dialog.restore(bogus) is None
    assert len(warnings) == 1 and "not a Registre database" in warnings[0]
    assert organisations(db) == 1


def test_menu_entries_open_the_backups_and_settings(
    qtbot: QtBot, db: Database, folder: Path
) -> None:
    window, _views = build_main_window(
        db, QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    backups_action = window.findChild(QAction, "action_backups")
    settings_action = window.findChild(QAction, "action_settings")
    assert backups_action in window.menu("file").actions()
    assert settings_action in window.menu("tools").actions()
    backups_action.trigger()
    assert isinstance(window.findChild(BackupDialog), BackupDialog)
    settings_action.trigger()
    assert isinstance(window.findChild(SettingsDialog), SettingsDialog)


def test_backup_at_closing_once_a_day_into_the_chosen_folder(db: Database, folder: Path) -> None:
    save_settings(Settings(backup_dir=str(folder)))
    first = backup_at_closing(db)
    assert first is not None and first.path.parent == folder and first.reason == "closing"
    assert backup_at_closing(db) is None


def test_a_failed_closing_backup_is_shown(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    save_settings(Settings(backup_dir=str(blocker)))
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *rest: shown.append(text)
    )
    assert backup_at_closing(db) is None
    assert len(shown) == 1


def test_a_restore_from_the_window_asks_for_a_fresh_window(
    qtbot: QtBot, db: Database, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_settings(Settings(backup_dir=str(folder)))
    backups.backup_now(db, folder, reason="manual")
    with db.session() as session:
        session.add(Organisation(name="CNDH"))
    window, _views = build_main_window(
        db, QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.show()
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text, *rest: told.append(text)
    )
    dialog = open_backups(window)
    monkeypatch.setattr(dialog, "confirm_restore", lambda _what: True)
    dialog.restore_selected()
    assert organisations(db) == 0
    assert len(told) == 1
    assert window.property("restart_requested") is True
    assert not window.isVisible()


def test_back_up_now_into_a_bad_folder_says_why(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *rest: shown.append(text)
    )
    dialog = BackupDialog(db, Settings(backup_dir=str(blocker / "sub")))
    qtbot.addWidget(dialog)
    task = dialog.back_up_now()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert task.is_finished()
    assert "cannot be created" in shown[0]
    assert dialog.backup_button.isEnabled()
    assert dialog.model.rowCount() == 0
