"""The records of docs/domain.md as SQLAlchemy 2 typed models.

Records that travel between sites (activities, persons, organisations, attendance, head counts)
carry the travel fields of `TravelFields`. The integer `id` is local to one database; the `uuid`
is the identity that travels in workbooks.

The tables every start needs (the vocabularies, sites, organisations, activities, persons,
attendance, head counts, the audit trail) are declared here; those of the other features
(the door, indicators, payments, exchanges, duplicates, sheets, access, secrets) in
`models_<feature>.py`, imported when one of their names is first asked of this module.
Whatever needs every table (Alembic, `create_all`, a check of every table) calls
`every_table()`.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from importlib import import_module
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship


def new_uuid() -> str:
    return uuid_module.uuid4().hex


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class TravelFields:
    """Identity and version of a record that travels between sites (ARCHITECTURE.md)."""

    uuid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uuid)
    origin_site: Mapped[str] = mapped_column(String(16))
    revision: Mapped[int] = mapped_column(Integer, default=1)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    changed_by_site: Mapped[str] = mapped_column(String(16))
    # Revision last exchanged with another site: a local change after it and an incoming change
    # after it together make a conflict.
    synced_revision: Mapped[int] = mapped_column(Integer, default=0)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # Optimistic locking: every ORM UPDATE carries `WHERE revision = <loaded>`, so a change
        # saved by someone else in between raises StaleDataError instead of being overwritten.
        # store/audit.py sets the new revision itself, hence no generator.
        return {"version_id_col": cls.revision, "version_id_generator": False}


# Vocabularies: codes are stable identifiers; labels come from resources/vocabularies/*.json.


class ActivityKind(Base):
    __tablename__ = "activity_kind"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    label_en: Mapped[str] = mapped_column(String(80))
    label_fr: Mapped[str] = mapped_column(String(80))
    # French grammar for narratives: "m" or "f", and whether the article elides ("l'atelier").
    gender_fr: Mapped[str] = mapped_column(String(1), default="m")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class PersonCategory(Base):
    __tablename__ = "person_category"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    label_en: Mapped[str] = mapped_column(String(80))
    label_fr: Mapped[str] = mapped_column(String(80))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class AttendanceRole(Base):
    __tablename__ = "attendance_role"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    label_en: Mapped[str] = mapped_column(String(80))
    label_fr: Mapped[str] = mapped_column(String(80))
    # Participants are counted; the facilitation team is counted apart (docs/domain.md).
    is_team: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Site(Base):
    """An office (or HQ). Exactly one row has is_local set: the site of this database."""

    __tablename__ = "site"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    country: Mapped[str] = mapped_column(String(2))
    is_local: Mapped[bool] = mapped_column(Boolean, default=False)
    # The local site's installation: made once, written in every workbook it exports, so that
    # HQ tells an office that changed its code, or two installations using one code.
    install_id: Mapped[str | None] = mapped_column(String(32), default=new_uuid)


class Organisation(TravelFields, Base):
    __tablename__ = "organisation"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    acronym: Mapped[str | None] = mapped_column(String(40))
    category: Mapped[str | None] = mapped_column(ForeignKey("person_category.code"))
    country: Mapped[str | None] = mapped_column(String(2))
    # Lower-case, accent-free name and acronym, for search and matching.
    search_text: Mapped[str] = mapped_column(String(260), default="")


class ActivityPartner(Base):
    """Partner institutions of an activity; travels inside the activity's row."""

    __tablename__ = "activity_partner"
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), primary_key=True)


class ActivityTag(Base):
    """A tag of an activity ("DDR", "cohort-2022"): `key` is the tag folded for matching (case
    and accents, records/text.normalise), `tag` as first typed. Travels inside the activity's
    row (revision 0012)."""

    __tablename__ = "activity_tag"
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(String(40), primary_key=True, index=True)
    tag: Mapped[str] = mapped_column(String(40))

    def __str__(self) -> str:  # how the audit trail writes it
        return self.tag


class Activity(TravelFields, Base):
    __tablename__ = "activity"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(ForeignKey("activity_kind.code"))
    status: Mapped[str] = mapped_column(String(16), default="held")  # planned, held, cancelled
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    country: Mapped[str] = mapped_column(String(2))
    city: Mapped[str] = mapped_column(String(120))
    venue: Mapped[str | None] = mapped_column(String(200))
    office: Mapped[str | None] = mapped_column(String(16))  # organising site code
    project_code: Mapped[str | None] = mapped_column(String(60))
    objectives: Mapped[str | None] = mapped_column(Text)
    topics: Mapped[str | None] = mapped_column(Text)
    outcomes: Mapped[str | None] = mapped_column(Text)
    follow_up: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    # At the door (revision 0006): the share of the days a participant must attend to complete
    # the activity (None: the default of activities/counting_rules.py), and the minutes after
    # midnight, local time, after which an arrival is late (None: nobody is late).
    completion_percent: Mapped[int | None] = mapped_column(Integer)
    late_after_minutes: Mapped[int | None] = mapped_column(Integer)

    partners: Mapped[list[Organisation]] = relationship(
        secondary="activity_partner", order_by="Organisation.name"
    )
    tags: Mapped[list[ActivityTag]] = relationship(
        cascade="all, delete-orphan", order_by="ActivityTag.key"
    )

    __table_args__ = (Index("ix_activity_start_date", "start_date"),)


class Person(TravelFields, Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    family_name: Mapped[str] = mapped_column(String(200))
    given_names: Mapped[str] = mapped_column(String(200), default="")
    sex: Mapped[str | None] = mapped_column(String(1))  # "F", "M" or None (not stated)
    birth_year: Mapped[int | None] = mapped_column(Integer)
    # The whole date when it is known; birth_year is then its year (registry/persons.py).
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    age_band: Mapped[str | None] = mapped_column(
        String(16)
    )  # e.g. "18-29" when only a band is known
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    position: Mapped[str | None] = mapped_column(String(160))
    category: Mapped[str | None] = mapped_column(ForeignKey("person_category.code"))
    region: Mapped[str | None] = mapped_column(String(120))
    nationality: Mapped[str | None] = mapped_column(String(2))
    phone: Mapped[str | None] = mapped_column(String(20))  # E.164
    email: Mapped[str | None] = mapped_column(String(200))
    consent_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    # The Washington Group Short Set (disability/questions.py): an answer code per domain,
    # stored only with the person's consent, and the date that consent was recorded.
    wg_seeing: Mapped[str | None] = mapped_column(String(12))
    wg_hearing: Mapped[str | None] = mapped_column(String(12))
    wg_walking: Mapped[str | None] = mapped_column(String(12))
    wg_remembering: Mapped[str | None] = mapped_column(String(12))
    wg_self_care: Mapped[str | None] = mapped_column(String(12))
    wg_communicating: Mapped[str | None] = mapped_column(String(12))
    disability_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    disability_consent_date: Mapped[dt.date | None] = mapped_column(Date)
    # Lower-case, accent-free "family given organisation phone-digits", for search as you type.
    search_text: Mapped[str] = mapped_column(Text, default="")

    organisation: Mapped[Organisation | None] = relationship()

    __table_args__ = (
        Index("ix_person_phone", "phone"),
        Index("ix_person_family_name", "family_name"),
    )


class Attendance(TravelFields, Base):
    """One person present at one activity on one day, with a role."""

    __tablename__ = "attendance"
    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    day: Mapped[dt.date] = mapped_column(Date)
    role: Mapped[str] = mapped_column(ForeignKey("attendance_role.code"), default="participant")
    checked_in_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    signed: Mapped[bool] = mapped_column(Boolean, default=False)

    person: Mapped[Person] = relationship()

    __table_args__ = (
        UniqueConstraint("activity_id", "person_id", "day", name="uq_attendance_person_day"),
        Index("ix_attendance_person", "person_id"),
    )


class HeadCount(TravelFields, Base):
    """Unnamed attendees of an activity, for one day or (day is None) the whole activity."""

    __tablename__ = "head_count"
    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id"), index=True)
    day: Mapped[dt.date | None] = mapped_column(Date)
    total: Mapped[int] = mapped_column(Integer)
    women: Mapped[int | None] = mapped_column(Integer)
    youth: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)


class AuditEntry(Base):
    """One change to one travelling record: which site, when, which fields, old and new values."""

    __tablename__ = "audit_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    record_uuid: Mapped[str] = mapped_column(String(32), index=True)
    action: Mapped[str] = mapped_column(String(16))  # create, update, delete, merge, conflict...
    site_code: Mapped[str] = mapped_column(String(16))
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    revision: Mapped[int] = mapped_column(Integer)
    # {"field": [old, new], ...} with JSON-friendly values (dates as ISO text).
    changes: Mapped[dict[str, list[object]]] = mapped_column(JSON, default=dict)
    # On a server, the server user who made the change, set by the server itself (a trigger of
    # revision 0009, whatever the program sends); None in a file, where the site says who.
    user_name: Mapped[str | None] = mapped_column(String(63))


# The other tables, declared in modules of their own when first asked for: a window or a
# command that does not use them does not pay for declaring and configuring them (a third of
# the window's start beyond the libraries' was the 33 tables, docs/bench.md).
ELSEWHERE: dict[str, str] = {
    "ExpectedPerson": "door",
    "Badge": "door",
    "Project": "indicators",
    "AgeBandSet": "indicators",
    "Indicator": "indicators",
    "Target": "indicators",
    "PaymentRules": "payments",
    "PaymentPayee": "payments",
    "PaymentAccount": "payments",
    "PaymentException": "payments",
    "PaymentList": "payments",
    "ExportLog": "sync",
    "ImportLog": "sync",
    "SyncConflict": "sync",
    "PersonAlias": "dedup",
    "NotDuplicate": "dedup",
    "SheetMapping": "sheets",
    "SheetPhoto": "sheets",
    "AccessOffice": "access",
    "LocalSecret": "privacy",
}

if TYPE_CHECKING:
    from desktop_app.store.models_access import AccessOffice as AccessOffice
    from desktop_app.store.models_dedup import NotDuplicate as NotDuplicate
    from desktop_app.store.models_dedup import PersonAlias as PersonAlias
    from desktop_app.store.models_door import Badge as Badge
    from desktop_app.store.models_door import ExpectedPerson as ExpectedPerson
    from desktop_app.store.models_indicators import AgeBandSet as AgeBandSet
    from desktop_app.store.models_indicators import Indicator as Indicator
    from desktop_app.store.models_indicators import Project as Project
    from desktop_app.store.models_indicators import Target as Target
    from desktop_app.store.models_payments import PaymentAccount as PaymentAccount
    from desktop_app.store.models_payments import PaymentException as PaymentException
    from desktop_app.store.models_payments import PaymentList as PaymentList
    from desktop_app.store.models_payments import PaymentPayee as PaymentPayee
    from desktop_app.store.models_payments import PaymentRules as PaymentRules
    from desktop_app.store.models_privacy import LocalSecret as LocalSecret
    from desktop_app.store.models_sheets import SheetMapping as SheetMapping
    from desktop_app.store.models_sheets import SheetPhoto as SheetPhoto
    from desktop_app.store.models_sync import ExportLog as ExportLog
    from desktop_app.store.models_sync import ImportLog as ImportLog
    from desktop_app.store.models_sync import SyncConflict as SyncConflict

    TRAVELLING_MODELS: tuple[type[Base], ...]


def __getattr__(name: str) -> Any:
    """The tables declared elsewhere, by name, as if they were declared here."""
    if name == "TRAVELLING_MODELS":
        return travelling_models()
    module = ELSEWHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"desktop_app.store.models_{module}"), name)


def every_table() -> MetaData:
    """`Base.metadata` with every table of the schema declared: what migrations, `create_all`
    and whatever walks every table need."""
    for module in sorted(set(ELSEWHERE.values())):
        import_module(f"desktop_app.store.models_{module}")
    return Base.metadata


def travelling_models() -> tuple[type[Base], ...]:
    """The records that travel between sites (they carry `TravelFields`)."""
    every_table()
    models: list[type[Base]] = [mapper.class_ for mapper in Base.registry.mappers]
    return tuple(sorted((m for m in models if TravelFields in m.__mro__), key=lambda m: m.__name__))
