"""No lost update: a save names the revision its form was loaded at, and is refused when the
stored record has moved on since.

Two guards, one error (`RecordChangedElsewhere`):
- `check_revision` compares the revision the user loaded with the stored one before writing;
- the models' version counter (store/models.py) makes the UPDATE itself carry
  `WHERE revision = <read>`, which catches a change saved between that read and the write
  (PostgreSQL's READ COMMITTED lets one slip in); `refusing_stale` turns SQLAlchemy's
  StaleDataError into the same error.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm.exc import StaleDataError

from desktop_app.store.errors import RecordChangedElsewhere
from desktop_app.store.models import TravelFields


def check_revision(record: TravelFields, expected: int | None, table_name: str) -> None:
    """Refuse when the user loaded another revision than the stored one (None: no check)."""
    if expected is not None and record.revision != expected:
        raise RecordChangedElsewhere.of(table_name)


@contextmanager
def refusing_stale(table_name: str) -> Iterator[None]:
    """Wrap a whole `database.session()` block, so that a stale flush at commit is caught too."""
    try:
        yield
    except StaleDataError as error:
        raise RecordChangedElsewhere.of(table_name) from error
