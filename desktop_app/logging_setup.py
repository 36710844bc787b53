"""Logging that never writes personal data: the log file, stderr and anything else that listens.

Every log record is cleaned the moment it is made (a record factory, so that every handler, a
test's capture included, sees only the clean record):
- a `RegistreError` (or `UserMessage`) among the arguments or in a traceback is written as its
  untranslated template ("{name} attended {count} activities…"), never with its values;
- other exceptions keep their type and their message with quoted values, e-mail addresses and
  phone numbers masked (driver errors quote the offending value: `'GUIDIMEY'` becomes `'…'`);
- the same masking runs over the finished message.
SQL parameters never reach an error's text: engines are made with `hide_parameters=True`.

What the filter cannot see is a name written straight into a message (`log.info(f"{name}")`):
code logs ids, counts and uuids, never names (docs/security.md).
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

import platformdirs

from desktop_app.messages import RegistreError, UserMessage

LOG_FILE_NAME = "registre.log"
MASK = "…"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
EMAIL_PATTERN = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Eight digits or more, single spaces or dots between them, an optional leading +; not inside a
# word or a file name (backup names hold a time stamp), nor a date written with dashes.
PHONE_PATTERN = re.compile(r"(?<![\w/\\.-])\+?\d(?:[ .]?\d){7,}(?![\w-])")
_QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"")
_CLEAN_FLAG = "personal_data_removed"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def mask_text(text: str) -> str:
    """`text` with quoted values, e-mail addresses and phone numbers masked."""
    text = EMAIL_PATTERN.sub(MASK, text)
    text = _QUOTED.sub(lambda match: match.group(0)[0] + MASK + match.group(0)[0], text)
    return PHONE_PATTERN.sub(MASK, text)


def safe_exception_text(error: BaseException) -> str:
    """One line describing `error` without the values it may hold: for error reports too."""
    if isinstance(error, RegistreError):
        fields = getattr(error, "fields", None)  # a ValidationError: one message per field
        if isinstance(fields, dict) and all(isinstance(m, UserMessage) for m in fields.values()):
            details = "; ".join(f"{name}: {message.text}" for name, message in fields.items())
            return f"{type(error).__name__}: {details}"
        return f"{type(error).__name__}: {error.message.text}"
    return f"{type(error).__name__}: {mask_text(str(error))}"


def safe_argument(value: object) -> object:
    if isinstance(value, RegistreError):
        return safe_exception_text(value)
    if isinstance(value, UserMessage):
        return value.text
    if isinstance(value, BaseException):
        return safe_exception_text(value)
    if value is None or isinstance(value, bool | int | float):
        return value
    return mask_text(str(value))


def safe_traceback(exc_info: ExcInfo) -> str:
    """The traceback of `exc_info`, each exception of the chain told by `safe_exception_text`."""
    lines: list[str] = []
    seen: set[int] = set()
    error: BaseException | None = exc_info[1]
    chain: list[BaseException] = []
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        chain.append(error)
        error = error.__cause__ or (None if error.__suppress_context__ else error.__context__)
    for position, link in enumerate(reversed(chain)):
        if position:
            lines.append("\nThe above exception led to the following one:\n\n")
        lines.append("Traceback (most recent call last):\n")
        lines.extend(traceback.format_list(traceback.extract_tb(link.__traceback__)))
        lines.append(safe_exception_text(link) + "\n")
    return "".join(lines).rstrip("\n")


def clean_record(record: logging.LogRecord) -> logging.LogRecord:
    """Rewrite `record` in place so that no handler can write personal data from it."""
    if getattr(record, _CLEAN_FLAG, False):
        return record
    args = record.args
    if isinstance(args, dict):
        record.args = {key: safe_argument(value) for key, value in args.items()}
    elif isinstance(args, tuple):
        record.args = tuple(safe_argument(value) for value in args)
    try:
        message = record.getMessage()
    except (TypeError, ValueError):
        message = f"{record.msg!s} (badly formatted log message)"
    record.msg = mask_text(message)
    record.args = None
    if record.exc_info and record.exc_info[1] is not None:
        record.exc_text = safe_traceback(record.exc_info)
    setattr(record, _CLEAN_FLAG, True)
    return record


class PersonalDataFilter(logging.Filter):
    """The same cleaning as a handler filter (for records made before the factory was set)."""

    def filter(self, record: logging.LogRecord) -> bool:
        clean_record(record)
        return True


_base_factory = logging.getLogRecordFactory()


def _clean_factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
    return clean_record(_base_factory(*args, **kwargs))


def install_record_cleaning() -> None:
    """Clean every log record of the process at its creation (idempotent)."""
    if logging.getLogRecordFactory() is not _clean_factory:
        logging.setLogRecordFactory(_clean_factory)


def default_log_dir() -> Path:
    return Path(platformdirs.user_log_dir("Registre", appauthor=False))


def configure_logging(
    log_dir: Path | None = None, *, level: int = logging.INFO, to_stderr: bool = True
) -> Path:
    """Log to a rotating file in `log_dir` (warnings also to stderr); returns the file's path."""
    install_record_cleaning()
    folder = log_dir or default_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "registre_handler", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handlers: list[logging.Handler] = [file_handler]
    if to_stderr:
        stderr_handler = logging.StreamHandler(sys.stderr)
        stderr_handler.setLevel(logging.WARNING)
        handlers.append(stderr_handler)
    for handler in handlers:
        handler.setFormatter(logging.Formatter(_FORMAT))
        handler.addFilter(PersonalDataFilter())
        handler.registre_handler = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level)
    return path
