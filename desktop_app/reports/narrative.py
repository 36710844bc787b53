"""The narrative line of an activity, in French or English, as a field newsletter writes it.

    La réunion a réuni 88 participants, dont 23 femmes ; 20 % étaient des jeunes (moins de 30 ans).
    The meeting brought together 88 participants, including 23 women; 20% were young people
    (under 30).

This is report text, not interface text: a report is written in the language the reader asks for,
whatever the language of the window, and the sentence is built by grammar (gender, elision,
singular and plural), which a translation file cannot express. So it lives here in plain Python,
with both languages side by side, and is never passed through Qt's translator.

French typography: a narrow no-break space (U+202F) goes before ";" and "%", and groups the
thousands ("1 200"); English groups thousands with a comma.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.reports.labels import kind_name
from desktop_app.vocabularies import kind_genders_fr

NARROW_NBSP = "\u202f"

_FR_VOWELS = frozenset("aàâäeéèêëiîïoôöuùûüyÿœæ")
# Words beginning with an aspirated h take "le"/"la", not "l'" (the rest of h-words elide).
_FR_ASPIRATED_H = frozenset({"hackathon", "hall", "halte", "hangar", "haut", "hauteur", "héros"})


@dataclass(frozen=True)
class NarrativeFigures:
    """The numbers one narrative line speaks of.

    `youth` is None when no participant's age is known: the youth clause is then left out rather
    than reporting "0 %". When only some ages are unknown, `age_unknown` says how many, so that
    the share is read for what it is (youth / all participants).
    """

    kind: str
    participants: int
    women: int
    youth: int | None
    youth_threshold: int = 30
    age_unknown: int = 0


def french_article(noun: str, gender: str) -> str:
    """The definite article before `noun`, capitalised: "La ", "Le " or "L'"."""
    first_word = noun.split()[0].lower() if noun.strip() else ""
    elides = bool(first_word) and (
        first_word[0] in _FR_VOWELS or (first_word[0] == "h" and first_word not in _FR_ASPIRATED_H)
    )
    if elides:
        return "L'"
    return "La " if gender == "f" else "Le "


def format_count(value: int, language: str) -> str:
    if language.startswith("fr"):
        return f"{value:,}".replace(",", NARROW_NBSP)
    return f"{value:,}"


def format_percent(part: int, whole: int, language: str) -> str:
    """A whole-number share, rounded half up: "20 %" in French, "20%" in English."""
    percent = (200 * part + whole) // (2 * whole) if whole else 0
    return f"{percent}{NARROW_NBSP}%" if language.startswith("fr") else f"{percent}%"


def _kind_noun(kind: str, language: str) -> tuple[str, str]:
    gender = kind_genders_fr().get(kind)
    if gender is not None:
        return kind_name(kind, language), gender
    return ("activité" if language.startswith("fr") else "activity"), "f"


def narrative(figures: NarrativeFigures, language: str) -> str:
    """The newsletter sentence for one activity in `language` ("fr" or "en")."""
    if language.startswith("fr"):
        return _narrative_fr(figures)
    return _narrative_en(figures)


def _narrative_fr(figures: NarrativeFigures) -> str:
    noun, gender = _kind_noun(figures.kind, "fr")
    count = figures.participants
    participants = f"{format_count(count, 'fr')} participant{'s' if count > 1 else ''}"
    sentence = f"{french_article(noun, gender)}{noun} a réuni {participants}"
    if count > 0:
        if figures.women == 0:
            sentence += ", dont aucune femme"
        else:
            plural = "s" if figures.women > 1 else ""
            sentence += f", dont {format_count(figures.women, 'fr')} femme{plural}"
    if figures.youth is not None and count > 0:
        if count == 1:
            person = "la participante" if figures.women else "le participant"
            article = "une" if figures.women else "un"
            verb = "était" if figures.youth else "n'était pas"
            youth = f"{person} {verb} {article} jeune"
        else:
            youth = f"{format_percent(figures.youth, count, 'fr')} étaient des jeunes"
        sentence += f"{NARROW_NBSP}; {youth} (moins de {figures.youth_threshold} ans)"
        unknown = figures.age_unknown
        if 0 < unknown < count:
            whose = (
                "d'un participant"
                if unknown == 1
                else f"de {format_count(unknown, 'fr')} participants"
            )
            sentence += f"{NARROW_NBSP}; l'âge {whose} n'est pas connu"
    return sentence + "."


def _narrative_en(figures: NarrativeFigures) -> str:
    noun, _gender = _kind_noun(figures.kind, "en")
    count = figures.participants
    participants = f"{format_count(count, 'en')} participant{'s' if count != 1 else ''}"
    sentence = f"The {noun} brought together {participants}"
    if count > 0:
        if figures.women == 0:
            sentence += ", including no women"
        else:
            women = "woman" if figures.women == 1 else "women"
            sentence += f", including {format_count(figures.women, 'en')} {women}"
    if figures.youth is not None and count > 0:
        if count == 1:
            verb = "was" if figures.youth else "was not"
            youth = f"the participant {verb} a young person"
        else:
            youth = f"{format_percent(figures.youth, count, 'en')} were young people"
        sentence += f"; {youth} (under {figures.youth_threshold})"
        unknown = figures.age_unknown
        if 0 < unknown < count:
            whose = (
                "one participant" if unknown == 1 else f"{format_count(unknown, 'en')} participants"
            )
            sentence += f"; the age of {whose} is not known"
    return sentence + "."
