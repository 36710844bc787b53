"""Tables of the results framework (docs/indicators.md): projects, age bands, indicators, targets.

Declared apart from store/models.py so that a start that does not use them does not pay for
them; `store.models` gives them by name all the same (`from desktop_app.store.models import
Project`), and `models.every_table()` declares every table.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Date, Float, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.store.models import Base, TravelFields


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
