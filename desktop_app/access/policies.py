"""The SQL that `registre server init-roles` runs: group roles, grants, row-level security by
office, and the analyst's views without personal fields.

Everything here is enforced by the server: a user connecting with psql gets exactly what the
window gets. Every statement can run again (after an upgrade that added tables, say).

The office of a record: an activity's organising office (its origin site when none is set);
attendance, head counts, expected lists hang on their activity; a person belongs to the offices
where they attend or are expected, to the office that recorded them, and, until they attend
anywhere, to whoever may add persons (a new person is visible to the officer who made them).
"""

from __future__ import annotations

from desktop_app.disability.questions import DOMAIN_KEYS
from desktop_app.store.models import every_table

ROLES = ("admin", "officer", "viewer", "analyst")
GROUP = {role: f"registre_{role}" for role in ROLES}

# Tables whose rows the analyst may read as they are (no personal field in them).
ANALYST_TABLES = (
    "activity",
    "activity_partner",
    "activity_tag",
    "activity_kind",
    "attendance",
    "attendance_role",
    "expected_person",
    "export_log",
    "head_count",
    "import_log",
    "organisation",
    "person_category",
    "site",
    "access_office",
    "project",
    "age_band_set",
    "indicator",
    "target",
    "alembic_version",
)
# Tables the analyst never reads as they are: names, phones, signatures, payments, secrets (the
# person and audit reach them through views). Every table is in one list or the other, so a
# new table is a decision, not an oversight (tests/access/test_policies_tables.py).
ANALYST_DENIED = (
    "audit_entry",
    "badge",
    "local_secret",
    "not_duplicate",
    "payment_account",
    "payment_exception",
    "payment_list",
    "payment_payee",
    "payment_rules",
    "person",
    "person_alias",
    "sheet_mapping",
    "sheet_photo",
    "sync_conflict",
)
# The person's fields an analyst sees (analyst_person, and the changes of analyst_audit_entry).
ANALYST_PERSON_FIELDS = (
    "sex",
    "birth_year",
    "age_band",
    "organisation_id",
    "category",
    "region",
    "nationality",
    "deleted",
)
# Fields that name or reach a person, or say how they function (the Washington Group answers,
# their consent and status: only ever counted, never shown per person): hidden from the analyst
# wherever they appear. The analyst's views list what they keep, so a column added to the
# person is hidden until it is listed in ANALYST_PERSON_FIELDS.
PERSONAL_FIELDS = (
    "family_name",
    "given_names",
    "phone",
    "email",
    "birth_date",
    "position",
    *(f"wg_{domain}" for domain in DOMAIN_KEYS),
    "disability_consent",
    "disability_consent_date",
)
# Row-level security: the tables filtered by office, and what "visible" means for each.
ACTIVITY_CHILDREN = (
    "activity_tag",
    "attendance",
    "head_count",
    "expected_person",
    "payment_payee",
    "payment_exception",
    "payment_list",
    "sheet_photo",
)
RECORD_TABLES = (
    "activity",
    "person",
    "badge",
    "payment_account",
    "payment_rules",
    *ACTIVITY_CHILDREN,
)
ROW_SECURED = (*RECORD_TABLES, "audit_entry", "sync_conflict")


def all_tables() -> list[str]:
    return [*sorted(every_table().tables), "alembic_version"]


def _quoted(names: list[str] | tuple[str, ...]) -> str:
    return ", ".join(f'"{name}"' for name in names)


def group_statements() -> list[str]:
    """The four group roles (they cannot log in), made once for the whole server."""
    statements = []
    for group in GROUP.values():
        statements.append(
            f"""DO $$ BEGIN
                CREATE ROLE {group} NOLOGIN;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END $$"""
        )
    # An administrator hands out the other roles (PostgreSQL 16 asks for ADMIN OPTION).
    statements.append(
        f"GRANT {GROUP['officer']}, {GROUP['viewer']}, {GROUP['analyst']} "
        f"TO {GROUP['admin']} WITH ADMIN OPTION"
    )
    return statements


def grant_statements() -> list[str]:
    tables = all_tables()
    admin, officer, viewer, analyst = (GROUP[role] for role in ROLES)
    groups = ", ".join(GROUP.values())
    read_only = ["alembic_version", "access_office"]
    append_only = ["audit_entry"]
    writable = [t for t in tables if t not in read_only + append_only]
    return [
        f"REVOKE ALL ON {_quoted(tables)} FROM {groups}",
        f"GRANT ALL ON {_quoted(tables)} TO {admin}",
        f"GRANT SELECT ON {_quoted(tables)} TO {officer}, {viewer}",
        f"GRANT INSERT, UPDATE, DELETE ON {_quoted(writable)} TO {officer}",
        f"GRANT INSERT ON {_quoted(append_only)} TO {officer}",
        f"GRANT SELECT ON {_quoted(ANALYST_TABLES)} TO {analyst}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {admin}, {officer}",
        # Tables a later revision adds: readable by the viewers, writable by the officers
        # (the analyst's list is chosen table by table: run init-roles again after upgrading).
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO {admin}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public "
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {officer}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {viewer}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public "
        f"GRANT USAGE, SELECT ON SEQUENCES TO {admin}, {officer}",
    ]


FUNCTIONS = [
    # session_user, not current_user: SET ROLE cannot widen what a user sees. A policy calls
    # these inside a scalar subquery, "(SELECT registre_every_office())": the server then asks
    # once per query, not once per row.
    """CREATE OR REPLACE FUNCTION registre_every_office() RETURNS boolean
    LANGUAGE sql STABLE AS $$
        SELECT NOT EXISTS (SELECT 1 FROM access_office WHERE user_name = session_user)
    $$""",
    """CREATE OR REPLACE FUNCTION registre_offices() RETURNS text[]
    LANGUAGE sql STABLE AS $$
        SELECT coalesce(array_agg(site_code::text), '{}')
        FROM access_office WHERE user_name = session_user
    $$""",
    # Whether a person attends or is expected at an activity of the user's offices, or nowhere
    # at all: read with the rights of the function's owner, by the indexes on person_id, it
    # answers yes or no and shows no row.
    """CREATE OR REPLACE FUNCTION registre_person_seen(pid integer) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT (NOT EXISTS (SELECT 1 FROM attendance WHERE person_id = pid)
                AND NOT EXISTS (SELECT 1 FROM expected_person WHERE person_id = pid))
            OR EXISTS (
                SELECT 1 FROM attendance a JOIN activity v ON v.id = a.activity_id
                WHERE a.person_id = pid
                  AND coalesce(v.office, v.origin_site) = ANY(registre_offices()))
            OR EXISTS (
                SELECT 1 FROM expected_person e JOIN activity v ON v.id = e.activity_id
                WHERE e.person_id = pid
                  AND coalesce(v.office, v.origin_site) = ANY(registre_offices()))
    $$""",
    """DROP FUNCTION IF EXISTS registre_person_unattached(integer)""",
    """DROP FUNCTION IF EXISTS registre_in_offices(text)""",
    # An audit entry or a conflict is visible with the record it is about.
    """CREATE OR REPLACE FUNCTION registre_sees_record(kind text, record text) RETURNS boolean
    LANGUAGE sql STABLE AS $$
        SELECT CASE kind
            WHEN 'activity' THEN EXISTS (SELECT 1 FROM activity WHERE uuid = record)
            WHEN 'person' THEN EXISTS (SELECT 1 FROM person WHERE uuid = record)
            WHEN 'badge' THEN EXISTS (SELECT 1 FROM badge WHERE uuid = record)
            WHEN 'attendance' THEN EXISTS (SELECT 1 FROM attendance WHERE uuid = record)
            WHEN 'head_count' THEN EXISTS (SELECT 1 FROM head_count WHERE uuid = record)
            WHEN 'expected_person' THEN EXISTS (SELECT 1 FROM expected_person WHERE uuid = record)
            ELSE true END
    $$""",
]

EVERY = "(SELECT registre_every_office())"
MINE = "(SELECT registre_offices())::text[]"
_VISIBLE = {
    "activity": f"{EVERY} OR coalesce(office, origin_site) = ANY({MINE})",
    "person": f"{EVERY} OR origin_site = ANY({MINE}) OR registre_person_seen(id)",
    "badge": f"{EVERY} OR person_id IN (SELECT id FROM person)",
    "payment_account": f"{EVERY} OR person_id IN (SELECT id FROM person)",
    # A template (no activity) is everyone's.
    "payment_rules": f"{EVERY} OR activity_id IS NULL OR activity_id IN (SELECT id FROM activity)",
    **{
        table: f"{EVERY} OR activity_id IN (SELECT id FROM activity)" for table in ACTIVITY_CHILDREN
    },
    # Own entries always: an officer's new entry may be written before its record.
    "audit_entry": (
        f"user_name = session_user OR {EVERY} OR registre_sees_record(table_name, record_uuid)"
    ),
    "sync_conflict": f"{EVERY} OR registre_sees_record(table_name, record_uuid)",
}


def policy_statements() -> list[str]:
    admin, officer, viewer, analyst = (GROUP[role] for role in ROLES)
    statements = list(FUNCTIONS)
    for table in ROW_SECURED:
        visible = _VISIBLE[table]
        statements += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS registre_admin_all ON {table}",
            f"CREATE POLICY registre_admin_all ON {table} TO {admin} "
            "USING (true) WITH CHECK (true)",
            f"DROP POLICY IF EXISTS registre_by_office ON {table}",
            f"CREATE POLICY registre_by_office ON {table} TO {officer}, {viewer} "
            f"USING ({visible}) WITH CHECK ({visible})",
        ]
        if table in ANALYST_TABLES:
            statements += [
                f"DROP POLICY IF EXISTS registre_analyst_read ON {table}",
                f"CREATE POLICY registre_analyst_read ON {table} FOR SELECT TO {analyst} "
                "USING (true)",
            ]
    return statements


def _kept(fields: tuple[str, ...]) -> str:
    listed = ", ".join(f"'{field}'" for field in fields)
    return (
        "(SELECT coalesce(jsonb_object_agg(key, value), '{}'::jsonb)"
        f" FROM jsonb_each(changes::jsonb) WHERE key IN ({listed}))"
    )


# The pseudonym of privacy/pseudonymised.py ("P-" and 16 hex digits of HMAC-SHA256(key, uuid)),
# worked out by the server with its own sha256 (PostgreSQL 11+, no extension): the key, 32
# bytes kept in local_secret, padded to SHA-256's block of 64 bytes and XORed with the inner
# (0x36) and outer (0x5c) pads, as bit strings (back to bytes 8 at a time: a tenth of the cost
# of byte by byte). Read with the owner's rights: the analyst never sees the key.
_BYTES = " || ".join(
    f"int8send(substring(bits FROM {1 + 64 * i} FOR 64)::bigint)" for i in range(8)
)
PSEUDONYM_FUNCTIONS = [
    f"""CREATE OR REPLACE FUNCTION registre_bytes(bits bit varying) RETURNS bytea
    LANGUAGE sql IMMUTABLE AS $$ SELECT {_BYTES} $$""",
    """CREATE OR REPLACE FUNCTION registre_pseudonym(person_uuid text) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT 'P-' || upper(left(encode(sha256(
        registre_bytes(key # ('x' || repeat('5c', 64))::bit(512))
        || sha256(registre_bytes(key # ('x' || repeat('36', 64))::bit(512))
                  || convert_to(person_uuid, 'UTF8'))), 'hex'), 16))
    FROM (SELECT ('x' || rpad(value, 128, '0'))::bit(512) AS key
          FROM local_secret WHERE name = 'pseudonym_key') AS secret
$$""",
]

# The exact age on the activity's start date, as store/sql_dialect.years_between writes it
# for PostgreSQL (the counts' own rule: birthdays counted, 29 February a day before 1 March).
_AGE_AT_START = (
    "CASE WHEN p.birth_date IS NOT NULL THEN "
    "CAST(EXTRACT(YEAR FROM v.start_date) AS INTEGER) "
    "- CAST(EXTRACT(YEAR FROM p.birth_date) AS INTEGER) "
    "- CASE WHEN EXTRACT(MONTH FROM v.start_date) * 100 + EXTRACT(DAY FROM v.start_date) "
    "< EXTRACT(MONTH FROM p.birth_date) * 100 + EXTRACT(DAY FROM p.birth_date) "
    "THEN 1 ELSE 0 END END"
)


def view_statements() -> list[str]:
    """The analyst's pseudonymised person, attendance and audit trail (views read with their
    owner's rights: every person, without a name, a phone, an e-mail or a date of birth; the
    age at each activity they attended instead of the date of birth, so that the reports count
    exact ages as an officer's do: docs/postgresql.md)."""
    analyst = GROUP["analyst"]
    person_columns = ", ".join(("id", *ANALYST_PERSON_FIELDS, "origin_site"))
    return [
        *PSEUDONYM_FUNCTIONS,
        "DROP VIEW IF EXISTS analyst_person",
        # No security barrier: the views filter no row, so there is nothing for one to guard
        # (a condition can only read the columns shown), and without it the server plans the
        # views into the counts' statements, with the tables' indexes.
        f"CREATE VIEW analyst_person AS "
        f"SELECT {person_columns}, registre_pseudonym(uuid) AS pseudonym FROM person",
        "DROP VIEW IF EXISTS analyst_attendance",
        "CREATE VIEW analyst_attendance AS "
        "SELECT a.id, a.activity_id, a.person_id, a.day, a.role, a.signed, a.checked_in_at, "
        f"a.deleted, {_AGE_AT_START} AS age_at_start "
        "FROM attendance a JOIN activity v ON v.id = a.activity_id "
        "JOIN person p ON p.id = a.person_id",
        "DROP VIEW IF EXISTS analyst_audit_entry",
        "CREATE VIEW analyst_audit_entry WITH (security_barrier) AS "
        "SELECT id, table_name, record_uuid, action, site_code, user_name, changed_at, revision, "
        f"CASE WHEN table_name = 'person' THEN {_kept(ANALYST_PERSON_FIELDS)} "
        "WHEN table_name = 'badge' THEN '{}'::jsonb "
        "ELSE changes::jsonb END AS changes FROM audit_entry",
        f"GRANT SELECT ON analyst_person, analyst_attendance, analyst_audit_entry TO {analyst}",
    ]


def init_statements() -> list[str]:
    return [*group_statements(), *grant_statements(), *policy_statements(), *view_statements()]
