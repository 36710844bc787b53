"""Printable sign-in sheets (feuilles d'émargement) for one activity and one day, PDF or .xlsx.

Pre-filled rows are the persons already attached to the activity (any day, any role) and those
on its expected list, sorted by family name, then `blank_rows` empty rows for walk-ins. The
.xlsx sheet is laid out for the sheet import: a few event lines, one header row with exactly
the words of `labels.SIGNIN_HEADERS`, then one row per person, so that it comes back without
any column mapping. The .xlsx carries Registre's mark (signin/mark.py): on import, a pre-filled
row left unsigned is an absence, not a presence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import phonenumbers
import segno
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.reports import labels
from desktop_app.reports.cards import QrMatrix
from desktop_app.reports.document import Document, KeyValues, PagePlacement, Table
from desktop_app.reports.xlsx_book import close_workbook
from desktop_app.signin import sheet_code
from desktop_app.signin.mark import MARK_NAME, PrintedMark, encode
from desktop_app.store import Database
from desktop_app.store.models import (
    Activity,
    Attendance,
    ExpectedPerson,
    Organisation,
    Person,
    Site,
)
from desktop_app.workbooks.cells import CellWriter, new_workbook

CONTEXT = "Reports"
MAX_BLANK_ROWS = 500
# Relative widths of N°, Nom, Prénom(s), Sexe, Structure, Fonction, Téléphone, E-mail, Signature.
PDF_WIDTHS = (3.0, 11.0, 12.0, 4.0, 15.0, 12.0, 11.0, 14.0, 13.0)
XLSX_WIDTHS = (5, 20, 22, 6, 28, 22, 18, 28, 22)
SIGNATURE_ROW_MM = 9.0
# The page's QR code (docs/photos.md): sheets printed before 2026-12 used level M and a quiet
# zone of four modules; they read the same.
QR_ERROR = "l"
QR_QUIET_MODULES = 2


@dataclass(frozen=True)
class SheetPerson:
    family_name: str
    given_names: str
    sex: str | None
    organisation: str
    position: str
    phone: str
    email: str
    person_id: int = 0


@dataclass(frozen=True)
class SigninSheet:
    activity_id: int
    title: str
    kind: str
    day: dt.date
    start_date: dt.date
    end_date: dt.date
    place: str
    organisers: str
    persons: tuple[SheetPerson, ...]
    blank_rows: int
    activity_uuid: str = ""  # for the mark of the .xlsx sheet
    # The badge token of each person, in order: the PDF then carries what a photo of it needs
    # to be read back (corner markers, a QR code per page; docs/photos.md).
    tokens: tuple[str, ...] | None = None


def _error(text: str, **params: object) -> RegistreError:
    return RegistreError(UserMessage(CONTEXT, text, dict(params)))


def display_phone(e164: str | None) -> str:
    """+227 90 12 34 56 from +22790123456; anything unreadable is shown as stored."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _organisers(session: Session, activity: Activity) -> str:
    """The organising office by its name, then the partner institutions."""
    names: list[str] = []
    if activity.office:
        site_name = session.scalar(select(Site.name).where(Site.code == activity.office))
        names.append(site_name or activity.office)
    for partner in activity.partners:
        if not partner.deleted:
            acronym = f" ({partner.acronym})" if partner.acronym else ""
            names.append(partner.name + acronym)
    return ", ".join(names)


def _persons(session: Session, activity_id: int) -> tuple[SheetPerson, ...]:
    attached = (
        select(Attendance.person_id)
        .where(Attendance.activity_id == activity_id, Attendance.deleted.is_(False))
        .union(
            select(ExpectedPerson.person_id).where(  # the expected list (docs/door.md)
                ExpectedPerson.activity_id == activity_id, ExpectedPerson.deleted.is_(False)
            )
        )
    )
    rows = session.execute(
        select(
            Person.family_name,
            Person.given_names,
            Person.sex,
            Organisation.acronym,
            Organisation.name,
            Person.position,
            Person.phone,
            Person.email,
            Person.id,
        )
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(Person.id.in_(attached), Person.deleted.is_(False))
        .order_by(Person.family_name, Person.given_names, Person.id)
    )
    return tuple(
        SheetPerson(
            family_name=family,
            given_names=given or "",
            sex=sex,
            organisation=name or acronym or "",
            position=position or "",
            phone=display_phone(phone),
            email=email or "",
            person_id=person_id,
        )
        for family, given, sex, acronym, name, position, phone, email, person_id in rows
    )


def load_signin_sheet(
    database: Database, activity_id: int, day: dt.date, blank_rows: int = 10
) -> SigninSheet:
    """The sheet's content; RegistreError for an unknown activity or a day outside its dates."""
    if not 0 <= blank_rows <= MAX_BLANK_ROWS:
        raise _error(
            QT_TRANSLATE_NOOP("Reports", "The number of blank rows must be between 0 and {max}."),
            max=MAX_BLANK_ROWS,
        )
    with database.session() as session:
        activity = session.get(Activity, activity_id)
        if activity is None or activity.deleted:
            raise _error(
                QT_TRANSLATE_NOOP("Reports", "There is no activity with the number {id}."),
                id=activity_id,
            )
        if not activity.start_date <= day <= activity.end_date:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Reports", "{day} is not a day of this activity ({start} to {end})."
                ),
                day=day.isoformat(),
                start=activity.start_date.isoformat(),
                end=activity.end_date.isoformat(),
            )
        place = ", ".join(part for part in (activity.venue, activity.city) if part)
        return SigninSheet(
            activity_id=activity.id,
            activity_uuid=activity.uuid,
            title=activity.title,
            kind=activity.kind,
            day=day,
            start_date=activity.start_date,
            end_date=activity.end_date,
            place=place,
            organisers=_organisers(session, activity),
            persons=_persons(session, activity_id),
            blank_rows=blank_rows,
        )


def _rows(sheet: SigninSheet) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = [
        (
            str(number),
            person.family_name,
            person.given_names,
            labels.sex_label(person.sex),
            person.organisation,
            person.position,
            person.phone,
            person.email,
            "",
        )
        for number, person in enumerate(sheet.persons, start=1)
    ]
    first_blank = len(rows) + 1
    rows.extend((str(n),) + ("",) * 8 for n in range(first_blank, first_blank + sheet.blank_rows))
    return rows


def _event_lines(sheet: SigninSheet, language: str) -> tuple[tuple[str, str], ...]:
    day_text = labels.format_date(sheet.day, language)
    if sheet.start_date != sheet.end_date:
        day_number = (sheet.day - sheet.start_date).days + 1
        total_days = (sheet.end_date - sheet.start_date).days + 1
        day_text += f" ({labels.label('day', language)} {day_number}/{total_days})"
    return (
        (labels.label("activity", language), sheet.title),
        (labels.label("kind", language), labels.kind_label(sheet.kind, language)),
        (labels.label("date", language), day_text),
        (labels.label("place", language), sheet.place),
        (labels.label("organisers", language), sheet.organisers),
    )


def page_code(sheet: SigninSheet, placement: PagePlacement) -> str:
    """The text of a page's QR code (signin/sheet_code.py) from where its rows landed."""
    tokens = sheet.tokens or ()
    prefilled = [row for row in placement.rows if row.index < len(sheet.persons)]
    blanks = [row for row in placement.rows if row.index >= len(sheet.persons)]
    edges = placement.column_edges_mm
    code = sheet_code.SheetCode(
        activity=sheet_code.activity_key(sheet.activity_uuid),
        day=sheet.day,
        page=placement.page,
        pages=placement.pages,
        signature_left_mm=edges[-2],
        signature_right_mm=edges[-1],
        first_number=placement.rows[0].index + 1 if placement.rows else 0,
        rows=tuple(
            sheet_code.CodedRow(tokens[row.index], row.top_mm, row.height_mm) for row in prefilled
        ),
        blank_rows=len(blanks),
        blank_top_mm=blanks[0].top_mm if blanks else 0.0,
        blank_height_mm=blanks[0].height_mm if blanks else 0.0,
    )
    return sheet_code.encode(code)


def _segments(text: str) -> list[tuple[str, int]]:
    """The packed code as two segments: its prefix in QR's alphanumeric mode, its digits in
    the numeric mode (3.3 bits a digit where one alphanumeric segment would spend 5.5)."""
    prefix = sheet_code.PACKED_PREFIX
    if not text.startswith(prefix):
        return [(text, segno.consts.MODE_ALPHANUMERIC)]
    return [
        (prefix, segno.consts.MODE_ALPHANUMERIC),
        (text.removeprefix(prefix), segno.consts.MODE_NUMERIC),
    ]


def _page_qr(sheet: SigninSheet, placement: PagePlacement) -> QrMatrix:
    """The fewest, largest modules the page's text allows: the smallest QR version at error
    correction L, raised to the highest level that version holds, and a quiet zone of two
    modules (the paper around it is blank). Read from a phone photo, module size is what
    counts: at the far side of a tilted page a module is two pixels of the photo."""
    segments: Any = _segments(page_code(sheet, placement))  # segno takes a list of segments
    code = segno.make(segments, error=QR_ERROR, micro=False, boost_error=True)
    return QrMatrix(
        tuple(
            "".join("1" if module else "0" for module in row)
            for row in code.matrix_iter(scale=1, border=QR_QUIET_MODULES)
        )
    )


def signin_document(
    sheet: SigninSheet, language: str, organisation: str = "", logo: Path | None = None
) -> Document:
    heading = labels.label("signin_sheet", language)
    marked = sheet.tokens is not None and len(sheet.tokens) == len(sheet.persons)
    table = Table(
        headers=labels.SIGNIN_HEADERS["fr" if labels.is_french(language) else "en"],
        rows=tuple(_rows(sheet)),
        widths=PDF_WIDTHS,
        min_row_height_mm=SIGNATURE_ROW_MM,
        font_size=8.5,
        placed=marked,
    )
    running = f"{heading} — {sheet.title} — {labels.format_date(sheet.day, language)}"
    return Document(
        title=f"{heading} — {sheet.title}",
        blocks=(KeyValues(_event_lines(sheet, language)), table),
        organisation=organisation,
        logo=logo,
        running_title=running,
        page_label=labels.label("page", language),
        landscape=True,
        page_code=(lambda placement: _page_qr(sheet, placement)) if marked else None,
    )


def write_signin_pdf(
    sheet: SigninSheet,
    path: Path,
    language: str,
    organisation: str = "",
    logo: Path | None = None,
) -> int:
    """Landscape A4 PDF; returns the number of pages."""
    from desktop_app.reports.pdf_render import render_pdf  # Qt only when a PDF is asked for

    return render_pdf(signin_document(sheet, language, organisation, logo), path)


def write_signin_xlsx(sheet: SigninSheet, path: Path, language: str) -> None:
    """One sheet: event lines, a blank line, the header row (frozen, filtered), one row each."""
    headers = labels.SIGNIN_HEADERS["fr" if labels.is_french(language) else "en"]
    workbook = new_workbook(path)
    cells = CellWriter(workbook)
    bold = cells.format({"bold": True})
    header_format = cells.format(
        {"bold": True, "bg_color": "#E8EEF5", "border": 1, "text_wrap": True}
    )
    cell = cells.format({"border": 1})
    sheet_name = labels.label("signin_sheet", language)[:31]
    worksheet = workbook.add_worksheet(sheet_name)
    mark = PrintedMark(sheet.activity_uuid, sheet.day, sheet_name, len(sheet.persons))
    workbook.set_custom_property(MARK_NAME, encode(mark))
    lines = _event_lines(sheet, language)
    for row, (name, value) in enumerate(lines):
        cells.text(worksheet, row, 0, name, bold)
        cells.text(worksheet, row, 1, value)
    header_row = len(lines) + 1
    for column, header in enumerate(headers):
        cells.text(worksheet, header_row, column, header, header_format)
    for offset, values in enumerate(_rows(sheet), start=1):
        worksheet.write_number(header_row + offset, 0, int(values[0]), cell)
        for column, value in enumerate(values[1:], start=1):
            cells.text(worksheet, header_row + offset, column, value, cell)
    for column, width in enumerate(XLSX_WIDTHS):
        worksheet.set_column(column, column, width)
    last_row = header_row + len(sheet.persons) + sheet.blank_rows
    worksheet.autofilter(header_row, 0, last_row, len(headers) - 1)
    worksheet.freeze_panes(header_row + 1, 0)
    worksheet.set_landscape()
    worksheet.set_paper(9)  # A4
    worksheet.repeat_rows(header_row)
    worksheet.fit_to_pages(1, 0)
    close_workbook(workbook, path)
