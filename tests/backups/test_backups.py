"""Backups on real files: verified copies, closing once a day, rotation, listing, restore."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop_app.backups import backups
from desktop_app.messages import RegistreError, UserMessage
from desktop_app.settings import CONFIG_DIR_ENV, Settings, save_settings
from desktop_app.store import Database, open_database
from desktop_app.store.errors import PassphraseNeeded, WrongPassphrase
from desktop_app.store.models import Organisation, Site

PASSPHRASE = "fleuve niger à Niamey"

pytestmark = pytest.mark.sqlite_only  # file backups; a server database is refused


def add_organisations(database: Database, *names: str) -> None:
    with database.session() as session:
        session.add_all(Organisation(name=name) for name in names)


def organisation_names(path: Path, passphrase: str | None = None) -> list[str]:
    database = open_database(path, passphrase=passphrase)
    try:
        with database.session() as session:
            return list(session.scalars(select(Organisation.name).order_by(Organisation.name)))
    finally:
        database.close()


def test_backup_is_verified_and_recorded(db: Database, tmp_path: Path) -> None:
    add_organisations(db, "CNDH", "CDS")
    folder = tmp_path / "backups"
    info = backups.backup_now(db, folder, reason="manual")
    assert info.verified
    assert info.reason == "manual"
    assert info.path.parent == folder and info.path.name.startswith("registre-")
    assert info.row_counts["organisation"] == 2
    assert info.size == info.path.stat().st_size > 0
    assert not info.path.with_name(info.path.name + "-wal").exists()
    assert organisation_names(info.path) == ["CDS", "CNDH"]
    assert backups.list_backups(folder, "registre") == [info]


def test_two_backups_in_the_same_second_do_not_overwrite(db: Database, tmp_path: Path) -> None:
    first = backups.backup_now(db, tmp_path, reason="before-import")
    second = backups.backup_now(db, tmp_path, reason="before-import")
    assert first.path != second.path
    assert {b.path for b in backups.list_backups(tmp_path)} == {first.path, second.path}


def test_closing_backup_at_most_once_a_day(db: Database, tmp_path: Path) -> None:
    first = backups.backup_at_closing(db, tmp_path)
    assert first is not None and first.reason == "closing"
    assert backups.backup_at_closing(db, tmp_path) is None
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert backups.backup_at_closing(db, tmp_path, today=tomorrow) is not None


def test_backup_refuses_rows_that_differ(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = backups.check_file

    def one_row_short(path: Path) -> dict[str, int]:
        counts = real(path)
        counts["site"] -= 1
        return counts

    monkeypatch.setattr(backups, "check_file", one_row_short)
    with pytest.raises(RegistreError, match="same rows"):
        backups.make_backup(db, tmp_path / "copy.db")
    assert not (tmp_path / "copy.db").exists()


def test_backup_into_an_unwritable_place_says_so(db: Database, tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    with pytest.raises(RegistreError, match="could not be written"):
        backups.make_backup(db, blocker / "copy.db")


def _fake_backup(folder: Path, when: dt.datetime, reason: str = "closing") -> Path:
    """A file that looks like a verified backup (the rotation counts verified backups only)."""
    path = folder / f"registre-{when:%Y%m%d-%H%M%S}-{reason}.db"
    path.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    path.with_name(path.name + ".json").write_text('{"verified": true}', encoding="utf-8")
    return path


def test_rotation_keeps_today_seven_days_and_four_weeks(tmp_path: Path) -> None:
    today = dt.date(2026, 11, 26)  # a Thursday
    made = {}
    for days_ago in range(0, 70):
        day = today - dt.timedelta(days=days_ago)
        for hour in (9, 17):
            when = dt.datetime.combine(day, dt.time(hour))
            made[when] = _fake_backup(tmp_path, when)
    other_database = _fake_backup(tmp_path, dt.datetime(2026, 1, 1), "closing")
    other_database.rename(tmp_path / "other-20260101-000000-closing.db")

    removed = backups.rotate(tmp_path, "registre", today=today)

    kept = sorted(info.created for info in backups.list_backups(tmp_path, "registre"))
    daily = [dt.datetime.combine(today - dt.timedelta(days=n), dt.time(17)) for n in range(7)]
    morning_today = dt.datetime.combine(today, dt.time(9))
    # Weeks before the oldest daily day (Nov 20): the newest backup of each of 4 ISO weeks.
    weekly = [dt.datetime(2026, 11, 19, 17), dt.datetime(2026, 11, 15, 17)]
    weekly += [dt.datetime(2026, 11, 8, 17), dt.datetime(2026, 11, 1, 17)]
    assert kept == sorted([*daily, morning_today, *weekly])
    assert len(removed) == len(made) - len(kept)
    assert (tmp_path / "other-20260101-000000-closing.db").exists()


def test_rotation_after_each_backup_limits_the_folder(db: Database, tmp_path: Path) -> None:
    for when in (dt.datetime(2026, 1, day, 18) for day in range(1, 29)):
        _fake_backup(tmp_path, when)
    backups.backup_now(db, tmp_path, reason="closing", keep_daily=3, keep_weekly=1)
    remaining = backups.list_backups(tmp_path, "registre")
    assert len(remaining) == 1 + 2 + 1  # today's, 2 more days, 1 week


def test_restore_brings_back_the_backup_and_keeps_the_current_file(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    add_organisations(db, "CNDH")
    saved = backups.make_backup(db, tmp_path / "saved.db")
    add_organisations(db, "Gouvernorat")
    db.close()

    folder = tmp_path / "backups"
    result = backups.restore_backup(db_path, saved.path, folder)

    assert organisation_names(db_path) == ["CNDH"]
    assert result.safety_copy is not None and result.safety_copy.parent == folder
    assert organisation_names(result.safety_copy) == ["CNDH", "Gouvernorat"]
    assert [b.reason for b in backups.list_backups(folder)] == ["before-restore"]
    assert result.row_counts["organisation"] == 1


def test_restore_discards_a_leftover_write_ahead_log(db_path: Path, tmp_path: Path) -> None:
    database = open_database(db_path)
    saved = backups.make_backup(database, tmp_path / "saved.db")
    database.close()
    # Another connection leaves committed rows in a WAL file beside the database.
    writer = sqlite3.connect(db_path)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute(
        "INSERT INTO organisation (name, uuid, origin_site, revision, changed_at, "
        "changed_by_site, synced_revision, deleted, search_text) "
        "VALUES ('Late', 'u1', 'NE-NIA', 1, '2026-01-01', 'NE-NIA', 0, 0, 'late')"
    )
    writer.commit()
    result = backups.restore_backup(db_path, saved.path, tmp_path / "backups")
    writer.close()
    assert organisation_names(db_path) == []
    assert result.safety_copy is not None
    assert organisation_names(result.safety_copy) == ["Late"]


def test_restore_replaces_a_damaged_database(db: Database, db_path: Path, tmp_path: Path) -> None:
    add_organisations(db, "CNDH")
    saved = backups.make_backup(db, tmp_path / "saved.db")
    db.close()
    db_path.write_bytes(db_path.read_bytes()[:4096] + b"\x00garbage" * 2000)
    backups.restore_backup(db_path, saved.path, tmp_path / "backups")
    assert organisation_names(db_path) == ["CNDH"]


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 not a database at all" * 10])
def test_restore_refuses_a_file_that_is_not_a_backup(
    db: Database, db_path: Path, tmp_path: Path, content: bytes
) -> None:
    add_organisations(db, "CNDH")
    db.close()
    before = db_path.read_bytes()
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(content)
    with pytest.raises(RegistreError, match="not a Registre database"):
        backups.restore_backup(db_path, bogus, tmp_path / "backups")
    assert db_path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_restore_refuses_a_plain_sqlite_file(db_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    with pytest.raises(RegistreError, match="not a Registre database"):
        backups.restore_backup(db_path, other, tmp_path / "backups")


def test_restore_refuses_the_database_itself(db_path: Path, tmp_path: Path) -> None:
    with pytest.raises(RegistreError, match="database itself"):
        backups.restore_backup(db_path, db_path, tmp_path / "backups")


def test_a_failed_check_after_restore_puts_the_previous_file_back(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    add_organisations(db, "CNDH")
    saved = backups.make_backup(db, tmp_path / "saved.db")
    add_organisations(db, "Gouvernorat")
    db.close()

    def failing_open(path: Path) -> Database:
        raise RegistreError(UserMessage("Backups", "cannot open"))

    with pytest.raises(RegistreError, match="cannot open"):
        backups.restore_backup(db_path, saved.path, tmp_path / "backups", opener=failing_open)
    assert organisation_names(db_path) == ["CNDH", "Gouvernorat"]


def test_a_backup_made_before_a_migration_is_listed_as_not_verified(tmp_path: Path) -> None:
    database = open_database(tmp_path / "registre.db")
    database.close()
    path = _fake_backup(tmp_path, dt.datetime(2026, 3, 1, 8), "before-migration")
    path.write_bytes((tmp_path / "registre.db").read_bytes())
    path.with_name(path.name + ".json").unlink()  # the store writes no record
    (listed,) = backups.list_backups(tmp_path, "registre")
    assert not listed.verified
    assert backups.verify_backup(path).verified
    assert backups.list_backups(tmp_path, "registre")[0].verified


def test_list_of_a_missing_folder_is_empty(tmp_path: Path) -> None:
    assert backups.list_backups(tmp_path / "nowhere") == []


def test_row_counts_cover_every_table(db: Database) -> None:
    with db.session() as session:
        sites = session.scalar(select(func.count()).select_from(Organisation))
    raw = sqlite3.connect(db.path)
    counts = backups.row_counts(raw)
    raw.close()
    assert counts["organisation"] == sites == 0
    assert counts["site"] == 1
    assert counts["activity_kind"] > 5


def test_backup_before_import_uses_the_settings(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "config"))
    save_settings(Settings(backup_dir=str(tmp_path / "usb")))
    info = backups.backup_before_import(db)
    assert info is not None
    assert info.reason == "before-import" and info.verified
    assert info.path.parent == tmp_path / "usb"


def test_a_backup_folder_that_cannot_be_made_is_explained(db: Database, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(RegistreError, match="cannot be created"):
        backups.backup_now(db, blocker / "backups", reason="manual")


# Encrypted databases --------------------------------------------------------------------------


@pytest.fixture(scope="session")
def secret_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An encrypted database holding the organisation CNDH, made once (key derivations are
    slow on purpose)."""
    path = tmp_path_factory.mktemp("secret") / "secret.db"
    database = open_database(path, passphrase=PASSPHRASE)
    with database.session() as session:
        session.add(Site(code="NE-NIA", name="Niamey", country="NE", is_local=True))
    database.refresh_site()
    add_organisations(database, "CNDH")
    database.close()
    return path


@pytest.fixture
def secret_path(secret_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "secret.db"
    shutil.copyfile(secret_template, path)
    return path


def test_the_backup_of_an_encrypted_database_is_checked_with_its_passphrase(
    secret_path: Path, tmp_path: Path
) -> None:
    database = open_database(secret_path, passphrase=PASSPHRASE)
    info = backups.backup_now(database, tmp_path / "backups", reason="manual")
    database.close()
    assert b"CNDH" not in info.path.read_bytes()
    assert backups.verify_backup(info.path, PASSPHRASE).row_counts["organisation"] == 1
    with pytest.raises(PassphraseNeeded):
        backups.verify_backup(info.path)
    with pytest.raises(WrongPassphrase, match="passphrase does not open"):
        backups.check_file(info.path, "fleuve sénégal")
    assert backups.opens_with(info.path, PASSPHRASE)
    assert not backups.opens_with(info.path, "fleuve sénégal")


def test_restore_of_an_encrypted_backup_takes_its_passphrase(
    secret_path: Path, tmp_path: Path
) -> None:
    database = open_database(secret_path, passphrase=PASSPHRASE)
    saved = backups.make_backup(database, tmp_path / "saved.db")
    add_organisations(database, "Gouvernorat")
    database.close()
    folder = tmp_path / "backups"

    result = backups.restore_backup(
        secret_path, saved.path, folder, passphrase=PASSPHRASE, current_passphrase=PASSPHRASE
    )

    assert result.encrypted and result.row_counts["organisation"] == 1
    assert organisation_names(secret_path, PASSPHRASE) == ["CNDH"]
    assert result.safety_copy is not None
    assert backups.check_file(result.safety_copy, PASSPHRASE)["organisation"] == 2
    assert b"Gouvernorat" not in result.safety_copy.read_bytes()


def test_a_wrong_passphrase_restores_nothing(secret_path: Path, tmp_path: Path) -> None:
    database = open_database(secret_path, passphrase=PASSPHRASE)
    saved = backups.make_backup(database, tmp_path / "saved.db")
    add_organisations(database, "Gouvernorat")
    database.close()
    before = secret_path.read_bytes()
    for wrong in (None, "fleuve sénégal"):
        with pytest.raises((PassphraseNeeded, WrongPassphrase)):
            backups.restore_backup(secret_path, saved.path, tmp_path / "backups", passphrase=wrong)
    assert secret_path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_a_plain_backup_restored_over_an_encrypted_database_leaves_it_plain(
    db: Database, secret_path: Path, tmp_path: Path
) -> None:
    add_organisations(db, "Plain office")
    plain = backups.make_backup(db, tmp_path / "plain.db")
    result = backups.restore_backup(
        secret_path, plain.path, tmp_path / "backups", current_passphrase=PASSPHRASE
    )
    assert not result.encrypted
    assert organisation_names(secret_path) == ["Plain office"]
    assert result.safety_copy is not None
    assert backups.check_file(result.safety_copy, PASSPHRASE)["organisation"] == 1


# Databases on a server ------------------------------------------------------------------------


class ServerDatabase:
    """What backups see of a database on a PostgreSQL server: no file."""

    dialect = "postgresql"
    path = None
    site_code = "HQ-GVA"


def test_file_backups_of_a_server_database_are_refused(tmp_path: Path) -> None:
    server: Any = ServerDatabase()
    assert not backups.is_file_database(server)
    for attempt in (
        lambda: backups.backup_now(server, tmp_path, reason="manual"),
        lambda: backups.make_backup(server, tmp_path / "copy.db"),
        lambda: backups.restore_backup(None, tmp_path / "copy.db", tmp_path),
    ):
        with pytest.raises(RegistreError, match="administrator with pg_dump"):
            attempt()
    assert list(tmp_path.iterdir()) == []


def test_automatic_backups_skip_a_server_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "config"))
    server: Any = ServerDatabase()
    caplog.set_level("INFO", logger="desktop_app.backups.backups")
    assert backups.backup_at_closing(server, tmp_path / "backups") is None
    assert backups.backup_before_import(server) is None
    assert not (tmp_path / "backups").exists()
    assert sum("on a server" in record.getMessage() for record in caplog.records) == 2


def test_a_file_database_is_one(db: Database) -> None:
    assert backups.is_file_database(db)
