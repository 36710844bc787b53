"""A person's answers to the Washington Group questions as a form sends them and the registry
stores them: checked (known codes, consent before any answer), written, read back.

No answer is stored without consent: answers sent without it are refused with a message, and
withdrawing consent erases the answers stored. The date the consent was recorded is kept with
it (today when the form gives none).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop_app.disability.questions import ANSWERS, COLUMNS, DOMAIN_KEYS, status
from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.records.validation import Problems
from desktop_app.store.models import Person


@dataclass(frozen=True)
class DisabilityAnswers:
    """`answers`: a domain key (questions.DOMAIN_KEYS) -> an answer code, or absent."""

    consent: bool = False
    consent_date: dt.date | None = None
    answers: Mapping[str, str] = field(default_factory=dict)

    @property
    def status(self) -> str:
        return status(self.consent, self.answers)

    def answer(self, domain: str) -> str | None:
        return self.answers.get(domain)


NOT_ASKED = DisabilityAnswers()


def checked(problems: Problems, given: DisabilityAnswers) -> DisabilityAnswers:
    """The answers as they will be stored, or messages in `problems`."""
    answers: dict[str, str] = {}
    for domain, code in given.answers.items():
        if domain not in DOMAIN_KEYS:
            problems.add(
                "disability",
                QT_TRANSLATE_NOOP("Validation", "There is no question on {domain}."),
                domain=domain,
            )
        elif code:
            if code not in ANSWERS:
                problems.add(
                    f"wg_{domain}",
                    QT_TRANSLATE_NOOP("Validation", "{value} is not an answer to this question."),
                    value=code,
                )
            answers[domain] = code
    if answers and not given.consent:
        problems.add(
            "disability_consent",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The answers on functioning are kept only with the person's consent: tick the"
                " consent, or leave the answers empty.",
            ),
        )
    date = given.consent_date
    if date is not None and date > dt.date.today():
        problems.add(
            "disability_consent_date",
            QT_TRANSLATE_NOOP("Validation", "The consent was not given in the future."),
        )
    if not given.consent:
        return NOT_ASKED
    return DisabilityAnswers(True, date or dt.date.today(), answers)


def write(person: Person, answers: DisabilityAnswers) -> None:
    """Store checked answers (`checked`) on the person."""
    for domain, column in COLUMNS.items():
        setattr(person, column, answers.answers.get(domain) if answers.consent else None)
    person.disability_consent = answers.consent
    person.disability_consent_date = answers.consent_date if answers.consent else None


def read(person: Person) -> DisabilityAnswers:
    return from_values(
        person.disability_consent,
        person.disability_consent_date,
        {domain: getattr(person, column) for domain, column in COLUMNS.items()},
    )


def from_values(
    consent: bool | None, consent_date: dt.date | None, answers: Mapping[str, str | None]
) -> DisabilityAnswers:
    if not consent:
        return NOT_ASKED
    return DisabilityAnswers(
        True, consent_date, {domain: code for domain, code in answers.items() if code}
    )


def erased_values() -> dict[str, Any]:
    """The person's columns as an erasure leaves them (privacy/retention.py)."""
    return {
        **{column: None for column in COLUMNS.values()},
        "disability_consent": False,
        "disability_consent_date": None,
    }
