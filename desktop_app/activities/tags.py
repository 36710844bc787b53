"""Tags on activities: short free words ("DDR", "jeunes", "cohort-2022") that group activities
across kinds and projects, for the activity list's filter and the indicators (a series).

A tag matches another whatever its case and accents ("Jeunes" is "jeunes"): its *key* is the
tag folded (records/text.normalise). It is shown as it was first typed: a tag typed again in
another case takes the form the registry already holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.records.tag_text import TAG_LIMIT, split_tags, tag_key
from desktop_app.records.validation import Problems
from desktop_app.store import Database
from desktop_app.store.models import Activity, ActivityTag

__all__ = [
    "TAG_LIMIT",
    "TagUse",
    "all_tags",
    "check_tags",
    "set_tags",
    "split_tags",
    "tag_key",
    "tags_in_use",
]


def check_tags(problems: Problems, tags: Iterable[str], field: str = "tags") -> list[str]:
    """The tags cleaned, without repeats; a message on `field` for a tag too long, or made of
    signs only (nothing left to match on)."""
    clean: dict[str, str] = {}
    for raw in tags:
        for tag in split_tags(raw):
            if len(tag) > TAG_LIMIT:
                problems.add(
                    field,
                    QT_TRANSLATE_NOOP(
                        "Validation", "The tag {value} is longer than {limit} characters."
                    ),
                    value=tag,
                    limit=TAG_LIMIT,
                )
            elif not tag_key(tag):
                problems.add(
                    field,
                    QT_TRANSLATE_NOOP(
                        "Validation", "The tag {value} has no letter or digit to match on."
                    ),
                    value=tag,
                )
            else:
                clean.setdefault(tag_key(tag), tag)
    return list(clean.values())


def known_forms(session: Session, keys: Iterable[str]) -> dict[str, str]:
    """key -> the form the registry holds of each tag already in use (the first typed: the
    one of the oldest activity)."""
    wanted = sorted(set(keys))
    if not wanted:
        return {}
    forms: dict[str, str] = {}
    query = (
        select(ActivityTag.key, ActivityTag.tag)
        .where(ActivityTag.key.in_(wanted))
        .order_by(ActivityTag.activity_id.desc())
    )
    for key, tag in session.execute(query):
        forms[key] = tag  # the oldest activity's comes last and stays
    return forms


def set_tags(session: Session, activity: Activity, tags: Sequence[str]) -> None:
    """Give the activity these tags (checked by `check_tags`), each in the form already in use.
    Tags it keeps are left as they are, so that a save that changes nothing writes nothing."""
    forms = known_forms(session, map(tag_key, tags))
    wanted = {tag_key(tag): forms.get(tag_key(tag), tag) for tag in tags}
    kept = [t for t in activity.tags if t.key in wanted]
    have = {t.key for t in kept}
    added = [ActivityTag(key=key, tag=tag) for key, tag in wanted.items() if key not in have]
    if added or len(kept) != len(activity.tags):
        activity.tags = sorted([*kept, *added], key=lambda t: t.key)


@dataclass(frozen=True)
class TagUse:
    tag: str
    activities: int  # live activities holding it


def all_tags(database: Database) -> list[TagUse]:
    """Every tag of a live activity, in its shown form, by key: what the form's completion
    and the list's filter offer."""
    with database.session() as session:
        return tags_in_use(session)


def tags_in_use(session: Session) -> list[TagUse]:
    rows = session.execute(
        select(ActivityTag.key, func.min(ActivityTag.tag), func.count())
        .join(Activity, Activity.id == ActivityTag.activity_id)
        .where(~Activity.deleted)
        .group_by(ActivityTag.key)
        .order_by(ActivityTag.key)
    ).all()
    forms = known_forms(session, (row[0] for row in rows))
    return [TagUse(forms.get(key, tag), count) for key, tag, count in rows]
