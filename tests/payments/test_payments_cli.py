"""`registre payments …` as a finance officer types it."""

from __future__ import annotations

import csv
from pathlib import Path

from pypdf import PdfReader

from desktop_app.store import open_database
from tests.cli.conftest import Result, Run
from tests.payments.training import Training, build_training


def _training(db_path: Path) -> Training:
    database = open_database(db_path)
    training = build_training(database)
    database.close()
    return training


def _payments(run: Run, db_path: Path, *arguments: str) -> Result:
    return run(db_path, "payments", *arguments)


def test_rules_list_check_approve_and_print(db_path: Path, run: Run, tmp_path: Path) -> None:
    training = _training(db_path)
    activity = str(training.activity_id)
    rules = _payments(run, db_path, "rules", "--activity", activity)
    assert rules.code == 0
    assert "participant: 10,000 a day, non-residents 25,000" in rules.out
    assert "kit: 5,000 once" in rules.out
    listed = _payments(run, db_path, "list", "--activity", activity)
    assert listed.code == 0
    assert "one million, four hundred and ninety-seven thousand, five hundred CFA francs" in (
        listed.out
    )
    assert "1,497,500" in listed.out and "draft: not approved" in listed.err
    checked = _payments(run, db_path, "check", "--activity", activity)
    assert "Paid without a signature: 1" in checked.out
    assert "One number for several persons: 2" in checked.out
    assert "Paid by two activities on the same day: 1" in checked.out
    assert "Missing or malformed numbers: 3" in checked.out
    assert "Atelier régional de Zinder (NE-ZIN)" in checked.out
    approved = _payments(
        run, db_path, "approve", "--activity", activity, "--by", "Mariama SOUMANA",
        "--budget-line", "3.1.2", "--date", "2022-12-09",
    )  # fmt: skip
    assert approved.code == 0
    assert "approved by Mariama SOUMANA on 9 Dec 2022: 1,497,500 XOF" in approved.out
    again = _payments(run, db_path, "approve", "--activity", activity, "--by", "Awa DIALLO")
    assert again.code == 1 and "already approved" in again.err
    pdf = tmp_path / "etat.pdf"
    printed = _payments(run, db_path, "list", "--activity", activity, "--out", str(pdf))
    assert printed.code == 0 and len(PdfReader(pdf).pages) >= 2
    upload = tmp_path / "orange.csv"
    written = _payments(
        run, db_path, "list", "--activity", activity, "--out", str(upload),
        "--columns", "number:MSISDN,amount:AMOUNT",
    )  # fmt: skip
    assert written.code == 0 and "26 payees of Orange Money" in written.out
    with upload.open(encoding="utf-8") as handle:
        assert next(csv.reader(handle)) == ["MSISDN", "AMOUNT"]
    consolidated = _payments(run, db_path, "consolidation")
    assert "SSG-NE-24" in consolidated.out and "1,497,500 XOF" in consolidated.out


def test_wrong_values_are_refused_with_the_option_named(db_path: Path, run: Run) -> None:
    training = _training(db_path)
    activity = str(training.activity_id)
    bad_rate = _payments(run, db_path, "rules", "--activity", activity, "--rate", "participant")
    assert bad_rate.code == 1 and "--rate" in bad_rate.err
    bad_number = _payments(
        run, db_path, "account", "--person", str(training.participants[0]),
        "--channel", "orange_money", "--number", "90 12",
    )  # fmt: skip
    assert bad_number.code == 1 and "--number" in bad_number.err
    no_reason = _payments(
        run, db_path, "exception", "--activity", activity,
        "--person", str(training.absent_day3), "--day", "2022-12-07",
    )  # fmt: skip
    assert no_reason.code == 1 and "--reason" in no_reason.err
    rules = _payments(run, db_path, "rules", "--activity", activity)
    assert "participant: 10,000 a day" in rules.out  # nothing changed
