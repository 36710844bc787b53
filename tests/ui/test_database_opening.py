"""The window's start asks the passphrase of an encrypted database and offers to restore the
latest verified backup of a damaged one."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desktop_app.backups.backups import backup_now
from desktop_app.settings import load_settings
from desktop_app.store import open_database
from desktop_app.store.models import Organisation, Site
from desktop_app.ui.shell.database_opening import open_or_explain
from tests.ui.typed_answers import typed_answers


def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text, *_a: texts.append(text))
    )
    return texts


def test_encrypted_database_asks_again_after_a_wrong_passphrase(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "secret.db"
    open_database(path, passphrase="fleuve niger").close()
    prompts = typed_answers(monkeypatch, ("fleuve sénégal", True), ("fleuve niger", True))
    database = open_or_explain(path)
    assert database is not None
    database.close()
    assert len(prompts) == 2
    assert "encrypted" in prompts[0] and "passphrase" in prompts[1].lower()
    assert prompts[1] != prompts[0]  # the second prompt says what went wrong


def test_cancelling_the_passphrase_opens_nothing(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "secret.db"
    open_database(path, passphrase="fleuve niger").close()
    before = path.read_bytes()
    typed_answers(monkeypatch, ("", False))
    assert open_or_explain(path) is None
    assert path.read_bytes() == before


def damage(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        page_count = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.close()
    with path.open("r+b") as handle:
        for page in range(2, page_count, 3):
            handle.seek(page * page_size)
            handle.write(b"\xde\xad\xbe\xef" * (page_size // 4))


def test_damaged_database_restores_the_latest_verified_backup_when_accepted(
    qapp: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = open_database(db_path)
    with database.session() as session:
        session.add(Organisation(name="CNDH"))
    backup_now(database, load_settings().backup_folder(db_path), reason="manual")
    database.close()
    damage(db_path)
    questions: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_rest: Any) -> Any:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    restored = open_or_explain(db_path)
    assert restored is not None
    with restored.session() as session:
        assert list(session.scalars(select(Organisation.name))) == ["CNDH"]
    restored.close()
    assert len(questions) == 1 and "damaged" in questions[0]


def test_damaged_database_without_backup_is_explained_and_left_alone(
    qapp: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    damage(db_path)
    before = db_path.read_bytes()
    errors = shown_errors(monkeypatch)
    assert open_or_explain(db_path) is None
    assert len(errors) == 1 and "No verified backup" in errors[0]
    assert db_path.read_bytes() == before


def test_damaged_encrypted_database_restores_its_encrypted_backup_with_the_passphrase(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "secret.db"
    database = open_database(path, passphrase="fleuve niger")
    with database.session() as session:
        session.add(Site(code="NE-NIA", name="Niamey", country="NE", is_local=True))
    database.refresh_site()
    with database.session() as session:
        session.add_all(Organisation(name=f"Organisation {i}" + "y" * 200) for i in range(400))
    backup_now(database, load_settings().backup_folder(path), reason="manual")
    database.close()
    with path.open("r+b") as handle:  # garble pages after the first: the key still opens it
        for offset in range(2 * 4096, path.stat().st_size, 3 * 4096):
            handle.seek(offset)
            handle.write(b"\xde\xad\xbe\xef" * 1024)
    typed_answers(monkeypatch, ("fleuve niger", True))
    questions: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_rest: Any) -> Any:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    restored = open_or_explain(path)
    assert restored is not None
    with restored.session() as session:
        assert len(list(session.scalars(select(Organisation.name)))) == 400
    restored.close()
    assert len(questions) == 1 and "damaged" in questions[0]
