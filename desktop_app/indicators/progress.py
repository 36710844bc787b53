"""Progress of a project's indicators: for each indicator, period and office, the actual (from
the counting rules, measures.py), its breakdown, the target, the percentage reached, a traffic
light, and the list behind every figure (lists.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from desktop_app.activities.people import people_of
from desktop_app.indicators import periods as periods_module
from desktop_app.indicators.definitions import DISABILITY, SHARES
from desktop_app.indicators.facts import Facts, read_facts
from desktop_app.indicators.frameworks import (
    IndicatorInfo,
    ProjectInfo,
    age_band_sets,
    indicator_info,
    indicator_targets,
    project_by_code,
    project_indicators,
    project_info,
)
from desktop_app.indicators.measures import Definition, Value, contributions, value_of
from desktop_app.indicators.periods import Period
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.records.ages import DEFAULT_YOUTH_THRESHOLD
from desktop_app.store import Database
from desktop_app.store.models import Activity

# Traffic light: the actual against what the target asks by now (all of it once the period is
# over, the share of its days gone by while it runs).
GREEN_FROM = 90.0
AMBER_FROM = 60.0
GREEN, AMBER, RED, NO_TARGET, NOT_STARTED = "green", "amber", "red", "none", "not_started"


@dataclass(frozen=True)
class Cell:
    indicator: IndicatorInfo
    period: Period
    office: str | None  # None: every office
    actual: Value
    target: float | None
    percent: float | None  # of the target reached
    light: str
    # Targets per disaggregation value ("sex=F" -> 300) and the percentage of each.
    value_targets: Mapping[str, tuple[float, float | None]]


@dataclass(frozen=True)
class Progress:
    project: ProjectInfo
    indicators: tuple[IndicatorInfo, ...]
    periods: tuple[Period, ...]
    offices: tuple[str | None, ...]
    cells: tuple[Cell, ...]
    # The year to date of the last period, for the narrative (an annual target's progress).
    to_date: tuple[Cell, ...]
    youth_threshold: int

    def cell(self, indicator_code: str, period_code: str, office: str | None) -> Cell:
        for cell in self.cells:
            if (cell.indicator.code, cell.period.code, cell.office) == (
                indicator_code,
                period_code,
                office,
            ):
                return cell
        raise KeyError((indicator_code, period_code, office))


def definition(indicator: IndicatorInfo) -> Definition:
    return Definition(
        indicator.measure, indicator.filters, indicator.disaggregations, indicator.series_percent
    )


def shown(indicator: IndicatorInfo, with_disability: bool) -> IndicatorInfo:
    """The indicator as a table shows it: without its disaggregation by disability status
    while the disability questions are not recorded (the setting)."""
    if with_disability or DISABILITY not in indicator.disaggregations:
        return indicator
    kept = tuple(d for d in indicator.disaggregations if d != DISABILITY)
    return dataclasses.replace(indicator, disaggregations=kept)


def progress(
    database: Database,
    project_code: str,
    period: str | None = None,
    office: str | None = None,
    *,
    youth_threshold: int = DEFAULT_YOUTH_THRESHOLD,
    today: dt.date | None = None,
    with_disability: bool = False,
) -> Progress:
    """The progress table of a project: the quarters of `period`'s year when it is a year (or,
    without a period, of the year of the project's latest activity), else that one period; for
    `office`, or for each of the project's offices and all of them together.
    `with_disability`: the breakdowns by disability status are shown (the setting)."""
    today = today or dt.date.today()
    with database.session() as session:
        project = project_by_code(session, project_code)
        info = project_info(project)
        chosen = _periods(session, info, period, today)
        if office and office not in info.offices:
            raise RegistreError(
                UserMessage(
                    "Indicators",
                    QT_TRANSLATE_NOOP(
                        "Indicators",
                        "Project {project} has no office {office}; its offices: {all}.",
                    ),
                    {"project": info.code, "office": office, "all": ", ".join(info.offices) or "-"},
                )
            )
        offices: tuple[str | None, ...] = (office,) if office else (*info.offices, None)
        indicators = project_indicators(session, project)
        # An analyst's views hold no disability answer: no breakdown rather than all "not recorded".
        with_disability = with_disability and not people_of(session).pseudonymised
        infos = tuple(shown(indicator_info(i, info.code), with_disability) for i in indicators)
        targets = {
            i.id: {
                (t.period, t.office, t.disaggregation): t.value
                for t in indicator_targets(session, i.id)
            }
            for i in indicators
        }
        age_sets = age_band_sets(session)
        last = chosen[-1]
        span_start = min((p.start for p in chosen if p.start), default=None)
        to_date = periods_module.year_to_date(last) if last.kind in ("quarter", "month") else last
        if to_date.start and span_start:
            span_start = min(span_start, to_date.start)
        span_end = (
            max((p.end for p in chosen if p.end), default=None)
            if all(p.end for p in chosen)
            else None
        )
        roles = any(i.filters.get("role") for i in infos)
        facts = read_facts(session, info.code, span_start, span_end, youth_threshold, roles=roles)
    cells = []
    for indicator in infos:
        for chosen_period in chosen:
            for place in offices:
                cells.append(
                    _cell(facts, indicator, chosen_period, place, targets, age_sets, today)
                )
    narrative_cells = tuple(
        _cell(facts, indicator, to_date, office, targets, age_sets, today, target_period=to_date)
        for indicator in infos
    )
    return Progress(info, infos, chosen, offices, tuple(cells), narrative_cells, youth_threshold)


def _periods(
    session: object, project: ProjectInfo, text: str | None, today: dt.date
) -> tuple[Period, ...]:
    if text:
        parsed = periods_module.parse_period(text, project.start_date, project.end_date)
        return (
            periods_module.quarters_of(parsed.start.year)
            if parsed.kind == "year" and parsed.start
            else (parsed,)
        )
    latest = session.scalar(  # type: ignore[attr-defined]
        select(func.max(Activity.start_date)).where(
            Activity.project_code == project.code, ~Activity.deleted
        )
    )
    year = latest.year if latest else (project.start_date or today).year
    return periods_module.quarters_of(year)


def _cell(
    facts: Facts,
    indicator: IndicatorInfo,
    period: Period,
    office: str | None,
    targets: Mapping[int, Mapping[tuple[str, str | None, str | None], float]],
    age_sets: Mapping[str, object],
    today: dt.date,
    *,
    target_period: Period | None = None,
) -> Cell:
    shape = definition(indicator)
    items = contributions(facts, shape, period, office, age_sets)  # type: ignore[arg-type]
    actual = value_of(shape, items)
    own = targets.get(indicator.id, {})
    code = (target_period or period).code
    target = own.get((code, office, None))
    percent = _percent(actual.value, target)
    value_targets: dict[str, tuple[float, float | None]] = {}
    for (t_period, t_office, disaggregation), value in own.items():
        if t_period == code and t_office == office and disaggregation:
            dimension, _, wanted = disaggregation.partition("=")
            reached = actual.breakdown.get(dimension, {}).get(wanted, 0)
            value_targets[disaggregation] = (value, _percent(float(reached), value))
    light = _light(indicator, period, percent, target, today)
    return Cell(indicator, period, office, actual, target, percent, light, value_targets)


def _percent(actual: float | None, target: float | None) -> float | None:
    if actual is None or not target:
        return None
    return 100 * actual / target


def _light(
    indicator: IndicatorInfo,
    period: Period,
    percent: float | None,
    target: float | None,
    today: dt.date,
) -> str:
    if target is None:
        return NO_TARGET
    if period.start and today < period.start:
        return NOT_STARTED
    if percent is None:
        return RED
    expected = 100.0
    if indicator.measure not in SHARES and period.start and period.end and today <= period.end:
        gone = (today - period.start).days + 1
        expected = 100.0 * gone / ((period.end - period.start).days + 1)
    reached = 100 * percent / expected if expected else 100.0
    return GREEN if reached >= GREEN_FROM else AMBER if reached >= AMBER_FROM else RED


def cells_of(progress_table: Progress, indicator_code: str) -> Sequence[Cell]:
    return [c for c in progress_table.cells if c.indicator.code == indicator_code]


@dataclass(frozen=True)
class SeriesPoint:
    """One period of a chart: the actual and the target of the table's cell (None: none)."""

    period: Period
    actual: float | None
    target: float | None
    cell: Cell


@dataclass(frozen=True)
class ProgressSeries:
    """An indicator's actual against its target over the table's periods, for one office or
    every office together: the numbers the window's chart, the workbook's and the PDF's draw."""

    indicator: IndicatorInfo
    office: str | None
    points: tuple[SeriesPoint, ...]

    @property
    def share(self) -> bool:
        return self.indicator.measure in SHARES


def chart_series(
    progress_table: Progress, indicator_code: str, office: str | None
) -> ProgressSeries:
    """The table's cells of one indicator and office, period by period, as they are in the
    table (a chart shows the same figures as the row beside it)."""
    points = tuple(
        SeriesPoint(c.period, c.actual.value, c.target, c)
        for c in progress_table.cells
        if c.indicator.code == indicator_code and c.office == office
    )
    if not points:
        raise KeyError((indicator_code, office))
    return ProgressSeries(points[0].cell.indicator, office, points)


def documents_office(progress_table: Progress) -> str | None:
    """The office the documents' charts show: every office together, or the table's one."""
    return None if None in progress_table.offices else progress_table.offices[0]
