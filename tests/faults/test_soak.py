"""A small soak through the services (bench/bench_soak.py runs the full one): check-ins with
random undos, an export for HQ and re-imports every round; the counts stay exact."""

from __future__ import annotations

from pathlib import Path

from bench.bench_soak import soak


def test_counts_stay_exact_through_rounds_of_check_ins_exports_and_imports(
    tmp_path: Path,
) -> None:
    result = soak(tmp_path, check_ins=240, every=80, persons=40, seed=3)
    assert [entry.check_ins for entry in result.rounds] == [80, 160, 240]
    for entry in result.rounds:
        assert entry.live == entry.office_live == entry.hq_live
        assert entry.reimport_changes == 0  # its own workbook changes nothing
        assert entry.imported_new_or_updated > 0
    assert result.rounds[-1].live > 0 and result.exact
