"""The four roles hold in the server itself: each is tried with plain psycopg, as psql would,
on an HQ database holding Niamey's activity (ADAMOU F, ISSA M, PADONOU M) and Bamako's
(KEITA F, TRAORE F, two days)."""

from __future__ import annotations

import glob
import shutil
import subprocess
from pathlib import Path

import psycopg
import pytest
from psycopg import errors as pg_errors
from sqlalchemy.engine import make_url

from desktop_app.store import open_database
from tests.access.conftest import MakeUser, plain
from tests.postgres import databases
from tests.sync.hq_builders import edit_person

pytestmark = pytest.mark.postgresql_only

NIAMEY = {"ADAMOU", "ISSA", "PADONOU"}
BAMAKO = {"KEITA", "TRAORE"}
Connection = psycopg.Connection[tuple[object, ...]]


def rows(connection: Connection, query: str) -> list[tuple[object, ...]]:
    return connection.execute(query).fetchall()  # type: ignore[arg-type]


def refused(connection: Connection, query: str) -> None:
    with pytest.raises(pg_errors.InsufficientPrivilege):
        connection.execute(query)  # type: ignore[arg-type]


def attendance_of(connection: Connection, city: str) -> int:
    found = rows(
        connection,
        "SELECT a.id FROM attendance a JOIN activity v ON v.id = a.activity_id "
        f"WHERE v.city = '{city}' ORDER BY a.id LIMIT 1",
    )
    assert found, city
    return int(found[0][0])  # type: ignore[call-overload]


def test_the_analyst_reads_counts_but_never_a_name_a_phone_or_a_birth_date(
    hq_with_offices: str, make_user: MakeUser
) -> None:
    analyst = make_user("analyst")
    with plain(hq_with_offices, "registre") as owner:  # a change at HQ, names in its audit
        uuid = rows(owner, "SELECT uuid FROM person WHERE family_name = 'KEITA'")[0][0]
    database = open_database(hq_with_offices)
    edit_person(database, str(uuid), family_name="KEÏTA", sex="M", phone="+22370000001")
    database.close()
    with plain(hq_with_offices, analyst) as connection:
        for query in (
            "SELECT family_name FROM person",
            "SELECT count(*) FROM person",
            "SELECT phone, email FROM person",
            "SELECT changes FROM audit_entry",
            "SELECT local_version FROM sync_conflict",
            "SELECT token FROM badge",
            "SELECT value FROM local_secret",
        ):
            refused(connection, query)
        for column in ("family_name", "given_names", "phone", "email", "birth_date", "position"):
            with pytest.raises(pg_errors.UndefinedColumn):
                connection.execute(f"SELECT {column} FROM analyst_person")  # type: ignore[arg-type]
        # Every person, pseudonymised: 3 women and 2 men from the offices, KEITA now a man.
        sexes = rows(
            connection, "SELECT sex, count(*) FROM analyst_person GROUP BY sex ORDER BY sex"
        )
        assert sexes == [("F", 2), ("M", 3)]
        # 3 persons on one day at Niamey, 2 persons on two days at Bamako.
        assert rows(connection, "SELECT count(*) FROM attendance") == [(3 + 2 * 2,)]
        # The audit trail without a name: the person entries keep only the counted fields.
        keys = rows(
            connection,
            "SELECT DISTINCT jsonb_object_keys(changes) FROM analyst_audit_entry "
            "WHERE table_name = 'person'",
        )
        assert {key for (key,) in keys} == {"sex"}
        assert rows(
            connection,
            f"SELECT changes FROM analyst_audit_entry WHERE record_uuid = '{uuid}' "
            "AND action = 'update' ORDER BY id",
        ) == [({},), ({"sex": ["F", "M"]},)]  # given names by HQ, then family name, sex, phone
        refused(connection, "UPDATE attendance SET role = 'expert'")
        refused(connection, "DELETE FROM attendance")
        refused(connection, "INSERT INTO access_office VALUES ('x', 'NE-NIA')")


def test_a_viewer_of_niamey_sees_niamey_only_and_changes_nothing(
    hq_with_offices: str, make_user: MakeUser
) -> None:
    viewer = make_user("viewer", offices=["NE-NIA"])
    with plain(hq_with_offices, viewer) as connection:
        names = {name for (name,) in rows(connection, "SELECT family_name FROM person")}
        assert names == NIAMEY
        assert rows(connection, "SELECT city FROM activity") == [("Niamey",)]
        assert rows(connection, "SELECT count(*) FROM attendance") == [(3,)]
        # The audit trail of Bamako's persons (their old values) stays out of sight.
        seen = rows(
            connection,
            "SELECT count(*) FROM audit_entry e JOIN person p ON p.uuid = e.record_uuid",
        )
        every = rows(connection, "SELECT count(*) FROM audit_entry WHERE table_name = 'person'")
        assert seen == every
        assert not rows(
            connection, "SELECT 1 FROM audit_entry WHERE changes::text LIKE '%Fatoumata%'"
        )
        for query in (
            "UPDATE person SET sex = 'M'",
            "UPDATE attendance SET role = 'expert'",
            "DELETE FROM head_count",
            "INSERT INTO site (code, name, country, is_local) VALUES ('X', 'X', 'NE', false)",
            "UPDATE audit_entry SET changes = '{}'",
        ):
            refused(connection, query)


def test_an_officer_of_niamey_changes_niamey_and_cannot_reach_bamako(
    hq_with_offices: str, make_user: MakeUser
) -> None:
    officer = make_user("officer", offices=["NE-NIA"])
    with plain(hq_with_offices, "registre") as owner:
        bamako_attendance = attendance_of(owner, "Bamako")
        bamako_activity = rows(owner, "SELECT id FROM activity WHERE city = 'Bamako'")[0][0]
        keita = rows(owner, "SELECT id FROM person WHERE family_name = 'KEITA'")[0][0]
    with plain(hq_with_offices, officer) as connection:
        assert {n for (n,) in rows(connection, "SELECT family_name FROM person")} == NIAMEY
        niamey_attendance = attendance_of(connection, "Niamey")
        changed = connection.execute(
            "UPDATE attendance SET role = 'expert' WHERE id = %s", (niamey_attendance,)
        )
        assert changed.rowcount == 1
        # Another office's attendance: not there for this officer, so nothing is updated...
        changed = connection.execute(
            "UPDATE attendance SET role = 'expert' WHERE id = %s", (bamako_attendance,)
        )
        assert changed.rowcount == 0
        # ... nor can one be added to its activity, even knowing the ids.
        with pytest.raises(pg_errors.InsufficientPrivilege):
            connection.execute(
                "INSERT INTO attendance (activity_id, person_id, day, role, signed, uuid, "
                "origin_site, revision, changed_at, changed_by_site, synced_revision, deleted) "
                "VALUES (%s, %s, '2022-12-07', 'participant', false, 'u1', 'HQ-GVA', 1, "
                "now(), 'HQ-GVA', 0, false)",
                (bamako_activity, keita),
            )
        # Widening one's own rights, or rewriting history, is refused.
        refused(connection, "INSERT INTO access_office VALUES (session_user, 'ML-BKO')")
        refused(connection, "DELETE FROM audit_entry")
        refused(connection, "UPDATE audit_entry SET changes = '{}'")
        connection.execute("SET ROLE registre_officer")
        assert {n for (n,) in rows(connection, "SELECT family_name FROM person")} == NIAMEY
    with plain(hq_with_offices, "registre") as owner:
        assert rows(owner, f"SELECT role FROM attendance WHERE id = {bamako_attendance}") == [
            ("participant",)
        ]
        assert rows(owner, f"SELECT role FROM attendance WHERE id = {niamey_attendance}") == [
            ("expert",)
        ]


def test_an_officer_signs_the_audit_with_their_own_name_whatever_they_send(
    hq_with_offices: str, make_user: MakeUser
) -> None:
    officer = make_user("officer")
    with plain(hq_with_offices, officer) as connection:
        connection.execute(
            "INSERT INTO audit_entry (table_name, record_uuid, action, site_code, changed_at, "
            "revision, changes, user_name) VALUES ('person', 'x', 'update', 'HQ-GVA', now(), 1, "
            "'{}', 'someone.else')"
        )
        assert rows(connection, "SELECT user_name FROM audit_entry WHERE record_uuid = 'x'") == [
            (officer,)
        ]


def test_an_officer_of_every_office_reads_and_writes_everything(
    hq_with_offices: str, make_user: MakeUser
) -> None:
    officer = make_user("officer")
    with plain(hq_with_offices, officer) as connection:
        names = {name for (name,) in rows(connection, "SELECT family_name FROM person")}
        assert names == NIAMEY | BAMAKO
        changed = connection.execute("UPDATE person SET region = 'Tillabéri'")
        assert changed.rowcount == 5
        refused(connection, "DROP TABLE person")
        refused(connection, "ALTER TABLE person DISABLE ROW LEVEL SECURITY")


def test_an_administrator_reads_everything_and_manages_users(
    hq_with_offices: str, make_user: MakeUser
) -> None:
    admin = make_user("admin")
    with plain(hq_with_offices, admin) as connection:
        names = {name for (name,) in rows(connection, "SELECT family_name FROM person")}
        assert names == NIAMEY | BAMAKO
        named = "SELECT count(*) FROM audit_entry WHERE changes::text LIKE '%Fatoumata%'"
        assert rows(connection, named) == [(1,)]
        made = f"{admin}.made"
        connection.execute(f'CREATE ROLE "{made}" LOGIN IN ROLE registre_viewer')  # type: ignore[arg-type]
        connection.execute(f'DROP ROLE "{made}"')  # type: ignore[arg-type]


def _tool(name: str) -> str:
    found = shutil.which(name) or max(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), default="")
    assert found, f"{name} (postgresql-client) is needed to test a restore"
    return found


def test_the_roles_hold_after_a_restore_from_pg_dump(
    hq_with_offices: str, make_user: MakeUser, test_server: databases.TestServer, tmp_path: Path
) -> None:
    viewer, analyst = make_user("viewer", offices=["NE-NIA"]), make_user("analyst")
    url = make_url(hq_with_offices)
    where = ["--host", str(url.host), "--port", str(url.port), "--username", "registre"]
    dump = tmp_path / "registre.dump"
    subprocess.run([_tool("pg_dump"), *where, "--format=custom", f"--file={dump}",
                    str(url.database)], check=True)  # fmt: skip
    name = test_server.new_name("restored")
    restored = test_server.create(name)
    test_server.created.append((name, None))
    subprocess.run([_tool("pg_restore"), *where, "--no-owner", f"--dbname={name}", str(dump)],
                   check=True)  # fmt: skip
    with plain(restored, viewer) as connection:
        assert {n for (n,) in rows(connection, "SELECT family_name FROM person")} == NIAMEY
        refused(connection, "UPDATE person SET sex = 'M'")
    with plain(restored, analyst) as connection:
        refused(connection, "SELECT family_name FROM person")
        assert rows(connection, "SELECT count(*) FROM analyst_person") == [(5,)]
