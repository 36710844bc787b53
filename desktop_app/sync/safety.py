"""Checks made on an HQ workbook file before any parser opens it.

Refused with a message a user understands: a file that is not a zip archive at all; a
password-protected workbook (Excel then writes an OLE compound file, signature D0 CF 11 E0);
then what workbooks/archive_guard.py checks for every import of a workbook: a damaged or
truncated archive, parts that would expand to absurd sizes (zip bomb: sizes and compression
ratios are read from the archive's directory, nothing is inflated), and XML parts declaring a
DTD (entity expansion and external entities, which python-calamine would not expand, but no
honest workbook has one).
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.workbooks.archive_guard import (
    DECLARATIONS,
    TOO_LARGE,
    ArchiveLimits,
    ArchiveRefused,
    check_archive,
)

ZIP_SIGNATURE = b"PK\x03\x04"
CFB_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# One XML part of 1 GiB is far beyond 1,048,576 rows of ours.
LIMITS = ArchiveLimits(part_bytes=1 << 30, total_bytes=3 << 30)


def _refuse(text: str, path: Path, **params: object) -> RegistreError:
    return RegistreError(UserMessage("Sync", text, {"file": path.name, **params}))


def check_workbook_file(path: Path) -> None:
    """Raise RegistreError unless `path` looks like a safe .xlsx workbook."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise _refuse(QT_TRANSLATE_NOOP("Sync", "{file}: no such file."), path) from None
    except OSError as error:
        raise _refuse(
            QT_TRANSLATE_NOOP("Sync", "{file} cannot be read: {reason}."),
            path,
            reason=error.strerror or str(error),
        ) from None
    if head == CFB_SIGNATURE:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Sync",
                "{file} is encrypted (password-protected) or an old .xls workbook. "
                "Remove the password, or save it as .xlsx, and import it again.",
            ),
            path,
        )
    if head[:4] != ZIP_SIGNATURE:
        raise _refuse(
            QT_TRANSLATE_NOOP("Sync", "{file} is not an Excel workbook (.xlsx)."),
            path,
        )
    try:
        check_archive(path, LIMITS)
    except ArchiveRefused as refused:
        raise _refused(refused, path) from None


def _refused(refused: ArchiveRefused, path: Path) -> RegistreError:
    if refused.reason == TOO_LARGE:
        return _refuse(
            QT_TRANSLATE_NOOP(
                "Sync",
                "{file} would expand to an abnormal size ({part}): it was not opened.",
            ),
            path,
            part=refused.part,
        )
    if refused.reason == DECLARATIONS:
        return _refuse(
            QT_TRANSLATE_NOOP(
                "Sync",
                "{file} contains XML declarations that a workbook never has ({part}): "
                "it was not opened.",
            ),
            path,
            part=refused.part,
        )
    return _refuse(
        QT_TRANSLATE_NOOP(
            "Sync",
            "{file} is damaged or incomplete (was it fully copied?). Ask for it again.",
        ),
        path,
    )
