"""Load the newsletter's six activities with made-up participants (`registre demo`), and the
project they belong to with its indicators and targets (demo/framework.py).

The counts of the loaded data match the newsletter exactly (see demo_data.py). Loading twice is
refused: the demonstration activities have fixed identities.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.demo.disability import add_answers
from desktop_app.demo.framework import add_framework
from desktop_app.demo.newsletter import (
    FAMILY_NAMES,
    MEN_NAMES,
    PLANS,
    TAGS,
    WOMEN_NAMES,
    ActivityPlan,
)
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.records.ages import is_youth
from desktop_app.records.phones import parse_phone
from desktop_app.records.tag_text import tag_key
from desktop_app.records.text import person_search_text
from desktop_app.registry.organisations import found_or_created
from desktop_app.registry.sites import SiteInfo, init_site, local_site
from desktop_app.store import Database
from desktop_app.store.models import Activity, ActivityTag, Attendance, HeadCount, Person

DEMO_SITE = ("ML-BKO", "Bureau de Bamako", "ML")
MOBILE_PREFIXES = {"ML": ("76", "66", "79", "65", "70", "75"), "NE": ("90", "96", "94", "99")}


@dataclass(frozen=True)
class DemoSummary:
    site_created: SiteInfo | None  # the site set up for the demo when the database had none
    activity_ids: tuple[int, ...]
    persons: int
    attendances: int
    head_counts: int


def demo_uuid(key: str) -> str:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"registre-demo/{key}").hex


def load_demo(database: Database) -> DemoSummary:
    """Add the demonstration data in one transaction; refused when it is already there."""
    site_created = None
    if local_site(database) is None:
        site_created = init_site(database, *DEMO_SITE)
    uuids = [demo_uuid(plan.key) for plan in PLANS]
    with database.session() as session:
        if session.scalars(select(Activity.id).where(Activity.uuid.in_(uuids))).first():
            raise RegistreError(
                UserMessage(
                    "Demo",
                    QT_TRANSLATE_NOOP(
                        "Demo",
                        "The demonstration activities are already in this database: "
                        "nothing was added.",
                    ),
                )
            )
        builder = _Builder(session)
        for plan in PLANS:
            builder.add(plan)
        add_answers(builder.participants)
        add_framework(session)
        session.flush()
        return DemoSummary(
            site_created,
            tuple(builder.activity_ids),
            builder.person_count,
            builder.attendance_count,
            builder.head_count_count,
        )


class _Builder:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.random = random.Random(2022)
        self.used_names: set[tuple[str, str]] = set()
        self.participants: dict[str, list[Person]] = {}
        self.activity_ids: list[int] = []
        self.person_count = self.attendance_count = self.head_count_count = 0

    def add(self, plan: ActivityPlan) -> None:
        activity = Activity(
            uuid=demo_uuid(plan.key),
            title=plan.title,
            kind=plan.kind,
            status="held",
            start_date=plan.start,
            end_date=plan.end,
            country=plan.country,
            city=plan.city,
            venue=plan.venue,
            office=plan.office,
            project_code="GSS-SAHEL",
            objectives=plan.objectives,
            partners=[found_or_created(self.session, name, plan.country) for name in plan.partners],
            tags=[ActivityTag(key=tag_key(tag), tag=tag) for tag in TAGS.get(plan.key, ())],
        )
        self.session.add(activity)
        self.session.flush()
        self.activity_ids.append(activity.id)
        days = [plan.start + dt.timedelta(n) for n in range((plan.end - plan.start).days + 1)]
        persons = self._participants(plan)
        self.participants[plan.key] = persons
        team = [
            self._person(plan, m.family_name, m.given_names, m.sex, None, m.organisation)
            for m in plan.team
        ]
        self.session.flush()  # ids for the attendance rows and their audit entries
        for index, person in enumerate(persons):
            present = list(days)
            if len(days) > 1 and index >= len(persons) - plan.missing_one_day:
                present.remove(self.random.choice(days))
            for day in present:
                self._attend(activity, person, day, "participant", signed=index % 9 != 4)
        for member, person in zip(plan.team, team, strict=True):
            for day in [member.day] if member.day else days:
                self._attend(activity, person, day, member.role, signed=True)
        if plan.head_count is not None:
            head = plan.head_count
            self.session.add(
                HeadCount(
                    activity_id=activity.id,
                    day=None,
                    total=head.total,
                    women=head.women,
                    youth=head.youth,
                    note=head.note,
                )
            )
            self.head_count_count += 1

    def _participants(self, plan: ActivityPlan) -> list[Person]:
        """Named participants whose sex and age add up to the plan's figures exactly."""
        unnamed = plan.head_count.total if plan.head_count else 0
        unnamed_women = plan.head_count.women or 0 if plan.head_count else 0
        named = plan.participants - unnamed
        shared: list[Person] = []
        if plan.shared_from:
            key, count = plan.shared_from
            adults = [p for p in self.participants[key] if p.birth_year and p.birth_year < 1985]
            shared = adults[:count]
        women = plan.women - unnamed_women - sum(p.sex == "F" for p in shared)
        youth = plan.youth - sum(
            is_youth(p.birth_year, p.age_band, plan.start) is True for p in shared
        )
        unknown = plan.age_unknown - sum(
            is_youth(p.birth_year, p.age_band, plan.start) is None for p in shared
        )
        fresh = named - len(shared)
        sexes = ["F"] * women + ["M"] * (fresh - women)
        ages = ["youth"] * youth + ["unknown"] * unknown
        ages += ["adult"] * (fresh - len(ages))
        self.random.shuffle(sexes)
        self.random.shuffle(ages)
        persons = list(shared)
        for index, (sex, age) in enumerate(zip(sexes, ages, strict=True)):
            birth_year = None
            if age == "youth":
                birth_year = plan.start.year - self.random.randint(20, 29)
            elif age == "adult":
                birth_year = plan.start.year - self.random.randint(31, 64)
            family, given = self._name(sex)
            organisation = plan.organisations[index % len(plan.organisations)]
            person = self._person(plan, family, given, sex, birth_year, organisation)
            person.category = plan.categories[index % len(plan.categories)]
            persons.append(person)
        return persons

    def _name(self, sex: str) -> tuple[str, str]:
        given_names = WOMEN_NAMES if sex == "F" else MEN_NAMES
        while True:
            name = (self.random.choice(FAMILY_NAMES), self.random.choice(given_names))
            if name not in self.used_names:
                self.used_names.add(name)
                return name

    def _person(
        self,
        plan: ActivityPlan,
        family: str,
        given: str,
        sex: str,
        birth_year: int | None,
        organisation_name: str,
    ) -> Person:
        organisation = found_or_created(self.session, organisation_name, plan.country)
        phone = None
        if self.random.random() < 0.6:
            prefix = self.random.choice(MOBILE_PREFIXES[plan.country])
            digits = prefix + "".join(str(self.random.randint(0, 9)) for _ in range(6))
            phone = parse_phone(digits, plan.country)
        person = Person(
            family_name=family,
            given_names=given,
            sex=sex,
            birth_year=birth_year,
            organisation_id=organisation.id,
            organisation=organisation,
            nationality=plan.country,
            phone=phone,
            search_text=person_search_text(
                family, given, organisation.name, organisation.acronym, phone, None
            ),
        )
        self.session.add(person)
        self.person_count += 1
        return person

    def _attend(
        self, activity: Activity, person: Person, day: dt.date, role: str, signed: bool
    ) -> None:
        checked_in = dt.datetime.combine(day, dt.time(8, 30)) + dt.timedelta(
            minutes=self.random.randint(0, 50)
        )
        self.session.add(
            Attendance(
                activity_id=activity.id,
                person_id=person.id,
                day=day,
                role=role,
                checked_in_at=checked_in,
                signed=signed,
            )
        )
        self.attendance_count += 1
