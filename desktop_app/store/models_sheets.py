"""Tables of the sign-in sheets: the column mappings remembered, and the photos kept as evidence.

Declared apart from store/models.py so that a start that does not use them does not pay for
them; `store.models` gives them by name all the same (`from desktop_app.store.models import
SheetMapping`), and `models.every_table()` declares every table.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.store.models import Base, utc_now


class SheetMapping(Base):
    """Column mapping remembered per sign-in sheet layout (key: normalised header row)."""

    __tablename__ = "sheet_mapping"
    layout_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    mapping: Mapped[dict[str, str]] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


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
