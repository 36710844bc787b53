"""What an import would do, or did, a line each: the command line prints these, and the wizard
says the same with its own words. Role names come in the language asked for."""

from __future__ import annotations

from collections import Counter

from desktop_app.messages import QT_TRANSLATE_NOOP, UserMessage
from desktop_app.reports.labels import role_name
from desktop_app.signin import problems
from desktop_app.signin.apply import ImportResult
from desktop_app.signin.preview import DUPLICATE, INVALID, MATCHED, NEW, SheetPreview
from desktop_app.signin.rows import ABSENT, UNSIGNED
from desktop_app.signin.signatures import EMPTY, PRINTED, USED
from desktop_app.signin.tally import Choices, Tally, tally


def roles_text(counts: Tally, language: str) -> str:
    """ "participant 18, facilitator 2, expert 1"."""
    return ", ".join(
        f"{role_name(code, language)} {count}" for code, count in counts.persons_by_role
    )


def _roles_line(counts: Tally, language: str) -> UserMessage:
    return problems.message(
        QT_TRANSLATE_NOOP("SheetImport", "Persons by role: {roles} (team: {team})."),
        roles=roles_text(counts, language) or "-",
        team=counts.team,
    )


def signature_lines(preview: SheetPreview, choices: Choices | None = None) -> list[UserMessage]:
    """How each sheet's signatures were read, when that changes what counts."""
    choices = choices or Choices()
    valid = [r.row for r in preview.rows if r.outcome != INVALID]
    unsigned = Counter(row.sheet for row in valid if row.attendance == UNSIGNED)
    absent = Counter(row.sheet for row in valid if row.attendance == ABSENT)
    lines: list[UserMessage] = []
    for sheet, read_as in preview.signatures:
        if read_as == USED and unsigned[sheet]:
            text = (
                QT_TRANSLATE_NOOP(
                    "SheetImport",
                    "Sheet {sheet}: {count} rows without signature, counted present.",
                    None,
                    1,
                )
                if choices.unsigned_present
                else QT_TRANSLATE_NOOP(
                    "SheetImport",
                    "Sheet {sheet}: {count} rows without signature, counted absent.",
                    None,
                    1,
                )
            )
            lines.append(_counted(text, unsigned[sheet], sheet=sheet))
        elif read_as == EMPTY:
            lines.append(
                problems.message(
                    QT_TRANSLATE_NOOP(
                        "SheetImport",
                        "Sheet {sheet}: the signature column is empty on every row (a list "
                        "typed from paper): every row counted present.",
                    ),
                    sheet=sheet,
                )
            )
        elif read_as == PRINTED:
            text = QT_TRANSLATE_NOOP(
                "SheetImport",
                "Sheet {sheet} is a sheet Registre printed: {count} pre-filled rows not signed "
                "(absent); rows added by hand count.",
                None,
                1,
            )
            lines.append(_counted(text, absent[sheet], sheet=sheet))
    return lines


def _counted(text: str, count: int, **values: object) -> UserMessage:
    return UserMessage(problems.CONTEXT, text, {"count": count, **values}, n=count)


def summary(
    preview: SheetPreview, choices: Choices | None = None, language: str = "en"
) -> list[UserMessage]:
    """What the import would do, a line each (the command line prints these)."""
    choices = choices or Choices()
    counts = tally(preview, choices)
    lines = [
        problems.message(
            QT_TRANSLATE_NOOP(
                "SheetImport",
                "Rows read: {rows}; rows that are not persons, skipped: {skipped} (total "
                "rows: {totals}).",
            ),
            rows=len(preview.rows) + len(preview.skipped),
            skipped=len(preview.skipped),
            totals=preview.total_rows_skipped,
        ),
        problems.message(
            QT_TRANSLATE_NOOP(
                "SheetImport",
                "Persons new: {new}; already known: {matched}; possible duplicates to "
                "confirm: {duplicates}; invalid rows: {invalid}.",
            ),
            new=counts.recorded[NEW],
            matched=counts.recorded[MATCHED],
            duplicates=counts.recorded[DUPLICATE],
            invalid=counts.recorded[INVALID],
        ),
        problems.message(
            QT_TRANSLATE_NOOP("SheetImport", "Presences: {presences}; days: {days}."),
            presences=counts.presences,
            days=", ".join(day.isoformat() for day in preview.days) or "-",
        ),
        _roles_line(counts, language),
    ]
    if counts.unknown_roles:
        lines.append(
            problems.message(
                QT_TRANSLATE_NOOP("SheetImport", "Roles to choose: {values}."),
                values=", ".join(
                    f'"{value.text}" ({value.rows})' for value in counts.unknown_roles
                ),
            )
        )
    lines += signature_lines(preview, choices)
    for skipped in preview.skipped:
        lines.append(
            problems.message(
                QT_TRANSLATE_NOOP(
                    "SheetImport", "Not a person: sheet {sheet}, row {row}: {reason}: {text}"
                ),
                sheet=skipped.sheet,
                row=skipped.row,
                reason=skipped.message,
                text=skipped.text,
            )
        )
    for row_preview in preview.rows:
        for reason in row_preview.row.reasons:
            lines.append(
                problems.message(
                    QT_TRANSLATE_NOOP("SheetImport", "Invalid: sheet {sheet}, row {row}: {reason}"),
                    sheet=row_preview.row.sheet,
                    row=row_preview.row.row,
                    reason=reason,
                )
            )
    return lines


def result_summary(result: ImportResult, language: str = "en") -> list[UserMessage]:
    lines = [
        problems.message(
            QT_TRANSLATE_NOOP(
                "SheetImport",
                "Imported. Persons created: {created}; existing persons: {matched}; "
                "organisations created: {organisations}; attendances added: {added}; marked "
                "signed: {signed}; invalid rows skipped: {skipped}.",
            ),
            created=result.persons_created,
            matched=result.persons_matched,
            organisations=result.organisations_created,
            added=result.attendances_added,
            signed=result.attendances_signed,
            skipped=result.invalid_rows_skipped,
        )
    ]
    counts = result.tally
    if counts is None:
        return lines
    lines.append(_roles_line(counts, language))
    lines.append(
        problems.message(
            QT_TRANSLATE_NOOP(
                "SheetImport",
                "Rows that are not persons, skipped: {skipped}; rows without signature: "
                "{unsigned} ({counted}); pre-filled rows not signed: {absent}.",
            ),
            skipped=counts.skipped,
            unsigned=counts.unsigned_rows,
            counted=problems.message(
                QT_TRANSLATE_NOOP("SheetImport", "counted present")
                if result.unsigned_counted
                else QT_TRANSLATE_NOOP("SheetImport", "counted absent")
            ),
            absent=counts.absent_rows,
        )
    )
    return lines
