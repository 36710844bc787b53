"""The backup before an import: one integrity check of the copy, read as it lies on disk, and a
copy that fails it never takes a backup's name."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from desktop_app.backups import backups
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.store import Database, encryption

pytestmark = pytest.mark.sqlite_only  # file backups


def test_the_copy_is_integrity_checked_once(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    statements: list[str] = []
    real_connect = encryption.connect

    def traced(path: Path, passphrase: str | None, *, read_only: bool = False) -> Any:
        connection = real_connect(path, passphrase, read_only=read_only)
        connection.set_trace_callback(statements.append)
        return connection

    monkeypatch.setattr(encryption, "connect", traced)
    info = backups.backup_now(db, tmp_path / "backups", reason="before-import")
    checks = [s for s in statements if "integrity_check" in s.lower()]
    assert len(checks) == 1, statements
    assert info.verified and info.row_counts["site"] == 1
    with sqlite3.connect(info.path) as copy:  # what was checked is the copy as saved
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    copy.close()


def test_a_copy_that_fails_its_check_is_not_kept(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def damaged(path: Path, passphrase: str | None = None) -> dict[str, int]:
        text = QT_TRANSLATE_NOOP("Backups", "The file {path} is damaged ({reason}).")
        raise RegistreError(UserMessage("Backups", text, {"path": path, "reason": "page 7"}))

    monkeypatch.setattr(backups, "check_file", damaged)
    folder = tmp_path / "backups"
    with pytest.raises(RegistreError, match="failed its integrity check") as refused:
        backups.backup_now(db, folder, reason="before-import")
    assert str(folder) in str(refused.value)
    assert not list(folder.glob("*.db"))  # no backup under its name, no partial copy beside
    assert not list(folder.glob("*.json"))
