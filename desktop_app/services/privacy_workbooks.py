"""Password-protected workbooks: standard Office encryption (ECMA-376 agile, AES-256), which
Excel and LibreOffice open by asking for the password. Done with msoffcrypto-tool.

Two hooks around the workbook writers and readers, which stay unaware of encryption:
- `protect(written, destination, password)`: encrypt a finished .xlsx into `destination`
  (written aside and moved in place, so that no half file is ever at `destination`);
- `unprotected_copy(path, password)`: a context manager giving a decrypted temporary copy to
  read, removed afterwards; a plain workbook is given back as it is.
`is_protected(path)` tells whether to ask for a password first.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage

CONTEXT = "Workbook"
# Encrypted Office files are OLE compound documents, plain .xlsx files are zip archives.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class WorkbookPasswordError(RegistreError):
    """A protected workbook without its password, or with a wrong one."""


def _message(text: str, path: Path) -> UserMessage:
    return UserMessage(CONTEXT, text, {"path": str(path)})


def disk_full(path: Path) -> RegistreError:
    return RegistreError(
        _message(
            QT_TRANSLATE_NOOP(
                "Workbook",
                "The disk is full: the workbook {path} was not written. "
                "Free some space and try again.",
            ),
            path,
        )
    )


def is_disk_full(error: BaseException) -> bool:
    """True for a write that failed for lack of space, also when a workbook writer wrapped it
    (xlsxwriter raises FileCreateError around the OSError)."""
    while error is not None:
        if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        nested = error.args[0] if error.args and isinstance(error.args[0], BaseException) else None
        error = nested or error.__cause__ or error.__context__  # type: ignore[assignment]
    return False


def release_workbook(book: Any) -> None:
    """Close and remove the temporary files an xlsxwriter workbook still holds after its
    `close()` failed (constant-memory mode keeps one per sheet), and mark it closed."""
    book.fileclosed = True
    for sheet in book.worksheets():
        for handle in (getattr(sheet, "row_data_fh", None), getattr(sheet, "fh", None)):
            if handle is not None and not handle.closed:
                handle.close()
        name = getattr(sheet, "row_data_filename", None)
        if name:
            Path(name).unlink(missing_ok=True)


def is_protected(path: Path) -> bool:
    """True for an Office-encrypted workbook (an old .xls is a compound file too, but clear)."""
    try:
        with Path(path).open("rb") as handle:
            if handle.read(len(OLE_MAGIC)) != OLE_MAGIC:
                return False
            import msoffcrypto

            handle.seek(0)
            return bool(msoffcrypto.OfficeFile(handle).is_encrypted())
    except Exception:  # unreadable or not an Office file: the reader will say what it is
        return False


def protect(written: Path, destination: Path, password: str) -> Path:
    """Encrypt the workbook `written` into `destination` with `password`."""
    import msoffcrypto

    if not password:
        raise WorkbookPasswordError(
            _message(
                QT_TRANSLATE_NOOP("Workbook", "The password for {path} is empty."), destination
            )
        )
    destination.parent.mkdir(parents=True, exist_ok=True)
    handle, partial_name = tempfile.mkstemp(
        prefix=f".{destination.stem}-", suffix=".xlsx.partial", dir=destination.parent
    )
    partial = Path(partial_name)
    try:
        with os.fdopen(handle, "wb") as out, written.open("rb") as source:
            msoffcrypto.OfficeFile(source).encrypt(password, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, destination)
    except BaseException as error:
        partial.unlink(missing_ok=True)
        if is_disk_full(error):
            raise disk_full(destination) from error
        raise
    return destination


def _wrong_password(path: Path) -> WorkbookPasswordError:
    return WorkbookPasswordError(
        _message(
            QT_TRANSLATE_NOOP(
                "Workbook",
                "The password does not open the workbook {path}. Check it and try again; "
                "nothing was imported.",
            ),
            path,
        )
    )


@contextlib.contextmanager
def unprotected_copy(path: Path, password: str | None) -> Iterator[Path]:
    """The workbook to read: `path` itself when it is not protected, otherwise a decrypted
    copy with the same name in a private temporary folder, removed on leaving."""
    path = Path(path)
    if not is_protected(path):
        yield path
        return
    if not password:
        raise WorkbookPasswordError(
            _message(
                QT_TRANSLATE_NOOP(
                    "Workbook", "The workbook {path} is protected by a password: give it."
                ),
                path,
            )
        )
    import msoffcrypto
    from msoffcrypto.exceptions import DecryptionError, FileFormatError, InvalidKeyError

    folder = Path(tempfile.mkdtemp(prefix="registre-workbook-"))
    try:
        clear = folder / path.name
        try:
            with path.open("rb") as source, clear.open("wb") as out:
                office = msoffcrypto.OfficeFile(source)
                office.load_key(password=password)
                office.decrypt(out)
        except (InvalidKeyError, DecryptionError) as error:
            raise _wrong_password(path) from error
        except FileFormatError as error:
            raise _wrong_password(path) from error
        yield clear
    finally:
        shutil.rmtree(folder, ignore_errors=True)
