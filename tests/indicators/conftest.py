"""The command line as users run it, with settings kept away from the user's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.settings import CONFIG_DIR_ENV
from tests.cli.conftest import Result, Run


@pytest.fixture(autouse=True)
def _own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "config"))


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    """`run(db_path, "progress", "--project", "X")` -> exit code, stdout and stderr."""

    def invoke(database: Path | str, *arguments: str) -> Result:
        code = main(["--db", str(database), *arguments])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return invoke
