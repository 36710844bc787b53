"""Reading command-line values the way the services want them, with one-line errors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from desktop_app.cli import output
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.records.validation import ValidationError


def parse_date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise RegistreError(
            UserMessage(
                "Commands",
                QT_TRANSLATE_NOOP("Commands", "{option}: {value} is not a date like 2022-12-05."),
                {"option": option, "value": value},
            )
        ) from None


@contextmanager
def options_for_fields(options: Mapping[str, str]) -> Iterator[None]:
    """Name the command-line options instead of the service's field names in error messages."""
    try:
        yield
    except ValidationError as error:
        details = "; ".join(
            output.text(
                QT_TRANSLATE_NOOP("Cli", "{option}: {problem}"),
                option=options.get(name, name),
                problem=output.render(message),
            )
            for name, message in error.fields.items()
        )
        summary = QT_TRANSLATE_NOOP("Commands", "{details}")
        raise RegistreError(UserMessage("Commands", summary, {"details": details})) from None
