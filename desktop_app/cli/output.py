"""What the command line prints, in the user's language (the settings' or the system's).

Texts are marked `QT_TRANSLATE_NOOP("Cli", "...")` where they are written, so that lupdate puts
them in registre_fr.ts, and go through `text()` (or `say()` / `warn()`), which translates them
with the same registre_fr.qm as the errors, then fills in the values:

    output.say(QT_TRANSLATE_NOOP("Cli", "no backups in {folder}"), folder=folder)

The language is chosen once per run by `use_language` (called by `registre` before it builds
its parser, so that `--help` is translated too); without that call the settings decide.
Vocabulary labels, dates and counts come in the same language from reports/labels.py and
reports/narrative.py, the formatting the printed reports use (labels.py is the window's too).
The narrative and the workbook's column names are imported by the functions that use them:
`registre --help` needs neither, and they bring the store's models with them.
"""

from __future__ import annotations

import codecs
import datetime as dt
import sys
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TextIO

from desktop_app.messages import Translate, UserMessage
from desktop_app.reports import labels

CONTEXT = "Cli"


@dataclass(frozen=True)
class Speech:
    """The output's language ("fr" or "en") and its translator."""

    language: str
    translate: Translate


def _untranslated(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text


ENGLISH = Speech("en", _untranslated)
_chosen: list[Speech] = []


def use_language(setting: str) -> Speech:
    """Speak `setting` ("fr", "en" or "system") from now on; English when Qt's translations
    cannot be loaded (a command must still print)."""
    try:
        from desktop_app.translation import message_translator, resolve_language, translations_dir

        language = "fr" if resolve_language(setting) == "fr" else "en"
        if language == "fr" and not (translations_dir() / "registre_fr.qm").is_file():
            language = "en"  # English sentences with French labels would read worse
        speech = Speech(language, message_translator(language))
    except Exception:
        speech = ENGLISH
    _chosen[:] = [speech]
    return speech


def speech() -> Speech:
    if not _chosen:
        use_language(settings_language())
    return _chosen[0]


def settings_language() -> str:
    """The settings' language ("system" when they cannot be read: a command must still run)."""
    try:
        from desktop_app.settings import load_settings

        return load_settings().language
    except Exception:
        return "system"


def language() -> str:
    """ "fr" or "en": the language the command line speaks."""
    return speech().language


def text(source: str, /, n: int | None = None, **values: object) -> str:
    """`source` (marked with QT_TRANSLATE_NOOP("Cli", ...)) translated, then `values` filled in.

    A text with plural forms is marked `QT_TRANSLATE_NOOP("Cli", "{count} changes", None, 1)`
    and given its count as `n` (and as a value): "1 change", "2 changes"."""
    if n is None:
        template = speech().translate(CONTEXT, source)
    else:
        template = speech().translate(CONTEXT, source, None, n)
    template = template or source
    return template.format(**values) if values else template


def say(source: str, /, n: int | None = None, **values: object) -> None:
    print(text(source, n, **values))


def warn(source: str, /, n: int | None = None, **values: object) -> None:
    """On stderr: a note beside the result (nothing changed, a warning), not an error."""
    print(text(source, n, **values), file=sys.stderr)


def render(message: UserMessage) -> str:
    """A message from below (services, exchange) in the command line's language."""
    return message.render(speech().translate)


def number(value: int) -> str:
    """1 234 in French (narrow no-break space), 1,234 in English, as the reports write them."""
    from desktop_app.reports import narrative

    return narrative.format_count(value, language())


def percent(part: int, whole: int) -> str:
    """20 % in French, 20% in English; "-" when there is nothing to divide by."""
    from desktop_app.reports import narrative

    return narrative.format_percent(part, whole, language()) if whole else "-"


def date(day: dt.date) -> str:
    """05/12/2022 in French, 5 Dec 2022 in English."""
    return labels.format_date(day, language())


def moment(value: dt.datetime | str, *, seconds: bool = False) -> str:
    """05/12/2022 14:03 in French, 5 Dec 2022 14:03 in English; text that is not an ISO date
    and time (a workbook's manifest may say anything) is shown as it is."""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            return str(value)
    return (
        f"{date(value.date())} {value:%H:%M:%S}"
        if seconds
        else f"{date(value.date())} {value:%H:%M}"
    )


def date_range(start: dt.date, end: dt.date) -> str:
    """ "du 05/12/2022 au 07/12/2022", "5 Dec 2022 to 7 Dec 2022", or one date."""
    return labels.format_range(start, end, language())


def kind_label(code: str) -> str:
    """An activity kind as the vocabulary names it: "atelier", "workshop"."""
    return labels.kind_name(code, language())


def role_label(code: str) -> str:
    """An attendance role: "animateur", "facilitator"."""
    return labels.role_name(code, language())


def category_label(code: str | None) -> str:
    """A person's category: "Parlement", "Civil society"; "-" when not stated."""
    return labels.category_name(code, language()) or "-"


def field_label(type_name: str, key: str) -> str:
    """A record's field as the HQ workbook's column names it: "Birth year", "Année de naissance"."""
    from desktop_app.sync import format as hq_format

    return hq_format.field_label(type_name, key, language())


def field_value(type_name: str, key: str, value: object, names: Mapping[str, str]) -> str:
    """A record's value for a reader (names of the records it points to, labels, yes or no)."""
    from desktop_app.sync import cells as hq_cells

    return hq_cells.field_value(type_name, key, value, names, language())


def table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], *, right: Sequence[int] = ()
) -> list[str]:
    """Lines of a table whose columns are as wide as their longest text, translated headers
    included; the columns at the positions in `right` are aligned right (numbers)."""
    widths = [len(header) for header in headers]
    for row in rows:
        widths = [max(width, len(cell)) for width, cell in zip(widths, row, strict=True)]

    def line(cells: Sequence[str]) -> str:
        parts = [
            cell.rjust(width) if index in right else cell.ljust(width)
            for index, (cell, width) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  ".join(parts).rstrip()

    return [line(headers), *(line(row) for row in rows)]


def _plain_spaces(error: UnicodeError) -> tuple[str, int]:
    """Encoding error handler: no-break spaces become spaces, other characters "?"."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(" " if unicodedata.category(c) == "Zs" else "?" for c in bad), error.end


codecs.register_error("registre-plain-spaces", _plain_spaces)


def protect_stream(stream: TextIO) -> None:
    """French output printed where UTF-8 is not the encoding (a Windows console redirected to a
    file: cp1252 has no narrow no-break space) must not stop the command."""
    encoding = codecs.lookup(getattr(stream, "encoding", None) or "utf-8").name
    reconfigure = getattr(stream, "reconfigure", None)
    if encoding != "utf-8" and reconfigure is not None:
        reconfigure(errors="registre-plain-spaces")
