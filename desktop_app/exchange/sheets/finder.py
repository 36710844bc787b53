"""Looking up sheet persons in the registry, built once per import and asked once per row.

Known person (imported onto the existing one): same name (accents, case, word order ignored)
and no contradicting phone or sex. Possible duplicate (the user confirms): same name with another
phone or sex, or the same phone under another name.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.exchange.sheets.preview import Candidate, Verdict
from desktop_app.exchange.sheets.rows import PersonData
from desktop_app.services.text import normalise
from desktop_app.store import Database
from desktop_app.store.models import Organisation, Person

SAME_NAME = "same_name"
SAME_PHONE = "same_phone"
OTHER_PHONE = "other_phone"
OTHER_SEX = "other_sex"


@dataclass(frozen=True)
class _Known:
    id: int
    label: str
    phone: str | None
    sex: str | None


def _name_key(family: str, given: str) -> str:
    return " ".join(sorted(normalise(f"{family} {given}").split()))


class RegistryFinder:
    """Exact look-ups by name key and by phone over the live persons of the registry."""

    def __init__(self, database: Database) -> None:
        self.by_name: dict[str, list[_Known]] = {}
        self.by_phone: dict[str, list[_Known]] = {}
        statement = (
            select(
                Person.id,
                Person.family_name,
                Person.given_names,
                Person.phone,
                Person.sex,
                Organisation.name,
            )
            .outerjoin(Organisation, Person.organisation_id == Organisation.id)
            .where(~Person.deleted)
        )
        with database.session() as session:
            for pid, family, given, phone, sex, organisation in session.execute(statement):
                label = f"{family} {given}".strip()
                if organisation:
                    label = f"{label} ({organisation})"
                known = _Known(pid, label, phone, sex)
                self.by_name.setdefault(_name_key(family, given), []).append(known)
                if phone:
                    self.by_phone.setdefault(phone, []).append(known)

    def __call__(self, person: PersonData) -> Verdict:
        candidates: dict[int, Candidate] = {}
        for known in self.by_name.get(person.name_key, []):
            reasons = [SAME_NAME]
            if person.phone and known.phone:
                reasons.append(SAME_PHONE if person.phone == known.phone else OTHER_PHONE)
            if person.sex and known.sex and person.sex != known.sex:
                reasons.append(OTHER_SEX)
            score = 100.0 if SAME_PHONE in reasons else 90.0
            if OTHER_PHONE in reasons or OTHER_SEX in reasons:
                score = 70.0
            candidates[known.id] = Candidate(known.id, known.label, score, tuple(reasons))
        for known in self.by_phone.get(person.phone or "", []):
            if known.id not in candidates:
                candidates[known.id] = Candidate(known.id, known.label, 75.0, (SAME_PHONE,))
        ranked = sorted(candidates.values(), key=lambda c: -c.score)
        sure = [c for c in ranked if c.score >= 90.0]
        if len(sure) == 1:
            return Verdict(known=sure[0])
        return Verdict(candidates=tuple(ranked))
