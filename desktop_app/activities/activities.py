"""Activities: create, edit, cancel, delete (tombstone), restore and get (listed: activity_list)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.activities.tags import check_tags, set_tags
from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.records.countries import country_code
from desktop_app.records.field_rules import TEXT_LIMITS
from desktop_app.records.revisions import check_revision, refusing_stale
from desktop_app.records.validation import (
    Problems,
    check_date,
    not_found,
    optional_text,
    required,
)
from desktop_app.registry import organisations
from desktop_app.registry.organisations import OrganisationInfo
from desktop_app.registry.sites import require_site
from desktop_app.store import Database
from desktop_app.store.models import Activity, Attendance, HeadCount, Organisation
from desktop_app.store.vocabulary import activity_kinds

STATUSES = ("planned", "held", "cancelled")
NARRATIVE = ("objectives", "topics", "outcomes", "follow_up", "notes")


@dataclass(frozen=True)
class ActivityFields:
    """What a form sends to create or edit an activity. `end_date` defaults to `start_date`.

    Partners are organisations picked by id (`partner_ids`) or typed by name (`partner_names`,
    found by name or acronym, created when new). `tags`: the activity's tags (activities/tags.py);
    None leaves them as they are.
    """

    title: str
    kind: str
    start_date: dt.date | None
    country: str
    city: str
    end_date: dt.date | None = None
    status: str = "held"
    venue: str | None = None
    office: str | None = None
    project_code: str | None = None
    objectives: str | None = None
    topics: str | None = None
    outcomes: str | None = None
    follow_up: str | None = None
    notes: str | None = None
    partner_ids: tuple[int, ...] = ()
    partner_names: tuple[str, ...] = ()
    tags: tuple[str, ...] | None = None


@dataclass(frozen=True, kw_only=True)
class ActivitySummary:
    """What names an activity wherever it is shown: in the list, a report, a form."""

    id: int
    title: str
    kind: str
    status: str
    start_date: dt.date
    end_date: dt.date
    country: str
    city: str
    venue: str | None
    deleted: bool

    @property
    def days(self) -> tuple[dt.date, ...]:
        return days_between(self.start_date, self.end_date)


def summary_fields(activity: Activity) -> dict[str, Any]:
    """The fields of `ActivitySummary`, read from the stored activity (same names)."""
    return {f.name: getattr(activity, f.name) for f in dataclasses.fields(ActivitySummary)}


@dataclass(frozen=True, kw_only=True)
class ActivityDetails(ActivitySummary):
    uuid: str
    office: str | None
    project_code: str | None
    objectives: str | None
    topics: str | None
    outcomes: str | None
    follow_up: str | None
    notes: str | None
    partners: tuple[OrganisationInfo, ...]
    tags: tuple[str, ...]
    revision: int
    changed_at: dt.datetime
    changed_by_site: str

    def fields(self) -> ActivityFields:
        """The editable fields, to pre-fill a form or build an edit with `dataclasses.replace`."""
        return ActivityFields(
            title=self.title,
            kind=self.kind,
            start_date=self.start_date,
            end_date=self.end_date,
            country=self.country,
            city=self.city,
            status=self.status,
            venue=self.venue,
            office=self.office,
            project_code=self.project_code,
            objectives=self.objectives,
            topics=self.topics,
            outcomes=self.outcomes,
            follow_up=self.follow_up,
            notes=self.notes,
            partner_ids=tuple(p.id for p in self.partners),
            tags=self.tags,
        )


def days_between(start: dt.date, end: dt.date) -> tuple[dt.date, ...]:
    return tuple(start + dt.timedelta(days=n) for n in range((end - start).days + 1))


def details(activity: Activity) -> ActivityDetails:
    return ActivityDetails(
        **summary_fields(activity),
        uuid=activity.uuid,
        office=activity.office,
        project_code=activity.project_code,
        objectives=activity.objectives,
        topics=activity.topics,
        outcomes=activity.outcomes,
        follow_up=activity.follow_up,
        notes=activity.notes,
        partners=tuple(organisations.info(p) for p in activity.partners),
        tags=tuple(t.tag for t in activity.tags),
        revision=activity.revision,
        changed_at=activity.changed_at,
        changed_by_site=activity.changed_by_site,
    )


@dataclass(frozen=True)
class _Clean:
    """An activity's texts cleaned and checked (field_rules), ready to store."""

    texts: dict[str, str | None]
    country: str | None
    tags: list[str] | None


def _check(fields: ActivityFields) -> tuple[Problems, _Clean]:
    problems = Problems()
    limits = TEXT_LIMITS["activity"]
    texts: dict[str, str | None] = {
        "title": required(problems, "title", fields.title, limits["title"]),
        "city": required(problems, "city", fields.city, limits["city"]),
    }
    for name in ("venue", "office", "project_code", *NARRATIVE):
        texts[name] = optional_text(
            problems, name, getattr(fields, name), limits[name], multiline=name in NARRATIVE
        )
    kind = required(problems, "kind", fields.kind)
    if kind and kind not in {t.code for t in activity_kinds()}:
        problems.add(
            "kind", QT_TRANSLATE_NOOP("Validation", "Unknown kind of activity {value}."), value=kind
        )
    if fields.status not in STATUSES:
        problems.add(
            "status",
            QT_TRANSLATE_NOOP("Validation", "Unknown status {value}."),
            value=fields.status,
        )
    if fields.start_date is None:
        problems.add("start_date", QT_TRANSLATE_NOOP("Validation", "This field is required."))
    else:
        check_date(problems, "start_date", fields.start_date)
        check_date(problems, "end_date", fields.end_date)
        if (
            fields.end_date is not None
            and fields.end_date < fields.start_date
            and "end_date" not in problems
        ):
            problems.add(
                "end_date",
                QT_TRANSLATE_NOOP("Validation", "The end date cannot be before the start date."),
            )
    country = country_code(problems, "country", fields.country, needed=True)
    tags = None if fields.tags is None else check_tags(problems, fields.tags)
    return problems, _Clean(texts, country, tags)


def _apply(session: Session, activity: Activity, fields: ActivityFields, clean: _Clean) -> None:
    assert fields.start_date is not None and clean.country is not None
    activity.title = clean.texts["title"] or ""
    activity.kind = fields.kind.strip()
    activity.status = fields.status
    activity.start_date = fields.start_date
    activity.end_date = fields.end_date or fields.start_date
    activity.country = clean.country
    activity.city = clean.texts["city"] or ""
    activity.venue = clean.texts["venue"]
    activity.office = clean.texts["office"]
    activity.project_code = clean.texts["project_code"]
    for name in NARRATIVE:
        setattr(activity, name, clean.texts[name])
    partners: list[Organisation] = []
    for partner_id in dict.fromkeys(fields.partner_ids):
        organisation = session.get(Organisation, partner_id)
        if organisation is None or organisation.deleted:
            raise not_found("organisation", partner_id)
        partners.append(organisation)
    for name in fields.partner_names:
        if name.strip():
            organisation = organisations.found_or_created(session, name, activity.country)
            if organisation not in partners:
                partners.append(organisation)
    if list(activity.partners) != partners:
        activity.partners = partners
    if clean.tags is not None:
        set_tags(session, activity, clean.tags)


def create_activity(database: Database, fields: ActivityFields) -> ActivityDetails:
    problems, clean = _check(fields)
    problems.raise_if_any()
    site = require_site(database)
    with database.session() as session:
        activity = Activity()
        _apply(session, activity, fields, clean)
        activity.office = activity.office or site.code
        session.add(activity)
        session.flush()
        return details(activity)


def edit_activity(
    database: Database,
    activity_id: int,
    fields: ActivityFields,
    *,
    expected_revision: int | None = None,
) -> ActivityDetails:
    """Replace the activity's fields. Dates cannot leave out a day with attendance or a head
    count. `expected_revision`: the revision the form was loaded at; RecordChangedElsewhere
    when someone else saved the activity since (records/revisions.py)."""
    problems, clean = _check(fields)
    problems.raise_if_any()
    assert fields.start_date is not None
    end = fields.end_date or fields.start_date
    with refusing_stale("activity"), database.session() as session:
        activity = _live(session, activity_id)
        check_revision(activity, expected_revision, "activity")
        outside = session.scalars(
            select(Attendance.day)
            .where(
                Attendance.activity_id == activity_id,
                ~Attendance.deleted,
                (Attendance.day < fields.start_date) | (Attendance.day > end),
            )
            .union(
                select(HeadCount.day).where(
                    HeadCount.activity_id == activity_id,
                    ~HeadCount.deleted,
                    (HeadCount.day < fields.start_date) | (HeadCount.day > end),
                )
            )
            .order_by("day")
            .limit(1)
        ).first()
        if outside is not None:
            problems.add(
                "start_date" if outside < fields.start_date else "end_date",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Attendance or a head count is recorded on {day}, outside these dates: "
                    "remove it first or keep that day.",
                ),
                day=outside.isoformat(),
            )
            problems.raise_if_any()
        _apply(session, activity, fields, clean)
        session.flush()
        return details(activity)


def _live(session: Session, activity_id: int) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None or activity.deleted:
        raise not_found("activity", activity_id)
    return activity


def cancel_activity(
    database: Database, activity_id: int, *, expected_revision: int | None = None
) -> ActivityDetails:
    with refusing_stale("activity"), database.session() as session:
        activity = _live(session, activity_id)
        check_revision(activity, expected_revision, "activity")
        activity.status = "cancelled"
        session.flush()
        return details(activity)


def delete_activity(
    database: Database, activity_id: int, *, expected_revision: int | None = None
) -> None:
    """Tombstone: the activity disappears from lists and reports; the deletion travels."""
    with refusing_stale("activity"), database.session() as session:
        activity = _live(session, activity_id)
        check_revision(activity, expected_revision, "activity")
        activity.deleted = True


def restore_activity(database: Database, activity_id: int) -> ActivityDetails:
    with refusing_stale("activity"), database.session() as session:
        activity = session.get(Activity, activity_id)
        if activity is None:
            raise not_found("activity", activity_id)
        activity.deleted = False
        session.flush()
        return details(activity)


def get_activity(database: Database, activity_id: int) -> ActivityDetails:
    """The activity, deleted or not (check `deleted`); NotFound when the id does not exist."""
    with database.session() as session:
        activity = session.get(Activity, activity_id)
        if activity is None:
            raise not_found("activity", activity_id)
        return details(activity)


def activity_days(database: Database, activity_id: int) -> tuple[dt.date, ...]:
    """Every calendar day from the activity's start to its end."""
    with database.session() as session:
        row = session.execute(
            select(Activity.start_date, Activity.end_date).where(Activity.id == activity_id)
        ).first()
    if row is None:
        raise not_found("activity", activity_id)
    return days_between(row.start_date, row.end_date)
