"""Search the registry as you type: accent- and case-insensitive, words in any order.

Each word of the query must appear somewhere in Person.search_text ("family given organisation
acronym phone-digits email", normalised). Results whose family name starts with a word come
first, then those where any word starts with one, then the rest; each group by name.
"""

from __future__ import annotations

from sqlalchemy import case, func, or_, select

from desktop_app.services.persons import PersonRow
from desktop_app.services.text import search_words
from desktop_app.store import Database
from desktop_app.store.models import Organisation, Person

DEFAULT_LIMIT = 50


def search_persons(database: Database, text: str, limit: int = DEFAULT_LIMIT) -> list[PersonRow]:
    """Live persons matching every word of `text`, at most `limit`, best first."""
    words = search_words(text)
    statement = (
        select(Person, Organisation.name, Organisation.acronym)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(~Person.deleted)
    )
    for word in words:
        statement = statement.where(func.instr(Person.search_text, word) > 0)
    if words:
        spaced = " " + Person.search_text
        rank = case(
            (or_(*(func.substr(Person.search_text, 1, len(w)) == w for w in words)), 0),
            (or_(*(func.instr(spaced, " " + w) > 0 for w in words)), 1),
            else_=2,
        )
        statement = statement.order_by(rank)
    statement = statement.order_by(Person.family_name, Person.given_names, Person.id).limit(limit)
    with database.session() as session:
        return [
            PersonRow(
                id=person.id,
                family_name=person.family_name,
                given_names=person.given_names,
                sex=person.sex,
                birth_year=person.birth_year,
                organisation=f"{name} ({acronym})" if name and acronym else name,
                category=person.category,
                phone=person.phone,
                email=person.email,
            )
            for person, name, acronym in session.execute(statement)
        ]
