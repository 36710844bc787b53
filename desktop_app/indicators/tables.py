"""The progress table as rows a document prints (text, workbook, PDF alike), in the reader's
language, with small numbers hidden when the document is meant for sharing."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.indicators.definitions import SHARES
from desktop_app.indicators.narrative import indicator_narrative
from desktop_app.indicators.progress import Cell, Progress
from desktop_app.indicators.small_numbers import protected
from desktop_app.indicators.words import (
    dimension_word,
    office_word,
    period_word,
    value_word,
    word,
)
from desktop_app.reports.narrative import NARROW_NBSP, format_count


@dataclass(frozen=True)
class Row:
    """One line of the table: texts, and the numbers (None: none) a workbook writes as numbers
    (the actual is None there when it is hidden as a small number)."""

    indicator: str
    period: str
    office: str
    target: float | None
    actual: float | None
    actual_text: str
    percent: float | None
    light: str
    breakdown: str
    cell: Cell

    def texts(self, language: str) -> tuple[str, ...]:
        """The line as shown under `headers`: on screen, on the command line and in the PDF."""
        share = self.cell.indicator.measure in SHARES
        return (
            self.indicator,
            self.period,
            self.office,
            number_text(self.target, share, language),
            self.actual_text,
            percent_text(self.percent, language),
            self.light,
            self.breakdown,
        )


def number_text(value: float | None, share: bool, language: str) -> str:
    if value is None:
        return "-"
    if share:
        rounded = f"{value:.1f}".replace(".", "," if language.startswith("fr") else ".")
        return f"{rounded}{NARROW_NBSP}%" if language.startswith("fr") else f"{rounded}%"
    if value == int(value):
        return format_count(int(value), language)
    return f"{value:.1f}"


def percent_text(value: float | None, language: str) -> str:
    if value is None:
        return "-"
    rounded = int(value + 0.5)
    return f"{rounded}{NARROW_NBSP}%" if language.startswith("fr") else f"{rounded}%"


def breakdown_text(cell: Cell, language: str, threshold: int | None) -> str:
    """ "Sexe : Femmes 6, Hommes 8 · Âge : 15-24 1, …" (small numbers hidden with a
    threshold)."""
    parts = []
    colon = f"{NARROW_NBSP}:" if language.startswith("fr") else ":"
    if cell.indicator.measure == "activities_held":
        threshold = None  # activities name nobody
    for dimension, counts in cell.actual.breakdown.items():
        if not counts:
            continue
        values = []
        for value, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            shown = protected(count, threshold) if threshold else None
            values.append(
                f"{value_word(dimension, value, language)} {shown or format_count(count, language)}"
            )
        parts.append(f"{dimension_word(dimension, language)}{colon} {', '.join(values)}")
    return " · ".join(parts)


def rows(progress: Progress, language: str, threshold: int | None = None) -> list[Row]:
    """Every cell as a row; with `threshold`, disaggregated figures below it are hidden (the
    totals are not: they are the indicator's own figure)."""
    result = []
    for cell in progress.cells:
        share = cell.indicator.measure in SHARES
        actual = cell.actual.value
        result.append(
            Row(
                indicator=f"{cell.indicator.code} {cell.indicator.name}",
                period=period_word(cell.period, language),
                office=office_word(cell.office, language),
                target=cell.target,
                actual=actual,
                actual_text=number_text(actual, share, language),
                percent=cell.percent,
                light=word(cell.light, language),
                breakdown=breakdown_text(cell, language, threshold),
                cell=cell,
            )
        )
    return result


def narratives(progress: Progress, language: str) -> list[str]:
    last = progress.periods[-1]
    return [indicator_narrative(cell, last, language) for cell in progress.to_date]


def headers(language: str) -> tuple[str, ...]:
    return tuple(
        word(key, language)
        for key in (
            "indicator",
            "period",
            "office",
            "target",
            "actual",
            "percent",
            "light",
            "breakdown",
        )
    )
