"""Files that cannot be read or written, told in the user's language.

An `OSError` carries the C library's English text ("No such file or directory"); `problem(error,
path)` turns the usual ones into a `FileProblem` whose message is translatable: missing, not
allowed, a folder where a file was expected, the disk full, read-only. The command line gives
every `FileProblem` the exit code of a file problem (docs/command-line.md).
"""

from __future__ import annotations

import contextlib
import errno
import zipfile
from pathlib import Path

from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage

CONTEXT = "Files"

_BY_ERRNO = {
    errno.ENOENT: QT_TRANSLATE_NOOP("Files", "The file {path} does not exist."),
    errno.EACCES: QT_TRANSLATE_NOOP("Files", "Registre is not allowed to use {path}."),
    errno.EPERM: QT_TRANSLATE_NOOP("Files", "Registre is not allowed to use {path}."),
    errno.EISDIR: QT_TRANSLATE_NOOP("Files", "{path} is a folder, not a file."),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Files", "A part of {path} is a file, not a folder."),
    errno.ENOSPC: QT_TRANSLATE_NOOP(
        "Files", "The disk holding {path} is full. Free some space and try again."
    ),
    errno.EDQUOT: QT_TRANSLATE_NOOP(
        "Files", "The disk holding {path} is full. Free some space and try again."
    ),
    errno.EROFS: QT_TRANSLATE_NOOP("Files", "{path} is on a read-only disk."),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Files", "The name {path} is too long."),
}
OTHER = QT_TRANSLATE_NOOP("Files", "The file {path} cannot be used ({reason}).")
# When the error does not say which file (a write deep in a library).
NO_ROOM = QT_TRANSLATE_NOOP("Files", "The disk is full. Free some space and try again.")
UNNAMED = QT_TRANSLATE_NOOP("Files", "A file cannot be used ({reason}).")


class FileProblem(RegistreError):
    """A file to read or write: missing, not allowed, not writable, or the disk is full."""


def problem(error: OSError, path: Path | str | None = None) -> FileProblem:
    """The user's message for `error` about `path` (the error's own file name by default)."""
    where = path if path is not None else error.filename
    reason = error.strerror or type(error).__name__
    if where is None:
        text = NO_ROOM if error.errno in (errno.ENOSPC, errno.EDQUOT) else UNNAMED
        return FileProblem(UserMessage(CONTEXT, text, {"reason": reason}))
    text = _BY_ERRNO.get(error.errno or 0, OTHER)
    return FileProblem(UserMessage(CONTEXT, text, {"path": str(where), "reason": reason}))


def is_disk_full(error: BaseException | None) -> bool:
    """True for a write that failed for lack of space, also when a writer wrapped the OSError
    (xlsxwriter's FileCreateError) or SQLite said so ("database or disk is full")."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if "disk is full" in str(error).lower():
            return True
        nested = error.args[0] if error.args and isinstance(error.args[0], BaseException) else None
        error = nested or error.__cause__ or error.__context__
    return False


def disk_full(path: Path | str) -> FileProblem:
    return problem(OSError(errno.ENOSPC, "No space left on device"), path)


def abandon_archives(error: BaseException) -> None:
    """Close, quietly, the zip archives a failed workbook write left open (found in the frames
    of its traceback): Python would otherwise close them when it collects them, and print the
    same disk-full error again ("Exception ignored in ZipFile.__del__")."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frame = current.__traceback__
        while frame is not None:
            for value in list(frame.tb_frame.f_locals.values()):
                if isinstance(value, zipfile.ZipFile) and value.fp is not None:
                    handle, value.fp = value.fp, None  # close() does nothing without it
                    with contextlib.suppress(Exception):
                        handle.close()
            frame = frame.tb_next
        current = current.__cause__ or current.__context__
