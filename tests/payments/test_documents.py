"""The payment list as PDF (read back with pypdf), workbook (read back with openpyxl) and an
operator's CSV."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from desktop_app.messages import RegistreError
from desktop_app.payments.approval import approve, current_list
from desktop_app.payments.documents import (
    parse_columns,
    write_operator_csv,
    write_pdf,
    write_xlsx,
)
from desktop_app.store import Database
from tests.payments.training import Training


def test_the_pdf_is_landscape_with_its_header_on_every_page_and_signature_blocks(
    db: Database, training: Training, tmp_path: Path
):
    approve(db, training.activity_id, approved_by="Mariama SOUMANA", prepared_by="Ousmane GARBA")
    shown = current_list(db, training.activity_id)
    out = tmp_path / "etat.pdf"
    pages = write_pdf(shown.payment_list, shown.approval, out, "fr", organisation="DCAF Niger")
    reader = PdfReader(out)
    assert len(reader.pages) == pages >= 2
    # pypdf separates words by tabs and lines by newlines: read as spaces
    texts = [" ".join(page.extract_text().replace("\t", " ").split(" ")) for page in reader.pages]
    texts = [text.replace("\n", " ") for text in texts]
    for number, (page, text) in enumerate(zip(reader.pages, texts, strict=True), start=1):
        assert page.mediabox.width > page.mediabox.height  # landscape
        assert f"Page {number} sur {pages}" in text
        assert "Émargement" in text  # the header row, repeated
    whole = "\n".join(texts)
    assert "SALEY Aïcha" in whole and "+22790112233" in whole
    assert "1\u202f497\u202f500" in whole
    assert "un million quatre cent quatre-vingt-dix-sept mille cinq cents francs CFA" in whole
    assert "A signé la feuille de la salle B" in whole
    assert "Établi par" in texts[-1] and "Approuvé par" in texts[-1]
    assert "Ousmane GARBA" in texts[-1] and "Mariama SOUMANA" in texts[-1]


def test_the_workbook_holds_numbers_a_sum_agrees_with(
    db: Database, training: Training, tmp_path: Path
):
    shown = current_list(db, training.activity_id)
    out = tmp_path / "etat.xlsx"
    write_xlsx(shown.payment_list, None, out, "en")
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    rows = [row for row in sheet.iter_rows(values_only=True)]
    header_at = next(i for i, row in enumerate(rows) if row[0] == "No.")
    headers = rows[header_at]
    total_at = headers.index("Total")
    lines = rows[header_at + 1 : header_at + 29]
    assert len(lines) == 28 and all(isinstance(row[0], int) for row in lines)
    assert sum(row[total_at] for row in lines) == 1_497_500
    assert rows[header_at + 29][total_at] == 1_497_500


def test_the_operator_csv_has_the_operators_columns(
    db: Database, training: Training, tmp_path: Path
):
    shown = current_list(db, training.activity_id)
    out = tmp_path / "orange.csv"
    columns = parse_columns("national_number:Numéro,amount:Montant,name:Bénéficiaire,reference")
    written = write_operator_csv(
        shown.payment_list, out, channel="orange_money", columns=columns, reference="FORM-24"
    )
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Numéro", "Montant", "Bénéficiaire", "reference"]
    assert written == len(rows) - 1 == 26  # 28 less the Moov Money and the cash payees
    assert ["90112233", "42500", "DIALLO Aïcha", "FORM-24"] in rows
    with pytest.raises(RegistreError):
        parse_columns("msisdn,amount")
