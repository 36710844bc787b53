"""The records of docs/domain.md as SQLAlchemy 2 typed models.

Records that travel between sites (activities, persons, organisations, attendance, head counts)
carry the travel fields of `TravelFields`. The integer `id` is local to one database; the `uuid`
is the identity that travels in workbooks.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
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


class ExpectedPerson(TravelFields, Base):
    """A person invited to an activity (its expected list). The uuid is made from the
    activity's and the person's (door/expected.py), so that two computers inviting the same
    person make the same record."""

    __tablename__ = "expected_person"
    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))

    __table_args__ = (
        Index("ix_expected_person_activity", "activity_id", "person_id"),
        Index("ix_expected_person_person", "person_id"),
    )


class Badge(TravelFields, Base):
    """A badge's opaque token, resolved to its person at the door; revoked when lost."""

    __tablename__ = "badge"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    token: Mapped[str] = mapped_column(String(24))
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        Index("ix_badge_token", "token"),
        Index("ix_badge_person", "person_id"),
    )


class Project(TravelFields, Base):
    """A donor's project: what an activity's project code names (the link is the code, so an
    activity keeps travelling as it did). Its indicators and targets are HQ's results framework
    (docs/indicators.md)."""

    __tablename__ = "project"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    donor: Mapped[str | None] = mapped_column(String(200))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    offices: Mapped[list[str]] = mapped_column(JSON, default=list)  # site codes
    currency: Mapped[str | None] = mapped_column(String(3))  # ISO 4217, e.g. XOF


class AgeBandSet(TravelFields, Base):
    """A named set of age bands an indicator is disaggregated by: [[15, 24], [25, 34], [35,
    null]] (inclusive; null: no upper limit)."""

    __tablename__ = "age_band_set"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    bands: Mapped[list[list[int | None]]] = mapped_column(JSON, default=list)


class Indicator(TravelFields, Base):
    """An indicator of a project, defined on the counting rules: a measure, filters and
    disaggregations (indicators/definitions.py), never SQL."""

    __tablename__ = "indicator"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(300))
    measure: Mapped[str] = mapped_column(String(32))
    # {"kind": [...], "category": [...], "country": [...], "office": [...]}
    filters: Mapped[dict[str, list[str]]] = mapped_column(JSON, default=dict)
    # ["sex", "age:YOUTH15", "category", "region", "office"]
    disaggregations: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Persons who completed a series: the share of the series' days to attend (revision 0012).
    series_percent: Mapped[int | None] = mapped_column(Integer)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Target(TravelFields, Base):
    """A target of an indicator for one period ("2022Q4", "2022-03", "2022", "life"), one
    office (None: all) and optionally one disaggregation value ("sex:F")."""

    __tablename__ = "target"
    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id"), index=True)
    period: Mapped[str] = mapped_column(String(16))
    office: Mapped[str | None] = mapped_column(String(16))
    disaggregation: Mapped[str | None] = mapped_column(String(80))
    value: Mapped[float] = mapped_column(Float)


# Payments (docs/payments.md): rules, settings per payee and per person, exceptions, and the
# approved payment lists, which travel to HQ.


class PaymentRules(Base):
    """The payment rules of one activity, or (activity_id None) a template named `name`.
    `rules` is the JSON form of payments/rules.py's `PaymentRules`."""

    __tablename__ = "payment_rules"
    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activity.id"), unique=True)
    name: Mapped[str] = mapped_column(String(80), default="")
    rules: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class PaymentPayee(Base):
    """How one person of one activity is paid: resident or not, origin zone, an adjustment."""

    __tablename__ = "payment_payee"
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)
    resident: Mapped[bool] = mapped_column(Boolean, default=True)
    zone: Mapped[str | None] = mapped_column(String(60))
    adjustment: Mapped[int] = mapped_column(Integer, default=0)
    adjustment_reason: Mapped[str | None] = mapped_column(Text)


class PaymentAccount(Base):
    """How a person is paid, whatever the activity: cash or a mobile money operator and number."""

    __tablename__ = "payment_account"
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)
    channel: Mapped[str] = mapped_column(String(20), default="cash")
    number: Mapped[str | None] = mapped_column(String(20))  # E.164 when it could be read
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class PaymentException(Base):
    """A day paid without a signed presence, with the officer's reason (audited)."""

    __tablename__ = "payment_exception"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uuid)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    day: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        UniqueConstraint("activity_id", "person_id", "day", name="uq_payment_exception_day"),
    )


class PaymentList(TravelFields, Base):
    """An approved payment list, frozen: its lines as JSON text (payments/approval.py). A list
    longer than a workbook cell holds is approved as several parts (`part` of `parts`)."""

    __tablename__ = "payment_list"
    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="approved")
    prepared_by: Mapped[str] = mapped_column(String(120), default="")
    approved_by: Mapped[str] = mapped_column(String(120))
    approved_on: Mapped[dt.date] = mapped_column(Date)
    budget_line: Mapped[str | None] = mapped_column(String(60))
    currency: Mapped[str] = mapped_column(String(3), default="XOF")
    total: Mapped[int] = mapped_column(Integer, default=0)  # of this part's lines
    lines: Mapped[str] = mapped_column(Text, default="[]")
    part: Mapped[int] = mapped_column(Integer, default=1)
    parts: Mapped[int] = mapped_column(Integer, default=1)


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


# Sync and registry bookkeeping: local to one database, never exported as records.


class ExportLog(Base):
    __tablename__ = "export_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    export_uuid: Mapped[str] = mapped_column(String(32), unique=True)
    exported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    mode: Mapped[str] = mapped_column(String(16))  # "changes" or "full"
    row_counts: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)


class ImportLog(Base):
    __tablename__ = "import_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    export_uuid: Mapped[str] = mapped_column(String(32), index=True)
    source_site: Mapped[str] = mapped_column(String(16))
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    file_name: Mapped[str] = mapped_column(String(260))
    summary: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    # From the workbook's manifest; NULL for workbooks imported before they were recorded.
    exported_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    mode: Mapped[str | None] = mapped_column(String(16))  # "changes" or "full"
    # The manifest's site_id (the exporting installation); NULL before revision 0005.
    source_id: Mapped[str | None] = mapped_column(String(32))


class SyncConflict(Base):
    """Both sides changed a record since they last exchanged it: both versions kept."""

    __tablename__ = "sync_conflict"
    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    record_uuid: Mapped[str] = mapped_column(String(32), index=True)
    local_version: Mapped[dict[str, object]] = mapped_column(JSON)
    incoming_version: Mapped[dict[str, object]] = mapped_column(JSON)
    incoming_site: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    resolution: Mapped[str | None] = mapped_column(String(16))  # "local" or "incoming"


class PersonAlias(Base):
    """After a merge, the uuid of the merged-away person still lands on the survivor."""

    __tablename__ = "person_alias"
    old_uuid: Mapped[str] = mapped_column(String(32), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))


class NotDuplicate(Base):
    """A pair of persons the user said are different people (uuids, smaller first)."""

    __tablename__ = "not_duplicate"
    first_uuid: Mapped[str] = mapped_column(String(32), primary_key=True)
    second_uuid: Mapped[str] = mapped_column(String(32), primary_key=True)


class SheetMapping(Base):
    """Column mapping remembered per sign-in sheet layout (key: normalised header row)."""

    __tablename__ = "sheet_mapping"
    layout_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    mapping: Mapped[dict[str, str]] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class AccessOffice(Base):
    """On a server, the offices a server user is limited to (none listed: every office).
    Read by the row-level security of `registre server init-roles` (access/roles.py)."""

    __tablename__ = "access_office"
    user_name: Mapped[str] = mapped_column(String(63), primary_key=True)
    site_code: Mapped[str] = mapped_column(String(16), primary_key=True)


class SheetPhoto(Base):
    """A photo or scan of a sign-in sheet page whose presences were written from it, kept as
    the evidence donors and auditors ask for (docs/photos.md). It stays in this database: not
    in the HQ workbook, never in the pseudonymised export."""

    __tablename__ = "sheet_photo"
    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id"))
    day: Mapped[dt.date] = mapped_column(Date)
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    pages: Mapped[str] = mapped_column(String(200))  # the sheet's pages it shows: "1, 2"
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)

    __table_args__ = (Index("ix_sheet_photo_activity", "activity_id", "day"),)


class LocalSecret(Base):
    """A secret of this database that never travels (the key of pseudonymous ids)."""

    __tablename__ = "local_secret"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(128))


TRAVELLING_MODELS: tuple[type[Base], ...] = (
    Organisation,
    Activity,
    Person,
    Attendance,
    HeadCount,
    ExpectedPerson,
    Badge,
    Project,
    AgeBandSet,
    Indicator,
    Target,
    PaymentList,
)
