"""The Washington Group Short Set on Functioning (WG-SS): the six questions, their answers as
codes, and the status the Washington Group recommends deriving from them.

The questions are asked in the person's words; what is stored is a code per domain, never
free text. The status follows the Washington Group's recommended cut-off ("a lot of
difficulty" or "cannot do at all" in at least one domain): a person is counted *with
disability* when one domain reaches it, *without* when all six domains are answered (no or
some difficulty) and none reaches it, and *not recorded* otherwise: no consent, a question
left out, refused or not known. A refusal or a "don't know" is never read as "no difficulty".

The wording of the questions, in English and French, is in one place here: the window, the
workbooks and the documents read it from these tables (docs/disability.md says where the
French comes from).
"""

from __future__ import annotations

from collections.abc import Mapping

# The six domains, in the questionnaire's order: (key, English question, French question).
DOMAINS: tuple[tuple[str, str, str], ...] = (
    (
        "seeing",
        "Do you have difficulty seeing, even if wearing glasses?",
        "Avez-vous des difficultés à voir, même si vous portez des lunettes\u202f?",
    ),
    (
        "hearing",
        "Do you have difficulty hearing, even if using a hearing aid?",
        "Avez-vous des difficultés à entendre, même si vous utilisez un appareil auditif\u202f?",
    ),
    (
        "walking",
        "Do you have difficulty walking or climbing steps?",
        "Avez-vous des difficultés à marcher ou à monter des marches\u202f?",
    ),
    (
        "remembering",
        "Do you have difficulty remembering or concentrating?",
        "Avez-vous des difficultés à vous souvenir ou à vous concentrer\u202f?",
    ),
    (
        "self_care",
        "Do you have difficulty (with self-care such as) washing all over or dressing?",
        "Avez-vous des difficultés à prendre soin de vous, comme vous laver entièrement ou vous"
        " habiller\u202f?",
    ),
    (
        "communicating",
        "Using your usual (customary) language, do you have difficulty communicating, for"
        " example understanding or being understood?",
        "En utilisant votre langue habituelle, avez-vous des difficultés à communiquer, par"
        " exemple à comprendre les autres ou à vous faire comprendre\u202f?",
    ),
)
DOMAIN_KEYS: tuple[str, ...] = tuple(key for key, _en, _fr in DOMAINS)
# The short name of each domain, for column headers: (English, French).
DOMAIN_NAMES: dict[str, tuple[str, str]] = {
    "seeing": ("Seeing", "Voir"),
    "hearing": ("Hearing", "Entendre"),
    "walking": ("Walking or climbing steps", "Marcher ou monter des marches"),
    "remembering": ("Remembering or concentrating", "Se souvenir ou se concentrer"),
    "self_care": ("Self-care", "Prendre soin de soi"),
    "communicating": ("Communicating", "Communiquer"),
}

# The answers: code -> (English, French). The four graded answers, then the two that leave
# the domain unanswered.
NO_DIFFICULTY, SOME, A_LOT, CANNOT, REFUSED, DONT_KNOW = (
    "none",
    "some",
    "a_lot",
    "cannot",
    "refused",
    "dont_know",
)
ANSWERS: dict[str, tuple[str, str]] = {
    NO_DIFFICULTY: ("No difficulty", "Non, aucune difficulté"),
    SOME: ("Some difficulty", "Oui, quelques difficultés"),
    A_LOT: ("A lot of difficulty", "Oui, beaucoup de difficultés"),
    CANNOT: ("Cannot do at all", "Ne peut pas du tout"),
    REFUSED: ("Refused", "Refus de répondre"),
    DONT_KNOW: ("Don't know", "Ne sait pas"),
}
GRADED = (NO_DIFFICULTY, SOME, A_LOT, CANNOT)
CUT_OFF = frozenset({A_LOT, CANNOT})  # the Washington Group's recommended cut-off

# The disability status: code -> (English, French).
WITH, WITHOUT, NOT_RECORDED = "with", "without", "not_recorded"
STATUSES: dict[str, tuple[str, str]] = {
    WITH: ("With disability", "En situation de handicap"),
    WITHOUT: ("Without disability", "Sans handicap"),
    NOT_RECORDED: ("Not recorded", "Non renseigné"),
}

# The person's columns (store/models.py): one per domain.
COLUMNS: dict[str, str] = {key: f"wg_{key}" for key in DOMAIN_KEYS}


def status(consent: bool, answers: Mapping[str, str | None]) -> str:
    """The status of a person from their answers (a domain key -> an answer code or None)."""
    if not consent:
        return NOT_RECORDED
    given = [answers.get(key) for key in DOMAIN_KEYS]
    if any(answer in CUT_OFF for answer in given):
        return WITH
    if all(answer in GRADED for answer in given):
        return WITHOUT
    return NOT_RECORDED


def _language_pick(pair: tuple[str, str], language: str) -> str:
    return pair[1] if language.lower().startswith("fr") else pair[0]


def question(domain: str, language: str) -> str:
    for key, english, french in DOMAINS:
        if key == domain:
            return _language_pick((english, french), language)
    raise KeyError(domain)


def domain_name(domain: str, language: str) -> str:
    return _language_pick(DOMAIN_NAMES[domain], language)


def answer_label(code: str | None, language: str) -> str:
    if code is None:
        return ""
    return _language_pick(ANSWERS[code], language) if code in ANSWERS else code


def status_label(code: str, language: str) -> str:
    return _language_pick(STATUSES[code], language)
