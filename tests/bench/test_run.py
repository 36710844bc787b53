"""The bench runner prints its tables on a small generated database."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.run import main


def test_runner_prints_core_and_dedup_figures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    small = ["--persons", "400", "--activities", "8", "--attendance", "600", "--duplicates", "40"]
    code = main([*small, "--out-dir", str(tmp_path), "--only", "core", "dedup"])
    out = capsys.readouterr().out
    assert code == 0
    assert str(tmp_path) in out
    for label in (
        "generation: 400 persons (+40 duplicates)",
        "registry search as you type",
        "period report, whole database",
        "duplicate candidates, whole registry",
        "precision",
        "recall, typo",
        "300-row sheet matched",
    ):
        assert label in out
    assert "failed" not in out
