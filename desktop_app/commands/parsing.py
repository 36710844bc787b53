"""`registre --help` and the command-line mistakes argparse reports, in the user's language.

The modules of commands/ give their help texts marked, not translated:
`help=QT_TRANSLATE_NOOP("Cli", "file to write")`, `description=QT_TRANSLATE_NOOP(...)`. The
parser's formatter translates them when help is shown, with argparse's own words (usage,
options, -h), and `error` translates argparse's messages about a missing or wrong argument. Each
subcommand's parser is a `CommandParser` too (argparse makes subparsers of the parent's class).
Help texts are %-formatted by argparse: a translation writes "%%" for a percent sign.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from typing import Any, NoReturn

from desktop_app.commands import output
from desktop_app.messages import QT_TRANSLATE_NOOP

# argparse's own words, marked here so that lupdate puts them in the .ts.
USAGE = QT_TRANSLATE_NOOP("Cli", "usage: ")
HEADINGS = (
    QT_TRANSLATE_NOOP("Cli", "positional arguments"),
    QT_TRANSLATE_NOOP("Cli", "options"),
)
BUILT_IN_HELP = (
    QT_TRANSLATE_NOOP("Cli", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Cli", "show program's version number and exit"),
)
ERROR = QT_TRANSLATE_NOOP("Cli", "{prog}: error: {message}")
_ARGUMENT = r"argument (?P<argument>\S+): "
# argparse's messages (Python 3.11 to 3.13) as patterns, and the same message marked for
# translation; the English source gives back argparse's words exactly.
ERRORS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern + r"\Z", re.DOTALL), marked)
    for pattern, marked in (
        (
            r"the following arguments are required: (?P<names>.+)",
            QT_TRANSLATE_NOOP("Cli", "the following arguments are required: {names}"),
        ),
        (
            r"unrecognized arguments: (?P<words>.+)",
            QT_TRANSLATE_NOOP("Cli", "unrecognized arguments: {words}"),
        ),
        (
            r"ambiguous option: (?P<option>\S+) could match (?P<matches>.+)",
            QT_TRANSLATE_NOOP("Cli", "ambiguous option: {option} could match {matches}"),
        ),
        (
            _ARGUMENT + r"invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)",
            QT_TRANSLATE_NOOP(
                "Cli", "argument {argument}: invalid choice: {value} (choose from {choices})"
            ),
        ),
        (
            _ARGUMENT + r"expected one argument",
            QT_TRANSLATE_NOOP("Cli", "argument {argument}: expected one argument"),
        ),
        (
            _ARGUMENT + r"invalid int value: (?P<value>.+)",
            QT_TRANSLATE_NOOP("Cli", "argument {argument}: invalid int value: {value}"),
        ),
        (
            _ARGUMENT + r"(?P<message>.+)",  # our own types' messages come translated
            QT_TRANSLATE_NOOP("Cli", "argument {argument}: {message}"),
        ),
    )
)


def translated_error(message: str) -> str:
    """One of argparse's messages in the user's language (as it is when not recognised)."""
    for pattern, marked in ERRORS:
        found = pattern.match(message)
        if found:
            return output.text(marked).format(**found.groupdict())
    return message


class TranslatedHelpFormatter(argparse.HelpFormatter):
    """Translates help texts, descriptions, headings and the usage prefix as it writes them."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return output.text(action.help) if action.help else action.help

    def add_text(self, text: str | None) -> None:
        if text and text is not argparse.SUPPRESS:
            text = output.text(text)
        super().add_text(text)

    def start_section(self, heading: str | None) -> None:
        if heading:
            heading = output.text(heading)
            if output.language() == "fr":
                heading += "\u00a0"  # argparse adds the ":", which French spaces
        super().start_section(heading)

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        # The parent gives its subcommands' usage a prefix of "" (no prefix): keep it so.
        super().add_usage(usage, actions, groups, output.text(USAGE) if prefix is None else prefix)


class CommandParser(argparse.ArgumentParser):
    """An ArgumentParser whose help and mistakes speak the user's language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", TranslatedHelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        text = output.text(ERROR, prog=self.prog, message=translated_error(message))
        self.exit(2, text + "\n")
