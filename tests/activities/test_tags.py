"""Tags on activities: typed as a line, one tag whatever its case and accents, shown as first
typed, audited and travelling with the activity's revision, filtering the activity list."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from desktop_app.activities.activities import create_activity, edit_activity, get_activity
from desktop_app.activities.activity_list import ActivityFilter, list_activities
from desktop_app.activities.tags import all_tags, split_tags
from desktop_app.records.validation import ValidationError
from desktop_app.store import Database
from desktop_app.store.models import ActivityTag, AuditEntry
from tests.factories import activity_fields


def test_a_typed_line_gives_its_tags_once_each() -> None:
    assert split_tags(" DDR, jeunes;cohort-2022 ,, Jeunes\nÉlèves ") == [
        "DDR",
        "jeunes",
        "cohort-2022",
        "Élèves",
    ]
    assert split_tags("") == []
    assert split_tags(None) == []


def test_a_tag_typed_again_takes_the_form_first_typed(db: Database) -> None:
    first = create_activity(db, activity_fields(tags=("DDR", "Jeunes")))
    second = create_activity(
        db, activity_fields(title="Formation", tags=("ddr, jéunes, cohort-A",))
    )
    assert first.tags == ("DDR", "Jeunes")
    assert second.tags == ("cohort-A", "DDR", "Jeunes")  # by key: cohort a, ddr, jeunes
    assert [(use.tag, use.activities) for use in all_tags(db)] == [
        ("cohort-A", 1),
        ("DDR", 2),
        ("Jeunes", 2),
    ]


def test_editing_tags_bumps_the_revision_and_is_audited(db: Database) -> None:
    created = create_activity(db, activity_fields(tags=("DDR",)))
    same = edit_activity(db, created.id, created.fields())
    assert same.revision == created.revision  # nothing changed: nothing written
    changed = edit_activity(db, created.id, dataclasses.replace(created.fields(), tags=("jeunes",)))
    assert changed.tags == ("jeunes",)
    assert changed.revision == created.revision + 1
    with db.session() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "update").order_by(AuditEntry.id.desc())
        ).first()
        assert entry is not None and entry.changes["tags"] == [["DDR"], ["jeunes"]]


def test_an_edit_without_tags_keeps_them(db: Database) -> None:
    created = create_activity(db, activity_fields(tags=("DDR",)))
    edited = edit_activity(db, created.id, activity_fields(title="Autre titre"))
    assert edited.tags == ("DDR",)
    cleared = edit_activity(db, created.id, dataclasses.replace(edited.fields(), tags=()))
    assert cleared.tags == ()
    with db.session() as session:
        assert session.scalars(select(ActivityTag)).all() == []


@pytest.mark.parametrize("bad", ["x" * 41, "--"])
def test_a_bad_tag_is_refused_and_nothing_changes(db: Database, bad: str) -> None:
    created = create_activity(db, activity_fields(tags=("DDR",)))
    with pytest.raises(ValidationError) as raised:
        edit_activity(db, created.id, dataclasses.replace(created.fields(), tags=("jeunes", bad)))
    assert "tags" in raised.value.fields
    assert get_activity(db, created.id).tags == ("DDR",)


def test_the_list_filters_by_tag_whatever_its_case(db: Database) -> None:
    tagged = create_activity(db, activity_fields(title="Formation DDR", tags=("DDR",)))
    create_activity(db, activity_fields(title="Atelier", tags=("jeunes",)))
    create_activity(db, activity_fields(title="Sans étiquette"))
    rows = list_activities(db, ActivityFilter(tag="ddr"))
    assert [row.id for row in rows] == [tagged.id]
    assert len(list_activities(db, ActivityFilter())) == 3
    assert list_activities(db, ActivityFilter(tag="inconnu")) == []
