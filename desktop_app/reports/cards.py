"""Pages laid out card by card, as plain data: badges (A4 sheets of 8, or one per A6 page) and
certificates (one A4 page each), each with a QR code. `pdf_cards` draws them.

Kept apart from the flowing documents of `document.py`: a badge or a certificate is placed at
a fixed spot on its page, not flowed from block to block.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

A4_OF_8 = "a4"  # A4 portrait, 2 x 4 badges with cut marks
A6 = "a6"  # one badge per A6 page
LAYOUTS = (A4_OF_8, A6)


@dataclass(frozen=True)
class QrMatrix:
    """A QR code's modules, quiet zone included: one string of "1" (dark) and "0" per row."""

    rows: tuple[str, ...]

    @property
    def size(self) -> int:
        return len(self.rows)


@dataclass(frozen=True)
class BadgeCard:
    given_names: str
    family_name: str
    organisation: str
    role: str
    event: str  # the activity's title
    when: str  # its dates and place
    code: str  # the code as printed under the QR code, for typing by hand
    qr: QrMatrix


@dataclass(frozen=True)
class BadgeSheet:
    title: str
    cards: tuple[BadgeCard, ...]
    layout: str = A4_OF_8
    issuer: str = ""  # the organisation's name, at the top of each badge
    logo: Path | None = None


@dataclass(frozen=True)
class CertificatePage:
    """One certificate: a heading, the person's name, lines of text, the QR code that carries
    the signed certificate, and the lines under it (how to check it)."""

    heading: str
    name: str
    lines: tuple[str, ...]
    qr: QrMatrix
    check_lines: tuple[str, ...]
    place_and_date: str = ""


@dataclass(frozen=True)
class CertificateBook:
    title: str
    pages: tuple[CertificatePage, ...]
    issuer: str = ""
    logo: Path | None = None
    # Written in the PDF's metadata too, so `registre verify-certificate FILE` finds it.
    keywords: str = ""
