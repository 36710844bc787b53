"""The data checks about persons: whose sex or age is not known, whose age comes from a birth
year only, presences not signed, the team, persons both participant and in the team, possible
duplicates among the participants."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from desktop_app.checks.findings import ATTENDANCE, HEAD_COUNTS, PERSON, Finding, Scope
from desktop_app.checks.findings import message as _message
from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.store.models import Attendance, Person


def _counted(scope: Scope, field: str, check: str, detail: str, head_detail: str) -> list[Finding]:
    """The rows behind one count: its persons, then its head counts."""
    explanation = scope.explain(field)
    findings = [
        Finding(
            check,
            PERSON,
            _message(detail),
            activity=p.activity,
            person_id=p.person_id,
            person_name=p.display_name,
            roles=p.roles,
        )
        for p in explanation.persons
    ]
    findings += [
        Finding(
            check,
            HEAD_COUNTS,
            _message(head_detail, total=h.head_count.total, counted=h.counted),
            activity=h.activity,
            head_count_id=h.head_count.id,
            day=h.head_count.day,
        )
        for h in explanation.head_counts
    ]
    return findings


def sex_not_stated(scope: Scope) -> list[Finding]:
    return _counted(
        scope,
        "sex_not_stated",
        "sex_not_stated",
        QT_TRANSLATE_NOOP("Checks", "Participant whose sex is not stated."),
        QT_TRANSLATE_NOOP("Checks", "Head count of {total}: women not stated."),
    )


def age_unknown(scope: Scope) -> list[Finding]:
    return _counted(
        scope,
        "age_unknown",
        "age_unknown",
        QT_TRANSLATE_NOOP("Checks", "Participant with no birth year or age band."),
        QT_TRANSLATE_NOOP("Checks", "Head count of {total}: youth not stated."),
    )


def age_from_year_only(scope: Scope) -> list[Finding]:
    """The participants counted in "age from a year only": their youth follows the year rule
    and may be a year off (born in December 1992: 30 by the year rule, 29 on 5 December)."""
    return _counted(
        scope,
        "age_from_year_only",
        "age_from_year_only",
        QT_TRANSLATE_NOOP(
            "Checks", "Age worked out from the birth year only: the person may be a year younger."
        ),
        "",
    )


def team_members(scope: Scope) -> list[Finding]:
    return _counted(
        scope,
        "team",
        "team",
        QT_TRANSLATE_NOOP("Checks", "In the team, not counted as a participant."),
        "",
    )


def mixed_roles(scope: Scope) -> list[Finding]:
    """Persons both participant and in a team role in one activity: counted as participants."""
    findings = []
    for person in scope.explain("participants").persons:
        others = [role for role in person.roles if role != "participant"]
        if others:
            findings.append(
                Finding(
                    "mixed_roles",
                    PERSON,
                    _message(
                        QT_TRANSLATE_NOOP(
                            "Checks",
                            "A participant on one day, in the team on another: "
                            "counted as a participant.",
                        )
                    ),
                    activity=person.activity,
                    person_id=person.person_id,
                    person_name=person.display_name,
                    roles=person.roles,
                )
            )
    return findings


def unsigned(scope: Scope) -> list[Finding]:
    with scope.database.session() as session:
        rows = session.execute(
            select(Attendance.activity_id, Attendance.day, Attendance.role, Person.id)
            .add_columns(Person.family_name, Person.given_names)
            .join(Person, Person.id == Attendance.person_id)
            .where(
                Attendance.activity_id.in_(scope.ids),
                ~Attendance.deleted,
                ~Person.deleted,
                ~Attendance.signed,
            )
            .order_by(
                Attendance.activity_id,
                Attendance.day,
                Person.family_name,
                Person.given_names,
                Person.id,
            )
        ).all()
    return [
        Finding(
            "unsigned",
            ATTENDANCE,
            _message(QT_TRANSLATE_NOOP("Checks", "Present, not signed.")),
            activity=scope.activities[activity_id],
            person_id=person_id,
            person_name=f"{family} {given or ''}".strip(),
            day=day,
            roles=(role,),
        )
        for activity_id, day, role, person_id, family, given in rows
    ]


def duplicates(scope: Scope) -> list[Finding]:
    """Pairs of participants of the scope that the duplicate finder (Tools ▸ Duplicate
    persons, at its default score) takes for one person: the count may hold someone twice."""
    participants: dict[int, set[int]] = defaultdict(set)  # person -> activities
    for person in scope.explain("participants").persons:
        if person.activity is not None:
            participants[person.person_id].add(person.activity.id)
    if len(participants) < 2:
        return []
    # The matcher (rapidfuzz, 20 ms to import) only when checking: the window's data checks
    # view is built when the window starts.
    from desktop_app.dedup.finder import find_duplicates
    from desktop_app.dedup.score import DEFAULT_MIN_SCORE

    pairs = find_duplicates(scope.database, DEFAULT_MIN_SCORE, scope.progress, scope.cancelled)
    findings = []
    for pair in pairs:
        first, second = pair.first, pair.second
        if first.id not in participants or second.id not in participants:
            continue
        shared = sorted(participants[first.id] & participants[second.id])
        findings.append(
            Finding(
                "duplicates",
                PERSON,
                _message(
                    QT_TRANSLATE_NOOP(
                        "Checks", "May be the same person as {other} (score {score})."
                    ),
                    other=second.display_name,
                    score=pair.score,
                ),
                activity=scope.activities[shared[0]] if shared else None,
                person_id=first.id,
                person_name=first.display_name,
                other_person_id=second.id,
                other_person_name=second.display_name,
            )
        )
    return findings
