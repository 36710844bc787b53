"""Showing text that comes from below the GUI (UserMessage) in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.messages import RegistreError, UserMessage
from desktop_app.services.validation import ValidationError
from desktop_app.ui.i18n import current_language


def translate_message(message: UserMessage) -> str:
    return message.render(QCoreApplication.translate)


def error_text(error: BaseException) -> str:
    """The translated message of a RegistreError (each field's message for a validation
    error, without the field names); the plain text of anything else."""
    if isinstance(error, ValidationError):
        return "\n".join(translate_message(message) for message in error.fields.values())
    if isinstance(error, RegistreError):
        return translate_message(error.message)
    return str(error)


def language() -> str:
    """The language of the interface ("en", "fr"), for vocabulary labels."""
    return current_language()
