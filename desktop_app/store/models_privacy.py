"""Table of this database's own secrets, which never travel.

Declared apart from store/models.py so that a start that does not use them does not pay for
them; `store.models` gives them by name all the same (`from desktop_app.store.models import
LocalSecret`), and `models.every_table()` declares every table.
"""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.store.models import Base


class LocalSecret(Base):
    """A secret of this database that never travels (the key of pseudonymous ids)."""

    __tablename__ = "local_secret"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(128))
