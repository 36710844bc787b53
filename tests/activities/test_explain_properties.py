"""Every list behind a count adds up to that count, for every field, on random activities."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from desktop_app.activities import explain as ex
from desktop_app.activities.activity_list import ActivityFilter, list_activities
from desktop_app.activities.counting import PeriodFilter, activity_counts, period_counts
from desktop_app.store import Database
from desktop_app.store.models import Person
from tests.activities.test_counting_properties import World, _store, _wipe, worlds

CATEGORIES = (None, "media", "civil_society", "fds")
PER_ACTIVITY = tuple(f for f in ex.FIELDS if not f.startswith("unique_"))


def _categorise(db: Database, categories: list[str | None]) -> None:
    with db.session() as session:
        ids = session.scalars(select(Person.id).order_by(Person.id)).all()
        for person_id, code in zip(ids, categories, strict=False):
            session.execute(update(Person).where(Person.id == person_id).values(category=code))


def _category_fields() -> list[tuple[str, str | None]]:
    return [(ex.category_field(code), code) for code in CATEGORIES] + [
        (ex.category_field("(unnamed)"), "(unnamed)")
    ]


def _value(counts: object, field: str) -> int:
    return int(getattr(counts, "participants" if field == "participations" else field))


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    world=worlds(),
    categories=st.lists(st.sampled_from(CATEGORIES), min_size=12, max_size=12),
    threshold=st.sampled_from([18, 30, 35]),
)
def test_every_list_adds_up_to_its_count(
    db: Database, world: World, categories: list[str | None], threshold: int
) -> None:
    _wipe(db)
    activity_ids = _store(db, world)
    _categorise(db, categories)
    listed = {
        row.id: row
        for row in list_activities(
            db, ActivityFilter(youth_threshold=threshold, include_deleted=True)
        )
    }
    for activity_id in activity_ids:
        counts = activity_counts(db, activity_id, threshold)
        for field in PER_ACTIVITY:
            explanation = ex.explain(db, field, activity_id=activity_id, youth_threshold=threshold)
            assert explanation.total == _value(counts, field), field
            assert all(p.counted > 0 for p in explanation.persons)
        by_category = dict(counts.by_category)
        for field, code in _category_fields():
            expected = counts.unnamed if code == "(unnamed)" else by_category.get(code, 0)
            explained = ex.explain(db, field, activity_id=activity_id, youth_threshold=threshold)
            assert explained.total == expected, field
        # The activity list reads the same rules.
        row = listed[activity_id]
        assert (row.participants, row.women, row.youth, row.team) == (
            counts.participants,
            counts.women,
            counts.youth,
            counts.team,
        )
    period = PeriodFilter(youth_threshold=threshold)
    totals = period_counts(db, period).totals
    for field in ex.FIELDS:
        assert ex.explain(db, field, period=period).total == _value(totals, field), field
    by_category = dict(totals.by_category)
    for field, code in _category_fields():
        expected = totals.unnamed if code == "(unnamed)" else by_category.get(code, 0)
        assert ex.explain(db, field, period=period).total == expected, field
    unique = ex.explain(db, "unique_named", period=period)
    assert len({p.person_id for p in unique.persons}) == len(unique.persons)
