"""Encrypting, re-keying and decrypting the database from the settings, on real files."""

from __future__ import annotations

import errno
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_app.backups import backups
from desktop_app.privacy import encryption as privacy_encryption
from desktop_app.settings import CONFIG_DIR_ENV, Settings, save_settings
from desktop_app.store import Database, encryption, open_database
from desktop_app.store.errors import WrongPassphrase
from desktop_app.store.models import Organisation
from desktop_app.ui.protection import settings as protection_settings
from desktop_app.ui.protection.dialog import ProtectionDialog
from desktop_app.ui.shell.core_views import build_main_window
from desktop_app.ui.shell.settings_dialog import SettingsDialog, open_settings
from tests.ui.conftest import SCREENSHOTS

pytestmark = pytest.mark.sqlite_only  # encryption at rest is for database files

PASSPHRASE = "le fleuve Niger a Niamey"  # typed by QTest: ASCII only
NEW_PASSPHRASE = "trois chameaux et un baobab"


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "config"))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    save_settings(Settings(backup_dir=str(tmp_path / "backups")))
    return tmp_path / "backups"


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Message boxes answered at once: questions get Yes; the texts shown, by kind."""
    shown: dict[str, list[str]] = {"information": [], "warning": [], "question": []}

    def answer(kind: str, reply: Any) -> Any:
        return staticmethod(lambda _parent, _title, text, *_rest: shown[kind].append(text) or reply)

    monkeypatch.setattr(QMessageBox, "information", answer("information", None))
    monkeypatch.setattr(QMessageBox, "warning", answer("warning", None))
    monkeypatch.setattr(QMessageBox, "question", answer("question", QMessageBox.StandardButton.Yes))
    return shown


@pytest.fixture(scope="session")
def secret_template(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test template encrypted with PASSPHRASE, made once."""
    path = tmp_path_factory.mktemp("secret") / "registre.db"
    shutil.copyfile(template_db, path)
    privacy_encryption.encrypt_database(path, PASSPHRASE, backup_dir=path.parent / "safety")
    return path


@pytest.fixture
def secret_db(secret_template: Path, db_path: Path) -> Iterator[Database]:
    """A copy of the encrypted template at db_path, open."""
    shutil.copyfile(secret_template, db_path)
    database = open_database(db_path, passphrase=PASSPHRASE)
    yield database
    database.close()


def organisation_names(database: Database) -> list[str]:
    with database.session() as session:
        return list(session.scalars(select(Organisation.name)))


def type_new(dialog: ProtectionDialog, qtbot: QtBot, first: str, second: str) -> None:
    qtbot.keyClicks(dialog.new_fields.first, first)
    qtbot.keyClicks(dialog.new_fields.second, second)


def convert(qtbot: QtBot, dialog: ProtectionDialog) -> Database:
    with qtbot.waitSignal(dialog.converted, timeout=60000) as converted:
        dialog.ok_button.click()
    database = converted.args[0]
    assert isinstance(database, Database)
    return database


def save(widget: Any, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


def test_encrypt_from_the_settings_then_delete_the_plain_backups(
    qtbot: QtBot, db: Database, folder: Path, boxes: dict[str, list[str]]
) -> None:
    with db.session() as session:
        session.add(Organisation(name="Radio Kledu"))
    settings = SettingsDialog(db)
    qtbot.addWidget(settings)
    settings.show()
    assert "not encrypted" in settings.protection.status.text()
    assert (
        settings.protection.encrypt_button.isVisible()
        and not settings.protection.decrypt_button.isVisible()
    )
    dialog = settings.protection.open_protection("encrypt")
    type_new(dialog, qtbot, PASSPHRASE, PASSPHRASE)
    dialog.understood.setChecked(True)
    with qtbot.waitSignal(settings.database_reopened, timeout=60000) as reopened:
        dialog.ok_button.click()
    database = reopened.args[0]
    try:
        assert organisation_names(database) == ["Radio Kledu"]
        assert encryption.engine_passphrase(database.engine) == PASSPHRASE
    finally:
        database.close()
    path = db.path
    assert path is not None and not encryption.has_plain_header(path)
    assert b"Radio Kledu" not in path.read_bytes()
    (told,) = boxes["information"]
    assert "now encrypted" in told and "before-encryption" in told
    (asked,) = boxes["question"]
    assert asked.startswith("Unencrypted backups left in")
    assert privacy_encryption.plain_backups(folder) == ()  # deleted, as the user answered
    assert "is encrypted" in settings.protection.status.text()
    save(settings, "settings_protection_encrypted")
    assert settings.protection.rekey_button.isVisibleTo(settings)
    assert not settings.protection.encrypt_button.isVisibleTo(settings)


@pytest.mark.parametrize(
    ("first", "second", "tick", "expected"),
    [
        ("", "", True, "Type the new one twice"),
        ("court", "court", True, "Too short"),
        (PASSPHRASE, PASSPHRASE + "!", True, "differ"),
        (PASSPHRASE, PASSPHRASE, False, "Tick the box"),
    ],
)
def test_a_bad_new_passphrase_changes_nothing(
    qtbot: QtBot, db: Database, folder: Path, first: str, second: str, tick: bool, expected: str
) -> None:
    path = db.path
    assert path is not None
    before = path.read_bytes()
    dialog = ProtectionDialog(db, "encrypt")
    qtbot.addWidget(dialog)
    dialog.show()
    type_new(dialog, qtbot, first, second)
    dialog.understood.setChecked(tick)
    assert dialog.start() is None
    assert expected in dialog.error.text() and dialog.error.isVisible()
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    assert path.read_bytes() == before and not folder.exists()


def test_the_strength_hint_follows_the_length(qtbot: QtBot, db: Database) -> None:
    dialog = ProtectionDialog(db, "encrypt")
    qtbot.addWidget(dialog)
    hints = []
    for text in ("abc", "abcdefghi", "abcdefghijklmn", "a sentence of many words"):
        dialog.new_fields.first.setText(text)
        hints.append(dialog.new_fields.hint.text())
    assert hints[0].startswith("Too short") and hints[1].startswith("Fair")
    assert hints[2:] == ["Good.", "Strong."]


def test_change_the_passphrase_checks_the_current_one(
    qtbot: QtBot, secret_db: Database, folder: Path, boxes: dict[str, list[str]]
) -> None:
    dialog = ProtectionDialog(secret_db, "change")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.current, "le fleuve Senegal")
    type_new(dialog, qtbot, NEW_PASSPHRASE, NEW_PASSPHRASE)
    dialog.understood.setChecked(True)
    assert dialog.start() is None
    assert "not the passphrase" in dialog.error.text()
    dialog.current.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.converted, timeout=60000) as converted:
        task = dialog.start()
        assert task is not None and task.progress_dialog is not None
        assert task.progress_dialog.findChildren(QPushButton) == []  # no Cancel halfway
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nor Escape: the result must arrive
        task.progress_dialog.reject()
        assert dialog.isVisible() and task.progress_dialog.isVisible()
    converted.args[0].close()
    path = secret_db.path
    assert path is not None
    open_database(path, passphrase=NEW_PASSPHRASE).close()
    with pytest.raises(WrongPassphrase):
        open_database(path, passphrase=PASSPHRASE)
    assert "previous passphrase" in boxes["information"][0]


def test_remove_the_encryption(
    qtbot: QtBot, secret_db: Database, boxes: dict[str, list[str]]
) -> None:
    dialog = ProtectionDialog(secret_db, "decrypt")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    database = convert(qtbot, dialog)
    try:
        assert encryption.engine_passphrase(database.engine) is None
        assert organisation_names(database) == []
    finally:
        database.close()
    assert secret_db.path is not None and encryption.has_plain_header(secret_db.path)
    assert boxes["question"] == []  # nothing to offer: no encryption, no plain copies to fear


def test_a_full_disk_changes_nothing_and_the_window_goes_on(
    qtbot: QtBot,
    db: Database,
    folder: Path,
    boxes: dict[str, list[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = db.path
    assert path is not None
    before = path.read_bytes()

    def full(*_args: Any, **_kwargs: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(privacy_encryption, "encrypt_database", full)
    dialog = ProtectionDialog(db, "encrypt")
    qtbot.addWidget(dialog)
    type_new(dialog, qtbot, PASSPHRASE, PASSPHRASE)
    dialog.understood.setChecked(True)
    task = dialog.start()
    assert task is not None
    qtbot.waitUntil(lambda: bool(boxes["warning"]), timeout=10000)
    assert "disk is full" in boxes["warning"][0] and "nothing was changed" in boxes["warning"][0]
    assert dialog.ok_button.isEnabled() and dialog.reopened is None
    assert path.read_bytes() == before
    with db.session() as session:  # the closed engine connects again to the unchanged file
        session.add(Organisation(name="CNDH"))
    assert organisation_names(db) == ["CNDH"]


def test_without_sqlcipher_encryption_is_not_offered(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(encryption, "available", lambda: False)
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    assert not dialog.protection.encrypt_button.isEnabled()
    assert "SQLCipher module is missing" in dialog.protection.status.text()


def test_a_server_database_has_no_encryption_to_manage(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(protection_settings, "is_file_database", lambda _database: False)
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    assert not dialog.protection.encrypt_button.isEnabled()
    assert not dialog.protection.rekey_button.isVisibleTo(dialog)
    assert "on a server" in dialog.protection.status.text()
    assert "server" in dialog.protection.encrypt_button.toolTip()


def test_the_window_reopens_on_the_encrypted_database(
    qtbot: QtBot, db: Database, folder: Path, boxes: dict[str, list[str]]
) -> None:
    window, _views = build_main_window(
        db, QSettings(str(folder.parent / "ui.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.show()
    settings = open_settings(window)
    dialog = settings.protection.open_protection("encrypt")
    type_new(dialog, qtbot, PASSPHRASE, PASSPHRASE)
    dialog.understood.setChecked(True)
    database = convert(qtbot, dialog)
    try:
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
        assert window.database is database
        assert window.property("restart_requested") is True
    finally:
        database.close()


def test_screenshots_in_english_and_french(qtbot: QtBot, db: Database, qapp: Any) -> None:
    from desktop_app.ui.common.i18n import install_language

    try:
        for language in ("en", "fr"):
            install_language(qapp, language)
            settings = SettingsDialog(db)
            qtbot.addWidget(settings)
            settings.show()
            save(settings, f"settings_protection_{language}")
            for mode in ("encrypt", "change", "decrypt"):
                dialog = ProtectionDialog(db, mode)
                qtbot.addWidget(dialog)
                dialog.show()
                dialog.new_fields.first.setText("fleuve")
                save(dialog, f"protection_{mode}_{language}")
                english = dialog.windowTitle() in (
                    "Encrypt the database",
                    "Change the passphrase",
                    "Remove the encryption",
                )
                assert english == (language == "en")
    finally:
        install_language(qapp, "en")


def test_encrypt_with_the_keyboard_only(
    qtbot: QtBot, db: Database, folder: Path, boxes: dict[str, list[str]]
) -> None:
    dialog = ProtectionDialog(db, "encrypt")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    assert dialog.focusWidget() is dialog.new_fields.first
    qtbot.keyClicks(dialog.new_fields.first, PASSPHRASE)
    qtbot.keyClick(dialog.new_fields.first, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.new_fields.second
    qtbot.keyClicks(dialog.new_fields.second, PASSPHRASE)
    qtbot.keyClick(dialog.new_fields.second, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.understood
    qtbot.keyClick(dialog.understood, Qt.Key.Key_Space)
    assert dialog.understood.isChecked()
    with qtbot.waitSignal(dialog.converted, timeout=60000) as converted:
        qtbot.keyClick(dialog.understood, Qt.Key.Key_Return)
    converted.args[0].close()
    assert db.path is not None and not encryption.has_plain_header(db.path)


def test_escape_leaves_the_database_as_it_was(qtbot: QtBot, db: Database, folder: Path) -> None:
    path = db.path
    assert path is not None
    before = path.read_bytes()
    dialog = ProtectionDialog(db, "encrypt")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.new_fields.first, PASSPHRASE)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == dialog.DialogCode.Rejected and dialog.task is None
    assert path.read_bytes() == before and not folder.exists()


def test_plain_backups_left_after_encrypting_can_be_deleted_later(
    qtbot: QtBot, db: Database, folder: Path, boxes: dict[str, list[str]], tmp_path: Path
) -> None:
    backups.backup_now(db, folder, reason="manual")
    elsewhere = folder / "other-20260101-080000-manual.db"  # another database's backup
    shutil.copyfile(next(folder.glob("registre-*.db")), elsewhere)
    db.close()
    path = db.path
    assert path is not None
    privacy_encryption.encrypt_database(path, PASSPHRASE, backup_dir=folder)
    database = open_database(path, passphrase=PASSPHRASE)
    try:
        dialog = SettingsDialog(database)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.protection.remove_plain_button.isVisible()
        assert dialog.protection.plain_note.text().endswith(": 2.")  # manual, before-encryption
        save(dialog, "settings_protection_plain_backups")
        assert dialog.protection.remove_plain_backups() == 2
        assert "made before the database was encrypted" in boxes["question"][0]
        assert not dialog.protection.remove_plain_button.isVisible()
        assert privacy_encryption.plain_backups(folder) == (elsewhere,)
    finally:
        database.close()


def test_a_missing_sqlcipher_module_is_said_and_changes_nothing(
    qtbot: QtBot,
    db: Database,
    folder: Path,
    boxes: dict[str, list[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = db.path
    assert path is not None
    before = path.read_bytes()
    monkeypatch.setattr(encryption, "available", lambda: False)
    dialog = ProtectionDialog(db, "encrypt")
    qtbot.addWidget(dialog)
    type_new(dialog, qtbot, PASSPHRASE, PASSPHRASE)
    dialog.understood.setChecked(True)
    task = dialog.start()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    (warning,) = boxes["warning"]
    assert "SQLCipher module is missing" in warning and "was not changed" in warning
    assert path.read_bytes() == before and dialog.reopened is None
    assert organisation_names(db) == []  # the window's database still works
