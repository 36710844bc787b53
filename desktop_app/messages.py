"""User-facing text produced below the GUI, kept translatable without importing Qt.

Lower layers describe what the user must read as a `UserMessage`: the English source text, the
translation context and the values to put in. The GUI and the command line translate it with
Qt's translator (`QCoreApplication.translate(context, text)`), then fill in the values.
`QT_TRANSLATE_NOOP` has Qt's name so that pyside6-lupdate extracts the strings.

A text with a count chooses its words by that count (Qt's plural forms): give the count as `n`,
`UserMessage(ctx, QT_TRANSLATE_NOOP(ctx, "{count} rows are invalid.", None, 1), {"count": k}, n=k)`.
The literal `None, 1` after the text is how lupdate learns that the text has plural forms (it
does not read a name there); the number itself stays a `{placeholder}` like any other value.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol


def QT_TRANSLATE_NOOP(
    context: str, text: str, disambiguation: str | None = None, plural: int = -1
) -> str:
    """`text`, marked for lupdate; `None, 1` after it marks a text with plural forms."""
    return text


class Translate(Protocol):
    """`QCoreApplication.translate`'s shape: `n` >= 0 chooses among a text's plural forms."""

    def __call__(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1, /
    ) -> str: ...


@dataclass(frozen=True)
class UserMessage:
    context: str
    text: str
    params: dict[str, object] = field(default_factory=dict)
    n: int | None = None  # the count that chooses the words, for a text with plural forms

    def render(self, translate: Translate | Callable[[str, str], str] | None = None) -> str:
        """The text in the translator's language with its values filled in. `translate` is
        `QCoreApplication.translate` or any `(context, text)` function; a count `n` reaches only
        a translator that takes one (`Translate`)."""
        if translate is None:
            template = self.text
        elif self.n is None:
            template = translate(self.context, self.text)
        else:
            template = _translate_counted(translate, self.context, self.text, self.n)
        # A message inside a message ("Invalid: row 5: {reason}") speaks the same language.
        params = {
            key: value.render(translate) if isinstance(value, UserMessage) else value
            for key, value in self.params.items()
        }
        return template.format(**params)

    def __str__(self) -> str:
        return self.render()


def _translate_counted(
    translate: Translate | Callable[[str, str], str], context: str, text: str, n: int
) -> str:
    try:
        return translate(context, text, None, n)  # type: ignore[call-arg]
    except TypeError:  # a translator of plain texts, (context, text) only
        return translate(context, text)


class RegistreError(Exception):
    """An error the user must be told about (bad input, a database problem), never a bug."""

    def __init__(self, message: UserMessage) -> None:
        super().__init__(message.render())
        self.message = message
