"""A larger SQLite page cache for the queries that group the whole attendance table.

SQLite's default cache is 2 MB; the reports look up tens of thousands of persons scattered over
a table of tens of megabytes, and with the default cache most of those lookups go back to the
operating system (measured: 0.84 s -> 0.53 s CPU for 200,000 attendance rows). The setting
belongs to the connection and stays with it in the pool; asking again costs nothing.

On a PostgreSQL server this does nothing: the server's shared_buffers are its administrator's.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.store.sql_dialect import is_server

CACHE_KIB = 64 * 1024


def use_large_page_cache(session: Session) -> None:
    if is_server(session):
        return
    session.execute(text(f"PRAGMA cache_size = -{CACHE_KIB}"))
