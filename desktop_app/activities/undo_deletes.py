"""Undoing a deletion that the other services do not offer to undo: head counts.

A deletion is a tombstone (`deleted=True`), so undoing it clears the mark on the same record:
the record keeps its uuid, and the restore travels like any other change.
"""

from __future__ import annotations

from desktop_app.activities.headcounts import HeadCountRow, row
from desktop_app.records.validation import not_found
from desktop_app.store import Database
from desktop_app.store.models import HeadCount


def restore_head_count(database: Database, head_count_id: int) -> HeadCountRow:
    with database.session() as session:
        head_count = session.get(HeadCount, head_count_id)
        if head_count is None:
            raise not_found("head count", head_count_id)
        head_count.deleted = False
        session.flush()
        return row(head_count)
