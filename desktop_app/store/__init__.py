"""Storage: typed models, opening and migrating databases, user-facing database errors.

`Database`, `open_database` and `translate_errors` are imported from store/database.py when
first asked for, so that `desktop_app.store.errors` (which the command line's exit codes need)
does not bring in SQLAlchemy and the models with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.store.database import Database, open_database, translate_errors

__all__ = ["Database", "open_database", "translate_errors"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from desktop_app.store import database

        return getattr(database, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
