"""Demo activities offered at first start: the December 2022 field newsletter's events.

Their head counts give the newsletter's own figures ("88 actors including 23 women and 20% of
the participants were young people"), so a new user sees real numbers in every list and report.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.services.activities import ActivityDetails, ActivityFields, create_activity
from desktop_app.services.headcounts import add_head_count
from desktop_app.store import Database


@dataclass(frozen=True)
class DemoHeadCount:
    total: int
    women: int | None = None
    youth: int | None = None
    note: str | None = None


DEMO: tuple[tuple[ActivityFields, DemoHeadCount | None], ...] = (
    (
        ActivityFields(
            title="Restitution of the security sector resource management assessment",
            kind="restitution",
            start_date=dt.date(2022, 12, 5),
            country="NE",
            city="Niamey",
            partner_names=("Defence and Security Commission (CDS)",),
            objectives="Present the diagnostic report on security sector resource management "
            "and its recommendations to the oversight institutions.",
        ),
        None,
    ),
    (
        ActivityFields(
            title="Media training on the Security Sector Reporting Guide",
            kind="training",
            start_date=dt.date(2022, 12, 5),
            end_date=dt.date(2022, 12, 7),
            country="ML",
            city="Bamako",
            venue="Peacekeeping School",
            objectives="Familiarise journalists with security sector governance issues.",
        ),
        DemoHeadCount(22, women=9, note="Representatives of local media"),
    ),
    (
        ActivityFields(
            title="14th National Symposium on Human Rights",
            kind="symposium",
            start_date=dt.date(2022, 12, 7),
            end_date=dt.date(2022, 12, 8),
            country="ML",
            city="Bamako",
            partner_names=("National Human Rights Commission (CNDH)",),
        ),
        DemoHeadCount(151, women=51),
    ),
    (
        ActivityFields(
            title="Espace d'Interpellation Démocratique (EID)",
            kind="forum",
            start_date=dt.date(2022, 12, 10),
            country="ML",
            city="Bamako",
            partner_names=("Mediator of the Republic",),
        ),
        None,
    ),
    (
        ActivityFields(
            title="3rd meeting of the Security Advisory Committee (CCS) of the District of Bamako",
            kind="meeting",
            start_date=dt.date(2022, 12, 14),
            country="ML",
            city="Bamako",
            venue="Governorate of the District of Bamako",
            topics="Small arms and light weapons; follow-up of the previous recommendations; "
            "security situation in the District of Bamako.",
        ),
        DemoHeadCount(88, women=23, youth=18),
    ),
    (
        ActivityFields(
            title="Institutional mediation and community mediation",
            kind="seminar",
            start_date=dt.date(2023, 1, 17),
            end_date=dt.date(2023, 1, 18),
            country="ML",
            city="Bamako",
            partner_names=("Mediator of the Republic",),
        ),
        DemoHeadCount(68, women=14),
    ),
)


def add_demo_activities(database: Database) -> list[ActivityDetails]:
    """Create the demo activities (and their head counts) in the local site's database."""
    created = []
    for fields, head_count in DEMO:
        activity = create_activity(database, fields)
        if head_count is not None:
            add_head_count(
                database,
                activity.id,
                head_count.total,
                women=head_count.women,
                youth=head_count.youth,
                note=head_count.note,
            )
        created.append(activity)
    return created
