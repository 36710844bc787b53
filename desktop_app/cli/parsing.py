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

from desktop_app.cli import output
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
# The names of the values in usage lines ("--day DAY"): argparse's defaults (the option's name
# in capitals) and the modules' own metavars. A name missing here stays in English.
VALUE_NAMES = (
    QT_TRANSLATE_NOOP("Cli", "COMMAND"),
    QT_TRANSLATE_NOOP("Cli", "ACTION"),
    QT_TRANSLATE_NOOP("Cli", "FILE"),
    QT_TRANSLATE_NOOP("Cli", "file"),
    QT_TRANSLATE_NOOP("Cli", "id"),
    QT_TRANSLATE_NOOP("Cli", "text"),
    QT_TRANSLATE_NOOP("Cli", "KEEP_ID"),
    QT_TRANSLATE_NOOP("Cli", "OTHER_ID"),
    QT_TRANSLATE_NOOP("Cli", "ID1"),
    QT_TRANSLATE_NOOP("Cli", "ID2"),
    QT_TRANSLATE_NOOP("Cli", "DB"),
    QT_TRANSLATE_NOOP("Cli", "ACTIVITY"),
    QT_TRANSLATE_NOOP("Cli", "AGE"),
    QT_TRANSLATE_NOOP("Cli", "BIRTH_YEAR"),
    QT_TRANSLATE_NOOP("Cli", "BIRTH_DATE"),
    QT_TRANSLATE_NOOP("Cli", "BLANK_ROWS"),
    QT_TRANSLATE_NOOP("Cli", "CATEGORY"),
    QT_TRANSLATE_NOOP("Cli", "CITY"),
    QT_TRANSLATE_NOOP("Cli", "COUNTRY"),
    QT_TRANSLATE_NOOP("Cli", "DAY"),
    QT_TRANSLATE_NOOP("Cli", "EMAIL"),
    QT_TRANSLATE_NOOP("Cli", "END"),
    QT_TRANSLATE_NOOP("Cli", "FAMILY"),
    QT_TRANSLATE_NOOP("Cli", "FIELD"),
    QT_TRANSLATE_NOOP("Cli", "GIVEN"),
    QT_TRANSLATE_NOOP("Cli", "HEADER=FIELD"),
    QT_TRANSLATE_NOOP("Cli", "HEADER_ROW"),
    QT_TRANSLATE_NOOP("Cli", "KIND"),
    QT_TRANSLATE_NOOP("Cli", "LIMIT"),
    QT_TRANSLATE_NOOP("Cli", "LOGO"),
    QT_TRANSLATE_NOOP("Cli", "MIN_SCORE"),
    QT_TRANSLATE_NOOP("Cli", "N"),
    QT_TRANSLATE_NOOP("Cli", "NAME"),
    QT_TRANSLATE_NOOP("Cli", "NOTE"),
    QT_TRANSLATE_NOOP("Cli", "OFFICE"),
    QT_TRANSLATE_NOOP("Cli", "ORG"),
    QT_TRANSLATE_NOOP("Cli", "ORGANISATION"),
    QT_TRANSLATE_NOOP("Cli", "OUT"),
    QT_TRANSLATE_NOOP("Cli", "PARTNER"),
    QT_TRANSLATE_NOOP("Cli", "PERSON"),
    QT_TRANSLATE_NOOP("Cli", "PHONE"),
    QT_TRANSLATE_NOOP("Cli", "POSITION"),
    QT_TRANSLATE_NOOP("Cli", "PROJECT"),
    QT_TRANSLATE_NOOP("Cli", "ROLE"),
    QT_TRANSLATE_NOOP("Cli", "SEARCH"),
    QT_TRANSLATE_NOOP("Cli", "SEX"),
    QT_TRANSLATE_NOOP("Cli", "SITE"),
    QT_TRANSLATE_NOOP("Cli", "START"),
    QT_TRANSLATE_NOOP("Cli", "STATUS"),
    QT_TRANSLATE_NOOP("Cli", "TAG"),
    QT_TRANSLATE_NOOP("Cli", "TITLE"),
    QT_TRANSLATE_NOOP("Cli", "TOTAL"),
    QT_TRANSLATE_NOOP("Cli", "VALUE=ROLE"),
    QT_TRANSLATE_NOOP("Cli", "[SHEET:]ROW"),
    QT_TRANSLATE_NOOP("Cli", "VENUE"),
    QT_TRANSLATE_NOOP("Cli", "WOMEN"),
    QT_TRANSLATE_NOOP("Cli", "YEAR"),
    QT_TRANSLATE_NOOP("Cli", "YOUTH"),
    QT_TRANSLATE_NOOP("Cli", "YOUTH_THRESHOLD"),
    QT_TRANSLATE_NOOP("Cli", "CODE"),
    QT_TRANSLATE_NOOP("Cli", "PERCENT"),
    QT_TRANSLATE_NOOP("Cli", "TIME"),
    QT_TRANSLATE_NOOP("Cli", "PUBLIC_KEY"),
    QT_TRANSLATE_NOOP("Cli", "certificate"),
    QT_TRANSLATE_NOOP("Cli", "BANDS"),
    QT_TRANSLATE_NOOP("Cli", "BY"),
    QT_TRANSLATE_NOOP("Cli", "CURRENCY"),
    QT_TRANSLATE_NOOP("Cli", "DISAGGREGATION=VALUE"),
    QT_TRANSLATE_NOOP("Cli", "DONOR"),
    QT_TRANSLATE_NOOP("Cli", "INDICATOR"),
    QT_TRANSLATE_NOOP("Cli", "KEY=VALUE[,VALUE]"),
    QT_TRANSLATE_NOOP("Cli", "MEASURE"),
    QT_TRANSLATE_NOOP("Cli", "PERIOD"),
    QT_TRANSLATE_NOOP("Cli", "VALUE"),
    QT_TRANSLATE_NOOP("Cli", "AMOUNT"),
    QT_TRANSLATE_NOOP("Cli", "LINE"),
    QT_TRANSLATE_NOOP("Cli", "COLUMNS"),
    QT_TRANSLATE_NOOP("Cli", "NUMBER"),
    QT_TRANSLATE_NOOP("Cli", "REASON"),
    QT_TRANSLATE_NOOP("Cli", "REFERENCE"),
    QT_TRANSLATE_NOOP("Cli", "ORIGIN"),
    QT_TRANSLATE_NOOP("Cli", "ROLE=AMOUNT"),
    QT_TRANSLATE_NOOP("Cli", "DOMAIN=ANSWER"),
    QT_TRANSLATE_NOOP("Cli", "CONSENT_DATE"),
    QT_TRANSLATE_NOOP("Cli", "LABEL=AMOUNT"),
    QT_TRANSLATE_NOOP("Cli", "ORIGIN=AMOUNT"),
    QT_TRANSLATE_NOOP("Cli", "UUID"),
    QT_TRANSLATE_NOOP("Cli", "ID"),
    QT_TRANSLATE_NOOP("Cli", "DATE"),
    QT_TRANSLATE_NOOP("Cli", "USER_OR_SITE"),
    QT_TRANSLATE_NOOP("Cli", "OFFICES"),
    QT_TRANSLATE_NOOP("Cli", "name"),
    QT_TRANSLATE_NOOP("Cli", "PHOTO"),
    QT_TRANSLATE_NOOP("Cli", "FOLDER"),
)
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
    """An ArgumentParser whose help, value names and mistakes speak the user's language (the
    value names are translated as the parser is built: the language is chosen before)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", TranslatedHelpFormatter)
        super().__init__(*args, **kwargs)

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        action = super().add_argument(*args, **kwargs)
        if isinstance(action.metavar, str):
            action.metavar = output.text(action.metavar)
        elif action.metavar is None and action.nargs != 0 and action.choices is None:
            # argparse's own default, named in the user's language
            default = action.dest.upper() if action.option_strings else action.dest
            action.metavar = output.text(default)
        return action

    def add_subparsers(self, **kwargs: Any) -> Any:
        if isinstance(kwargs.get("metavar"), str):
            kwargs["metavar"] = output.text(kwargs["metavar"])
        return super().add_subparsers(**kwargs)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        text = output.text(ERROR, prog=self.prog, message=translated_error(message))
        self.exit(2, text + "\n")
