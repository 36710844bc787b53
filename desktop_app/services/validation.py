"""Errors raised by the services: field-by-field validation, and records that do not exist."""

from __future__ import annotations

from collections.abc import Mapping

from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage

CONTEXT = "Validation"


class ValidationError(RegistreError):
    """Bad input: `fields` maps a field name to the message to show next to that field."""

    def __init__(self, fields: Mapping[str, UserMessage]) -> None:
        self.fields: dict[str, UserMessage] = dict(fields)
        details = "; ".join(f"{name}: {message.render()}" for name, message in self.fields.items())
        # The list of field messages, each already in the user's words.
        summary = QT_TRANSLATE_NOOP("Validation", "{details}")
        super().__init__(UserMessage(CONTEXT, summary, {"details": details}))


class NotFound(RegistreError):
    """The record asked for does not exist (or was deleted)."""


def not_found(what: str, record_id: object) -> NotFound:
    return NotFound(
        UserMessage(
            CONTEXT,
            QT_TRANSLATE_NOOP("Validation", "There is no {what} with id {id}."),
            {"what": what, "id": record_id},
        )
    )


class Problems:
    """Collects field messages while checking a form, then raises them all at once."""

    def __init__(self) -> None:
        self.fields: dict[str, UserMessage] = {}

    def add(self, field: str, text: str, **params: object) -> None:
        self.fields.setdefault(field, UserMessage(CONTEXT, text, dict(params)))

    def __contains__(self, field: str) -> bool:
        return field in self.fields

    def raise_if_any(self) -> None:
        if self.fields:
            raise ValidationError(self.fields)


def required(problems: Problems, field: str, value: str | None) -> str:
    """The stripped value, or a 'required' message for the field."""
    cleaned = (value or "").strip()
    if not cleaned:
        problems.add(field, QT_TRANSLATE_NOOP("Validation", "This field is required."))
    return cleaned


def optional(value: str | None) -> str | None:
    cleaned = (value or "").strip()
    return cleaned or None


def country_code(problems: Problems, field: str, value: str | None, *, needed: bool) -> str | None:
    cleaned = (value or "").strip().upper()
    if not cleaned:
        if needed:
            problems.add(field, QT_TRANSLATE_NOOP("Validation", "This field is required."))
        return None
    if len(cleaned) != 2 or not cleaned.isalpha() or not cleaned.isascii():
        problems.add(
            field,
            QT_TRANSLATE_NOOP(
                "Validation", "A country is a two-letter code such as NE or ML, not {value}."
            ),
            value=value,
        )
        return None
    return cleaned
