"""Storage: typed models, opening and migrating databases, user-facing database errors."""

from desktop_app.store.database import Database, open_database, translate_errors

__all__ = ["Database", "open_database", "translate_errors"]
