"""User-facing text produced below the GUI, kept translatable without importing Qt.

Lower layers describe what the user must read as a `UserMessage`: the English source text, the
translation context and the values to put in. The GUI and the command line translate it with
Qt's translator (`QCoreApplication.translate(context, text)`), then fill in the values.
`QT_TRANSLATE_NOOP` has Qt's name so that pyside6-lupdate extracts the strings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class UserMessage:
    context: str
    text: str
    params: dict[str, object] = field(default_factory=dict)

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        template = translate(self.context, self.text) if translate else self.text
        return template.format(**self.params)

    def __str__(self) -> str:
        return self.render()


class RegistreError(Exception):
    """An error the user must be told about (bad input, a database problem), never a bug."""

    def __init__(self, message: UserMessage) -> None:
        super().__init__(message.render())
        self.message = message
