"""One line for what is known of someone's age: a date of birth, a birth year or an age.

The date is typed as the language writes dates (dd/mm/yyyy in French, the English locale's
short format, 12/12/1992 too), with one-digit days and months, dashes or dots, a two-digit year
(the century that puts it in the last hundred years) or ISO (1992-12-12). Four digits are a
birth year; fewer, an age. The services check the values (registry/persons.py).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop_app.messages import QT_TRANSLATE_NOOP, UserMessage
from desktop_app.records.validation import ValidationError
from desktop_app.translation import locale_for
from desktop_app.ui.common.i18n import current_language

_ISO = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")


@dataclass(frozen=True)
class Birth:
    """What was typed: at most one of the three is set."""

    birth_date: dt.date | None = None
    birth_year: int | None = None
    age: int | None = None


def _qdate(day: QDate) -> dt.date | None:
    return dt.date(day.year(), day.month(), day.day()) if day.isValid() else None


def _locale() -> QLocale:
    """The interface language's locale (fr_FR or en_GB), whatever the default's details."""
    return locale_for(current_language())


def short_format() -> str:
    """The date format typed in the field: the locale's short format, with a four-digit year."""
    text = _locale().dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")


def format_birth_date(day: dt.date) -> str:
    return _locale().toString(QDate(day.year, day.month, day.day), short_format())


def read_birth(text: str, today: dt.date | None = None) -> Birth | None:
    """The date, year or age in `text` ("" gives an empty Birth); None when it is none."""
    text = text.strip()
    if not text:
        return Birth()
    if text.isdigit():
        number = int(text)
        return Birth(birth_year=number) if number >= 1000 else Birth(age=number)
    today = today or dt.date.today()
    locale = _locale()
    if _ISO.match(text):
        return _as_birth(_qdate(QDate.fromString(text, "yyyy-M-d")))
    found = _qdate(locale.toDate(text, short_format()))
    if found is None:
        numeric = _NUMERIC.match(text)
        if numeric:
            day, month, year = (int(part) for part in numeric.groups())
            if len(numeric.group(3)) == 2:  # 94 is 1994, 05 is 2005: never a future year
                year += 2000 if 2000 + year <= today.year else 1900
            found = _qdate(QDate(year, month, day))
    if found is None:  # as the views write it in English: 12 Dec 1992
        found = _qdate(locale.toDate(text, "d MMM yyyy"))
    return _as_birth(found)


def _as_birth(found: dt.date | None) -> Birth | None:
    return Birth(birth_date=found) if found is not None else None


class BirthEdit(QLineEdit):
    """`birth()` reads the field; `show_birth` fills it from a person."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        example = format_birth_date(dt.date(1992, 12, 12))
        self.setPlaceholderText(self.tr("{date}, 1992 or 34").format(date=example))

    def show_birth(self, birth_date: dt.date | None, birth_year: int | None) -> None:
        if birth_date is not None:
            self.setText(format_birth_date(birth_date))
        else:
            self.setText(str(birth_year) if birth_year is not None else "")

    def birth(self, field: str) -> Birth:
        """What the field holds; ValidationError on `field` when it is no date, year or age."""
        found = read_birth(self.text())
        if found is None:
            example = format_birth_date(dt.date(1992, 12, 12))
            raise ValidationError(
                {
                    field: UserMessage(
                        "Validation",
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "Type a date of birth ({date}), a birth year (1992) or an age (34).",
                        ),
                        {"date": example},
                    )
                }
            )
        return found
