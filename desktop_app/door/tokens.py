"""Badge tokens: opaque, typed by a scanner, told apart from a name typed in the search box.

A token is "RG", 15 random letters and a check letter, from 19 capital letters that sit on
the same keys of a QWERTY and an AZERTY keyboard (no A, Q, W, Z, M) and read unambiguously (no
O, no V beside U): a USB scanner set up for one layout types them right on a computer using
the other, where digits and dashes would come out as "à&é" and ")". 19^15 tokens (about
2^63) cannot be guessed. The check letter (a sum weighted by place, modulo 19, a prime) catches
every letter changed and every two neighbours swapped: it tells a misread scan from an unknown
badge.
The token says nothing of the person: Registre resolves it locally (door/scans.py).
"""

from __future__ import annotations

import re
import secrets

ALPHABET = "BCDEFGHIJKLNPRSTUXY"  # 19, a prime: see the check letter
PREFIX = "RG"
RANDOM_LETTERS = 15
LENGTH = len(PREFIX) + RANDOM_LETTERS + 1
_SHAPE = re.compile(f"^{PREFIX}[{ALPHABET}]{{{RANDOM_LETTERS + 1}}}$")
_SEPARATORS = re.compile(r"[\s\-_.]+")


def _check_letter(body: str) -> str:
    total = sum((place + 1) * ALPHABET.index(letter) for place, letter in enumerate(body))
    return ALPHABET[total % len(ALPHABET)]


def new_token() -> str:
    body = "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_LETTERS))
    return PREFIX + body + _check_letter(body)


def scanned(text: str) -> str | None:
    """The token a scan typed (any case, spaces or dashes a person may add when typing it from
    the badge), or None when the text is not shaped like one (a name being typed)."""
    compact = _SEPARATORS.sub("", text).upper()
    return compact if _SHAPE.match(compact) else None


def is_intact(token: str) -> bool:
    """The check letter agrees: no letter lost or changed on the way."""
    body = token[len(PREFIX) : -1]
    return _check_letter(body) == token[-1]


def spaced(token: str) -> str:
    """For reading on a badge: RG BCDE FGHI JKLN PRS."""
    rest = token[len(PREFIX) :]
    return " ".join([PREFIX, *(rest[i : i + 4] for i in range(0, len(rest), 4))])
