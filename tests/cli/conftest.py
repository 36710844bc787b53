"""Command-line tests: the real entry point, settings kept away from the user's own."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.settings import CONFIG_DIR_ENV


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


Run = Callable[..., Result]


@pytest.fixture(autouse=True)
def _own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "config"))


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    """`run(db_path, "activity", "list")` -> exit code, stdout and stderr."""

    def invoke(database: Path, *arguments: str) -> Result:
        code = main(["--db", str(database), *arguments])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return invoke
