"""Languages: choosing French or English, installing translators, locale-aware formatting."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from desktop_app import translation
from desktop_app.ui.common import i18n

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
TS_ONE_STRING = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context><name>Probe</name>
<message><source>Backups</source><translation>Sauvegardes</translation></message>
</context>
</TS>
"""


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    i18n.install_language(qapp, "en")


@pytest.fixture
def translations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A translations folder holding a French .qm built from a one-string .ts."""
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "registre_fr.ts").write_text(TS_ONE_STRING, encoding="utf-8")
    command = [str(LRELEASE), "-silent", str(folder / "registre_fr.ts")]
    subprocess.run([*command, "-qm", str(folder / "registre_fr.qm")], check=True)
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    return folder


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("fr", "en_US", "fr"),
        ("en", "fr_FR", "en"),
        ("system", "fr_NE", "fr"),
        ("system", "fr_ML", "fr"),
        ("system", "en_GB", "en"),
        ("system", "de_DE", "en"),
    ],
)
def test_language_from_setting_or_system(setting: str, system: str, expected: str) -> None:
    assert translation.resolve_language(setting, QLocale(system)) == expected


def test_french_installs_registre_and_qt_translations(
    app: QApplication, translations: Path
) -> None:
    assert i18n.install_language(app, "fr") == "fr"
    assert QCoreApplication.translate("Probe", "Backups") == "Sauvegardes"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    assert i18n.current_language() == "fr"
    assert (i18n.qt_translations_dir() / "qtbase_fr.qm").is_file()


def test_switching_back_to_english_removes_the_french(
    app: QApplication, translations: Path
) -> None:
    i18n.install_language(app, "fr")
    assert i18n.install_language(app, "en") == "en"
    assert QCoreApplication.translate("Probe", "Backups") == "Backups"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert i18n.current_language() == "en"


def test_dates_numbers_and_percentages_follow_the_language(app: QApplication) -> None:
    day = dt.date(2022, 12, 5)
    i18n.install_language(app, "fr")
    assert i18n.format_date(day) == "05/12/2022"
    assert i18n.format_percent(0.2) == "20\u202f%"
    assert i18n.format_number(1234567) == "1\u202f234\u202f567"
    assert i18n.format_number(2.5, 1) == "2,5"
    i18n.install_language(app, "en")
    assert i18n.format_date(day) == "5 Dec 2022"
    assert i18n.format_percent(0.2) == "20%"
    assert i18n.format_percent(0.3333, 1) == "33.3%"
    assert i18n.format_number(1234567) == "1,234,567"
    assert i18n.format_date(None) == ""
    assert i18n.format_percent(None) == "–"


def test_pseudo_language_lengthens_and_keeps_placeholders(app: QApplication) -> None:
    i18n.install_language(app, "xx")
    shown = QCoreApplication.translate("Any", "Restore {name} from &backup <b>now</b>")
    assert shown.startswith("[") and shown.endswith("]")
    assert len(shown) >= 1.4 * len("Restore {name} from &backup <b>now</b>")
    assert "{name}" in shown and "<b>" in shown and "</b>" in shown and "&b" in shown
    assert shown.format(name="X")
    assert "é" in i18n.pseudo_translate("Delete")
    assert QCoreApplication.translate("Any", "%n rows", None, 3).startswith("[3 ")


def test_the_file_dialog_speaks_french_where_qt_s_own_translation_stops(
    app: QApplication,
) -> None:
    """Qt's French file lacks two labels of its file dialog (Qt 6 gave them mnemonics): the
    dialog the user picks photos and workbooks in is French all through."""
    i18n.install_language(app, "fr")
    dialog = QFileDialog(None, "", str(Path.home()))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert labels == {"&Voir dans\u202f:", "&Nom de fichier\xa0:", "Fichiers de &type\u202f:"}
    dialog.deleteLater()
