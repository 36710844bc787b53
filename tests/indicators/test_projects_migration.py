"""Revision 0007 turns the free project codes of the activities into projects, on either
engine, and goes back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic import command
from sqlalchemy import Engine, create_engine, inspect, text

from desktop_app.indicators.frameworks import list_projects
from desktop_app.store import migrations, open_database
from desktop_app.store.server import normalise_url


def _engine_for(location: Path | str) -> Engine:
    if isinstance(location, Path):
        return create_engine(f"sqlite:///{location}")
    return create_engine(normalise_url(location))


def _activity(
    connection: object, uuid: str, start: str, end: str, office: str, code: str | None
) -> None:
    connection.execute(  # type: ignore[attr-defined]
        text(
            "INSERT INTO activity (title, kind, status, start_date, end_date, country, city,"
            " office, project_code, uuid, origin_site, revision, changed_at, changed_by_site,"
            " synced_revision, deleted) VALUES ('Atelier', 'workshop', 'held', :start, :end,"
            " 'NE', 'Niamey', :office, :code, :uuid, 'NE-NIA', 1, '2022-12-05 10:00:00',"
            " 'NE-NIA', 0, false)"
        ),
        {"start": start, "end": end, "office": office, "code": code, "uuid": uuid},
    )


def test_each_project_code_becomes_a_project(empty_db_path: Path | str) -> None:
    engine = _engine_for(empty_db_path)
    try:
        with engine.begin() as connection:
            command.upgrade(migrations.alembic_config(connection), "0006")
            connection.execute(
                text(
                    "INSERT INTO site (code, name, country, is_local) VALUES"
                    " ('NE-NIA', 'Niamey', 'NE', true)"
                )
            )
            connection.execute(
                text(
                    "INSERT INTO activity_kind (code, label_en, label_fr, gender_fr, sort_order)"
                    " VALUES ('workshop', 'workshop', 'atelier', 'm', 0)"
                )
            )
            _activity(connection, "a1", "2022-03-01", "2022-03-02", "NE-NIA", "PAG-2022")
            _activity(connection, "a2", "2022-11-20", "2022-11-21", "ML-BKO", "PAG-2022")
            _activity(connection, "a3", "2021-05-01", "2021-05-01", "NE-NIA", "DCAF-7")
            _activity(connection, "a4", "2021-06-01", "2021-06-01", "NE-NIA", None)
            _activity(connection, "a5", "2021-07-01", "2021-07-01", "NE-NIA", "")
    finally:
        engine.dispose()
    database = open_database(empty_db_path)  # migrates to head
    try:
        projects = list_projects(database)
    finally:
        database.close()
    assert [
        (p.code, p.name, p.start_date, p.end_date, p.offices, p.origin_site) for p in projects
    ] == [
        ("DCAF-7", "DCAF-7", dt.date(2021, 5, 1), dt.date(2021, 5, 1), ("NE-NIA",), "NE-NIA"),
        (
            "PAG-2022",
            "PAG-2022",
            dt.date(2022, 3, 1),
            dt.date(2022, 11, 21),
            ("ML-BKO", "NE-NIA"),
            "NE-NIA",
        ),
    ]
    engine = _engine_for(empty_db_path)
    try:
        with engine.begin() as connection:
            command.downgrade(migrations.alembic_config(connection), "0006")
            tables = set(inspect(connection).get_table_names())
            assert not tables & {"project", "indicator", "target", "age_band_set"}
            codes = connection.execute(text("SELECT count(project_code) FROM activity")).scalar()
            assert codes == 4  # the activities keep their codes
    finally:
        engine.dispose()
