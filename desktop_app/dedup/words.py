"""Which words of names are spellings of the same name, and the keys that find them quickly.

Two words of normalised names (accents and case already gone) are taken for the same name when:
- they are one edit apart (a letter substituted, dropped, added, or two swapped): "DIALO" and
  "DIALLO", "SOUMNA" and "SOUMANA", "Mariam" and "Mariama";
- they differ only in their vowels, by at most one edit in four letters: "Fatimata" and
  "Fatoumata", "Aïssata" and "Aïssatou", "Kadiatou" and "Kadidiatou" (West African names are
  written down by ear: the consonants hold, the vowels wander); or, five letters at least, in
  one run of vowels after the first letter: "Moussa" and "Missa", "Maïgari" and "Mégari";
- one is the beginning of the other, four letters at least: "Fati" and "Fatimata", "Abdoul"
  and "Abdoulaye" (a given name shortened);
- for short words (three letters or fewer), a letter dropped or added ("SW" for SOW, "AI" for
  ALI), two letters swapped ("LAI") or a vowel written otherwise ("ALY"), but no other letter
  changed: Ali and Abi, Awa and Ada are different names.

A word is indexed under a few keys (`word_keys`): itself, its one-letter deletions (SymSpell's
symmetric deletions: two words one edit apart share one), its consonant skeleton and its first
four letters; `similar` checks the words found under the last two, and the words of three
letters or fewer found under a deletion. Words longer than
`LONGEST_EDITED_WORD` are matched as they are: their deletions would grow with the square of
their length (a pasted 32,000-letter "name" would make a gigabyte of keys).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

SHORTEST_EDITED_WORD = 4  # shorter words: only a letter dropped, added, swapped or a vowel
SHORTEST_DELETED_WORD = 3  # a two-letter word's deletions (one letter) would meet everything
LONGEST_EDITED_WORD = 24  # longer ones are not names but pasted text: matched as they are
SHORTEST_PREFIX = 4  # "Fati" for Fatimata; "Ali" is not short for Aliou
SHORTEST_VOWEL_VARIANT = 5  # shorter words: one edit at most, found by deletions
VOWELS = frozenset("aeiouy")
# Key kinds that cannot be words: normalised names hold only letters, digits and spaces.
SKELETON = "#"
PREFIX = "^"


def deletions(word: str) -> Iterator[str]:
    """The word with each one character removed: two words one edit apart share one of these
    (or one is a deletion of the other)."""
    for at in range(len(word)):
        yield word[:at] + word[at + 1 :]


def skeleton(word: str) -> str:
    """The first letter and the consonants after it, a doubled one once: "fatoumata" and
    "fatimata" -> "ftmt", "kadidiatou" -> "kdt"."""
    kept = [word[:1]]
    for letter in word[1:]:
        if letter not in VOWELS and letter != kept[-1]:
            kept.append(letter)
    return "".join(kept)


def word_keys(word: str) -> list[str]:
    """The keys a word is indexed under: itself, and for words of a name's length its
    deletions, its skeleton and its first letters (a three-letter word: its deletions only).
    At most `LONGEST_EDITED_WORD` + 3 keys, each no longer than the word."""
    if not SHORTEST_DELETED_WORD <= len(word) <= LONGEST_EDITED_WORD:
        return [word]
    if len(word) < SHORTEST_EDITED_WORD:
        return list(dict.fromkeys([word, *deletions(word)]))
    keys = [word, *deletions(word), PREFIX + word[:SHORTEST_PREFIX]]
    if len(word) >= SHORTEST_VOWEL_VARIANT:
        keys.append(SKELETON + skeleton(word))
    return list(dict.fromkeys(keys))


def vowel_variants(word: str, other: str) -> bool:
    """Spellings of one name that differ in their vowels: one edit allowed in four letters,
    or one run of vowels after the first letter written otherwise ("moussa" / "missa",
    "maigari" / "megari", "bibata" / "bibatou")."""
    if skeleton(word) != skeleton(other):
        return False
    if one_vowel_run_apart(word, other):
        return True
    allowed = max(len(word), len(other)) // 4
    if allowed < 2 or abs(len(word) - len(other)) > allowed:
        return False  # one edit apart at most: the deletions find those
    return Levenshtein.distance(word, other, score_cutoff=allowed) <= allowed


def vowel_runs(word: str) -> list[str]:
    """The word cut where vowels meet consonants: "moussa" -> m, ou, ss, a."""
    runs: list[str] = []
    for letter in word:
        if runs and (letter in VOWELS) == (runs[-1][0] in VOWELS):
            runs[-1] += letter
        else:
            runs.append(letter)
    return runs


def one_vowel_run_apart(word: str, other: str) -> bool:
    """The same letters but for one run of vowels after the first letter."""
    runs, others = vowel_runs(word), vowel_runs(other)
    if len(runs) != len(others) or runs[0] != others[0]:
        return False
    differ = [at for at, (one, two) in enumerate(zip(runs, others, strict=True)) if one != two]
    return len(differ) == 1 and runs[differ[0]][0] in VOWELS


def shortened(word: str, other: str) -> bool:
    """One word is the other cut short (four letters at least)."""
    short, long = (word, other) if len(word) <= len(other) else (other, word)
    return len(short) >= SHORTEST_PREFIX and long.startswith(short)


def short_variants(word: str, other: str) -> bool:
    """Two words of the same length, one of three letters or fewer, that share a deletion:
    spellings of one name when two neighbouring letters are swapped ("lai", "ali") or a vowel
    after the first letter is written otherwise ("aly", "ali"); another letter changed is
    another name ("abi", "ada", "ida")."""
    differ = [at for at, (one, two) in enumerate(zip(word, other, strict=True)) if one != two]
    if len(differ) == 1:
        at = differ[0]
        return at > 0 and word[at] in VOWELS and other[at] in VOWELS
    if len(differ) == 2 and differ[1] == differ[0] + 1:
        at = differ[0]
        return word[at] == other[at + 1] and word[at + 1] == other[at]
    return False


def similar(word: str, key: str, found: Iterable[str]) -> Iterator[str]:
    """The words of `found` (indexed under `key`, one of `word`'s keys) that are spellings of
    `word`: all of them for the word and its deletions (but two short words of one length,
    `short_variants`), those that pass the test of a skeleton or a prefix key."""
    if key.startswith(SKELETON):
        return (other for other in found if vowel_variants(word, other))
    if key.startswith(PREFIX):
        return (other for other in found if shortened(word, other))
    if len(word) < SHORTEST_EDITED_WORD or len(key) < SHORTEST_EDITED_WORD - 1:
        return (other for other in found if _short_alike(word, other))
    return iter(found)


def _short_alike(word: str, other: str) -> bool:
    """Whether two words met under a key of short words are spellings of one name."""
    if len(word) != len(other) or len(word) >= SHORTEST_EDITED_WORD:
        return True  # a letter dropped or added; or two longer words sharing a deletion
    return word == other or short_variants(word, other)


@lru_cache(maxsize=65_536)
def spelt_alike(word: str, other: str) -> bool:
    """Whether two words are the same or spellings of one name (the test the index makes,
    for two words at hand)."""
    if word == other:
        return True
    shared = set(word_keys(word)).intersection(word_keys(other))
    return any(next(similar(word, key, (other,)), None) is not None for key in shared)


def words_by_key(words: Iterable[str]) -> dict[str, list[str]]:
    """Each distinct word under each of its keys."""
    by_key: defaultdict[str, list[str]] = defaultdict(list)
    for word in dict.fromkeys(words):
        for key in word_keys(word):
            by_key[key].append(word)
    return dict(by_key)


def words_pair_up(fewer: Sequence[str], more: Sequence[str], initials: bool = False) -> bool:
    """Whether each word of `fewer` is a word of `more`, or a spelling of one, each word of
    `more` used once ("kante" in "kane abdoulaye": a missing given name and a typo); with
    `initials`, a one-letter word also pairs with a word it begins ("a" in "aissata diallo")."""
    left = list(more)
    for word in sorted(fewer, key=lambda word: word not in left):  # the same words first
        if word in left:
            left.remove(word)
            continue
        match = next((other for other in left if spelt_alike(word, other)), None)
        if match is None and initials:
            match = next((other for other in left if is_initial_of(word, other)), None)
        if match is None:
            return False
        left.remove(match)
    return True


def is_initial(word: str) -> bool:
    """A given name written as its initial ("A." normalised: "a")."""
    return len(word) == 1


def is_initial_of(word: str, other: str) -> bool:
    """One of the words is the other's initial."""
    short, long = (word, other) if len(word) <= len(other) else (other, word)
    return is_initial(short) and len(long) > 1 and long.startswith(short)


def initials_only(given_key: str) -> bool:
    """Given names that tell at most their initials ("A. M."), or none."""
    return all(map(is_initial, given_key.split()))


def least_word_similarity(fewer: Sequence[str], more: Sequence[str]) -> float:
    """How alike (0-100) the least alike word of `fewer` is to its counterpart in `more`,
    each word paired with the most alike one left: two names of one long family name and
    other given names ("DIALLO Sadia Aminata", "DIALLO Hawa Aïssata") look alike letter by
    letter, but "sadia" and "hawa" are two names."""
    left = list(more)
    least = 100.0
    for word in sorted(fewer, key=lambda word: word not in left):  # the same words first
        if not left:
            break
        if word in left:
            left.remove(word)
            continue
        best = max(left, key=lambda other: fuzz.ratio(word, other))
        least = min(least, fuzz.ratio(word, best))
        left.remove(best)
    return least
