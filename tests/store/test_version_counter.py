"""Every travelling record is versioned by its revision: the ORM's UPDATE and DELETE carry
`WHERE revision = <loaded>`, so that a stale write fails instead of overwriting."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, select, update
from sqlalchemy.orm.exc import StaleDataError

from desktop_app.store import Database
from desktop_app.store.models import TRAVELLING_MODELS, Base, Organisation


@pytest.mark.parametrize("model", TRAVELLING_MODELS, ids=lambda m: m.__name__)
def test_revision_is_the_version_counter(model: type[Base]) -> None:
    mapper = inspect(model)
    assert mapper.version_id_col is not None
    assert mapper.version_id_col.name == "revision"
    assert mapper.version_id_generator is False  # store/audit.py sets the next revision


def test_a_stale_orm_update_fails_and_writes_nothing(db: Database) -> None:
    with db.session() as session:
        session.add(Organisation(name="Commission Défense et Sécurité", acronym="CDS"))
    with pytest.raises(StaleDataError), db.session() as session:
        organisation = session.scalars(select(Organisation)).one()
        # Another program's change, straight in SQL (as an import would make it).
        session.execute(update(Organisation.__table__).values(revision=Organisation.revision + 5))
        organisation.name = "CDS de l'Assemblée nationale"
        session.flush()
    with db.session() as session:
        stored = session.scalars(select(Organisation)).one()
        assert (stored.name, stored.revision) == ("Commission Défense et Sécurité", 1)
