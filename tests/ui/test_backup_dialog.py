"""The backups window: lists backups, backs up now, restores over the open database."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop_app.backups import backups
from desktop_app.privacy import encryption as privacy_encryption
from desktop_app.settings import CONFIG_DIR_ENV, Settings, save_settings
from desktop_app.store import Database, encryption, open_database
from desktop_app.store.models import Organisation
from desktop_app.ui.backups.backup_dialog import BackupDialog, backup_at_closing, open_backups
from desktop_app.ui.models.backups import reason_label
from desktop_app.ui.shell.core_views import build_main_window
from desktop_app.ui.shell.settings_dialog import SettingsDialog
from tests.ui.typed_answers import typed_answers

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"

pytestmark = pytest.mark.sqlite_only  # file backups; a server database is refused


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
    assert dialog.model.index(0, 4).data() == "no"  # a plain database's backups are plain
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
    with qtbot.waitSignal(dialog.restored, timeout=30000) as restored:
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
    with qtbot.assertNotEmitted(dialog.restored):
        task = dialog.restore(bogus)
        assert task is not None
        with qtbot.waitSignal(task.finished, timeout=30000):
            pass
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
    qtbot.waitUntil(lambda: bool(told), timeout=30000)
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


# Encrypted databases and databases on a server -------------------------------------------------

PASSPHRASE = "le fleuve Niger a Niamey"
OLD_PASSPHRASE = "trois chameaux et un baobab"


@pytest.fixture(scope="session")
def secret_template(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with registre.db encrypted with PASSPHRASE and, in backups/, a backup that
    opens with OLD_PASSPHRASE only (made before CNDH was added and the passphrase changed)."""
    root = tmp_path_factory.mktemp("secret")
    path, folder = root / "registre.db", root / "backups"
    shutil.copyfile(template_db, path)
    privacy_encryption.encrypt_database(path, OLD_PASSPHRASE, backup_dir=root / "safety")
    database = open_database(path, passphrase=OLD_PASSPHRASE)
    backups.backup_now(database, folder, reason="manual")
    with database.session() as session:
        session.add(Organisation(name="CNDH"))
    database.close()
    privacy_encryption.change_passphrase(
        path, OLD_PASSPHRASE, PASSPHRASE, backup_dir=root / "safety"
    )
    return root


@pytest.fixture
def secret(secret_template: Path, db_path: Path, folder: Path) -> Iterator[Database]:
    """A copy of the secret template at db_path, its backup in `folder`, open."""
    shutil.copyfile(secret_template / "registre.db", db_path)
    shutil.copytree(secret_template / "backups", folder)
    database = open_database(db_path, passphrase=PASSPHRASE)
    yield database
    database.close()


def test_an_encrypted_backup_opened_by_the_current_passphrase_needs_no_question(
    qtbot: QtBot, secret: Database, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backups.backup_now(secret, folder, reason="before-import")
    with secret.session() as session:
        session.add(Organisation(name="Gouvernorat"))
    prompts = typed_answers(monkeypatch)
    dialog = make_dialog(qtbot, secret, folder)
    monkeypatch.setattr(dialog, "confirm_restore", lambda _what: True)
    assert dialog.model.backup(0).reason == "before-import"
    with qtbot.waitSignal(dialog.restored, timeout=30000) as restored:
        dialog.restore_selected()
    assert prompts == [] and restored.args[0].encrypted
    assert reason_label("before-encryption") == "before encrypting"
    encrypted = {dialog.model.index(row, 4).data() for row in range(dialog.model.rowCount())}
    assert encrypted == {"yes"}  # the backup, and the copy made before the restore
    assert dialog.database is secret and organisations(secret) == 1


def test_an_older_encrypted_backup_asks_its_passphrase_and_opens_with_it(
    qtbot: QtBot, secret: Database, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_r: shown.append(text))
    prompts = typed_answers(monkeypatch, ("not this one", True), (OLD_PASSPHRASE, True))
    dialog = make_dialog(qtbot, secret, folder)
    monkeypatch.setattr(dialog, "confirm_restore", lambda _what: True)
    with qtbot.waitSignal(dialog.restored, timeout=30000):
        dialog.restore_selected()
    assert shown == []
    assert len(prompts) == 2 and "is encrypted" in prompts[0]
    assert prompts[1].startswith("This passphrase does not open")
    reopened = dialog.database
    try:
        assert reopened is not secret
        assert encryption.engine_passphrase(reopened.engine) == OLD_PASSPHRASE
        assert organisations(reopened) == 0  # the backup was made before CNDH
    finally:
        reopened.close()
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "backup_dialog_encrypted.png"))


def test_cancelling_the_passphrase_restores_nothing(
    qtbot: QtBot, secret: Database, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = secret.path
    assert path is not None
    prompts = typed_answers(monkeypatch, ("", False))
    dialog = make_dialog(qtbot, secret, folder)
    monkeypatch.setattr(dialog, "confirm_restore", lambda _what: True)
    with qtbot.assertNotEmitted(dialog.restored):
        dialog.restore_selected()
    assert len(prompts) == 1
    assert organisations(secret) == 1 and dialog.database is secret
    assert [info.reason for info in backups.list_backups(folder)] == ["manual"]


def test_a_plain_backup_over_an_encrypted_database_is_confirmed_first(
    qtbot: QtBot,
    template_db: Path,
    secret: Database,
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plain = tmp_path / "plain-office.db"
    shutil.copyfile(template_db, plain)
    questions: list[str] = []
    replies = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *_r: questions.append(text) or replies.pop(0),
    )
    dialog = make_dialog(qtbot, secret, folder)
    assert dialog.restore(plain) is None  # declined
    assert organisations(secret) == 1
    with qtbot.waitSignal(dialog.restored, timeout=30000) as restored:
        assert dialog.restore(plain) is not None
    assert not restored.args[0].encrypted
    assert len(questions) == 2 and "not encrypted" in questions[0]
    reopened = dialog.database
    try:
        assert encryption.engine_passphrase(reopened.engine) is None
        assert organisations(reopened) == 0
    finally:
        reopened.close()


def test_a_server_database_gets_no_file_backups(
    qtbot: QtBot, db: Database, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backups, "is_file_database", lambda _database: False)
    dialog = make_dialog(qtbot, db, folder)
    intro = dialog.findChild(QLabel, "backup_intro")
    assert intro is not None and "pg_dump" in intro.text()
    buttons = (dialog.backup_button, dialog.restore_button, dialog.file_button)
    assert not any(button.isEnabled() for button in buttons)
    assert all("server" in button.toolTip() for button in buttons)
    assert backup_at_closing(db) is None and not folder.exists()
