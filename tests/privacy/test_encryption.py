"""Encryption at rest: an SQLCipher file hides every byte, opens only with its passphrase, and
converts both ways after a verified safety copy."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app import private_folder
from desktop_app.backups import backups as backups_service
from desktop_app.privacy import encryption as privacy_encryption
from desktop_app.store import open_database
from desktop_app.store.backup import backup_to
from desktop_app.store.encryption import connect, has_plain_header
from desktop_app.store.errors import NotEncrypted, PassphraseNeeded, WrongPassphrase
from desktop_app.store.models import Person, Site

NAME = "GUIDIMEY"
PASSPHRASE = "Fleuve Niger, 2026 — clé"


def _add_person(path: Path, passphrase: str | None) -> None:
    database = open_database(path, passphrase=passphrase)
    with database.session() as session:
        if session.scalar(select(Site).where(Site.is_local)) is None:
            session.add(Site(code="NE-NIA", name="Niamey", country="NE", is_local=True))
    database.refresh_site()
    with database.session() as session:
        session.add(Person(family_name=NAME, given_names="Célestin", phone="+22790123456"))
    database.close()


def _names(path: Path, passphrase: str | None) -> list[str]:
    database = open_database(path, passphrase=passphrase)
    try:
        with database.session() as session:
            return list(session.scalars(select(Person.family_name)))
    finally:
        database.close()


def _raw_bytes(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_new_encrypted_database_hides_everything(tmp_path: Path) -> None:
    path = tmp_path / "secret.db"
    _add_person(path, PASSPHRASE)
    raw = _raw_bytes(path)
    assert not has_plain_header(path)
    assert NAME.encode() not in raw and b"+22790123456" not in raw
    assert b"CREATE TABLE" not in raw
    assert _names(path, PASSPHRASE) == [NAME]


def test_wrong_or_missing_passphrase_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "secret.db"
    _add_person(path, PASSPHRASE)
    before = path.read_bytes()
    with pytest.raises(WrongPassphrase) as wrong:
        open_database(path, passphrase="fleuve niger")
    assert "passphrase does not open" in str(wrong.value)
    with pytest.raises(PassphraseNeeded) as missing:
        open_database(path)
    assert "passphrase" in str(missing.value)
    assert path.read_bytes() == before


def test_passphrase_for_a_plain_database_is_refused(db_path: Path) -> None:
    before = db_path.read_bytes()
    with pytest.raises(NotEncrypted):
        open_database(db_path, passphrase=PASSPHRASE)
    assert db_path.read_bytes() == before


def test_backup_of_an_encrypted_database_is_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "secret.db"
    _add_person(path, PASSPHRASE)
    database = open_database(path, passphrase=PASSPHRASE)
    copy = backup_to(database.engine, tmp_path / "backups" / "copy.db")
    database.close()
    assert not has_plain_header(copy)
    assert NAME.encode() not in copy.read_bytes()
    assert _names(copy, PASSPHRASE) == [NAME]
    with pytest.raises(WrongPassphrase):
        open_database(copy, passphrase="other")


def test_encrypt_then_decrypt_keeps_every_row(db_path: Path, tmp_path: Path) -> None:
    _add_person(db_path, None)
    backups = tmp_path / "backups"
    result = privacy_encryption.encrypt_database(db_path, PASSPHRASE, backup_dir=backups)
    assert result.encrypted and result.row_counts["person"] == 1
    assert NAME.encode() not in _raw_bytes(db_path)
    # The safety copy is the plain original, verified and listed with the backups; it is
    # reported so that it can be removed.
    assert result.safety_copy in result.plain_backups
    (listed,) = backups_service.list_backups(backups, db_path.stem)
    assert listed.path == result.safety_copy and listed.verified
    assert _names(db_path, PASSPHRASE) == [NAME]
    with pytest.raises(PassphraseNeeded):
        open_database(db_path)

    removed = privacy_encryption.remove_plain_backups(result.plain_backups)
    assert removed == len(result.plain_backups) and not result.safety_copy.exists()

    back = privacy_encryption.decrypt_database(db_path, PASSPHRASE, backup_dir=backups)
    assert not back.encrypted and has_plain_header(db_path)
    assert not has_plain_header(back.safety_copy)  # the copy taken before, still encrypted
    assert _names(db_path, None) == [NAME]


def test_change_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "secret.db"
    _add_person(path, PASSPHRASE)
    privacy_encryption.change_passphrase(path, PASSPHRASE, "nouvelle", backup_dir=tmp_path / "b")
    assert _names(path, "nouvelle") == [NAME]
    with pytest.raises(WrongPassphrase):
        open_database(path, passphrase=PASSPHRASE)


def test_wrong_passphrase_leaves_a_conversion_undone(tmp_path: Path) -> None:
    path = tmp_path / "secret.db"
    _add_person(path, PASSPHRASE)
    before = path.read_bytes()
    with pytest.raises(WrongPassphrase):
        privacy_encryption.decrypt_database(path, "wrong", backup_dir=tmp_path / "b")
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.converting"))
    assert not private_folder.root_of(tmp_path).exists()  # the copy is gone with its folder


def test_failed_conversion_leaves_the_original(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_person(db_path, None)
    original = tmp_path / "original.db"
    shutil.copyfile(db_path, original)

    def broken_check(path: Path, passphrase: str | None) -> dict[str, int]:
        if path.parent.parent.name == private_folder.FOLDER_NAME:  # the converted copy
            return {"person": -1}
        connection = connect(path, passphrase, read_only=True)
        try:
            return privacy_encryption.row_counts(connection)
        finally:
            connection.close()

    monkeypatch.setattr(privacy_encryption, "check_copy", broken_check)
    with pytest.raises(Exception, match="same rows"):
        privacy_encryption.encrypt_database(db_path, PASSPHRASE, backup_dir=tmp_path / "b")
    assert has_plain_header(db_path)
    assert _names(db_path, None) == [NAME]
    assert not list(tmp_path.glob("*.converting"))
    assert not private_folder.root_of(tmp_path).exists()  # the copy is gone with its folder


def test_verified_backups_of_an_encrypted_database(tmp_path: Path) -> None:
    from desktop_app.backups import backups

    path = tmp_path / "secret.db"
    _add_person(path, PASSPHRASE)
    database = open_database(path, passphrase=PASSPHRASE)
    try:
        info = backups.backup_now(database, tmp_path / "backups", reason="manual")
    finally:
        database.close()
    assert info.verified and info.row_counts["person"] == 1
    assert not has_plain_header(info.path) and NAME.encode() not in info.path.read_bytes()
    assert backups.check_file(info.path, PASSPHRASE)["person"] == 1
