"""The charts of the PDF reports, as plain numbers (`document.Chart`): participants by sex and
by age (youth, not youth, age unknown), by month or by day, by category. The same figures and
palette as the report view's charts and the workbook's; `pdf_charts` draws them."""

from __future__ import annotations

from desktop_app.activities.arrivals import Arrivals
from desktop_app.reports import labels
from desktop_app.reports.data import ActivityReport, PeriodReport
from desktop_app.reports.document import CHART_COLOURS, Block, Chart, ChartRow, Series
from desktop_app.reports.labels import label
from desktop_app.reports.narrative import format_count, format_percent


def share(part: int, whole: int, language: str) -> str:
    """part / whole as a percentage ("38 %"), a dash when there is no whole."""
    return format_percent(part, whole, language) if whole else "–"


def youth_header(threshold: int, language: str) -> str:
    return f"{label('youth', language)} ({label('under', language, age=threshold)})"


def sex_and_youth_charts(
    figures: tuple[int, int, int, int, int, int], threshold: int, language: str
) -> ChartRow:
    """Participants by sex and by age (youth, not youth, age unknown), two rings side by side."""
    women, men, not_stated, youth, not_youth, unknown = figures
    participants = women + men + not_stated
    sex = Chart(
        "ring",
        label("by_sex", language),
        (
            Series(label("women", language), CHART_COLOURS["women"], (women,)),
            Series(label("men", language), CHART_COLOURS["men"], (men,)),
            Series(label("sex_unknown", language), CHART_COLOURS["unknown"], (not_stated,)),
        ),
        centre=format_count(participants, language),
        language=language,
    )
    ages = Chart(
        "ring",
        label("youth_share", language),
        (
            Series(youth_header(threshold, language), CHART_COLOURS["youth"], (youth,)),
            Series(
                label("not_youth", language, age=threshold),
                CHART_COLOURS["not_youth"],
                (not_youth,),
            ),
            Series(label("age_unknown", language), CHART_COLOURS["unknown"], (unknown,)),
        ),
        centre=share(youth, participants, language) if youth + not_youth else "–",
        language=language,
    )
    return ChartRow((sex, ages), 50.0)


def category_chart(rows: tuple[tuple[str | None, int], ...], language: str) -> ChartRow:
    """Participants by category, largest first (head-count attendees in their own bar)."""
    chart = Chart(
        "bars",
        label("by_category", language),
        (
            Series(
                label("participants", language),
                CHART_COLOURS["bars"],
                tuple(n for _, n in rows),
            ),
        ),
        tuple(labels.category_label(code, language) for code, _ in rows),
        language=language,
    )
    return ChartRow((chart,), 14.0 + 5.5 * len(rows))


def activity_charts(report: ActivityReport, language: str) -> list[Block]:
    """By sex and age, day by day (named and head counts), by category: those with numbers."""
    c = report.counts
    if not c.participants:
        return []
    figures = (c.women, c.men, c.sex_not_stated, c.youth, c.not_youth, c.age_unknown)
    blocks: list[Block] = [sex_and_youth_charts(figures, c.youth_threshold, language)]
    if len(report.by_day) > 1:
        series = [
            Series(
                label("named", language),
                CHART_COLOURS["bars"],
                tuple(d.named for d in report.by_day),
            )
        ]
        if any(d.unnamed for d in report.by_day):
            series.append(
                Series(
                    label("unnamed", language),
                    CHART_COLOURS["unnamed"],
                    tuple(d.unnamed for d in report.by_day),
                )
            )
        days = Chart(
            "columns",
            f"{label('participants', language)} — {label('by_day', language).lower()}",
            tuple(series),
            tuple(labels.format_date(d.day, language) for d in report.by_day),
            language=language,
        )
        blocks.append(ChartRow((days,), 60.0))
    if report.by_category:
        blocks.append(category_chart(report.by_category, language))
    if report.arrivals is not None and report.arrivals.shown:
        blocks.append(ChartRow((arrivals_chart(report.arrivals, language),), 52.0))
    return blocks


def arrivals_chart(arrived: Arrivals, language: str) -> Chart:
    """Check-ins per quarter hour of local time, every day of the activity together; the
    late ones and those without a time (typed from a sheet) said in the title."""
    title = label("arrivals", language)
    if arrived.late_after is not None:
        title += " — " + label(
            "late_after", language, time=arrived.late_after.strftime("%H:%M"), count=arrived.late
        )
    if arrived.untimed:
        title += " — " + label("untimed", language, count=arrived.untimed)
    return Chart(
        "columns",
        title,
        (
            Series(
                label("checked_in", language),
                CHART_COLOURS["bars"],
                tuple(count for _start, count in arrived.quarters),
            ),
        ),
        tuple(start.strftime("%H:%M") for start, _count in arrived.quarters),
        language=language,
    )


def months_chart(report: PeriodReport, months: dict[str, str], language: str) -> Chart:
    """Participants by sex, month by month, as the report view shows them."""
    rows = report.by_month
    return Chart(
        "columns",
        label("sex_by_month", language),
        (
            Series(label("women", language), CHART_COLOURS["women"], tuple(m.women for m in rows)),
            Series(label("men", language), CHART_COLOURS["men"], tuple(m.men for m in rows)),
            Series(
                label("sex_unknown", language),
                CHART_COLOURS["unknown"],
                tuple(m.sex_not_stated for m in rows),
            ),
        ),
        tuple(months[m.key] for m in rows),
        language=language,
    )
