"""Registre's translations, read by Qt's QTranslator, for the command line and the window alike.

The one module below the window that imports Qt, and only QtCore (no widgets, no display):
the .qm files are Qt's format, and reading them any other way would be a second translator to
keep in step. `message_translator(setting)` translates without a QApplication (the command
line); the window installs the same files with `ui/shell/i18n.install_language`.

A language *setting* is "system", "fr" or "en" (or the pseudo-language "xx", see
ui/common/i18n.py); `resolve_language` turns it into the language used: French when the system
is French, English otherwise.
"""

from __future__ import annotations

import builtins
import logging
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from desktop_app.messages import Translate
from desktop_app.paths import resource_path

log = logging.getLogger(__name__)


def without_feature_switches() -> None:
    """Python's own import back after PySide6's.

    PySide6 replaces `__import__` to serve `from __feature__ import snake_case` (Qt's names in
    another spelling), and then reads the source of every module imported after it to see
    whether it names PySide6: SQLAlchemy's 250 modules and Registre's, about 50 ms of processor
    for a command's start and more for the window's (docs/bench.md). Registre switches no
    feature on. The import PySide6 wraps (`__orig_import__`) is kept; nothing changes where
    PySide6 does not do this.
    """
    current = getattr(builtins.__import__, "__name__", "")
    original = getattr(builtins, "__orig_import__", None)
    if current == "__feature_import__" and callable(original):
        builtins.__import__ = original


without_feature_switches()  # this module is the first to load Qt, in the window too

LANGUAGES = ("fr", "en")
PSEUDO = "xx"


def resolve_language(setting: str, system: QLocale | None = None) -> str:
    """ "fr" or "en" (or the pseudo-language) for a language setting ("system", "fr", "en")."""
    if setting in (*LANGUAGES, PSEUDO):
        return setting
    system = system or QLocale.system()
    return "fr" if system.language() == QLocale.Language.French else "en"


def locale_for(language: str) -> QLocale:
    return QLocale("fr_FR" if language == "fr" else "en_GB")


def translations_dir() -> Path:
    return resource_path("translations")


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def load_translator(path: Path) -> QTranslator | None:
    translator = QTranslator()
    if path.is_file() and translator.load(str(path)):
        return translator
    log.warning("translation %s not found or unreadable", path)
    return None


def fill_count(text: str, n: int, locale: QLocale) -> str:
    """%n and %Ln of a text with a count replaced as QCoreApplication.translate does
    (%Ln with the locale's digit grouping: 1 000 in French); unchanged when n < 0."""
    if n < 0:
        return text
    return text.replace("%Ln", locale.toString(n)).replace("%n", str(n))


def message_translator(setting: str) -> Translate:
    """`translate(context, text, disambiguation=None, n=-1)` without a QApplication, for the
    command line: French from registre_fr.qm, the English plural forms from registre_en.qm,
    and %n / %Ln filled with `n`, the way `QCoreApplication.translate` works in the window."""
    language = resolve_language(setting)
    language = "fr" if language == "fr" else "en"
    path = translations_dir() / f"registre_{language}.qm"
    translator = load_translator(path) if language == "fr" or path.is_file() else None
    locale = locale_for(language)

    def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        found = translator.translate(context, text, disambiguation, n) if translator else ""
        return fill_count(found or text, n, locale)

    return translate
