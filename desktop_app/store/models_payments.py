"""Tables of the payments (docs/payments.md): rules, settings per payee and per person,
exceptions, and the approved payment lists, which travel to HQ.

Declared apart from store/models.py so that a start that does not use them does not pay for
them; `store.models` gives them by name all the same (`from desktop_app.store.models import
PaymentRules`), and `models.every_table()` declares every table.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.store.models import Base, TravelFields, new_uuid, utc_now


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
