"""The demonstration's results framework: the project GSS-SAHEL that every newsletter activity
belongs to, five indicators on the counting rules and their targets (docs/indicators.md)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.store.models import AgeBandSet, Indicator, Project, Target

PROJECT = "GSS-SAHEL"
AGE_BANDS = ("UN", "15-24 / 25-34 / 35+", [[15, 24], [25, 34], [35, None]])
# code, name, measure, filters, disaggregations
INDICATORS: tuple[tuple[str, str, str, dict[str, list[str]], list[str]], ...] = (
    (
        "1.1",
        "Acteurs de la sécurité touchés (personnes distinctes)",
        "unique_persons",
        {},
        # By disability status too: shown once the setting record_disability is on.
        ["sex", "disability", "age:UN", "office"],
    ),
    ("1.2", "Journalistes formés", "unique_persons", {"kind": ["training"]}, ["sex"]),
    ("1.3", "Participations aux activités", "participations", {}, ["sex", "category"]),
    ("1.4", "Activités tenues", "activities_held", {}, ["office"]),
    ("1.5", "Personnes-jours de dialogue et de formation", "person_days", {}, []),
)
# indicator, period, office, disaggregation, value
TARGETS: tuple[tuple[str, str, str | None, str | None, float], ...] = (
    ("1.1", "2022", None, None, 600),
    ("1.1", "2022", None, "sex=F", 200),
    ("1.1", "2022Q4", "ML-BKO", None, 450),
    ("1.1", "2022Q4", "NE-NIA", None, 60),
    ("1.2", "2022", None, None, 30),
    ("1.3", "2022", None, None, 550),
    ("1.4", "2022Q4", None, None, 6),
    ("1.4", "2023Q1", None, None, 2),
    ("1.5", "life", None, None, 1000),
)


def add_framework(session: Session) -> None:
    """The project and its framework, when the database has no project GSS-SAHEL yet."""
    if session.scalars(select(Project).where(Project.code == PROJECT)).first():
        return
    project = Project(
        code=PROJECT,
        name="Gouvernance du secteur de la sécurité au Sahel",
        donor="Coopération suisse",
        start_date=dt.date(2022, 7, 1),
        end_date=dt.date(2024, 6, 30),
        offices=["ML-BKO", "NE-NIA"],
        currency="XOF",
    )
    session.add(project)
    if not session.scalars(select(AgeBandSet).where(AgeBandSet.code == AGE_BANDS[0])).first():
        session.add(AgeBandSet(code=AGE_BANDS[0], name=AGE_BANDS[1], bands=AGE_BANDS[2]))
    session.flush()
    by_code = {}
    for order, (code, name, measure, filters, disaggregations) in enumerate(INDICATORS):
        indicator = Indicator(
            project_id=project.id,
            code=code,
            name=name,
            measure=measure,
            filters=filters,
            disaggregations=disaggregations,
            sort_order=order,
        )
        session.add(indicator)
        by_code[code] = indicator
    session.flush()
    for code, period, office, disaggregation, value in TARGETS:
        session.add(
            Target(
                indicator_id=by_code[code].id,
                period=period,
                office=office,
                disaggregation=disaggregation,
                value=value,
            )
        )
