"""Known duplicates of generated persons, with the differences real sign-in sheets bring.

Each duplicate is one kind of difference in the name or phone, drawn by weight among the kinds
that can apply to its original (a person without a phone cannot have it written otherwise):

| kind | weight | what |
|---|---|---|
| accents | 16 | accents dropped, family name in title case, given names in capitals |
| typo | 14 | one letter substituted, dropped, added or two swapped, in the family or a given name |
| phone_format | 14 | the phone without +227/+223, "90123456" or "90 12 34 56" |
| vowels | 12 | written by ear: a vowel changed or dropped (Fatimata, SOUMNA), in one part or both |
| swapped | 12 | family and given names swapped |
| missing_given | 10 | the given names missing (something else still telling: `keep_telling`) |
| typo_each_part | 8 | one typo in the family name and another in a given name ("mariam soumna") |
| given_prefix | 8 | a given name in its short form (Mariam for Mariama, Fatou for Fatoumata) |
| fewer_given | 6 | one of two given names left out |

Accents and case are what nearly every typed sheet changes; spelling by ear and typos come next;
the phone's format, swapped columns, a shortened or missing given name are rarer. Whatever its
kind, a duplicate also loses or changes other details, as a second sheet does (`duplicate`),
its phone included: left out, mistyped or another number (`other_phone`, version 3).
Version 4: a typo changes letters, never a space or an apostrophe between them; a duplicate
without given names keeps a detail that tells it from the family name's namesakes.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from typing import Any

LETTERS = "abcdefghijklmnopqrstuvwxyz"
KIND_WEIGHTS = {
    "accents": 16,
    "typo": 14,
    "phone_format": 14,
    "vowels": 12,
    "swapped": 12,
    "missing_given": 10,
    "typo_each_part": 8,
    "given_prefix": 8,
    "fewer_given": 6,
}
# How names are written by ear: a vowel (or a run of them) inside a word, and what it becomes.
VOWEL_SPELLINGS = {
    "a": ("", "o"),  # SOUMANA / SOUMNA, Mahamadou / Mohamadou
    "e": ("é", "ai"),
    "i": ("e", "y"),  # Idrissa / Idressa, Mariam / Maryam
    "o": ("ou",),  # Modibo / Moudibo
    "ou": ("o", "u", "i"),  # Oumarou / Omarou, Fatoumata / Fatimata
    "ai": ("e", "ay"),
    "ei": ("e", "ey", "é"),  # Zeinabou / Zénabou
    "ey": ("ei", "é"),  # Seydou / Seidou, Souleymane / Soulémane
    "ia": ("ya", "iya"),  # Mariama / Maryama
    "y": ("i",),
}
# ... and at the end of a word.
FINAL_VOWEL_SPELLINGS = {
    "a": ("ou",),  # Aïssata / Aïssatou, Ramata / Ramatou: after "at" only (not KEITOU)
    "ou": ("o", "u"),  # Oumarou / Oumaru
    "o": ("ou",),  # Djibo / Djibou
    "i": ("y",),
    "y": ("i",),  # Bakary / Bakari, COULIBALY / COULIBALI
}
VOWEL_LETTERS = frozenset("aeiouyéèïëîô")  # a run with an accent has no other spelling here
# Given names and the short forms sheets write for them.
SHORT_FORMS = {
    "Mariama": ("Mariam",),
    "Fatoumata": ("Fatou", "Fatouma"),
    "Aminata": ("Amina",),
    "Aïssata": ("Aïssa",),
    "Aïchatou": ("Aïcha",),
    "Kadidiatou": ("Kadidia", "Kadi"),
    "Safiatou": ("Safi",),
    "Rahamatou": ("Rahama",),
    "Zeinabou": ("Zeinab",),
    "Nafissatou": ("Nafissa",),
    "Habsatou": ("Habsa",),
    "Roukiatou": ("Roukia",),
    "Abdoulaye": ("Abdoul",),
    "Ibrahim": ("Ibra",),
    "Souleymane": ("Souley",),
    "Aboubacar": ("Abou",),
    "Boubacar": ("Bouba",),
    "Djibrilla": ("Djibril",),
    "Oumarou": ("Oumar",),
    "Idrissa": ("Idris",),
    "Habibou": ("Habib",),
    "Hamidou": ("Hamid",),
    "Saïdou": ("Saïd",),
}


def applicable(original: dict[str, Any]) -> list[str]:
    """The kinds of difference that change something in this person."""
    given = original["given_names"].split()
    kinds = ["accents", "typo"]
    if original["phone"]:
        kinds.append("phone_format")
    if _vowel_runs(original["family_name"]) or any(map(_vowel_runs, given)):
        kinds.append("vowels")
    if given:
        kinds += ["swapped", "missing_given", "typo_each_part"]
    if any(name in SHORT_FORMS for name in given):
        kinds.append("given_prefix")
    if len(given) >= 2:
        kinds.append("fewer_given")
    return kinds


def choose_kind(rng: random.Random, original: dict[str, Any]) -> str:
    kinds = applicable(original)
    return rng.choices(kinds, [KIND_WEIGHTS[kind] for kind in kinds])[0]


# A second sheet's phone (version 3): the number mistyped (a digit, or two swapped), or
# another one (many people carry two SIM cards, and numbers change over the years).
PHONE_MISTYPED = 0.03
PHONE_OTHER = 0.04


def duplicate(
    rng: random.Random,
    original: dict[str, Any],
    kind: str,
    organisation_ids: list[int],
    realism: random.Random | None = None,
) -> dict[str, Any]:
    copy = dict(original)
    # What a second sign-in sheet brings anyway: some fields missing or slightly off.
    if rng.random() < 0.03:
        copy["sex"] = None
    year_draw = rng.random()
    if copy["birth_year"] is not None and year_draw < 0.1:
        copy["birth_year"] = None
    elif copy["birth_year"] is not None and year_draw < 0.2:
        copy["birth_year"] += rng.choice((-1, 1))  # age given instead of the year
    organisation_draw = rng.random()
    if organisation_draw < 0.08:
        copy["organisation_id"] = None
    elif organisation_draw < 0.11:
        copy["organisation_id"] = organisation_ids[rng.randrange(len(organisation_ids))]
        copy["category"] = None  # a new job
    if copy["phone"] and rng.random() < 0.08:
        copy["phone"] = None
    if copy["phone"] and realism is not None:
        copy["phone"] = other_phone(realism, copy["phone"])
    if copy["email"] and rng.random() < 0.5:
        copy["email"] = None
    copy["position"] = copy["position"] if rng.random() < 0.7 else None
    if rng.random() < 0.05:
        copy["region"] = None
    _change_names(rng, copy, kind)
    return copy


# What tells one human from the namesakes of a family name (version 4): the same phone (or
# mistyped), e-mail, birth year (or one year off), organisation or position. Sex and region
# do not: half the persons and a tenth share them.
TELLING = ("phone", "email", "birth_year", "organisation_id", "position")


def shared_details(original: dict[str, Any], copy: dict[str, Any]) -> list[str]:
    """The telling details a duplicate still has in common with its original."""
    shared = []
    for field_name in TELLING:
        mine, theirs = original[field_name], copy[field_name]
        if mine is None or theirs is None:
            continue
        if field_name == "birth_year":
            alike = abs(mine - theirs) <= 1
        elif field_name == "phone":
            alike = mine == theirs or _one_digit_apart(mine, theirs)
        else:
            alike = mine == theirs
        if alike:
            shared.append(field_name)
    return shared


def keep_telling(
    rng: random.Random, original: dict[str, Any], copy: dict[str, Any], kind: str
) -> str:
    """The kind of `copy` (version 4), its details completed so that it still says who it is.

    A sheet row that gives the family name alone, and none of the details above that its
    original has, is nobody a careful person could match: a family name carried by
    hundreds. The losses a second sheet brings (`duplicate`) are drawn for each detail apart,
    so a tenth of such rows had lost them all: one of the original's details is given back
    (drawn by `rng`, apart from the generator's own draws). An original with none of them
    (a family name, a sex and a region) gets another kind of difference instead."""
    if kind != "missing_given" or shared_details(original, copy):
        return kind
    held = [field_name for field_name in TELLING if original[field_name] is not None]
    if held:
        field_name = rng.choice(held)
        copy[field_name] = original[field_name]
        if field_name == "organisation_id":
            copy["category"] = original["category"]
        return kind
    kind = rng.choice([other for other in applicable(original) if other != "missing_given"])
    copy["given_names"] = original["given_names"]
    _change_names(rng, copy, kind)
    return kind


def _one_digit_apart(phone: str, other: str) -> bool:
    differ = [at for at, (one, two) in enumerate(zip(phone, other, strict=False)) if one != two]
    return len(phone) == len(other) and (
        len(differ) == 1
        or (len(differ) == 2 and differ[1] == differ[0] + 1 and sorted(phone) == sorted(other))
    )


def other_phone(rng: random.Random, phone: str) -> str:
    """The phone (E.164) as a second sheet may give it: mostly the same, sometimes mistyped
    by one digit or two neighbouring ones swapped, sometimes another number."""
    draw = rng.random()
    if draw >= PHONE_MISTYPED + PHONE_OTHER:
        return phone
    code, number = phone[:4], phone[4:]
    if draw >= PHONE_MISTYPED:
        return f"{code}{number[0]}{rng.randrange(10_000_000):07d}"
    at = rng.randrange(1, len(number) - 1)
    digits = list(number)
    if rng.random() < 0.5 and digits[at] != digits[at + 1]:
        digits[at], digits[at + 1] = digits[at + 1], digits[at]
    else:
        digits[at] = rng.choice([d for d in "0123456789" if d != digits[at]])
    return code + "".join(digits)


def _change_names(rng: random.Random, copy: dict[str, Any], kind: str) -> None:
    family, given = copy["family_name"], copy["given_names"]
    if kind == "typo":
        field_name = "given_names" if given and rng.random() < 0.5 else "family_name"
        copy[field_name] = typo(rng, copy[field_name])
    elif kind == "typo_each_part":
        copy["family_name"] = typo(rng, family)
        copy["given_names"] = _in_one_word(rng, given, lambda word: typo(rng, word), bool)
    elif kind == "vowels":
        parts = [name for name in ("family_name", "given_names") if _vowel_runs(copy[name])]
        if len(parts) == 2 and rng.random() < 0.7:
            parts = [rng.choice(parts)]  # one name part in most cases, both in the others
        for name in parts:
            change = lambda word: vowel_variant(rng, word)  # noqa: E731
            copy[name] = _in_one_word(rng, copy[name], change, _vowel_runs)
    elif kind == "swapped":
        copy["family_name"], copy["given_names"] = given, family
    elif kind == "accents":
        copy["family_name"] = ascii_text(family).title()
        copy["given_names"] = ascii_text(given).upper()
    elif kind == "phone_format" and copy["phone"]:  # unless this sheet had no phone
        national = copy["phone"][4:]
        copy["phone"] = rng.choice(
            (national, f"{national[:2]} {national[2:4]} {national[4:6]} {national[6:]}")
        )
    elif kind == "missing_given":
        copy["given_names"] = ""
    elif kind == "given_prefix":
        names = given.split()
        at = rng.choice([n for n, name in enumerate(names) if name in SHORT_FORMS])
        names[at] = rng.choice(SHORT_FORMS[names[at]])
        copy["given_names"] = " ".join(names)
    elif kind == "fewer_given":
        names = given.split()
        del names[rng.randrange(len(names))]
        copy["given_names"] = " ".join(names)


def _in_one_word(
    rng: random.Random, text: str, change: Callable[[str], str], usable: Callable[[str], Any]
) -> str:
    """`text` with one of its words (one that is `usable`) changed."""
    words = text.split()
    candidates = [n for n, word in enumerate(words) if usable(word)]
    if not candidates:
        return text
    at = rng.choice(candidates)
    words[at] = change(words[at])
    return " ".join(words)


def typo(rng: random.Random, text: str) -> str:
    if len(text) < 3:
        return text + rng.choice(LETTERS)
    at = rng.randrange(1, len(text) - 1)
    operation = rng.choice(("substitute", "delete", "insert", "transpose"))
    letter = rng.choice(LETTERS)
    at = _on_letters(text, at, operation)
    letter = letter.upper() if text[at].isupper() else letter
    if operation == "substitute":
        return text[:at] + letter + text[at + 1 :]
    if operation == "delete":
        return text[:at] + text[at + 1 :]
    if operation == "insert":
        return text[:at] + letter + text[at:]
    return text[: at - 1] + text[at] + text[at - 1] + text[at + 1 :]


def _on_letters(text: str, at: int, operation: str) -> int:
    """`at`, or the nearest place where `operation` changes letters only (version 4): a typo
    is a letter mistyped, not a space or an apostrophe ("KadidiatouzMariama" for "Kadidiatou
    Mariama" joined two given names, "ND'iaye" moved the apostrophe: other mistakes)."""
    if operation == "insert":  # a letter added at a word's end or start is still in it
        return at
    for place in sorted(range(1, len(text)), key=lambda place: abs(place - at)):
        touched = (place - 1, place) if operation == "transpose" else (place,)
        if all(text[n].isalpha() for n in touched):
            return place
    return at


def _vowel_runs(word: str) -> list[tuple[int, int]]:
    """(start, end) of each run of vowels after the first letter that has another spelling."""
    runs: list[tuple[int, int]] = []
    at = 1
    while at < len(word):
        if word[at].lower() not in VOWEL_LETTERS:
            at += 1
            continue
        end = at
        while end < len(word) and word[end].lower() in VOWEL_LETTERS:
            end += 1
        vowels, final = word[at:end].lower(), end == len(word)
        after_at = word[at - 2 : at].lower() == "at"
        if vowels in _spellings(final) and (vowels != "a" or not final or after_at):
            runs.append((at, end))
        at = end
    return runs


def _spellings(final: bool) -> dict[str, tuple[str, ...]]:
    return FINAL_VOWEL_SPELLINGS if final else VOWEL_SPELLINGS


def vowel_variant(rng: random.Random, word: str) -> str:
    runs = _vowel_runs(word)
    if not runs:
        return word
    start, end = rng.choice(runs)
    vowels = word[start:end]
    # The vowel after the first letter is heard: it changes but is not dropped.
    others = [o for o in _spellings(end == len(word))[vowels.lower()] if o or start > 1]
    other = rng.choice(others or [vowels])
    return word[:start] + (other.upper() if vowels.isupper() else other) + word[end:]


def ascii_text(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
