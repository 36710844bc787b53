"""The travelling record types and their travel fields, as plain values.

Kept apart from sync_records (which reads and writes them with SQLAlchemy) so that the import's
reading process, which only parses cells, starts without SQLAlchemy and the models: a record
type names its model class, imported when first used.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Any, NamedTuple

from desktop_app.disability.questions import COLUMNS  # plain values: no SQLAlchemy

if TYPE_CHECKING:
    from sqlalchemy import Table


@dataclass(frozen=True)
class Field:
    """One content field. `ref` names the record type a uuid field points to; `column` is the
    database column holding the local id (for refs) or the value."""

    key: str
    column: str
    ref: str | None = None
    many: bool = False  # a set of values in a table of their own (partners, tags)
    required: bool = False
    blank: object = None  # the stored value of an empty cell ("" for non-null text)


@dataclass(frozen=True)
class RecordType:
    name: str  # table name, also the record type's code
    model_name: str  # its class in desktop_app.store.models, imported when first needed
    fields: tuple[Field, ...]

    @property
    def model(self) -> type[Any]:
        model: type[Any] = getattr(import_module("desktop_app.store.models"), self.model_name)
        return model

    @property
    def table(self) -> Table:
        table: Table = self.model.__table__
        return table

    def index(self, key: str) -> int:
        return [f.key for f in self.fields].index(key)


def _f(key: str, **kwargs: Any) -> Field:
    return Field(key, kwargs.pop("column", key), **kwargs)


ORGANISATION = RecordType(
    "organisation",
    "Organisation",
    (
        _f("name", required=True),
        _f("acronym"),
        _f("category"),
        _f("country"),
        _f("deleted", blank=False),
    ),
)
ACTIVITY = RecordType(
    "activity",
    "Activity",
    (
        _f("title", required=True),
        _f("kind", required=True),
        _f("status", required=True),
        _f("start_date", required=True),
        _f("end_date", required=True),
        _f("country", required=True),
        _f("city", required=True),
        _f("venue"),
        _f("office"),
        _f("project_code"),
        _f("objectives"),
        _f("topics"),
        _f("outcomes"),
        _f("follow_up"),
        _f("notes"),
        Field("partner_uuids", "", ref="organisation", many=True, blank=frozenset()),
        _f("completion_percent"),
        _f("late_after_minutes"),
        Field("tags", "", many=True, blank=frozenset()),
        _f("deleted", blank=False),
    ),
)
PERSON = RecordType(
    "person",
    "Person",
    (
        _f("family_name", required=True),
        _f("given_names", blank=""),
        _f("sex"),
        _f("birth_year"),
        _f("birth_date"),
        _f("age_band"),
        Field("organisation_uuid", "organisation_id", ref="organisation"),
        _f("position"),
        _f("category"),
        _f("region"),
        _f("nationality"),
        _f("phone"),
        _f("email"),
        _f("consent_contact", blank=False),
        *(_f(column) for column in COLUMNS.values()),
        _f("disability_consent", blank=False),
        _f("disability_consent_date"),
        _f("deleted", blank=False),
    ),
)
ATTENDANCE = RecordType(
    "attendance",
    "Attendance",
    (
        Field("activity_uuid", "activity_id", ref="activity", required=True),
        Field("person_uuid", "person_id", ref="person", required=True),
        _f("day", required=True),
        _f("role", required=True),
        _f("checked_in_at"),
        _f("signed", blank=False),
        _f("deleted", blank=False),
    ),
)
HEAD_COUNT = RecordType(
    "head_count",
    "HeadCount",
    (
        Field("activity_uuid", "activity_id", ref="activity", required=True),
        _f("day"),
        _f("total", required=True),
        _f("women"),
        _f("youth"),
        _f("note"),
        _f("deleted", blank=False),
    ),
)

# At the door (docs/door.md): an activity's expected list, and the badges' tokens, so that
# every computer of an office resolves the same badge.
EXPECTED = RecordType(
    "expected_person",
    "ExpectedPerson",
    (
        Field("activity_uuid", "activity_id", ref="activity", required=True),
        Field("person_uuid", "person_id", ref="person", required=True),
        _f("deleted", blank=False),
    ),
)
BADGE = RecordType(
    "badge",
    "Badge",
    (
        Field("person_uuid", "person_id", ref="person", required=True),
        _f("token", required=True),
        _f("revoked", blank=False),
        _f("deleted", blank=False),
    ),
)

# A project's results framework (docs/indicators.md): kept by the site that made the project,
# read everywhere else (sync/frameworks.py refuses another site's change).
PROJECT = RecordType(
    "project",
    "Project",
    (
        _f("code", required=True),
        _f("name", required=True),
        _f("donor"),
        _f("start_date"),
        _f("end_date"),
        _f("offices", blank=()),
        _f("currency"),
        _f("deleted", blank=False),
    ),
)
AGE_BAND_SET = RecordType(
    "age_band_set",
    "AgeBandSet",
    (
        _f("code", required=True),
        _f("name", required=True),
        _f("bands", required=True),
        _f("deleted", blank=False),
    ),
)
INDICATOR = RecordType(
    "indicator",
    "Indicator",
    (
        Field("project_uuid", "project_id", ref="project", required=True),
        _f("code", required=True),
        _f("name", required=True),
        _f("measure", required=True),
        _f("filters", blank=()),
        _f("disaggregations", blank=()),
        _f("sort_order", blank=0),
        _f("series_percent"),
        _f("deleted", blank=False),
    ),
)
TARGET = RecordType(
    "target",
    "Target",
    (
        Field("indicator_uuid", "indicator_id", ref="indicator", required=True),
        _f("period", required=True),
        _f("office"),
        _f("disaggregation"),
        _f("value", required=True),
        _f("deleted", blank=False),
    ),
)
FRAMEWORK_TYPES = frozenset({"project", "age_band_set", "indicator", "target"})
# Payments (docs/payments.md): an approved payment list, frozen, its lines as JSON text.
PAYMENT_LIST = RecordType(
    "payment_list",
    "PaymentList",
    (
        Field("activity_uuid", "activity_id", ref="activity", required=True),
        _f("status", required=True),
        _f("prepared_by", blank=""),
        _f("approved_by", required=True),
        _f("approved_on", required=True),
        _f("budget_line"),
        _f("currency", required=True),
        _f("total", required=True),
        _f("lines", required=True),
        _f("part", required=True),
        _f("parts", required=True),
        _f("deleted", blank=False),
    ),
)

# In dependency order: a record only refers to types before it.
RECORD_TYPES: tuple[RecordType, ...] = (
    ORGANISATION,
    ACTIVITY,
    PERSON,
    ATTENDANCE,
    HEAD_COUNT,
    EXPECTED,
    BADGE,
    PROJECT,
    AGE_BAND_SET,
    INDICATOR,
    TARGET,
    PAYMENT_LIST,
)
BY_NAME: dict[str, RecordType] = {t.name: t for t in RECORD_TYPES}


class Travel(NamedTuple):
    origin_site: str
    revision: int
    changed_at: dt.datetime
    changed_by_site: str


def to_second(value: dt.datetime | None) -> dt.datetime | None:
    """Datetimes travel through spreadsheets to the nearest second."""
    if value is None:
        return None
    if value.microsecond >= 500_000:
        value += dt.timedelta(seconds=1)
    return value.replace(microsecond=0, tzinfo=None)
