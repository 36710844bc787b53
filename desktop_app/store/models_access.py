"""Table of the server's access rules: the offices a server user is limited to.

Declared apart from store/models.py so that a start that does not use them does not pay for
them; `store.models` gives them by name all the same (`from desktop_app.store.models import
AccessOffice`), and `models.every_table()` declares every table.
"""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.store.models import Base


class AccessOffice(Base):
    """On a server, the offices a server user is limited to (none listed: every office).
    Read by the row-level security of `registre server init-roles` (access/roles.py)."""

    __tablename__ = "access_office"
    user_name: Mapped[str] = mapped_column(String(63), primary_key=True)
    site_code: Mapped[str] = mapped_column(String(16), primary_key=True)
