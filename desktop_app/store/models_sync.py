"""Tables of the exchanges with HQ: what was exported and imported, and the conflicts kept.
Local to one database, never exported as records.

Declared apart from store/models.py so that a start that does not use them does not pay for
them; `store.models` gives them by name all the same (`from desktop_app.store.models import
ExportLog`), and `models.every_table()` declares every table.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.store.models import Base, utc_now


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
