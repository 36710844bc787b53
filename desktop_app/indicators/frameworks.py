"""Projects, age band sets, indicators and targets: create, change, list (plain dataclasses out).

A project's framework (its indicators and targets) is kept by the site that made the project
(HQ, usually): another site reads it, and is refused when it tries to change it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.indicators import definitions
from desktop_app.indicators.definitions import AgeBands
from desktop_app.indicators.periods import parse_period
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.records.validation import Problems, check_date, optional_text, required
from desktop_app.store import Database
from desktop_app.store.models import AgeBandSet, Indicator, Project, Site, Target

CONTEXT = "Indicators"


@dataclass(frozen=True)
class ProjectInfo:
    id: int
    code: str
    name: str
    donor: str | None
    start_date: dt.date | None
    end_date: dt.date | None
    offices: tuple[str, ...]
    currency: str | None
    origin_site: str


@dataclass(frozen=True)
class IndicatorInfo:
    id: int
    project_code: str
    code: str
    name: str
    measure: str
    filters: Mapping[str, tuple[str, ...]]
    disaggregations: tuple[str, ...]
    series_percent: int | None = None  # persons who completed a series: the share of days


@dataclass(frozen=True)
class TargetInfo:
    id: int
    indicator_code: str
    period: str
    office: str | None
    disaggregation: str | None
    value: float


def _error(text: str, **params: object) -> RegistreError:
    return RegistreError(UserMessage(CONTEXT, text, dict(params)))


def project_info(project: Project) -> ProjectInfo:
    return ProjectInfo(
        project.id,
        project.code,
        project.name,
        project.donor,
        project.start_date,
        project.end_date,
        tuple(project.offices or ()),
        project.currency,
        project.origin_site,
    )


def indicator_info(indicator: Indicator, project_code: str) -> IndicatorInfo:
    return IndicatorInfo(
        indicator.id,
        project_code,
        indicator.code,
        indicator.name,
        indicator.measure,
        {k: tuple(v) for k, v in (indicator.filters or {}).items()},
        tuple(indicator.disaggregations or ()),
        indicator.series_percent,
    )


# Projects -------------------------------------------------------------------------------------


def add_project(
    database: Database,
    code: str,
    name: str,
    *,
    donor: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    offices: Sequence[str] = (),
    currency: str | None = None,
) -> ProjectInfo:
    problems = Problems()
    clean_code = required(problems, "code", code, 60)
    clean_name = required(problems, "name", name, 200)
    clean_donor = optional_text(problems, "donor", donor, 200)
    check_date(problems, "start", start)
    check_date(problems, "end", end)
    if start and end and end < start:
        problems.add("end", QT_TRANSLATE_NOOP("Validation", "The end comes before the start."))
    clean_currency = (currency or "").strip().upper() or None
    if clean_currency and not (len(clean_currency) == 3 and clean_currency.isalpha()):
        problems.add(
            "currency",
            QT_TRANSLATE_NOOP("Indicators", "A currency is a code of three letters (XOF, EUR)."),
        )
    problems.raise_if_any()
    with database.session() as session:
        known = {code for code in session.scalars(select(Site.code))}
        unknown = [o for o in offices if o not in known]
        if unknown:
            raise _error(
                QT_TRANSLATE_NOOP("Indicators", "There is no office {office}; offices: {all}."),
                office=unknown[0],
                all=", ".join(sorted(known)),
            )
        if session.scalars(select(Project).where(Project.code == clean_code)).first():
            raise _error(
                QT_TRANSLATE_NOOP("Indicators", "There is already a project {code}."),
                code=clean_code,
            )
        project = Project(
            code=clean_code,
            name=clean_name,
            donor=clean_donor,
            start_date=start,
            end_date=end,
            offices=sorted(set(offices)),
            currency=clean_currency,
        )
        session.add(project)
        session.flush()
        return project_info(project)


def list_projects(database: Database) -> list[ProjectInfo]:
    with database.session() as session:
        return [
            project_info(p)
            for p in session.scalars(select(Project).where(~Project.deleted).order_by(Project.code))
        ]


def project_by_code(session: Session, code: str) -> Project:
    project = session.scalars(
        select(Project).where(Project.code == code.strip(), ~Project.deleted)
    ).first()
    if project is None:
        raise _error(QT_TRANSLATE_NOOP("Indicators", "There is no project {code}."), code=code)
    return project


def get_project(database: Database, code: str) -> ProjectInfo:
    with database.session() as session:
        return project_info(project_by_code(session, code))


def _check_keeper(session: Session, project: Project) -> None:
    """Refuse a change to a framework that another site keeps."""
    here = session.info.get("site_code")
    if project.origin_site != here:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Indicators",
                "The results framework of project {code} is kept by {site}: it is changed"
                " there and reaches this office with its export.",
            ),
            code=project.code,
            site=project.origin_site,
        )


# Age band sets --------------------------------------------------------------------------------


def add_age_band_set(database: Database, code: str, name: str, bands: str) -> AgeBands:
    parsed = definitions.parse_bands(bands)
    problems = Problems()
    clean_code = required(problems, "code", code, 40)
    clean_name = required(problems, "name", name, 120)
    problems.raise_if_any()
    with database.session() as session:
        if session.scalars(select(AgeBandSet).where(AgeBandSet.code == clean_code)).first():
            raise _error(
                QT_TRANSLATE_NOOP("Indicators", "There is already an age band set {code}."),
                code=clean_code,
            )
        session.add(AgeBandSet(code=clean_code, name=clean_name, bands=[list(b) for b in parsed]))
    return AgeBands(clean_code, clean_name, parsed)


def age_band_sets(session: Session) -> dict[str, AgeBands]:
    return {
        s.code: AgeBands(s.code, s.name, tuple((b[0], b[1]) for b in s.bands))  # type: ignore[misc]
        for s in session.scalars(select(AgeBandSet).where(~AgeBandSet.deleted))
    }


def list_age_band_sets(database: Database) -> list[AgeBands]:
    with database.session() as session:
        return sorted(age_band_sets(session).values(), key=lambda s: s.code)


# Indicators -----------------------------------------------------------------------------------


def add_indicator(
    database: Database,
    project_code: str,
    code: str,
    name: str,
    measure: str,
    *,
    filters: Mapping[str, Sequence[str]] | None = None,
    disaggregations: Sequence[str] = (),
    with_disability: bool = False,
    series_percent: int | None = None,
) -> IndicatorInfo:
    """`with_disability`: the disaggregation by disability status may be chosen (the setting
    `record_disability`). `series_percent`: for persons who completed a series, the share of
    its days to attend."""
    problems = Problems()
    clean_code = required(problems, "code", code, 40)
    clean_name = required(problems, "name", name, 300)
    problems.raise_if_any()
    definitions.check_measure(measure)
    clean_filters = definitions.check_filters(filters or {})
    definitions.check_role_filter(measure, clean_filters)
    percent = definitions.check_series(measure, clean_filters, series_percent)
    with database.session() as session:
        project = project_by_code(session, project_code)
        _check_keeper(session, project)
        clean_disaggregations = definitions.check_disaggregations(
            measure,
            disaggregations,
            sorted(age_band_sets(session)),
            with_disability=with_disability,
        )
        siblings = list(
            session.scalars(
                select(Indicator).where(Indicator.project_id == project.id, ~Indicator.deleted)
            )
        )
        if any(i.code == clean_code for i in siblings):
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Indicators", "Project {project} already has an indicator {code}."
                ),
                project=project.code,
                code=clean_code,
            )
        indicator = Indicator(
            project_id=project.id,
            code=clean_code,
            name=clean_name,
            measure=measure,
            filters=clean_filters,
            disaggregations=clean_disaggregations,
            series_percent=percent,
            sort_order=len(siblings),
        )
        session.add(indicator)
        session.flush()
        return indicator_info(indicator, project.code)


def project_indicators(session: Session, project: Project) -> list[Indicator]:
    return list(
        session.scalars(
            select(Indicator)
            .where(Indicator.project_id == project.id, ~Indicator.deleted)
            .order_by(Indicator.sort_order, Indicator.id)
        )
    )


def list_indicators(database: Database, project_code: str) -> list[IndicatorInfo]:
    with database.session() as session:
        project = project_by_code(session, project_code)
        return [indicator_info(i, project.code) for i in project_indicators(session, project)]


def indicator_by_code(session: Session, project: Project, code: str) -> Indicator:
    for indicator in project_indicators(session, project):
        if indicator.code == code.strip():
            return indicator
    raise _error(
        QT_TRANSLATE_NOOP("Indicators", "Project {project} has no indicator {code}."),
        project=project.code,
        code=code,
    )


def get_indicator(database: Database, project_code: str, code: str) -> IndicatorInfo:
    with database.session() as session:
        project = project_by_code(session, project_code)
        return indicator_info(indicator_by_code(session, project, code), project.code)


# Targets --------------------------------------------------------------------------------------


def set_target(
    database: Database,
    project_code: str,
    indicator_code: str,
    period: str,
    value: float,
    *,
    office: str | None = None,
    disaggregation: str | None = None,
) -> TargetInfo:
    """Set (or replace) the target of an indicator for a period, an office (None: all) and
    optionally one disaggregation value ("sex:F")."""
    if not value >= 0:
        raise _error(QT_TRANSLATE_NOOP("Indicators", "A target is a number, zero or more."))
    with database.session() as session:
        project = project_by_code(session, project_code)
        _check_keeper(session, project)
        indicator = indicator_by_code(session, project, indicator_code)
        parsed = parse_period(period, project.start_date, project.end_date)
        if indicator.measure in definitions.SHARES and value > 100:
            raise _error(QT_TRANSLATE_NOOP("Indicators", "A share's target is at most 100%."))
        if office and office not in (project.offices or []):
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Indicators", "Project {project} has no office {office}; its offices: {all}."
                ),
                project=project.code,
                office=office,
                all=", ".join(project.offices or []) or "-",
            )
        if disaggregation:
            dimension = disaggregation.split("=", 1)[0]
            if "=" not in disaggregation or dimension not in indicator.disaggregations:
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "Indicators",
                        "A target's disaggregation is written DISAGGREGATION=VALUE (sex=F) with"
                        " one of the indicator's disaggregations: {all}.",
                    ),
                    all=", ".join(indicator.disaggregations) or "-",
                )
        existing = session.scalars(
            select(Target).where(
                Target.indicator_id == indicator.id,
                Target.period == parsed.code,
                Target.office.is_(None) if not office else Target.office == office,
                Target.disaggregation.is_(None)
                if not disaggregation
                else Target.disaggregation == disaggregation,
                ~Target.deleted,
            )
        ).first()
        if existing is None:
            existing = Target(
                indicator_id=indicator.id,
                period=parsed.code,
                office=office or None,
                disaggregation=disaggregation or None,
                value=float(value),
            )
            session.add(existing)
        else:
            existing.value = float(value)
        session.flush()
        return TargetInfo(
            existing.id, indicator.code, parsed.code, office or None, disaggregation or None, value
        )


def indicator_targets(session: Session, indicator_id: int) -> list[Target]:
    return list(
        session.scalars(
            select(Target)
            .where(Target.indicator_id == indicator_id, ~Target.deleted)
            # "All offices" and the total first, on either engine (NULLs sort apart).
            .order_by(
                Target.period,
                Target.office.is_not(None),
                Target.office,
                Target.disaggregation.is_not(None),
                Target.disaggregation,
            )
        )
    )


def list_targets(database: Database, project_code: str, indicator_code: str) -> list[TargetInfo]:
    with database.session() as session:
        project = project_by_code(session, project_code)
        indicator = indicator_by_code(session, project, indicator_code)
        return [
            TargetInfo(t.id, indicator.code, t.period, t.office, t.disaggregation, t.value)
            for t in indicator_targets(session, indicator.id)
        ]


def copy_framework(database: Database, source_code: str, target_code: str) -> int:
    """Copy the indicators and targets of project `source_code` into `target_code` (its own
    framework, kept by this site); an indicator whose code the target has already is left out.
    Returns the number of indicators copied."""
    with database.session() as session:
        source = project_by_code(session, source_code)
        target = project_by_code(session, target_code)
        _check_keeper(session, target)
        have = {i.code for i in project_indicators(session, target)}
        copied = 0
        for indicator in project_indicators(session, source):
            if indicator.code in have:
                continue
            twin = Indicator(
                project_id=target.id,
                code=indicator.code,
                name=indicator.name,
                measure=indicator.measure,
                filters=dict(indicator.filters or {}),
                disaggregations=list(indicator.disaggregations or []),
                series_percent=indicator.series_percent,
                sort_order=len(have) + copied,
            )
            session.add(twin)
            session.flush()
            for t in indicator_targets(session, indicator.id):
                if t.office is None or t.office in (target.offices or []):
                    session.add(
                        Target(
                            indicator_id=twin.id,
                            period=t.period,
                            office=t.office,
                            disaggregation=t.disaggregation,
                            value=t.value,
                        )
                    )
            copied += 1
        return copied
