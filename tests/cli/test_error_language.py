"""Command-line errors speak the user's language."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app import exit_codes
from desktop_app.cli.main import main
from desktop_app.settings import load_settings, save_settings


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fr", "n'est pas une base Registre"), ("en", "is not a Registre database")],
)
def test_errors_follow_the_language_setting(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    language: str,
    expected: str,
) -> None:
    monkeypatch.setenv("REGISTRE_CONFIG_DIR", str(tmp_path / "config"))
    save_settings(load_settings().with_changes(language=language))
    foreign = tmp_path / "photo.db"
    foreign.write_bytes(os.urandom(4096))
    assert main(["--db", str(foreign), "check"]) == exit_codes.DATABASE
    error = capsys.readouterr().err
    assert expected in error and str(foreign) in error
