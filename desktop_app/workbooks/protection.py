"""Password-protected workbooks: standard Office encryption (ECMA-376 agile, AES-256), which
Excel and LibreOffice open by asking for the password. Done with msoffcrypto-tool.

Two hooks around the workbook writers and readers, which stay unaware of encryption:
- `protect(written, destination, password)`: encrypt a finished .xlsx into `destination`
  (written in a private folder beside it and moved in place, so that no half file is ever at
  `destination`);
- `unprotected_copy(path, password)`: a context manager giving a decrypted copy to read, in the
  private folder of the user's own data folder (private_folder.clear_copies: owner-only, erased
  afterwards, and at the next start when the run was killed; never the system's temporary
  folder); a plain workbook is given back as it is.
`is_protected(path)` tells whether to ask for a password first.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop_app import file_problems, private_folder
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage

CONTEXT = "Workbook"
# Encrypted Office files are OLE compound documents, plain .xlsx files are zip archives.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class WorkbookPasswordError(RegistreError):
    """A protected workbook without its password, or with a wrong one."""


def _message(text: str, path: Path) -> UserMessage:
    return UserMessage(CONTEXT, text, {"path": str(path)})


def disk_full(path: Path) -> RegistreError:
    return file_problems.FileProblem(
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
    return file_problems.is_disk_full(error)


def failed_write(error: BaseException, path: Path) -> BaseException:
    """What to raise when writing the workbook `path` failed with `error`: the disk full and
    other file problems told clearly, the archives the writer left open closed quietly."""
    file_problems.abandon_archives(error)
    if is_disk_full(error):
        return disk_full(path)
    if isinstance(error, OSError):
        return file_problems.problem(error, path)
    return error


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
    """Encrypt the workbook `written` into `destination` with `password` (written in a private
    folder beside it, then moved in place)."""
    import msoffcrypto

    if not password:
        raise WorkbookPasswordError(
            _message(
                QT_TRANSLATE_NOOP("Workbook", "The password for {path} is empty."), destination
            )
        )
    try:
        with private_folder.workspace(destination) as run:
            partial = run / destination.name
            with partial.open("wb") as out, written.open("rb") as source:
                msoffcrypto.OfficeFile(source).encrypt(password, out)
                out.flush()
                os.fsync(out.fileno())
            os.replace(partial, destination)
    except OSError as error:
        raise failed_write(error, destination) from error
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
    copy with the same name in a private folder of the user's own (private_folder.clear_copies),
    overwritten and removed on leaving."""
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

    with private_folder.clear_copies() as folder:
        clear = folder / path.name
        try:
            with path.open("rb") as source, clear.open("wb") as out:
                office = msoffcrypto.OfficeFile(source)
                office.load_key(password=password)
                office.decrypt(out)
        except (InvalidKeyError, DecryptionError, FileFormatError) as error:
            raise _wrong_password(path) from error
        yield clear
