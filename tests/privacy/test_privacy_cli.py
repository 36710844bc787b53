"""`registre encrypt | decrypt | purge | recover` on real files, as a script would run them."""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select, update

from desktop_app import exit_codes
from desktop_app.cli.main import main
from desktop_app.cli.privacy import (
    NEW_PASSPHRASE_VARIABLE,
    PASSPHRASE_VARIABLE,
    WORKBOOK_PASSWORD_VARIABLE,
)
from desktop_app.settings import CONFIG_DIR_ENV
from desktop_app.store import open_database
from desktop_app.store.encryption import has_plain_header
from desktop_app.store.models import Organisation, Person
from desktop_app.workbooks import protection


@pytest.fixture(autouse=True)
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "config"))
    monkeypatch.delenv(PASSPHRASE_VARIABLE, raising=False)
    monkeypatch.delenv(NEW_PASSPHRASE_VARIABLE, raising=False)
    monkeypatch.delenv(WORKBOOK_PASSWORD_VARIABLE, raising=False)


def _old_person(path: Path, name: str) -> None:
    database = open_database(path)
    with database.session() as session:
        session.add(Person(family_name=name))
    with database.session() as session:
        session.execute(update(Person).values(changed_at=dt.datetime(2001, 1, 1)))
    database.close()


def test_purge_asks_then_erases(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _old_person(db_path, "GUIDIMEY")
    # Not confirmed (no terminal, no --yes): nothing erased.
    assert main(["--db", str(db_path), "purge", "--inactive-years", "5"]) == 1
    assert "nothing erased" in capsys.readouterr().err
    wal = db_path.with_name(db_path.name + "-wal")
    assert b"GUIDIMEY" in db_path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")

    assert main(["--db", str(db_path), "purge", "--inactive-years", "5", "--yes"]) == 0
    assert (
        "Persons erased: 1; attendance rows erased: 0; photos of sign-in sheets erased: 0."
        in capsys.readouterr().out
    )
    assert main(["--db", str(db_path), "purge", "--inactive-years", "5", "--yes"]) == 0
    assert "nobody to erase" in capsys.readouterr().out


def test_encrypt_check_and_decrypt(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(NEW_PASSPHRASE_VARIABLE, "Sahel 2026")
    assert main(["--db", str(db_path), "encrypt", "--remove-plain-backups"]) == 0
    out = capsys.readouterr().out
    assert "encrypted" in out and "unencrypted backups deleted" in out
    assert not has_plain_header(db_path)
    assert not [p for p in (db_path.parent / "backups").glob("*.db") if has_plain_header(p)]

    assert main(["--db", str(db_path), "check"]) == exit_codes.DATABASE  # no passphrase
    assert "passphrase" in capsys.readouterr().err
    monkeypatch.setenv(PASSPHRASE_VARIABLE, "sahel 2026")
    assert main(["--db", str(db_path), "check"]) == exit_codes.DATABASE
    assert "passphrase does not open" in capsys.readouterr().err
    monkeypatch.setenv(PASSPHRASE_VARIABLE, "Sahel 2026")
    assert main(["--db", str(db_path), "check"]) == 0
    capsys.readouterr()

    assert main(["--db", str(db_path), "decrypt"]) == 0
    assert "not encrypted" in capsys.readouterr().out
    monkeypatch.delenv(PASSPHRASE_VARIABLE)
    assert has_plain_header(db_path)
    assert main(["--db", str(db_path), "check"]) == 0


def _damage(path: Path) -> None:
    database = open_database(path)
    with database.session() as session:
        session.add_all(Organisation(name=f"Organisation {i}" + "y" * 200) for i in range(400))
    database.close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        page_count = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.close()
    with path.open("r+b") as handle:
        for page in range(2, page_count, 3):
            handle.seek(page * page_size)
            handle.write(b"\xde\xad\xbe\xef" * (page_size // 4))


def test_damaged_database_offers_and_restores_the_latest_verified_backup(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = open_database(db_path)
    with database.session() as session:
        session.add(Organisation(name="CNDH"))
    database.close()
    assert main(["--db", str(db_path), "backup"]) == 0
    capsys.readouterr()
    _damage(db_path)
    damaged = db_path.read_bytes()

    assert main(["--db", str(db_path), "check"]) == exit_codes.DATABASE
    err = capsys.readouterr().err
    assert "damaged" in err and "latest verified backup" in err and "recover" in err
    assert db_path.read_bytes() == damaged  # nothing opened for writing

    assert main(["--db", str(db_path), "recover"]) == 1  # not confirmed
    assert db_path.read_bytes() == damaged
    assert main(["--db", str(db_path), "recover", "--yes"]) == 0
    assert "damaged file kept as" in capsys.readouterr().out
    database = open_database(db_path)
    with database.session() as session:
        assert list(session.scalars(select(Organisation.name))) == ["CNDH"]
    database.close()


def test_recover_without_any_backup_says_so(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _damage(db_path)
    assert main(["--db", str(db_path), "check"]) == exit_codes.DATABASE
    err = capsys.readouterr().err
    assert "damaged" in err and "latest verified backup" not in err
    assert main(["--db", str(db_path), "recover", "--yes"]) == exit_codes.FILE
    assert "no verified backup" in capsys.readouterr().err


def test_export_pseudonymised_and_protect_a_workbook(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _old_person(db_path, "GUIDIMEY")
    out = tmp_path / "share.xlsx"
    assert main(["--db", str(db_path), "export-pseudonymised", "--out", str(out)]) == 0
    assert "persons: 1" in capsys.readouterr().out and b"GUIDIMEY" not in out.read_bytes()

    # Protecting needs a password: none in a script without the variable.
    assert (
        main(
            ["--db", str(db_path), "protect-workbook", str(out), "--out", str(tmp_path / "p.xlsx")]
        )
        == exit_codes.REFUSED
    )
    assert "REGISTRE_WORKBOOK_PASSWORD" in capsys.readouterr().err
    monkeypatch.setenv(WORKBOOK_PASSWORD_VARIABLE, "Agadez")
    protected = tmp_path / "p.xlsx"
    assert main(["--db", str(db_path), "protect-workbook", str(out), "--out", str(protected)]) == 0
    assert protection.is_protected(protected)
    assert (
        main(
            [
                "--db",
                str(db_path),
                "protect-workbook",
                str(protected),
                "--out",
                str(tmp_path / "q.xlsx"),
            ]
        )
        == exit_codes.REFUSED
    )
    assert "already protected" in capsys.readouterr().err

    direct = tmp_path / "direct.xlsx"
    args = ["--db", str(db_path), "export-pseudonymised", "--out", str(direct), "--protect"]
    assert main(args) == 0
    assert "password-protected" in capsys.readouterr().out
    with protection.unprotected_copy(direct, "Agadez") as clear:
        assert zipfile.is_zipfile(clear)


def _damage_encrypted(path: Path) -> None:
    """Garble every third page after the first: the key still opens the file, the pages fail."""
    size = path.stat().st_size
    page_size = 4096
    with path.open("r+b") as handle:
        for offset in range(2 * page_size, size, 3 * page_size):
            handle.seek(offset)
            handle.write(b"\xde\xad\xbe\xef" * (page_size // 4))


def test_damaged_encrypted_database_is_recovered_from_its_encrypted_backup(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    database = open_database(db_path)
    with database.session() as session:
        session.add_all(Organisation(name=f"Organisation {i}" + "y" * 200) for i in range(400))
    database.close()
    monkeypatch.setenv(NEW_PASSPHRASE_VARIABLE, "Sahel 2026")
    assert main(["--db", str(db_path), "encrypt", "--remove-plain-backups"]) == 0
    monkeypatch.setenv(PASSPHRASE_VARIABLE, "Sahel 2026")
    assert main(["--db", str(db_path), "backup"]) == 0
    capsys.readouterr()
    _damage_encrypted(db_path)

    assert main(["--db", str(db_path), "check"]) == exit_codes.DATABASE
    err = capsys.readouterr().err
    assert "damaged" in err and "latest verified backup" in err

    assert main(["--db", str(db_path), "recover", "--yes"]) == 0
    assert "damaged file kept as" in capsys.readouterr().out
    assert not has_plain_header(db_path)
    database = open_database(db_path, passphrase="Sahel 2026")
    with database.session() as session:
        assert len(list(session.scalars(select(Organisation.name)))) == 400
    database.close()


def test_restore_command_takes_the_passphrase_of_an_encrypted_backup(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(NEW_PASSPHRASE_VARIABLE, "Sahel 2026")
    assert main(["--db", str(db_path), "encrypt"]) == 0
    monkeypatch.setenv(PASSPHRASE_VARIABLE, "Sahel 2026")
    backup = tmp_path / "kept.db"
    assert main(["--db", str(db_path), "backup", "--out", str(backup)]) == 0
    database = open_database(db_path, passphrase="Sahel 2026")
    with database.session() as session:
        session.add(Organisation(name="Added after the backup"))
    database.close()

    assert main(["--db", str(db_path), "restore", str(backup)]) == 0
    assert "restored from" in capsys.readouterr().out
    database = open_database(db_path, passphrase="Sahel 2026")
    with database.session() as session:
        assert "Added after the backup" not in set(session.scalars(select(Organisation.name)))
    database.close()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_passphrases_typed_in_a_terminal(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typed without echo: a new one twice (a typing mistake changes nothing), then once to
    open the database."""
    typed: list[str] = []
    prompts: list[str] = []

    def getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return typed.pop(0)

    monkeypatch.setattr("getpass.getpass", getpass)
    monkeypatch.setattr("sys.stdin", _Terminal())

    typed[:] = ["Sahel 2026", "Sahel 2062"]
    assert main(["--db", str(db_path), "encrypt"]) != 0
    assert "The two passphrases differ: nothing changed." in capsys.readouterr().err
    typed[:] = ["", ""]
    assert main(["--db", str(db_path), "encrypt"]) != 0
    assert "The new passphrase is empty." in capsys.readouterr().err
    assert has_plain_header(db_path) and typed == []

    typed[:] = ["Sahel 2026", "Sahel 2026"]
    assert main(["--db", str(db_path), "encrypt"]) == 0
    assert not has_plain_header(db_path)
    assert prompts[-2:] == ["New passphrase: ", "Same passphrase again: "]
    capsys.readouterr()
    typed[:] = ["Sahel 2026"]
    assert main(["--db", str(db_path), "check"]) == 0
    assert prompts[-1] == "Passphrase: " and typed == []
