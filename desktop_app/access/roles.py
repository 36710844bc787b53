"""The role of whoever is connected, and the management of a server's users.

A file has no roles: whoever opens it may do everything, as before (the administrator). On a
server, the role comes from the PostgreSQL groups of `policies.GROUP`; the owner of the tables
(the account the database was made with) and a superuser are administrators.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import Connection, text

from desktop_app.access import policies
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.store import Database, translate_errors

Role = Literal["admin", "officer", "viewer", "analyst"]
# A server user's name: what `CREATE ROLE` takes without surprises in any tool.
USER_NAME = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")
SITE_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,15}$")


@dataclass(frozen=True)
class Access:
    """What the connected user may do; `offices` empty means every office."""

    role: Role
    user: str | None = None
    offices: tuple[str, ...] = ()
    on_server: bool = False

    @property
    def may_change(self) -> bool:
        return self.role in ("admin", "officer")

    @property
    def sees_personal(self) -> bool:
        return self.role != "analyst"

    @property
    def manages_users(self) -> bool:
        return self.role == "admin"


FILE_ACCESS = Access("admin")


@dataclass(frozen=True)
class ServerUser:
    name: str
    role: Role
    offices: tuple[str, ...]
    can_login: bool


def _error(text_: str, **params: object) -> RegistreError:
    return RegistreError(UserMessage("Access", text_, params))


def _needs_server(database: Database) -> None:
    if not database.is_server:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Access",
                "A database file has no users or roles: whoever opens it may do everything. "
                "Roles are for a database on a PostgreSQL server.",
            )
        )


def _groups_of(connection: Connection, user: str) -> set[str]:
    names = list(policies.GROUP.values())
    rows = connection.execute(
        text(
            "SELECT g.rolname FROM pg_roles g WHERE g.rolname = ANY(:names) "
            "AND pg_has_role(:user, g.oid, 'MEMBER')"
        ),
        {"names": names, "user": user},
    )
    return set(rows.scalars())


def _direct_groups(connection: Connection, user: str) -> set[str]:
    rows = connection.execute(
        text(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :user "
            "AND g.rolname = ANY(:names)"
        ),
        {"user": user, "names": list(policies.GROUP.values())},
    )
    return set(rows.scalars())


def _highest(groups: set[str]) -> Role | None:
    for role in policies.ROLES:  # admin first: an administrator is a member of the others
        if policies.GROUP[role] in groups:
            return role  # type: ignore[return-value]
    return None


def _offices(connection: Connection, user: str) -> tuple[str, ...]:
    rows = connection.execute(
        text("SELECT site_code FROM access_office WHERE user_name = :user ORDER BY site_code"),
        {"user": user},
    )
    return tuple(rows.scalars())


def current_access(database: Database) -> Access:
    """The connected user's role and offices (a file: the administrator)."""
    if not database.is_server:
        return FILE_ACCESS
    with translate_errors(database.location), database.engine.connect() as connection:
        user = str(connection.execute(text("SELECT session_user")).scalar_one())
        superuser, owner = connection.execute(
            text(
                "SELECT r.rolsuper, pg_has_role(:user, t.tableowner, 'USAGE') "
                "FROM pg_roles r, pg_tables t WHERE r.rolname = :user "
                "AND t.schemaname = current_schema() AND t.tablename = 'site'"
            ),
            {"user": user},
        ).one()
        if superuser or owner:
            return Access("admin", user, (), True)
        role = _highest(_groups_of(connection, user))
        offices = _offices(connection, user) if role in ("officer", "viewer") else ()
    # A role outside Registre's groups reads what it was granted: as a viewer, to be safe.
    return Access(role or "viewer", user, offices, True)


_known: weakref.WeakKeyDictionary[Database, Access] = weakref.WeakKeyDictionary()


def access_of(database: Database) -> Access:
    """`current_access`, asked of the server once per open database until `refresh_access`
    (the server enforces a changed role at once anyway)."""
    found = _known.get(database)
    if found is None:
        found = _known[database] = current_access(database)
    return found


def refresh_access(database: Database) -> Access:
    """The role asked of the server again (an administrator may have changed it meanwhile)."""
    _known.pop(database, None)
    database.forget_rights()
    return access_of(database)


def init_roles(database: Database) -> None:
    """Make the groups, grants, row-level security and views (again: every step can repeat).
    Run by the owner of the tables, or a superuser, with the right to create roles."""
    _needs_server(database)
    # Imported here: it brings xlsxwriter, which the window's start does without.
    from desktop_app.privacy.pseudonymised import pseudonym_secret

    pseudonym_secret(database)  # the analyst's pseudonyms are those of the export
    with translate_errors(database.location), database.engine.begin() as connection:
        for statement in policies.init_statements():
            connection.execute(text(statement))


def _check_name(name: str) -> str:
    if not USER_NAME.match(name) or name.startswith(("pg_", "registre_")):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Access",
                "“{name}” cannot be a user name: use lower-case letters, digits, dots, dashes "
                "and underscores (up to 63), beginning with a letter, e.g. aissa.maiga.",
            ),
            name=name,
        )
    return name


def _check_role(role: str) -> Role:
    if role not in policies.ROLES:
        raise _error(
            QT_TRANSLATE_NOOP("Access", "Unknown role “{role}”: choose one of {roles}."),
            role=role,
            roles=", ".join(policies.ROLES),
        )
    return role  # type: ignore[return-value]


def _check_offices(role: Role, offices: list[str]) -> list[str]:
    codes = sorted({code.strip().upper() for code in offices if code.strip()})
    for code in codes:
        if not SITE_CODE.match(code):
            raise _error(
                QT_TRANSLATE_NOOP("Access", "“{code}” is not an office code (e.g. NE-NIA)."),
                code=code,
            )
    if codes and role not in ("officer", "viewer"):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Access",
                "Only officers and viewers are limited to offices: an administrator or an "
                "analyst works on every office.",
            )
        )
    return codes


def _require_groups(connection: Connection) -> None:
    found = connection.execute(
        text("SELECT count(*) FROM pg_roles WHERE rolname = :name"),
        {"name": policies.GROUP["admin"]},
    ).scalar_one()
    if not found:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Access",
                "The roles are not set up on this server yet: run “registre server init-roles” "
                "first (as the owner of the database).",
            )
        )


def _password_clause(connection: Connection, name: str, password: str | None) -> str:
    if password is None:
        return ""
    # Hashed here (SCRAM): the password itself never reaches the server or its logs.
    driver = connection.connection.driver_connection
    hashed = driver.pgconn.encrypt_password(  # type: ignore[union-attr]
        password.encode(), name.encode(), b"scram-sha-256"
    ).decode()
    return str(" PASSWORD '" + hashed.replace("'", "''") + "'")


def _set_membership(connection: Connection, name: str, role: Role) -> None:
    for group in policies.GROUP.values():
        connection.execute(text(f'REVOKE {group} FROM "{name}"'))
    admin_option = " WITH ADMIN OPTION" if role == "admin" else ""
    connection.execute(text(f'GRANT {policies.GROUP[role]} TO "{name}"{admin_option}'))
    create_role = "CREATEROLE" if role == "admin" else "NOCREATEROLE"
    connection.execute(text(f'ALTER ROLE "{name}" {create_role}'))


def _set_offices(connection: Connection, name: str, offices: list[str]) -> None:
    connection.execute(text("DELETE FROM access_office WHERE user_name = :name"), {"name": name})
    for code in offices:
        connection.execute(
            text("INSERT INTO access_office (user_name, site_code) VALUES (:name, :code)"),
            {"name": name, "code": code},
        )


def _exists(connection: Connection, name: str) -> bool:
    found = connection.execute(
        text("SELECT count(*) FROM pg_roles WHERE rolname = :name"), {"name": name}
    ).scalar_one()
    return bool(found)


def check_new_user(name: str, role: str, offices: list[str]) -> None:
    """Refuse a wrong name, role or office before anything is asked or changed."""
    _check_offices(_check_role(role), offices)
    _check_name(name)


def add_user(
    database: Database,
    name: str,
    role: str,
    offices: list[str] | None = None,
    password: str | None = None,
) -> ServerUser:
    """A new server user who can log in, in one role (and limited to `offices`)."""
    _needs_server(database)
    name, checked_role = _check_name(name), _check_role(role)
    codes = _check_offices(checked_role, offices or [])
    with translate_errors(database.location), database.engine.begin() as connection:
        _require_groups(connection)
        if _exists(connection, name):
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Access",
                    "The server already has a user “{name}”: change their role with "
                    "“registre server set-role”.",
                ),
                name=name,
            )
        clause = _password_clause(connection, name, password)
        # Not text(): a SCRAM hash holds colons that text() would take for parameters.
        connection.exec_driver_sql(f'CREATE ROLE "{name}" LOGIN{clause}')
        _set_membership(connection, name, checked_role)
        _set_offices(connection, name, codes)
    return ServerUser(name, checked_role, tuple(codes), True)


def _registre_user(connection: Connection, name: str) -> Role:
    role = _highest(_direct_groups(connection, name))
    if role is None:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Access",
                "“{name}” is not a Registre user of this server (registre server list-users "
                "shows them).",
            ),
            name=name,
        )
    return role


def set_role(
    database: Database, name: str, role: str, offices: list[str] | None = None
) -> ServerUser:
    """Move a user to another role; their offices become `offices` (none: every office)."""
    _needs_server(database)
    name, checked_role = _check_name(name), _check_role(role)
    codes = _check_offices(checked_role, offices or [])
    with translate_errors(database.location), database.engine.begin() as connection:
        _require_groups(connection)
        _registre_user(connection, name)
        _set_membership(connection, name, checked_role)
        _set_offices(connection, name, codes)
    return ServerUser(name, checked_role, tuple(codes), True)


def remove_user(database: Database, name: str) -> None:
    """The user can no longer connect; their name stays in the audit trail."""
    _needs_server(database)
    _check_name(name)
    with translate_errors(database.location), database.engine.begin() as connection:
        me = connection.execute(text("SELECT session_user")).scalar_one()
        if me == name:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Access", "You cannot remove yourself: ask another administrator."
                )
            )
        _registre_user(connection, name)
        _set_offices(connection, name, [])
        connection.execute(text(f'DROP ROLE "{name}"'))


def list_users(database: Database) -> list[ServerUser]:
    """Registre's users of this server, by name."""
    _needs_server(database)
    groups = list(policies.GROUP.values())
    with translate_errors(database.location), database.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT u.rolname, array_agg(g.rolname), u.rolcanlogin FROM pg_roles u "
                "JOIN pg_auth_members m ON m.member = u.oid "
                "JOIN pg_roles g ON g.oid = m.roleid "
                "WHERE g.rolname = ANY(:groups) AND NOT u.rolname = ANY(:groups) "
                "GROUP BY u.rolname, u.rolcanlogin ORDER BY u.rolname"
            ),
            {"groups": groups},
        ).all()
        users = []
        for name, member_of, can_login in rows:
            role = _highest(set(member_of))
            assert role is not None
            users.append(ServerUser(name, role, _offices(connection, name), bool(can_login)))
    return users
