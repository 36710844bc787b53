"""A country field: type a code ("NE") or a name in English or French, with completion on the
names ("Niger (NE)"); services.countries checks what was typed, as everywhere else."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from desktop_app.records.countries import countries, find_country
from desktop_app.ui.common.text import language


class CountryEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("a name or a code, e.g. Niger or NE"))
        lang = language()
        choices = sorted(country.choice(lang) for country in countries())
        completer = QCompleter(QStringListModel(choices, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def code(self) -> str:
        """The code of the country typed, or the text as typed when it names none (the
        service's check then says why)."""
        country = find_country(self.text())
        return country.code if country is not None else self.text().strip()
