"""How alike two persons are: a score from 0 to 100 and the reasons behind it.

A name alone is weak evidence: in Niger and Mali many different people are called Moussa DIALLO.
The same name gives 71 points, a name spelt otherwise a little less (a typo or a vowel in each
name part still gives about 69), or more when the spelling is one nobody else in the registry
writes (a slip of the pen), less when a word is another name; a name with a given name missing
65; a name carried by few persons of the registry gives more, a very common one less. The rest
comes from what else agrees (a phone or an e-mail is strong, the organisation and the birth year
weaker, the position weaker still), and what disagrees takes points away (a different sex, birth
years far apart, two different phones, positions, organisations or regions).

The weights were set on the bench's generated registries (bench/bench_dedup.py, two seeds): the
highest recall of known duplicates at a precision of 0.97 at the default threshold, every kind
of difference counted; docs/dedup.md gives the figures.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache

from rapidfuzz import fuzz

from desktop_app.dedup.records import PersonRecord, phones_one_digit_apart
from desktop_app.dedup.words import is_initial, least_word_similarity, spelt_alike, words_pair_up
from desktop_app.messages import QT_TRANSLATE_NOOP, UserMessage
from desktop_app.records.text import normalise

CONTEXT = "Dedup"
DEFAULT_MIN_SCORE = 80
NAME_POINTS = 71  # the same name, accents, case and order aside
NAME_SLOPE = 0.1  # points lost for each point of similarity below 100
LEAST_NAME_SIMILARITY = 70  # below this the names are not the same person's, whatever else agrees
LEAST_WORD_SIMILARITY = 50  # ...nor when one word is this unlike its counterpart (Sadia, Hawa)
# A word that is not a spelling of its counterpart (Hawa and Nana, Siaka and Lassana: 50 % alike
# letter by letter) makes another name, unless the rest says otherwise.
UNLIKE_WORD = -10
# A spelling that at most `SLIP_CARRIERS` persons of the registry write (a name typed at the door
# that nobody writes: none), one edit or a vowel from a name that `NAME_CARRIERS` or more carry,
# is a slip of the pen ("Nafixssatou", "Ibrohim"), not a namesake's other name.
SLIP = 6
SLIP_CARRIERS = 2
NAME_CARRIERS = 10
# Two given names that are no spellings of each other and that many persons of the registry
# each carry (Moussa and Amadou: `NAME_CARRIERS` or more each) are two people's, however much
# else agrees: brothers share a family name, often a birth year, an office and the family's
# phone. Such a pair never scores more than this: below the finder's and the check-in's
# thresholds, shown at a lower score with its reason.
TWO_NAMES_CEILING = 59
NAME_PART_SIMILARITY = 85  # "DIALLO" against "DIALLO Mariam": one name is part of the other
NAME_PART_POINTS = 65
NAME_PART_SAME_SEX = 2  # ...of the same sex: the given name left out would have told it
# A given name fewer counts the name's frequency at this share (a family name alone: not at all).
NAME_PART_FREQUENCY = 0.75
# A family name alone whose e-mail address also names one of the other's given names
# ("abdoulaye.kante@" for KANTÉ Abdoulaye): the given name the row left out, written by the
# person. A namesake's address names that given name about as often as a namesake shares the
# birth year: as many points.
EMAIL_NAMES = 8
STRONG = 35  # same phone, same e-mail
NEAR_PHONE = 20  # phones one digit apart: the same number mistyped
TOGETHER = -20  # both present at one activity on one day: two people, unless typed twice
SAME_BIRTH_YEAR = 8
NEAR_BIRTH_YEAR = 4  # an age given instead of the year
SAME_ORGANISATION = 9
# ...less for a big one: this many points for each halving of the organisation's size above
# `BIG_ORGANISATION` live persons (a police force), at most `BIGGEST_ORGANISATION_MALUS` less.
ORGANISATION_SIZE_SLOPE = 3.0
BIG_ORGANISATION = 250
BIGGEST_ORGANISATION_MALUS = -4.0
OTHER_ORGANISATION = -6
# Another region speaks against; the same one adds nothing: a local body's people live in its
# region, so two namesakes of one town hall share it as often as one human typed twice.
OTHER_REGION = -8
SAME_POSITION = 7
# ...another position says a little against: two sheets a year apart mostly give one human's
# the same, but people are promoted and a position is written many ways.
OTHER_POSITION = -3
FAR_BIRTH_YEARS = -25
# Two numbers: another person, or the same one with a second SIM card or a new number.
OTHER_PHONE = -6
OTHER_SEX = -40
# A name carried by a few persons of the whole registry says more than Moussa DIALLO, a name
# carried by many says less: points by how many persons carry the more common of the two names.
RARE_NAME_BONUS = ((1, 8), (3, 5), (8, 2))
COMMON_NAME_MALUS = ((41, -4), (16, -2))
# The best score of a pair that shares a name and nothing else of weight (no phone, e-mail,
# organisation, birth year or position): above it the finder need not compare such namesakes.
NAME_ALONE_CEILING = NAME_POINTS + RARE_NAME_BONUS[0][1]

_NOT_LETTER = re.compile(r"[^a-z]+")

# Reason codes, in the order they are shown; the window and the command line translate them.
REASONS: dict[str, str] = {
    "same_phone": QT_TRANSLATE_NOOP("Dedup", "same phone"),
    "same_email": QT_TRANSLATE_NOOP("Dedup", "same e-mail"),
    "same_name": QT_TRANSLATE_NOOP("Dedup", "same name ignoring accents and order"),
    "similar_name": QT_TRANSLATE_NOOP("Dedup", "similar name"),
    "rare_name": QT_TRANSLATE_NOOP("Dedup", "a rare name in the registry"),
    "name_part": QT_TRANSLATE_NOOP("Dedup", "one name is part of the other (missing given name)"),
    "slip": QT_TRANSLATE_NOOP("Dedup", "a spelling nobody else in the registry writes"),
    "unlike_word": QT_TRANSLATE_NOOP("Dedup", "a word of one name is another name, not a spelling"),
    "initials": QT_TRANSLATE_NOOP("Dedup", "a given name written as its initial"),
    "email_names": QT_TRANSLATE_NOOP("Dedup", "the e-mail address holds the given name"),
    "same_organisation": QT_TRANSLATE_NOOP("Dedup", "same organisation"),
    "same_birth_year": QT_TRANSLATE_NOOP("Dedup", "same birth year"),
    "near_birth_year": QT_TRANSLATE_NOOP("Dedup", "birth years one apart"),
    "same_position": QT_TRANSLATE_NOOP("Dedup", "same position"),
    "near_phone": QT_TRANSLATE_NOOP("Dedup", "phones one digit apart"),
    "other_phone": QT_TRANSLATE_NOOP("Dedup", "different phones"),
    "far_birth_years": QT_TRANSLATE_NOOP("Dedup", "birth years far apart"),
    "other_position": QT_TRANSLATE_NOOP("Dedup", "different positions"),
    "other_sex": QT_TRANSLATE_NOOP("Dedup", "different sex"),
    "other_region": QT_TRANSLATE_NOOP("Dedup", "different regions"),
    "common_name": QT_TRANSLATE_NOOP("Dedup", "a common name in the registry"),
    "same_sex": QT_TRANSLATE_NOOP("Dedup", "same sex"),
    "together": QT_TRANSLATE_NOOP("Dedup", "both present at one activity on the same day"),
}


PART_REASONS = frozenset({"name_part", "initials"})  # scored as a name with a part missing


def reason_message(code: str) -> UserMessage:
    return UserMessage(CONTEXT, REASONS.get(code, code))


def name_similarity(a: PersonRecord, b: PersonRecord) -> tuple[float, str]:
    """0-100 and the name reason; name keys hold sorted tokens, so order never matters."""
    if not a.name_key or not b.name_key:
        return 0.0, ""
    if a.name_key == b.name_key:
        return 100.0, "same_name"
    similarity = fuzz.ratio(a.name_key, b.name_key)
    if similarity < 100 and a.given_key and b.given_key:
        # A typo in a first letter can change the sorted order: compare as written too.
        written = f"{a.family_key} {a.given_key}"
        other = f"{b.family_key} {b.given_key}"
        similarity = max(
            similarity,
            fuzz.ratio(written, other),
            fuzz.ratio(written, f"{b.given_key} {b.family_key}"),
            fuzz.ratio(f"{a.given_key} {a.family_key}", other),
        )
    if a.token_count != b.token_count and similarity < NAME_PART_SIMILARITY:
        # A missing given name: every word of the shorter name is in the longer one, or a
        # spelling of one of its words ("KANTÉ" alone for "KANÉ Abdoulaye").
        shorter, longer = (a, b) if a.token_count < b.token_count else (b, a)
        if fuzz.token_set_ratio(a.name_key, b.name_key) >= 95 or words_pair_up(
            shorter.name_key.split(), longer.name_key.split()
        ):
            return float(NAME_PART_SIMILARITY), "name_part"
    elif similarity < LEAST_NAME_SIMILARITY and words_pair_up(
        a.name_key.split(), b.name_key.split()
    ):
        # Short names spelt otherwise in every word ("SW Aa" for "SOW Awa") look far apart.
        similarity = float(LEAST_NAME_SIMILARITY)
    fewer, more = sorted((a.name_key.split(), b.name_key.split()), key=len)
    if (
        similarity < NAME_PART_SIMILARITY
        and any(map(is_initial, (*a.given_key.split(), *b.given_key.split())))
        and words_pair_up(fewer, more, initials=True)
    ):
        # "A. DIALLO" for DIALLO Aïssata: what a given name missing says, and its first letter.
        return float(NAME_PART_SIMILARITY), "initials"
    if (
        similarity >= LEAST_NAME_SIMILARITY
        and least_word_similarity(fewer, more) < LEAST_WORD_SIMILARITY
    ):
        return 0.0, "similar_name"  # one word is another name: not the same name
    return similarity, "similar_name"


def words_spelt_alike(a: PersonRecord, b: PersonRecord) -> bool:
    """Whether each word of the name of fewer words is a word of the other or a spelling of
    one (dedup_words): "SOUMNA Mariam" and "SOUMANA Mariama" are, "SIDIBÉ Hawa" and "SIDIBÉ
    Nana" are not (one letter in two alike, but two names)."""
    fewer, more = sorted((a.name_key.split(), b.name_key.split()), key=len)
    return words_pair_up(fewer, more)


def a_slip(a: PersonRecord, b: PersonRecord, word_carriers: Mapping[str, int]) -> bool:
    """Whether a word one name has and the other has not is written by at most
    `SLIP_CARRIERS` persons of the registry, and a word the other has instead by at least
    `NAME_CARRIERS` (`word_carriers`: how many persons' names hold each word). In a small
    registry every name is rare: none is a slip."""
    words, others = Counter(a.name_key.split()), Counter(b.name_key.split())
    mine, theirs = list(words - others), list(others - words)
    for one, other in ((mine, theirs), (theirs, mine)):
        rare = any(word_carriers.get(word, 0) <= SLIP_CARRIERS for word in one)
        if rare and any(word_carriers.get(word, 0) >= NAME_CARRIERS for word in other):
            return True
    return False


@lru_cache(maxsize=65_536)
def email_words(email_key: str, family_key: str) -> tuple[str, ...]:
    """The words of an e-mail address's local part besides the family name, when it holds the
    family name (or a spelling): "abdoulaye", "kante" and "7910" -> ("abdoulaye",) for KANTÉ.
    An address that does not name the family ("contact@", "direction.cndh@") names nobody."""
    words = [word for word in _NOT_LETTER.split(normalise(email_key.partition("@")[0])) if word]
    family = family_key.split()
    rest = [word for word in words if not any(spelt_alike(word, part) for part in family)]
    return tuple(rest) if len(rest) < len(words) else ()


def email_names(a: PersonRecord, b: PersonRecord) -> bool:
    """Whether one of the two has no given name and an e-mail address naming it by a given
    name of the other (`email_words`; one word spelt as in the name or otherwise)."""
    for alone, named in ((a, b), (b, a)):
        if alone.email_key and not alone.given_key and named.given_key:
            given = named.given_key.split()
            words = email_words(alone.email_key, alone.family_key)
            if any(spelt_alike(word, name) for word in words for name in given):
                return True
    return False


def two_names(a: PersonRecord, b: PersonRecord, word_carriers: Mapping[str, int]) -> bool:
    """Whether the words one name has and the other has not are, on both sides, names that
    `NAME_CARRIERS` or more persons of the registry carry: another name, not a slip or a
    spelling (the caller knows the words are no spellings of each other)."""
    words, others = Counter(a.name_key.split()), Counter(b.name_key.split())
    mine, theirs = list(words - others), list(others - words)
    return bool(mine and theirs) and all(
        word_carriers.get(word, 0) >= NAME_CARRIERS for word in (*mine, *theirs)
    )


def name_frequency_points(frequency: int) -> int:
    """Points for a rare name (positive) or a common one (negative)."""
    for most, bonus in RARE_NAME_BONUS:
        if frequency <= most:
            return bonus
    for least, malus in COMMON_NAME_MALUS:
        if frequency >= least:
            return malus
    return 0


def organisation_size_points(size: int) -> float:
    """Points taken from a shared organisation for its size (0 up to `BIG_ORGANISATION`)."""
    if size <= BIG_ORGANISATION:
        return 0.0
    fewer = ORGANISATION_SIZE_SLOPE * math.log2(BIG_ORGANISATION / size)
    return max(BIGGEST_ORGANISATION_MALUS, fewer)


def score(
    a: PersonRecord,
    b: PersonRecord,
    name_frequency: int = 1_000,
    min_score: int = 0,
    together: bool = False,
    organisation_size: int = 0,
    word_carriers: Mapping[str, int] | None = None,
) -> tuple[int, tuple[str, ...]]:
    """The score of the pair and its reason codes; (0, ()) when the names are too far apart
    or the pair cannot reach `min_score` (the names are compared last: they cost the most).

    `name_frequency`: how many persons of the registry carry the more common of the two names.
    `organisation_size`: how many live persons their organisation has, when it is the same
    (0: not known). `word_carriers`: how many persons of the registry write each word of
    their names (a slip of the pen is a word nobody else writes; None: not known).
    `together`: both were present at one activity on the same day. The
    check-in takes each person once a day and a sheet lists each once, so they are two people,
    unless one human was typed twice (at the door and again from the sheet): a phone or an
    e-mail still wins.
    """
    strong_reasons: list[str] = []
    reasons: list[str] = []
    points = 0.0
    if together:
        points += TOGETHER
        reasons.append("together")
    if a.phone_key and b.phone_key:
        if a.phone_key == b.phone_key:
            strong_reasons.append("same_phone")
        elif phones_one_digit_apart(a.phone_key, b.phone_key):
            points += NEAR_PHONE
            reasons.append("near_phone")
        else:
            points += OTHER_PHONE
            reasons.append("other_phone")
    if a.email_key and a.email_key == b.email_key:
        strong_reasons.append("same_email")
    if strong_reasons:
        points += STRONG + 5 * (len(strong_reasons) - 1)
    if a.organisation_id is not None and b.organisation_id is not None:
        if a.organisation_id == b.organisation_id:
            points += SAME_ORGANISATION + organisation_size_points(organisation_size)
            reasons.append("same_organisation")
        else:
            points += OTHER_ORGANISATION
    elif a.organisation_keys & b.organisation_keys:
        points += SAME_ORGANISATION
        reasons.append("same_organisation")
    if a.birth_year is not None and b.birth_year is not None:
        gap = abs(a.birth_year - b.birth_year)
        if gap == 0:
            points += SAME_BIRTH_YEAR
            reasons.append("same_birth_year")
        elif gap == 1:
            points += NEAR_BIRTH_YEAR
            reasons.append("near_birth_year")
        else:
            points += FAR_BIRTH_YEARS
            reasons.append("far_birth_years")
    if a.region and b.region and a.region != b.region:
        points += OTHER_REGION
        reasons.append("other_region")
    if a.position and b.position:
        if a.position == b.position:
            points += SAME_POSITION
            reasons.append("same_position")
        else:
            points += OTHER_POSITION
            reasons.append("other_position")
    same_sex = bool(a.sex and a.sex == b.sex)
    if a.sex and b.sex and not same_sex:
        points += OTHER_SEX
        reasons.append("other_sex")
    frequency_points = name_frequency_points(name_frequency)
    part_points = NAME_PART_POINTS + NAME_PART_FREQUENCY * max(frequency_points, 0)
    alone_email = bool(a.email_key and not a.given_key) or bool(b.email_key and not b.given_key)
    best_name = max(
        min(NAME_POINTS + SLIP + frequency_points, NAME_ALONE_CEILING),
        part_points + NAME_PART_SAME_SEX + (EMAIL_NAMES if alone_email else 0),
    )
    if best_name + points < min_score:
        return 0, ()
    similarity, name_reason = name_similarity(a, b)
    if similarity < LEAST_NAME_SIMILARITY:
        return 0, ()
    name_reasons = [name_reason]
    ceiling = 100
    if name_reason in PART_REASONS:
        points += NAME_PART_POINTS
        if a.given_key and b.given_key:  # a given name fewer: how common the shorter name is
            points += NAME_PART_FREQUENCY * frequency_points
        if same_sex:
            points += NAME_PART_SAME_SEX
            name_reasons.append("same_sex")
        if alone_email and email_names(a, b):
            points += EMAIL_NAMES
            name_reasons.append("email_names")
    else:
        name_points = NAME_POINTS - NAME_SLOPE * (100 - similarity) + frequency_points
        if frequency_points:
            name_reasons.append("rare_name" if frequency_points > 0 else "common_name")
        if name_reason == "similar_name":
            if not words_spelt_alike(a, b):
                name_points += UNLIKE_WORD
                name_reasons.append("unlike_word")
                if word_carriers is not None and two_names(a, b, word_carriers):
                    ceiling = TWO_NAMES_CEILING
            elif word_carriers is not None and a_slip(a, b, word_carriers):
                name_points += SLIP
                name_reasons.append("slip")
        # However alike, a name alone is never enough for the finder: something else must agree.
        points += min(name_points, NAME_ALONE_CEILING)
    return max(0, min(ceiling, round(points))), (*strong_reasons, *name_reasons, *reasons)
