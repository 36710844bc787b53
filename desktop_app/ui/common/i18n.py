"""The interface language: translators installed at start, and locale-aware formatting.

At start, `install_language(app, settings.language)` picks French or English ("system" follows
the system's language: French when it is French, English otherwise; the files and the setting
are desktop_app/translation.py's, shared with the command line), makes that the default
QLocale, and installs Registre's translation (resources/translations/registre_<lang>.qm, built
by `make translations`) and Qt's own (qtbase_<lang>.qm, for the standard buttons and dialogs).

Counts choose their words with Qt's plural forms: `self.tr("%Ln rows read.", "", rows)` gives
"1 row read." / "2 rows read." in English (from registre_en.qm, which holds only the plural
forms) and "1 ligne lue." / "1 000 lignes lues." in French; see docs/translation.md.

The pseudo-language "xx" installs `PseudoTranslator`, which lengthens every string by about 40 %
with accented letters, so that screenshots show labels that would be clipped in a longer
language. Formatting: `format_date`, `format_number`, `format_percent` follow the default locale.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QTranslator

from desktop_app.translation import (
    PSEUDO,
    load_translator,
    locale_for,
    qt_translations_dir,
    resolve_language,
    translations_dir,
)

NARROW_NBSP = "\u202f"  # French puts it before "%" (and ";"), as the reports do
_installed: list[QTranslator] = []
# Labels of Qt's own file dialog that qtbase_fr.qm lacks: Qt 6 gave them a mnemonic, and the
# French file still has them without. Listed for lupdate, so that registre_fr.qm carries them
# (consulted after qtbase_fr.qm, which has nothing for them).
QT_STRINGS_QT_LACKS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def install_language(app: QCoreApplication, setting: str) -> str:
    """Install the translators for `setting`, replacing earlier ones; the language chosen."""
    language = resolve_language(setting)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale_for("en" if language == PSEUDO else language))
    candidates: list[QTranslator | None] = []
    if language == PSEUDO:
        candidates.append(PseudoTranslator())
    elif language == "fr":
        candidates.append(load_translator(translations_dir() / "registre_fr.qm"))
        candidates.append(load_translator(qt_translations_dir() / "qtbase_fr.qm"))
    elif (translations_dir() / "registre_en.qm").is_file():  # English plural forms only
        candidates.append(load_translator(translations_dir() / "registre_en.qm"))
    for candidate in candidates:
        if candidate is not None:
            app.installTranslator(candidate)
            _installed.append(candidate)
    return language


def current_language() -> str:
    """The interface's language, from the default locale: "fr" or "en"."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


# Locale-aware formatting for everything shown on screen.


def format_date(day: dt.date | None) -> str:
    """05/12/2022 in French, 5 Dec 2022 in English; "" for no date."""
    if day is None:
        return ""
    locale = QLocale()
    pattern = "dd/MM/yyyy" if current_language() == "fr" else "d MMM yyyy"
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def format_moment(moment: dt.datetime | None) -> str:
    """A date and time to the minute: 05/12/2022 14:30 in French, 5 Dec 2022 14:30 in English."""
    if moment is None:
        return ""
    return f"{format_date(moment.date())} {moment:%H:%M}"


def format_number(value: int | float, decimals: int = 0) -> str:
    """1 234 in French (narrow no-break space), 1,234 in English."""
    locale = QLocale()
    if decimals == 0:
        return locale.toString(round(value))
    return locale.toString(float(value), "f", decimals)


def format_percent(share: float | None, decimals: int = 0) -> str:
    """A share (0.2) as "20 %" in French (narrow no-break space), "20%" in English.

    None (no participants to divide by) gives "–" rather than a misleading "0 %".
    """
    if share is None:
        return "–"
    number = format_number(share * 100, decimals)
    return f"{number}{NARROW_NBSP}%" if current_language() == "fr" else f"{number}%"


# Pseudo-translation: longer strings with accents, placeholders and markup kept intact.

_PROTECTED = re.compile(r"\{[^{}]*\}|%L?\d+|%L?n|%[sd]|<[^<>]*>|&&|&(?=\w)|\\n|\n")
_ACCENTED = str.maketrans("aceinoucAEINOUCysSzZ", "àçéîñöûćÀÉÎÑÖÛÇýšŠžŽ")


def pseudo_translate(text: str) -> str:
    """ "Save" -> "[Šàvé ~~]": accents, about 40 % longer, brackets to see clipped edges."""
    if not text:
        return text
    parts: list[str] = []
    position = 0
    for match in _PROTECTED.finditer(text):
        parts.append(text[position : match.start()].translate(_ACCENTED))
        parts.append(match.group())
        position = match.end()
    parts.append(text[position:].translate(_ACCENTED))
    padding = "~" * max(2, round(len(text) * 0.4))
    return f"[{''.join(parts)} {padding}]"


class PseudoTranslator(QTranslator):
    """Translates every string into its pseudo-language form (see `pseudo_translate`)."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return pseudo_translate(source_text)

    def isEmpty(self) -> bool:
        return False
