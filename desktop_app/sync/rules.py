"""The merge rule: what an incoming version of a record does to the local one.

`synced_revision` is the revision last exchanged with another site (set when a record is
exported or received). A side *changed since the exchange* when its revision is above it.

1. No local record with this uuid: NEW (a deletion mark is stored too, so that an older
   workbook can never bring the record back).
2. Same content (fields and deletion mark): UNCHANGED. When the incoming revision is higher,
   the local version numbers catch up with it (no audit entry: no field changed).
3. Both sides changed since the exchange: CONFLICT (the local version stays, both are kept).
4. Incoming revision above the local one: UPDATED.
5. Same revision, different content (two sites made the same revision independently):
   CONFLICT.
6. Otherwise the incoming version is older: OLDER, ignored.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from desktop_app.sync.records import Stored


class Outcome(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    OLDER = "older"
    CONFLICT = "conflict"


def classify(local: Stored | None, revision: int, content: tuple[Any, ...]) -> Outcome:
    if local is None:
        return Outcome.NEW
    if local.content == content:
        return Outcome.UNCHANGED
    exchanged = local.synced_revision
    if local.revision > exchanged and revision > exchanged:
        return Outcome.CONFLICT
    if revision > local.revision:
        return Outcome.UPDATED
    if revision == local.revision:
        return Outcome.CONFLICT
    return Outcome.OLDER
