"""The analyst's views on a server, as tables the queries can read (access/policies.py writes
their SQL; `registre server init-roles` makes them).

An analyst may not read the person table: the counts read who a person is from
`analyst_person` (no name, phone, e-mail, date of birth or position; a pseudonym instead) and
the exact age at an activity from `analyst_attendance` (the age at the activity's start, worked
out by the server from the date of birth, which never leaves it). Their own MetaData: no
revision creates them, and a file never has them.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Date, Integer, MetaData, String, Table

VIEWS = MetaData()

analyst_person = Table(
    "analyst_person",
    VIEWS,
    Column("id", Integer, primary_key=True),
    Column("pseudonym", String(18)),
    Column("sex", String(1)),
    Column("birth_year", Integer),
    Column("age_band", String(16)),
    Column("organisation_id", Integer),
    Column("category", String),
    Column("region", String(120)),
    Column("nationality", String(2)),
    Column("deleted", Boolean),
    Column("origin_site", String),
)

analyst_attendance = Table(
    "analyst_attendance",
    VIEWS,
    Column("id", Integer, primary_key=True),
    Column("activity_id", Integer),
    Column("person_id", Integer),
    Column("day", Date),
    Column("role", String),
    Column("signed", Boolean),
    Column("checked_in_at", Date),
    Column("deleted", Boolean),
    # The exact age on the activity's start date; NULL without a whole date of birth.
    Column("age_at_start", Integer),
)
