"""Checks made on a workbook file before any parser opens it.

An .xlsx file is a zip archive of XML parts. We refuse, with a message a user understands:
a file that is not a zip archive at all; a password-protected workbook (Excel then writes an
OLE compound file, signature D0 CF 11 E0); a damaged or truncated archive; an archive whose
parts would expand to absurd sizes (zip bomb: sizes and compression ratios are read from the
archive's directory, nothing is inflated); and XML parts declaring a DTD (entity expansion and
external entities, which python-calamine would not expand, but no honest workbook has one).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage

ZIP_SIGNATURE = b"PK\x03\x04"
CFB_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_PART_BYTES = 1 << 30  # one XML part of 1 GiB is far beyond 1,048,576 rows of ours
MAX_TOTAL_BYTES = 3 << 30
MAX_RATIO = 200  # XML of real workbooks compresses 5 to 30 times
RATIO_FLOOR = 1 << 20  # small parts may compress very well (empty sheets)
PROLOG_BYTES = 4096


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
        with zipfile.ZipFile(path) as archive:
            _check_sizes(archive, path)
            _check_prologs(archive, path)
    except zipfile.BadZipFile:
        raise _damaged(path) from None
    except (EOFError, OSError, zipfile.LargeZipFile, NotImplementedError):
        raise _damaged(path) from None


def _damaged(path: Path) -> RegistreError:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "Sync",
            "{file} is damaged or incomplete (was it fully copied?). Ask for it again.",
        ),
        path,
    )


def _check_sizes(archive: zipfile.ZipFile, path: Path) -> None:
    total = 0
    for info in archive.infolist():
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if (
            info.file_size > MAX_PART_BYTES
            or total > MAX_TOTAL_BYTES
            or (info.file_size > RATIO_FLOOR and ratio > MAX_RATIO)
        ):
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "{file} would expand to an abnormal size ({part}): it was not opened.",
                ),
                path,
                part=info.filename,
            )


def _check_prologs(archive: zipfile.ZipFile, path: Path) -> None:
    for info in archive.infolist():
        if not info.filename.endswith((".xml", ".rels")):
            continue
        with archive.open(info) as part:
            prolog = part.read(PROLOG_BYTES)
        if b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "{file} contains XML declarations that a workbook never has ({part}): "
                    "it was not opened.",
                ),
                path,
                part=info.filename,
            )
