"""Every message the sign-in sheet import can give, translatable (context "SheetImport")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage

CONTEXT = "SheetImport"


class SheetError(RegistreError):
    """A sign-in sheet that cannot be imported as it is; nothing was changed."""


def _error(template: str, **params: object) -> SheetError:
    return SheetError(UserMessage(CONTEXT, template, dict(params)))


def message(template: str, **params: object) -> UserMessage:
    return UserMessage(CONTEXT, template, dict(params))


def missing_file(path: Path) -> SheetError:
    return _error(QT_TRANSLATE_NOOP("SheetImport", "The file {path} does not exist."), path=path)


def empty_file(path: Path) -> SheetError:
    return _error(
        QT_TRANSLATE_NOOP("SheetImport", "The file {path} is empty: it holds no sheet to import."),
        path=path,
    )


def not_a_spreadsheet(path: Path) -> SheetError:
    return _error(
        QT_TRANSLATE_NOOP(
            "SheetImport",
            "{path} is not a spreadsheet. Registre reads Excel (.xlsx, .xls), "
            "LibreOffice (.ods) and CSV (.csv) files.",
        ),
        path=path,
    )


def password_protected(path: Path) -> SheetError:
    return _error(
        QT_TRANSLATE_NOOP(
            "SheetImport",
            "{path} is protected by a password. Open it in Excel or LibreOffice, save a copy "
            "without a password, and import that copy.",
        ),
        path=path,
    )


def unreadable(path: Path, detail: str) -> SheetError:
    return _error(
        QT_TRANSLATE_NOOP(
            "SheetImport",
            "{path} cannot be read as a spreadsheet ({detail}). Open it in Excel or "
            "LibreOffice and save it again as .xlsx.",
        ),
        path=path,
        detail=detail,
    )


def no_such_sheet(name: str) -> SheetError:
    return _error(
        QT_TRANSLATE_NOOP("SheetImport", "The workbook has no sheet named {sheet}."), sheet=name
    )


def no_header_row(sheet: str) -> SheetError:
    return _error(
        QT_TRANSLATE_NOOP(
            "SheetImport",
            "No header row found in the sheet {sheet}: no row names at least two columns such "
            "as Nom, Prénom, Sexe, Structure, Téléphone. Choose the header row yourself.",
        ),
        sheet=sheet,
    )


def header_row_outside(sheet: str, row: int) -> SheetError:
    return _error(
        QT_TRANSLATE_NOOP("SheetImport", "The sheet {sheet} has no row {row}."),
        sheet=sheet,
        row=row,
    )


def mapped_twice(field: str, first: str, second: str) -> SheetError:
    return _error(
        QT_TRANSLATE_NOOP(
            "SheetImport",
            'The columns "{first}" and "{second}" are both mapped to {field}: map one of '
            "them to another field or ignore it.",
        ),
        field=field,
        first=first,
        second=second,
    )


def no_name_column(sheet: str) -> SheetError:
    return _error(
        QT_TRANSLATE_NOOP(
            "SheetImport",
            "No column of the sheet {sheet} is mapped to a name (family name or full name).",
        ),
        sheet=sheet,
    )


def bad_map(text: str) -> SheetError:
    return _error(
        QT_TRANSLATE_NOOP(
            "SheetImport",
            '"{text}" is not a column mapping: write "Header=field", for example "Tél=phone".',
        ),
        text=text,
    )


def unknown_field(name: str, known: str) -> SheetError:
    return _error(
        QT_TRANSLATE_NOOP("SheetImport", 'Unknown field "{name}". Fields: {known}.'),
        name=name,
        known=known,
    )


def unknown_column(header: str, sheet: str) -> SheetError:
    return _error(
        QT_TRANSLATE_NOOP("SheetImport", 'The sheet {sheet} has no column "{header}".'),
        header=header,
        sheet=sheet,
    )


def day_needed(sheet: str, start: dt.date, end: dt.date) -> SheetError:
    return _error(
        QT_TRANSLATE_NOOP(
            "SheetImport",
            "The activity lasts from {start} to {end}: say which day the sheet {sheet} is for.",
        ),
        sheet=sheet,
        start=start.isoformat(),
        end=end.isoformat(),
    )


def day_outside(what: str, day: dt.date, start: dt.date, end: dt.date) -> SheetError:
    return _error(
        QT_TRANSLATE_NOOP(
            "SheetImport",
            "{what} stands for {day}, outside the activity ({start} to {end}).",
        ),
        what=what,
        day=day.isoformat(),
        start=start.isoformat(),
        end=end.isoformat(),
    )


def day_column_unknown(header: str) -> SheetError:
    return _error(
        QT_TRANSLATE_NOOP(
            "SheetImport",
            'The column "{header}" is mapped to a day, but its header is neither a date nor a '
            "day number such as J1 or Jour 2.",
        ),
        header=header,
    )


def nothing_to_import() -> SheetError:
    return _error(QT_TRANSLATE_NOOP("SheetImport", "The sheet holds no row to import."))


def invalid_rows(count: int) -> SheetError:
    text = QT_TRANSLATE_NOOP(
        "SheetImport",
        "{count} rows are invalid: correct the sheet, or choose to skip invalid rows. "
        "Nothing was imported.",
        None,
        1,
    )
    return SheetError(UserMessage(CONTEXT, text, {"count": count}, n=count))


def cancelled() -> SheetError:
    return _error(QT_TRANSLATE_NOOP("SheetImport", "Cancelled: nothing was imported."))


def date_and_day_columns(header: str) -> SheetError:
    return _error(
        QT_TRANSLATE_NOOP(
            "SheetImport",
            'The column "{header}" gives each row its date, and other columns are days: keep '
            "one or the other (map the date column to (ignore), or the day columns).",
        ),
        header=header,
    )


def roles_to_choose(values: list[str]) -> SheetError:
    text = QT_TRANSLATE_NOOP(
        "SheetImport",
        "Say which role these values stand for: {values} (participant, a team role such as "
        "facilitator or expert, or observer). Nothing was imported.",
        None,
        1,
    )
    shown = ", ".join(f'"{value}"' for value in values)
    return SheetError(UserMessage(CONTEXT, text, {"values": shown}, n=len(values)))
