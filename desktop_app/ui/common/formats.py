"""How values read on screen: dates in the user's language, vocabulary labels, sexes, statuses.

Vocabulary labels are reports/labels.py's, in the window's language; dates follow the locale."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop_app.reports import labels
from desktop_app.ui.common.i18n import format_date
from desktop_app.ui.common.text import language


def format_day_short(day: dt.date) -> str:
    """A grid column header: 05/12 in French, 5 Dec in English."""
    pattern = "dd/MM" if language() == "fr" else "d MMM"
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def format_range(start: dt.date, end: dt.date) -> str:
    if start == end:
        return format_date(start)
    return f"{format_date(start)} – {format_date(end)}"


def kind_label(code: str | None) -> str:
    return labels.kind_name(code, language())


def category_label(code: str | None) -> str:
    return labels.category_name(code, language())


def role_label(code: str | None) -> str:
    return labels.role_name(code, language())


def status_label(code: str) -> str:
    labels = {
        "planned": QCoreApplication.translate("Status", "planned"),
        "held": QCoreApplication.translate("Status", "held"),
        "cancelled": QCoreApplication.translate("Status", "cancelled"),
    }
    return labels.get(code, code)


def sex_label(code: str | None) -> str:
    if code == "F":
        return QCoreApplication.translate("Sex", "F")
    if code == "M":
        return QCoreApplication.translate("Sex", "M")
    return QCoreApplication.translate("Sex", "not stated")


def counter_text(participants: int, women: int, youth: int) -> str:
    """The line every screen shows: "Participants 42 · Women 17 · Youth 9"."""
    return QCoreApplication.translate(
        "Counts", "Participants {participants} · Women {women} · Youth {youth}"
    ).format(participants=participants, women=women, youth=youth)
