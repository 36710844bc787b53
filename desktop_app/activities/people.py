"""Where the counts read who a person is: the *person source*.

An officer, a viewer, an administrator and a file read the person and attendance tables. An
analyst on a server may not read the person table (no names, phones, e-mails or dates of birth,
ever): their counts read the analyst's views instead (store/analyst_views.py), which hold every
field a counting rule reads (sex, birth year, age band, category, region, organisation,
deleted) and, for the exact age, the age at the activity's start worked out by the server. The
rules are the same SQL over either source, so the figures are the same, figure by figure; the
lists behind them show the person's pseudonym instead of a name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Table, literal_column
from sqlalchemy.orm import Session

from desktop_app.store.analyst_views import analyst_attendance, analyst_person
from desktop_app.store.models import Attendance, Person


@dataclass(frozen=True)
class People:
    """The tables the counts read persons and attendance from. `pseudonymised`: the analyst's
    views, where the exact age comes with the attendance (`age_at_start`) and a person is
    named by their pseudonym."""

    person: Table
    attendance: Table
    pseudonymised: bool

    @property
    def birth_date(self) -> ColumnElement[Any] | None:
        """The date of birth, where the source has it (the person table)."""
        return None if self.pseudonymised else self.person.c.birth_date

    def names(self) -> tuple[ColumnElement[Any], ColumnElement[Any], ColumnElement[Any]]:
        """What a list shows as family name, given names and position: the pseudonym and
        nothing else in the analyst's views."""
        if self.pseudonymised:
            return self.person.c.pseudonym, literal_column("''"), literal_column("''")
        return self.person.c.family_name, self.person.c.given_names, self.person.c.position


PERSONS = People(Person.__table__, Attendance.__table__, pseudonymised=False)  # type: ignore[arg-type]
ANALYST = People(analyst_person, analyst_attendance, pseudonymised=True)


def people_of(session: Session) -> People:
    """The person source of this session's user (Database.session says whether the person
    table is readable; a bare session reads it)."""
    return PERSONS if session.info.get("reads_persons", True) else ANALYST
