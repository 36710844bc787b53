"""A database on a PostgreSQL server: no file to encrypt or back up, said plainly."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.backups import backups
from desktop_app.messages import RegistreError
from desktop_app.settings import CONFIG_DIR_ENV, Settings, save_settings
from desktop_app.store import Database
from desktop_app.ui.backups.backup_dialog import BackupDialog, backup_at_closing
from desktop_app.ui.shell.settings_dialog import SettingsDialog

pytestmark = pytest.mark.postgresql_only


@pytest.fixture(autouse=True)
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "config"))
    save_settings(Settings(backup_dir=str(tmp_path / "backups")))
    return tmp_path / "backups"


def test_the_settings_offer_no_encryption(qtbot: QtBot, db: Database) -> None:
    assert db.dialect == "postgresql" and db.path is None
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    assert "on a server" in dialog.protection.status.text()
    assert not dialog.protection.encrypt_button.isEnabled()
    assert not dialog.protection.rekey_button.isVisibleTo(dialog)


def test_no_file_backups_are_made_or_offered(qtbot: QtBot, db: Database, folder: Path) -> None:
    dialog = BackupDialog(db)
    qtbot.addWidget(dialog)
    assert not dialog.backup_button.isEnabled() and not dialog.file_button.isEnabled()
    assert dialog.model.rowCount() == 0
    with pytest.raises(RegistreError, match="pg_dump"):
        backups.backup_now(db, folder, reason="manual")
    assert backups.backup_before_import(db) is None
    assert backup_at_closing(db) is None
    assert not folder.exists()
