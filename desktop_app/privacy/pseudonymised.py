"""The pseudonymised export profile: a workbook to share beyond HQ (donors, researchers).

No names, phones, e-mails, organisations, positions or regions of persons, and none of their
answers to the Washington Group questions (with the setting on, a sheet counts participants by
disability status and sex instead: disability_counts.py); each person is a
stable pseudonym (`P-` and 16 hex digits of an HMAC-SHA256 of their uuid under a secret kept in
this database only, so that nobody holding other workbooks can recompute it) and an age band
instead of a birth year. Activities keep what reports need (kind, dates, place, partners) and
their free text with every word that is a name of the registry, every phone number and every
e-mail masked; notes and follow-up are left out. The workbook is written aside and moved in
place when complete, optionally protected by a password (protection.py).

The export changes nothing in the database (it is not a sync export): the only write is the
secret, made once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import re
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import aliased

from desktop_app import private_folder
from desktop_app.logging_setup import EMAIL_PATTERN, MASK, PHONE_PATTERN
from desktop_app.privacy import disability_counts
from desktop_app.records.ages import canonical_band
from desktop_app.records.text import normalise
from desktop_app.store import Database
from desktop_app.store.models import (
    Activity,
    ActivityPartner,
    Attendance,
    HeadCount,
    LocalSecret,
    Organisation,
    Person,
)
from desktop_app.store.vocabulary import activity_kinds, attendance_roles, person_categories
from desktop_app.workbooks import cells as workbook_cells
from desktop_app.workbooks import protection

SECRET_NAME = "pseudonym_key"
# Boundaries that serve every youth threshold in use (15-24, 18-29, under 30, 15-35).
BAND_LIMITS = (15, 18, 25, 30, 35, 45, 60)
# Particles that are parts of names but identify nobody alone, and common words of titles.
PARTICLES = frozenset({"de", "du", "des", "la", "le", "el", "al", "ben", "ould", "ag", "da", "di"})
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class PseudonymisedExport:
    path: Path
    row_counts: dict[str, int]
    protected: bool


def pseudonym_secret(database: Database) -> bytes:
    """The key of the pseudonyms, made the first time it is asked for."""
    with database.session() as session:
        row = session.get(LocalSecret, SECRET_NAME)
        if row is None:
            row = LocalSecret(name=SECRET_NAME, value=secrets.token_hex(32))
            session.add(row)
        return bytes.fromhex(row.value)


def pseudonym(secret: bytes, uuid: str) -> str:
    return "P-" + hmac.new(secret, uuid.encode(), hashlib.sha256).hexdigest()[:16].upper()


def age_band(birth_year: int | None, stored_band: str | None, on: dt.date) -> str:
    """The band of the age at `on` (age = year difference, as everywhere); a stored band when
    only that is known; "" when the age is unknown."""
    if birth_year is None:
        return canonical_band(stored_band) or ""
    age = on.year - birth_year
    lower = 0
    for limit in BAND_LIMITS:
        if age < limit:
            return f"{lower}-{limit - 1}"
        lower = limit
    return f"{lower}+"


class NameMask:
    """Masks, in free text, every word that is a word of a registry name, and phones, e-mails."""

    def __init__(self, names: Iterable[str]) -> None:
        self.words = {
            word
            for name in names
            for word in normalise(name).split()
            if len(word) > 1 and word not in PARTICLES
        }

    def __call__(self, text: str | None) -> str:
        if not text:
            return ""
        text = EMAIL_PATTERN.sub(MASK, text)
        text = PHONE_PATTERN.sub(MASK, text)
        return _WORD.sub(
            lambda match: MASK if normalise(match.group(0)) in self.words else match.group(0),
            text,
        )


def _labels(language: str) -> dict[str, dict[str, str]]:
    def table(terms: Sequence[Any]) -> dict[str, str]:
        return {term.code: term.label(language) for term in terms}

    return {
        "kind": table(activity_kinds()),
        "role": table(attendance_roles()),
        "category": table(person_categories()),
    }


HEADERS = {
    "activities": (
        ("Activities", "Activités"),
        ("Activity ID", "Identifiant de l'activité"),
        ("Title", "Titre"),
        ("Kind", "Type"),
        ("Status", "Statut"),
        ("Start date", "Date de début"),
        ("End date", "Date de fin"),
        ("Country", "Pays"),
        ("City", "Ville"),
        ("Office", "Bureau"),
        ("Partners", "Partenaires"),
        ("Project code", "Code projet"),
        ("Objectives", "Objectifs"),
        ("Topics", "Thèmes"),
        ("Outcomes", "Résultats"),
    ),
    "persons": (
        ("Persons", "Personnes"),
        ("Pseudonym", "Pseudonyme"),
        ("Sex", "Sexe"),
        ("Age band today", "Tranche d'âge aujourd'hui"),
        ("Category", "Catégorie"),
        ("Nationality", "Nationalité"),
    ),
    "attendance": (
        ("Attendance", "Présences"),
        ("Activity ID", "Identifiant de l'activité"),
        ("Pseudonym", "Pseudonyme"),
        ("Day", "Jour"),
        ("Role", "Rôle"),
        ("Age band at the activity", "Tranche d'âge à l'activité"),
    ),
    "head_counts": (
        ("Head counts", "Effectifs"),
        ("Activity ID", "Identifiant de l'activité"),
        ("Day", "Jour"),
        ("Total", "Total"),
        ("Women", "Femmes"),
        ("Youth", "Jeunes"),
    ),
    "disability": disability_counts.HEADERS,
}

ABOUT = {
    "en": (
        "Pseudonymised export from Registre.",
        "It holds no names, phone numbers, e-mail addresses, organisations or positions of "
        "persons. Each person is a pseudonym, the same in every export of this database, that "
        "cannot be traced back to the person without the database; ages are given as bands.",
        "Names, phone numbers and e-mail addresses found in activity texts are replaced by …",
    ),
    "fr": (
        "Export pseudonymisé de Registre.",
        "Il ne contient ni noms, ni téléphones, ni adresses e-mail, ni organisations ou "
        "fonctions des personnes. Chaque personne est un pseudonyme, le même dans chaque export "
        "de cette base, qui ne permet pas de la retrouver sans la base ; les âges sont donnés "
        "par tranches.",
        "Les noms, téléphones et adresses e-mail trouvés dans les textes des activités sont "
        "remplacés par …",
    ),
}


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _rows(
    connection: Connection, secret: bytes, language: str, today: dt.date
) -> dict[str, list[list[object]]]:
    labels = _labels(language)
    mask = NameMask(
        name
        for pair in connection.execute(select(Person.family_name, Person.given_names))
        for name in pair
    )
    partners: dict[int, list[str]] = {}
    for activity_id, name in connection.execute(
        select(ActivityPartner.activity_id, Organisation.name)
        .join(Organisation, Organisation.id == ActivityPartner.organisation_id)
        .order_by(Organisation.name)
    ):
        partners.setdefault(activity_id, []).append(mask(name))
    activities = [
        [
            row.uuid,
            mask(row.title),
            labels["kind"].get(row.kind, row.kind),
            row.status,
            row.start_date,
            row.end_date,
            row.country,
            mask(row.city),
            _text(row.office),
            "; ".join(partners.get(row.id, [])),
            mask(row.project_code),
            mask(row.objectives),
            mask(row.topics),
            mask(row.outcomes),
        ]
        for row in connection.execute(
            select(Activity).where(~Activity.deleted).order_by(Activity.start_date, Activity.id)
        )
    ]
    persons = [
        [
            pseudonym(secret, row.uuid),
            _text(row.sex),
            age_band(row.birth_year, row.age_band, today),
            labels["category"].get(row.category or "", ""),
            _text(row.nationality),
        ]
        for row in connection.execute(select(Person).where(~Person.deleted).order_by(Person.id))
    ]
    person, activity = aliased(Person), aliased(Activity)
    attendance = [
        [
            row.activity_uuid,
            pseudonym(secret, row.person_uuid),
            row.day,
            labels["role"].get(row.role, row.role),
            age_band(row.birth_year, row.age_band, row.start_date),
        ]
        for row in connection.execute(
            select(
                activity.uuid.label("activity_uuid"),
                activity.start_date,
                person.uuid.label("person_uuid"),
                person.birth_year,
                person.age_band,
                Attendance.day,
                Attendance.role,
            )
            .join(person, person.id == Attendance.person_id)
            .join(activity, activity.id == Attendance.activity_id)
            .where(~Attendance.deleted, ~person.deleted, ~activity.deleted)
            .order_by(activity.start_date, Attendance.day, Attendance.id)
        )
    ]
    head_counts = [
        [row.uuid, row.day, row.total, row.women, row.youth]
        for row in connection.execute(
            select(Activity.uuid, HeadCount.day, HeadCount.total, HeadCount.women, HeadCount.youth)
            .join(Activity, Activity.id == HeadCount.activity_id)
            .where(~HeadCount.deleted, ~Activity.deleted)
            .order_by(Activity.start_date, HeadCount.id)
        )
    ]
    return {
        "activities": activities,
        "persons": persons,
        "attendance": attendance,
        "head_counts": head_counts,
    }


def _write(
    path: Path, rows: dict[str, list[list[object]]], language: str, notes: Sequence[str] = ()
) -> None:
    french = language.startswith("fr")
    book = workbook_cells.new_workbook(path, constant_memory=True)
    try:
        cells = workbook_cells.CellWriter(book)
        bold = cells.format({"bold": True})
        date = cells.format({"num_format": "dd/mm/yyyy" if french else "d mmm yyyy"})
        about = book.add_worksheet("À propos" if french else "About")
        about.set_column(0, 0, 110)
        for line, text in enumerate((*ABOUT["fr" if french else "en"], *notes)):
            cells.text(about, line, 0, text, bold if line == 0 else None)
        for key, table in rows.items():
            (sheet_name, *columns) = (pair[1] if french else pair[0] for pair in HEADERS[key])
            sheet = book.add_worksheet(sheet_name)
            sheet.freeze_panes(1, 0)
            sheet.set_column(0, len(columns) - 1, 18)
            for column, header in enumerate(columns):
                cells.text(sheet, 0, column, header, bold)
            for number, values in enumerate(table, start=1):
                for column, value in enumerate(values):
                    if isinstance(value, dt.date):
                        cells.write(sheet, number, column, value, date)
                    elif isinstance(value, int):
                        cells.write(sheet, number, column, value)
                    elif value not in (None, ""):
                        cells.text(sheet, number, column, str(value))
            sheet.autofilter(0, 0, max(len(table), 1), len(columns) - 1)
        book.close()
    except BaseException:
        protection.release_workbook(book)
        raise


def export_pseudonymised(
    database: Database,
    out_path: Path | str,
    *,
    language: str = "en",
    password: str | None = None,
    today: dt.date | None = None,
    with_disability: bool = False,
    small_number_threshold: int = 5,
) -> PseudonymisedExport:
    """Write the pseudonymised workbook at `out_path` (never a half one); return its counts.
    `with_disability` (the setting `record_disability`): add the participants counted by
    disability status and sex, counts below `small_number_threshold` hidden."""
    out = Path(out_path)
    secret = pseudonym_secret(database)
    with database.session() as session:
        connection = session.connection()
        rows = _rows(connection, secret, language, today or dt.date.today())
        notes: list[str] = []
        if with_disability:
            notes.append(disability_counts.note(language, small_number_threshold))
            rows["disability"] = disability_counts.rows(
                connection, language, small_number_threshold
            )
    try:
        # Written in a private folder beside `out`; a protected workbook is encrypted there
        # too, so that no clear copy is ever beside it.
        with private_folder.workspace(out) as run:
            partial = run / out.name
            _write(partial, rows, language, notes)
            if password:
                protection.protect(partial, out, password)
            else:
                os.replace(partial, out)
    except Exception as error:
        raise protection.failed_write(error, out) from error
    return PseudonymisedExport(
        out, {key: len(table) for key, table in rows.items()}, bool(password)
    )
