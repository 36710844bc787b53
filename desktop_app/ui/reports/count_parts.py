"""The counts of an activity or a period as lines of `Part`s (each opening its list), in the
window's language: the activity list's details, the report view's totals."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from desktop_app.activities.counting import ActivityCounts, PeriodTotals
from desktop_app.activities.explain import category_field, field_label
from desktop_app.reports.data import UNNAMED
from desktop_app.ui.common.formats import category_label
from desktop_app.ui.common.i18n import format_number, format_percent
from desktop_app.ui.common.text import translate_message
from desktop_app.ui.reports.count_links import Part

ACTIVITY_FIELDS = (
    "participants",
    "named",
    "unnamed",
    "women",
    "men",
    "sex_not_stated",
    "youth",
    "not_youth",
    "age_unknown",
    "age_from_year_only",
    "person_days",
    "completion",
    "team",
)


def _label(field: str, threshold: int) -> str:
    return translate_message(field_label(field, threshold))


def _share(part: int, whole: int) -> str:
    return format_percent(part / whole if whole else None)


def activity_parts(counts: ActivityCounts) -> list[Part]:
    """Every count of one activity: "Participants 22", "Women 9 (41 %)"…"""
    parts = []
    for field in ACTIVITY_FIELDS:
        value = int(getattr(counts, field))
        text = f"{_label(field, counts.youth_threshold)} {format_number(value)}"
        if field in ("women", "youth"):
            text += f" ({_share(value, counts.participants)})"
        parts.append(Part(text, field))
    return parts


def category_parts(by_category: Sequence[tuple[str | None, int]], unnamed: int) -> list[Part]:
    """Participants by category, the head counts' attendees last (their category is unknown)."""
    parts = [
        Part(
            f"{category_label(code) or translate_message(field_label(category_field(None)))} "
            f"{format_number(n)}",
            category_field(code),
        )
        for code, n in by_category
    ]
    if unnamed:
        parts.append(
            Part(f"{_label('unnamed', 0)} {format_number(unnamed)}", category_field(UNNAMED))
        )
    return parts


def period_parts(totals: PeriodTotals, threshold: int) -> list[Part]:
    """The report view's line: each count of the period with its words."""

    n = format_number
    return [
        Part(
            QCoreApplication.translate("ReportView", "Activities: {count}").format(
                count=n(totals.activities)
            )
        ),
        Part(
            QCoreApplication.translate("ReportView", "unique persons: {count}").format(
                count=n(totals.unique_persons)
            ),
            "unique_persons",
        ),
        Part(
            QCoreApplication.translate("ReportView", "participations: {count}").format(
                count=n(totals.participations)
            ),
            "participations",
        ),
        Part(
            QCoreApplication.translate("ReportView", "women: {count} ({share})").format(
                count=n(totals.women), share=_share(totals.women, totals.participants)
            ),
            "women",
        ),
        Part(
            QCoreApplication.translate("ReportView", "men: {count}").format(count=n(totals.men)),
            "men",
        ),
        Part(
            QCoreApplication.translate("ReportView", "sex not stated: {count}").format(
                count=n(totals.sex_not_stated)
            ),
            "sex_not_stated",
        ),
        Part(
            QCoreApplication.translate(
                "ReportView", "youth (under {age}): {count} ({share})"
            ).format(
                age=threshold,
                count=n(totals.youth),
                share=_share(totals.youth, totals.participants),
            ),
            "youth",
        ),
        Part(
            QCoreApplication.translate("ReportView", "age unknown: {count}").format(
                count=n(totals.age_unknown)
            ),
            "age_unknown",
        ),
        Part(
            QCoreApplication.translate("ReportView", "age from a birth year only: {count}").format(
                count=n(totals.age_from_year_only)
            ),
            "age_from_year_only",
        ),
        Part(
            QCoreApplication.translate("ReportView", "person-days: {count}").format(
                count=n(totals.person_days)
            ),
            "person_days",
        ),
        Part(
            QCoreApplication.translate("ReportView", "completed: {count}").format(
                count=n(totals.completion)
            ),
            "completion",
        ),
        Part(
            QCoreApplication.translate("ReportView", "team: {count}").format(count=n(totals.team)),
            "team",
        ),
        Part(
            QCoreApplication.translate("ReportView", "head counts: {count}").format(
                count=n(totals.unnamed)
            ),
            "unnamed",
        ),
    ]


def counter_parts(participants: int, women: int, youth: int) -> list[Part]:
    """The check-in counter, each count opening its list: the words of `formats.counter_text`
    ("Participants 42 · Women 17 · Youth 9")."""
    return [
        Part(
            QCoreApplication.translate("Counts", "Participants {count}").format(count=participants),
            "participants",
        ),
        Part(QCoreApplication.translate("Counts", "Women {count}").format(count=women), "women"),
        Part(QCoreApplication.translate("Counts", "Youth {count}").format(count=youth), "youth"),
    ]
