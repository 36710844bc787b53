"""The payment list printed (PDF, landscape, header row repeated, page x of y, the preparer's
and the approver's signature blocks), as a workbook for finance, and as a CSV for an
operator's bulk payment upload.

The printed list shows only what is needed to pay: name, role, days, amounts, channel and
number, and a column to sign on receipt; no organisation, category or other personal detail.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.payments.approval import Approval
from desktop_app.payments.computation import PaymentLine, PaymentList
from desktop_app.payments.labels import amount, channel_label, label
from desktop_app.reports import labels as report_labels
from desktop_app.reports.document import Block, Document, Heading, KeyValues, Paragraph, Table
from desktop_app.reports.pdf_render import render_pdf
from desktop_app.reports.xlsx_book import close_workbook
from desktop_app.workbooks.cells import CellWriter, new_workbook

# The operator upload's columns: what each can hold. An operator's template names the ones it
# wants, in its order, under its own headers (`csv_columns`).
CSV_FIELDS = ("number", "national_number", "name", "amount", "currency", "reference")
DEFAULT_CSV = (("number", "MSISDN"), ("name", "Name"), ("amount", "Amount"))


def _role(code: str, language: str) -> str:
    return report_labels.role_label(code, language)


def _headers(payment_list: PaymentList, language: str) -> tuple[str, ...]:
    adjusted = any(line.adjustment for line in payment_list.lines)
    return (
        label("number", language),
        label("name", language),
        label("role", language),
        label("days", language),
        label("per_diem", language),
        label("transport", language),
        *payment_list.lump_labels,
        *((label("adjustment", language),) if adjusted else ()),
        label("total", language),
        label("channel", language),
        label("phone", language),
        label("receipt", language),
    )


def _line_cells(line: PaymentLine, adjusted: bool, language: str) -> tuple[str, ...]:
    return (
        line.name,
        _role(line.role, language),
        str(len(line.days)),
        amount(line.per_diem, language),
        amount(line.transport, language),
        *(amount(value, language) for value in line.lump_sums),
        *((amount(line.adjustment, language),) if adjusted else ()),
        amount(line.total, language),
        channel_label(line.channel, language),
        line.number or "",
        "",
    )


def table_rows(payment_list: PaymentList, language: str) -> tuple[tuple[str, ...], ...]:
    """The list's rows as printed, then the totals row."""
    adjusted = any(line.adjustment for line in payment_list.lines)
    rows = [
        (str(number), *_line_cells(line, adjusted, language))
        for number, line in enumerate(payment_list.lines, start=1)
    ]
    totals = payment_list.totals
    rows.append(
        (
            "",
            label("total", language),
            "",
            str(totals.days),
            amount(totals.per_diem, language),
            amount(totals.transport, language),
            *(amount(value, language) for value in totals.lump_sums),
            *((amount(totals.adjustment, language),) if adjusted else ()),
            amount(totals.total, language),
            "",
            "",
            "",
        )
    )
    return tuple(rows)


def _details(
    payment_list: PaymentList, approval: Approval | None, language: str
) -> tuple[tuple[str, str], ...]:
    pairs = [
        (report_labels.label("activity", language), payment_list.title),
        (
            report_labels.label("dates", language),
            report_labels.format_range(payment_list.start_date, payment_list.end_date, language),
        ),
        (report_labels.label("place", language), payment_list.city),
    ]
    if payment_list.project_code:
        pairs.append((label("project", language), payment_list.project_code))
    if approval is not None and approval.budget_line:
        pairs.append((label("budget_line", language), approval.budget_line))
    pairs.append((label("currency", language), payment_list.rules.currency))
    if approval is None:
        status = label("draft", language)
    else:
        date = report_labels.format_date(approval.approved_on, language)
        status = label("approved", language, name=approval.approved_by, date=date)
    pairs.append((label("status", language), status))
    return tuple(pairs)


def _notes(payment_list: PaymentList, language: str) -> list[Block]:
    blocks: list[Block] = []
    excepted = [
        f"{line.name}, {report_labels.format_date(day, language)} : {reason}"
        if report_labels.is_french(language)
        else f"{line.name}, {report_labels.format_date(day, language)}: {reason}"
        for line in payment_list.lines
        for day, reason in line.exceptions
    ]
    if excepted:
        blocks.append(Paragraph(label("exceptions", language), bold=True))
        blocks.extend(Paragraph(text) for text in excepted)
    adjusted = [
        f"{line.name}, {amount(line.adjustment, language)} ({line.adjustment_reason or ''})"
        for line in payment_list.lines
        if line.adjustment
    ]
    if adjusted:
        blocks.append(Paragraph(label("adjustments", language), bold=True))
        blocks.extend(Paragraph(text) for text in adjusted)
    return blocks


def _signature_cell(key: str, name: str, language: str) -> str:
    colon = "\u202f:" if report_labels.is_french(language) else ":"
    return f"{label(key, language)}{colon} {name}\n{label('sign_date', language)}{colon}"


def payment_document(
    payment_list: PaymentList,
    approval: Approval | None,
    language: str,
    *,
    organisation: str = "",
    logo: Path | None = None,
) -> Document:
    headers = _headers(payment_list, language)
    money_columns = len(headers) - 7  # per diem, transport, lump sums, adjustment, total
    widths = (3, 22, 9, 5, *([9] * money_columns), 12, 12, 15)
    money = frozenset(range(4, 4 + money_columns))
    total = payment_list.totals.total
    figures = f"{amount(total, language)} {payment_list.rules.currency}"
    title = label("payment_list", language)
    blocks: list[Block] = [
        Heading(f"{title} — {payment_list.title}"),
        KeyValues(_details(payment_list, approval, language)),
        Table(
            headers=headers,
            rows=table_rows(payment_list, language),
            widths=widths,
            numeric=frozenset({0, 3}) | money,
            min_row_height_mm=9.0,
            bold_last_row=True,
            font_size=8.0,
        ),
        Paragraph(
            label("in_words", language, words=payment_list.in_words(language), figures=figures),
            bold=True,
        ),
        *_notes(payment_list, language),
        Table(
            headers=(),
            rows=(
                (
                    _signature_cell(
                        "prepared_by", approval.prepared_by if approval else "", language
                    ),
                    _signature_cell(
                        "approved_by", approval.approved_by if approval else "", language
                    ),
                ),
            ),
            min_row_height_mm=30.0,
        ),
    ]
    running = (
        f"{title} — {payment_list.title} — "
        f"{report_labels.format_range(payment_list.start_date, payment_list.end_date, language)}"
    )
    return Document(
        title=f"{title} — {payment_list.title}",
        blocks=tuple(blocks),
        organisation=organisation,
        logo=logo,
        running_title=running,
        page_label=report_labels.label("page", language),
        landscape=True,
    )


def write_pdf(
    payment_list: PaymentList,
    approval: Approval | None,
    path: Path,
    language: str,
    *,
    organisation: str = "",
    logo: Path | None = None,
) -> int:
    """Returns the number of pages."""
    document = payment_document(
        payment_list, approval, language, organisation=organisation, logo=logo
    )
    return render_pdf(document, path)


def write_xlsx(
    payment_list: PaymentList, approval: Approval | None, path: Path, language: str
) -> None:
    """One sheet: the details, the header row (frozen, filtered), one row each, the totals as
    formulas-free numbers (a finance officer's SUM would agree with them)."""
    workbook = new_workbook(path)
    cells = CellWriter(workbook)
    bold = cells.format({"bold": True})
    header_format = cells.format({"bold": True, "bg_color": "#E8EEF5", "border": 1})
    money = cells.format({"border": 1, "num_format": "#,##0"})
    money_bold = cells.format({"border": 1, "num_format": "#,##0", "bold": True})
    cell = cells.format({"border": 1})
    worksheet = workbook.add_worksheet(label("payment_list", language)[:31])
    details = _details(payment_list, approval, language)
    for row, (name, value) in enumerate(details):
        cells.text(worksheet, row, 0, name, bold)
        cells.text(worksheet, row, 1, value)
    top = len(details) + 1
    headers = _headers(payment_list, language)
    for column, header in enumerate(headers):
        cells.text(worksheet, top, column, header, header_format)
    adjusted = any(line.adjustment for line in payment_list.lines)
    for offset, line in enumerate(payment_list.lines, start=1):
        row = top + offset
        numbers: Sequence[int] = (
            line.per_diem,
            line.transport,
            *line.lump_sums,
            *((line.adjustment,) if adjusted else ()),
            line.total,
        )
        worksheet.write_number(row, 0, offset, cell)
        cells.text(worksheet, row, 1, line.name, cell)
        cells.text(worksheet, row, 2, _role(line.role, language), cell)
        worksheet.write_number(row, 3, len(line.days), cell)
        for column, figure in enumerate(numbers, start=4):
            worksheet.write_number(row, column, figure, money)
        after = 4 + len(numbers)
        cells.text(worksheet, row, after, channel_label(line.channel, language), cell)
        cells.text(worksheet, row, after + 1, line.number or "", cell)
        cells.text(worksheet, row, after + 2, "", cell)
    totals = payment_list.totals
    last = top + len(payment_list.lines) + 1
    cells.text(worksheet, last, 1, label("total", language), bold)
    worksheet.write_number(last, 3, totals.days, money_bold)
    sums = (
        totals.per_diem,
        totals.transport,
        *totals.lump_sums,
        *((totals.adjustment,) if adjusted else ()),
        totals.total,
    )
    for column, figure in enumerate(sums, start=4):
        worksheet.write_number(last, column, figure, money_bold)
    figures = f"{amount(totals.total, language)} {payment_list.rules.currency}"
    words = label("in_words", language, words=payment_list.in_words(language), figures=figures)
    cells.text(worksheet, last + 2, 0, words, bold)
    worksheet.set_column(0, 0, 5)
    worksheet.set_column(1, 1, 30)
    worksheet.set_column(2, len(headers) - 1, 13)
    worksheet.autofilter(top, 0, top + len(payment_list.lines), len(headers) - 1)
    worksheet.freeze_panes(top + 1, 0)
    worksheet.set_landscape()
    worksheet.set_paper(9)
    worksheet.repeat_rows(top)
    worksheet.fit_to_pages(1, 0)
    close_workbook(workbook, path)


def _csv_value(field: str, line: PaymentLine, currency: str, reference: str) -> str:
    number = line.number or ""
    if field == "number":
        return number.lstrip("+")
    if field == "national_number":
        return number[4:] if number.startswith(("+227", "+223")) else number.lstrip("+")
    if field == "name":
        return line.name
    if field == "amount":
        return str(line.total)
    if field == "currency":
        return currency
    return reference


def write_operator_csv(
    payment_list: PaymentList,
    path: Path,
    *,
    channel: str,
    columns: Sequence[tuple[str, str]] = DEFAULT_CSV,
    reference: str = "",
    delimiter: str = ",",
) -> int:
    """The lines paid through `channel`, one row each, in `columns` (field, header) order, for
    the operator's bulk payment upload. Returns the rows written."""
    lines = [line for line in payment_list.lines if line.channel == channel]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow([header for _, header in columns])
        for line in lines:
            writer.writerow(
                [
                    _csv_value(field, line, payment_list.rules.currency, reference)
                    for field, _ in columns
                ]
            )
    return len(lines)


def parse_columns(text: str) -> tuple[tuple[str, str], ...]:
    """An operator's columns as typed: "number:MSISDN,amount:Montant,name:Nom" (a field alone
    keeps its own name as header). RegistreError naming the unknown fields."""
    columns: list[tuple[str, str]] = []
    for part in text.split(","):
        if not part.strip():
            continue
        field, _, header = part.partition(":")
        columns.append((field.strip().lower(), header.strip() or field.strip()))
    unknown = [field for field, _ in columns if field not in CSV_FIELDS]
    if unknown or not columns:
        raise RegistreError(
            UserMessage(
                "Payments",
                QT_TRANSLATE_NOOP("Payments", "Unknown operator columns {unknown}: use {fields}."),
                {"unknown": ", ".join(unknown) or "—", "fields": ", ".join(CSV_FIELDS)},
            )
        )
    return tuple(columns)
