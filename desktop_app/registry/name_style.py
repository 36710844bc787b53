"""Names in the registry's style, whatever the typing: family name in capitals, given names
capitalised ("guidimey" "célestin" -> "GUIDIMEY" "Célestin").

- Particles stay in small letters when a name follows them: "ould ABDALLAH", "ag GHALY",
  "de SOUZA", "Amadou dit Hampâté"; a particle that ends the name is a name ("DE").
- Apostrophes and hyphens are kept: "N'DIAYE", "Marie-Claire", "N'Golo".
- A given name typed with a capital inside it ("McKenzie", "MacArthur", "DeShawn") is left as
  typed: guessing Mc/Mac names goes wrong as often as right.
"""

from __future__ import annotations

import re

PARTICLES = frozenset(
    {"de", "du", "des", "dit", "dite", "ould", "ag", "ben", "bin", "ibn", "van", "von", "da"}
    | {"dos", "das", "el"}
)
_PARTS = re.compile(r"([-'’])")  # hyphens and apostrophes split a word; kept as typed
_CAMEL = re.compile(r"^[A-ZÀ-Þ][a-zß-ÿ]+[A-ZÀ-Þ]")


def _particle(words: list[str], index: int) -> bool:
    return 0 < index < len(words) - 1 and words[index].casefold() in PARTICLES


def _particle_first(words: list[str], index: int) -> bool:
    # "de SOUZA" as a family name: a particle may open it when a name follows.
    return index < len(words) - 1 and words[index].casefold() in PARTICLES


def family_style(name: str) -> str:
    words = name.split()
    return " ".join(
        word.casefold() if _particle_first(words, i) else word.upper()
        for i, word in enumerate(words)
    )


def _capitalised(word: str) -> str:
    if _CAMEL.match(word):
        return word
    pieces = _PARTS.split(word)
    out = []
    for piece in pieces:
        if piece in ("-", "'", "’") or not piece:
            out.append(piece)
        else:
            first = piece[0].upper()
            # "ß" has no one-letter capital: left as typed, so that styling twice changes nothing
            out.append((first if len(first) == 1 else piece[0]) + piece[1:].casefold())
    return "".join(out)


def given_style(names: str) -> str:
    words = names.split()
    return " ".join(
        word.casefold() if _particle(words, i) else _capitalised(word)
        for i, word in enumerate(words)
    )


def registry_names(family: str, given: str) -> tuple[str, str]:
    """(family name, given names) in the registry's style."""
    return family_style(family), given_style(given)
