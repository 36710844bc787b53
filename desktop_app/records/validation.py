"""Errors raised by the services: field-by-field validation, and records that do not exist."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.records.field_rules import EARLIEST_DATE, LATEST_DATE, clean_text, date_in_range

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


def required(
    problems: Problems,
    field: str,
    value: str | None,
    limit: int | None = None,
    *,
    multiline: bool = False,
) -> str:
    """The value cleaned (field_rules.clean_text), or a 'required' message for the field; a
    text longer than `limit` gets a message too."""
    cleaned = clean_text(value, multiline=multiline)
    if not cleaned:
        problems.add(field, QT_TRANSLATE_NOOP("Validation", "This field is required."))
    check_length(problems, field, cleaned, limit)
    return cleaned


def optional(value: str | None) -> str | None:
    cleaned = clean_text(value)
    return cleaned or None


def optional_text(
    problems: Problems, field: str, value: str | None, limit: int | None, *, multiline: bool = False
) -> str | None:
    """The value cleaned (None when empty); a message when longer than `limit`."""
    cleaned = clean_text(value, multiline=multiline)
    check_length(problems, field, cleaned, limit)
    return cleaned or None


def check_length(problems: Problems, field: str, text: str, limit: int | None) -> None:
    if limit is not None and len(text) > limit:
        problems.add(
            field,
            QT_TRANSLATE_NOOP(
                "Validation", "At most {limit} characters here ({length} were typed)."
            ),
            limit=limit,
            length=len(text),
        )


def check_date(problems: Problems, field: str, day: dt.date | None) -> None:
    if day is not None and not date_in_range(day):
        problems.add(
            field,
            QT_TRANSLATE_NOOP("Validation", "A date lies between the years {first} and {last}."),
            first=EARLIEST_DATE.year,
            last=LATEST_DATE.year,
        )
