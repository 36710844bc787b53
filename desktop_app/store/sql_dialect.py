"""The few SQL constructs that differ between SQLite and PostgreSQL, chosen by dialect name."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, Connection, Engine, Integer, Numeric, String
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

if TYPE_CHECKING:  # PostgreSQL's dialect is imported when a server database needs it
    from sqlalchemy.dialects import postgresql

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
        from sqlalchemy.dialects import postgresql

        return postgresql.insert
    return sqlite.insert


def is_server(bind: Session | Connection | Engine | Dialect | str) -> bool:
    return dialect_name(bind) == "postgresql"


# Expressions written once, compiled per engine (lower-case names: used like func.* in queries).
# On SQLite they are the exact SQL used before (dates stored as ISO text, loose casts); on
# PostgreSQL their typed counterparts.


class year_of(FunctionElement[int]):
    """The year of a date column, as an integer."""

    type = Integer()
    inherit_cache = True


@compiles(year_of, "sqlite")
def _year_of_sqlite(element: year_of, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(substr({compiler.process(element.clauses, **kw)}, 1, 4) AS INTEGER)"


@compiles(year_of, "postgresql")
def _year_of_postgresql(element: year_of, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(EXTRACT(YEAR FROM {compiler.process(element.clauses, **kw)}) AS INTEGER)"


class days_between(FunctionElement[int]):
    """Whole days from the second date to the first (end, start)."""

    type = Integer()
    inherit_cache = True


@compiles(days_between, "sqlite")
def _days_between_sqlite(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    end, start = (compiler.process(c, **kw) for c in element.clauses)
    return f"CAST(julianday({end}) - julianday({start}) AS INTEGER)"


@compiles(days_between, "postgresql")
def _days_between_postgresql(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    end, start = (compiler.process(c, **kw) for c in element.clauses)
    return f"({end} - {start})"


class years_between(FunctionElement[int]):
    """Whole years from the second date to the first (on, born): an age, birthdays counted
    (someone born on 29 February is a year older on 1 March); negative before the birth, as
    Python's `services.ages.age_on`."""

    type = Integer()
    inherit_cache = True


@compiles(years_between, "sqlite")
def _years_between_sqlite(element: years_between, compiler: SQLCompiler, **kw: Any) -> str:
    on, born = (compiler.process(c, **kw) for c in element.clauses)
    return (
        f"(CAST(substr({on}, 1, 4) AS INTEGER) - CAST(substr({born}, 1, 4) AS INTEGER)"
        f" - (substr({on}, 6, 5) < substr({born}, 6, 5)))"
    )


@compiles(years_between, "postgresql")
def _years_between_postgresql(element: years_between, compiler: SQLCompiler, **kw: Any) -> str:
    on, born = (compiler.process(c, **kw) for c in element.clauses)

    def day_of_year(day: str) -> str:  # 1231 for 31 December: compared, not counted
        return f"(EXTRACT(MONTH FROM {day}) * 100 + EXTRACT(DAY FROM {day}))"

    return (
        f"(CAST(EXTRACT(YEAR FROM {on}) AS INTEGER) - CAST(EXTRACT(YEAR FROM {born}) AS INTEGER)"
        f" - CASE WHEN {day_of_year(on)} < {day_of_year(born)} THEN 1 ELSE 0 END)"
    )


class years_before(FunctionElement[Any]):
    """The day `years` whole years before a date (on, years): someone born after it is under
    `years` years old on `on` (records/ages.py `age_on`). Worked out once per activity, it
    turns the exact-age test into one comparison per person. SQLite: ISO text, 29 February
    kept as the 29th (text that compares as the dates around it do); PostgreSQL: a date, the
    28th in a year without a 29 February (no date lies between the two)."""

    inherit_cache = True


@compiles(years_before, "sqlite")
def _years_before_sqlite(element: years_before, compiler: SQLCompiler, **kw: Any) -> str:
    on, years = (compiler.process(c, **kw) for c in element.clauses)
    return f"(printf('%04d', CAST(substr({on}, 1, 4) AS INTEGER) - {years}) || substr({on}, 5))"


@compiles(years_before, "postgresql")
def _years_before_postgresql(element: years_before, compiler: SQLCompiler, **kw: Any) -> str:
    on, years = (compiler.process(c, **kw) for c in element.clauses)
    return f"CAST({on} - make_interval(years => CAST({years} AS INTEGER)) AS DATE)"


class distinct_list(FunctionElement[str]):
    """The distinct values of a text column in a group, comma-separated (order unspecified)."""

    type = String()
    inherit_cache = True


@compiles(distinct_list, "sqlite")
def _distinct_list_sqlite(element: distinct_list, compiler: SQLCompiler, **kw: Any) -> str:
    return f"group_concat(DISTINCT {compiler.process(element.clauses, **kw)})"


@compiles(distinct_list, "postgresql")
def _distinct_list_postgresql(element: distinct_list, compiler: SQLCompiler, **kw: Any) -> str:
    return f"string_agg(DISTINCT {compiler.process(element.clauses, **kw)}, ',')"


# Age bands "A-B" and "A+" (records/ages.py): SQLite reads them with GLOB and loose casts;
# PostgreSQL with regular expressions and numeric casts (no overflow on long digit runs).


class band_is_closed(FunctionElement[bool]):
    """The text is digits, one dash, digits ("18-29")."""

    type = Boolean()
    inherit_cache = True


@compiles(band_is_closed, "sqlite")
def _closed_sqlite(element: band_is_closed, compiler: SQLCompiler, **kw: Any) -> str:
    band = compiler.process(element.clauses, **kw)
    return (
        f"({band} NOT GLOB '*[^0-9-]*' AND {band} GLOB '[0-9]*-[0-9]*' "
        f"AND length({band}) - length(replace({band}, '-', '')) = 1)"
    )


@compiles(band_is_closed, "postgresql")
def _closed_postgresql(element: band_is_closed, compiler: SQLCompiler, **kw: Any) -> str:
    return f"({compiler.process(element.clauses, **kw)} ~ '^[0-9]+-[0-9]+$')"


class band_is_open(FunctionElement[bool]):
    """The text is digits then a plus ("60+")."""

    type = Boolean()
    inherit_cache = True


@compiles(band_is_open, "sqlite")
def _open_sqlite(element: band_is_open, compiler: SQLCompiler, **kw: Any) -> str:
    band = compiler.process(element.clauses, **kw)
    return f"({band} GLOB '[0-9]*+' AND substr({band}, 1, length({band}) - 1) NOT GLOB '*[^0-9]*')"


@compiles(band_is_open, "postgresql")
def _open_postgresql(element: band_is_open, compiler: SQLCompiler, **kw: Any) -> str:
    return f"({compiler.process(element.clauses, **kw)} ~ '^[0-9]+[+]$')"


class band_lower(FunctionElement[Decimal]):
    """The leading digits of a band, as a number (NULL when none on PostgreSQL)."""

    type = Numeric()
    inherit_cache = True


@compiles(band_lower, "sqlite")
def _lower_sqlite(element: band_lower, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST({compiler.process(element.clauses, **kw)} AS INTEGER)"


@compiles(band_lower, "postgresql")
def _lower_postgresql(element: band_lower, compiler: SQLCompiler, **kw: Any) -> str:
    band = compiler.process(element.clauses, **kw)
    return f"CAST(substring({band} from '^[0-9]+') AS NUMERIC)"


class band_upper(FunctionElement[Decimal]):
    """The digits after the first dash of a band, as a number."""

    type = Numeric()
    inherit_cache = True


@compiles(band_upper, "sqlite")
def _upper_sqlite(element: band_upper, compiler: SQLCompiler, **kw: Any) -> str:
    band = compiler.process(element.clauses, **kw)
    return f"CAST(substr({band}, instr({band}, '-') + 1) AS INTEGER)"


@compiles(band_upper, "postgresql")
def _upper_postgresql(element: band_upper, compiler: SQLCompiler, **kw: Any) -> str:
    band = compiler.process(element.clauses, **kw)
    return f"CAST(substring({band} from '-([0-9]+)') AS NUMERIC)"
