"""`registre server …`: an administrator manages the users; others are refused clearly, and a
file says it has no roles."""

from __future__ import annotations

import contextlib
import io
import uuid
from pathlib import Path

import pytest

from desktop_app.access import roles
from desktop_app.cli.main import main
from desktop_app.store import open_database
from tests.access.conftest import MakeUser, as_user, plain, registre


def run(database: Path | str, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--db", str(database), *args])
    return code, out.getvalue(), err.getvalue()


@pytest.mark.postgresql_only
def test_an_administrator_adds_lists_changes_and_removes_users(
    hq_url: str, make_user: MakeUser
) -> None:
    admin = as_user(hq_url, make_user("admin"))
    name = f"t{uuid.uuid4().hex[:10]}.aissa"
    try:
        out = registre(admin, "server", "add-user", name, "--role", "viewer",
                       "--offices", "ne-nia, ML-BKO", "--no-password")  # fmt: skip
        assert out == f"User {name} added: viewer, offices: ML-BKO, NE-NIA."
        listed = registre(admin, "server", "list-users").splitlines()
        assert listed[0].split() == ["User", "Role", "Offices"]
        assert any(line.split() == [name, "viewer", "ML-BKO,", "NE-NIA"] for line in listed)
        out = registre(admin, "server", "set-role", name, "--role", "officer")
        assert out == f"User {name} is now officer, offices: all."
        database = open_database(as_user(hq_url, name))
        try:
            assert roles.current_access(database) == roles.Access("officer", name, (), True)
        finally:
            database.close()
        out = registre(admin, "server", "remove-user", name)
        assert out == f"User {name} removed: they can no longer connect."
        assert name not in registre(admin, "server", "list-users")
    finally:
        with plain(hq_url, "registre") as owner:
            owner.execute(f'DROP ROLE IF EXISTS "{name}"')  # type: ignore[arg-type]


@pytest.mark.postgresql_only
def test_an_officer_cannot_manage_users(hq_url: str, make_user: MakeUser) -> None:
    officer = as_user(hq_url, make_user("officer"))
    code, _out, err = run(officer, "server", "add-user", "someone", "--role", "admin",
                          "--no-password")  # fmt: skip
    assert code == 3
    assert "does not allow this user" in err and "nothing was changed" in err


@pytest.mark.postgresql_only
def test_wrong_names_and_offices_are_refused_before_anything_changes(
    hq_url: str, make_user: MakeUser
) -> None:
    for args, message in (
        (["Robert'); DROP TABLE person;--", "--role", "viewer"], "cannot be a user name"),
        (["registre_admin", "--role", "viewer"], "cannot be a user name"),
        (["ok.name", "--role", "analyst", "--offices", "NE-NIA"], "Only officers and viewers"),
        (["ok.name", "--role", "officer", "--offices", "Niamey city"], "is not an office code"),
    ):
        code, _out, err = run(hq_url, "server", "add-user", *args, "--no-password")
        assert code == 1, err
        assert message in err
    assert "ok.name" not in registre(hq_url, "server", "list-users")


@pytest.mark.postgresql_only
def test_a_password_is_stored_hashed(hq_url: str, make_user: MakeUser) -> None:
    name = f"t{uuid.uuid4().hex[:10]}.pw"
    database = open_database(hq_url)
    try:
        roles.add_user(database, name, "viewer", password="mot de passe")
        with plain(hq_url, "registre") as owner:
            stored = owner.execute(
                "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (name,)
            ).fetchone()
            assert stored is not None and str(stored[0]).startswith("SCRAM-SHA-256$")
            assert "mot de passe" not in str(stored[0])
    finally:
        roles.remove_user(database, name)
        database.close()


@pytest.mark.sqlite_only
def test_a_file_has_no_roles(db_path: Path | str) -> None:
    code, _out, err = run(db_path, "server", "list-users")
    assert code == 1
    assert "A database file has no users or roles" in err
    database = open_database(db_path)
    try:
        assert roles.current_access(database) == roles.FILE_ACCESS
    finally:
        database.close()
