"""The few SQL constructs that differ between SQLite and PostgreSQL, chosen by dialect name."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

Insert = sqlite.Insert | postgresql.Insert


def dialect_name(bind: Session | Connection | Engine | Dialect | str) -> str:
    """The dialect name, "sqlite" or "postgresql", of a session, connection, engine or dialect."""
    if isinstance(bind, str):
        return bind
    if isinstance(bind, Dialect):
        return bind.name
    if isinstance(bind, Session):
        return bind.get_bind().dialect.name
    return bind.dialect.name


def insert_for(bind: Session | Connection | Engine | Dialect | str) -> Callable[[Any], Insert]:
    """The dialect's `insert`: both have on_conflict_do_nothing / on_conflict_do_update."""
    if dialect_name(bind) == "postgresql":
        return postgresql.insert
    return sqlite.insert


def is_server(bind: Session | Connection | Engine | Dialect | str) -> bool:
    return dialect_name(bind) == "postgresql"
