"""Showing text that comes from below the GUI (UserMessage) in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app import file_problems
from desktop_app.logging_setup import LOG_FILE_NAME, default_log_dir
from desktop_app.messages import RegistreError, UserMessage
from desktop_app.records.validation import ValidationError
from desktop_app.ui.common.i18n import current_language


def translate_message(message: UserMessage) -> str:
    return message.render(QCoreApplication.translate)


def error_text(error: BaseException) -> str:
    """The translated message of a RegistreError (each field's message for a validation
    error, without the field names); a file that cannot be used told as such; anything else
    is a bug, told in the user's language without its details (they go to the log)."""
    if isinstance(error, ValidationError):
        return "\n".join(translate_message(message) for message in error.fields.values())
    if isinstance(error, RegistreError):
        return translate_message(error.message)
    if isinstance(error, OSError):
        return translate_message(file_problems.problem(error).message)
    return unexpected_text(error)


def unexpected_text(error: BaseException) -> str:
    return QCoreApplication.translate(
        "ErrorReport",
        "Something unexpected went wrong ({kind}): this is a bug in Registre. What you saved "
        "before is safe. Please report it with the log file {log} (it holds no names or "
        "phone numbers).",
    ).format(kind=type(error).__name__, log=default_log_dir() / LOG_FILE_NAME)


def language() -> str:
    """The language of the interface ("en", "fr"), for vocabulary labels."""
    return current_language()
