"""The demonstration's answers to the Washington Group questions: the 22 participants of the
Bamako media training (newsletter), so that the disaggregation by disability status shows
once the setting is on. By their place in the list (0 to 21):

- 3 and 14: a lot of difficulty walking; 7 and 18: cannot see at all -> 4 with disability;
- 5 and 16: did not agree to answer -> nothing stored, not recorded;
- 9 and 20: the first four questions only -> not recorded;
- the 14 others: all six answered, no difficulty (some difficulty seeing for every fourth)
  -> without disability.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from desktop_app.demo.newsletter import PLANS
from desktop_app.disability import answers
from desktop_app.disability.answers import DisabilityAnswers
from desktop_app.disability.questions import A_LOT, CANNOT, DOMAIN_KEYS, NO_DIFFICULTY, SOME
from desktop_app.store.models import Person

ACTIVITY = "media-training-bamako"


def answers_of(index: int) -> DisabilityAnswers | None:
    """The answers of the participant at `index`; None: no consent."""
    place = index % 11
    if place == 5:
        return None
    given = dict.fromkeys(DOMAIN_KEYS, NO_DIFFICULTY)
    if index % 4 == 0:
        given["seeing"] = SOME
    if place == 3:
        given["walking"] = A_LOT
    elif place == 7:
        given["seeing"] = CANNOT
    elif place == 9:
        given = {key: NO_DIFFICULTY for key in DOMAIN_KEYS[:4]}
    start = next(plan.start for plan in PLANS if plan.key == ACTIVITY)
    return DisabilityAnswers(True, start, given)


def add_answers(participants: Mapping[str, Sequence[Person]]) -> None:
    for index, person in enumerate(participants.get(ACTIVITY, ())):
        given = answers_of(index)
        if given is not None:
            answers.write(person, given)
