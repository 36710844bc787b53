"""Rows of a sign-in sheet that are not persons, told apart before a row is read as one.

Partners close their lists with a block: "TOTAL", "88 participants dont 23 femmes", "Arrêtée la
présente liste à 20 participants dont 7 femmes", "Fait à Bamako, le …", "Le Secrétaire de séance
/ Le Président" with the signatories' names under them, a stamp; printed pages end with "Page
2/3". Such rows are skipped and listed with their reason: they never become persons and never
block an import. A row that holds a sex, a phone number or an e-mail is a person's, whatever else
it says.

Doubtful rows (a name cell holding digits, a row whose only value is a sentence) are skipped the
same way, unless the user says they are persons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app.messages import QT_TRANSLATE_NOOP, UserMessage
from desktop_app.signin import fields as f
from desktop_app.signin.reading import Cell
from desktop_app.signin.values import BadValue, cell_text, is_blank, norm, read_sex

if TYPE_CHECKING:
    from desktop_app.signin.layout import SheetLayout

TOTAL = "total"
SUMMARY = "summary"
CLOSING = "closing"
SIGNATORY = "signatory"
FOOTER = "footer"
STAMP = "stamp"
COUNTS = "counts"
DIGITS_IN_NAME = "digits_in_name"
SENTENCE = "sentence"

REASONS: dict[str, str] = {
    TOTAL: QT_TRANSLATE_NOOP("SheetImport", "Total row"),
    SUMMARY: QT_TRANSLATE_NOOP("SheetImport", "Summary with numbers"),
    CLOSING: QT_TRANSLATE_NOOP("SheetImport", "Closing formula"),
    SIGNATORY: QT_TRANSLATE_NOOP("SheetImport", "Signatory"),
    FOOTER: QT_TRANSLATE_NOOP("SheetImport", "Page footer"),
    STAMP: QT_TRANSLATE_NOOP("SheetImport", "Stamp"),
    COUNTS: QT_TRANSLATE_NOOP("SheetImport", "Numbers only"),
    DIGITS_IN_NAME: QT_TRANSLATE_NOOP("SheetImport", "The name holds digits"),
    SENTENCE: QT_TRANSLATE_NOOP("SheetImport", "A sentence, not a name"),
}
# Skipped unless the user says the row is a person.
DOUBTFUL = frozenset({DIGITS_IN_NAME, SENTENCE})
# Below these, the rows without a number, sex or contact are the signatories' names.
_CLOSING_BLOCK = frozenset({SUMMARY, CLOSING, SIGNATORY, STAMP})


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TOTAL_WORDS = ("total", "sous total", "totaux", "ensemble", "effectif", "nombre de participants")
_TITLES = (
    "secretaire|president|presidente|rapporteur|rapporteuse|directeur|directrice|"
    "coordonnateur|coordonnatrice|coordinateur|coordinatrice|chef|responsable|maire|prefet|"
    "gouverneur|gouverneure|point focal|administrateur|administratrice|representant|"
    "representante|ministre|commissaire|superviseur|superviseure|gestionnaire|comptable|"
    "organisateur|organisatrice|secretary|chair|chairperson|chairman|director|coordinator|"
    "head|organiser|organizer|supervisor|officer|mayor|governor"
)
_SIGNATORY = re.compile(
    rf"^(?:(?:pour|p|po|p o|pi|p i|pr)\s+)?(?:le|la|l|les|the)\s+(?:{_TITLES})\b"
    r"|^(?:secretaire|president|presidente) de seance\b"
    r"|^(?:visa|signature|signatures|nom et signature|noms et signatures)\s+(?:du|de|des|of)\b"
    r"|^(?:etabli|etablie|dresse|dressee|prepare|preparee|verifie|verifiee|approuve|approuvee|"
    r"prepared|verified|approved|checked|certified|signed|compiled)\s+(?:par|by)\b"
)
_CLOSING = re.compile(
    r"^(?:fait|faite|done|signed|dresse|dressee)\s+(?:a|au|en|le|at|in|on)\b"
    r"|^(?:arrete|arretee|arretes|arretees|liste arretee|la presente liste|certifie|certifiee"
    r"|certified|pour copie conforme|lu et approuve|en foi de quoi|sincere et veritable)\b"
)
_STAMP = re.compile(r"^(?:cachet|stamp|seal|sceau|official stamp)\b|\bet cachet$")
_FOOTER = re.compile(r"^(?:page|pg|feuille|sheet)\s+\d+(?:\s+(?:sur|of|de|on))?(?:\s+\d+)?$")
# Summaries count people: "88 participants dont 23 femmes", "Femmes : 7", "2 F / 1 M".
_COUNTED = _words(
    "participant participants participante participantes femme femmes homme hommes women "
    "woman men man people persons person personne personnes jeune jeunes youth presents "
    "present presentes absents absente absentes inscrits inscrites attendees attendee "
    "male males female females garcons filles f h m"
)
_SUMMARY_GLUE = _words(
    "dont soit et de des du sur and including of whom which among parmi au a en le la les "
    "the total effectif nombre number ans an years moins under plus over feminin masculin sexe "
    "sex soit"
)
_NUMBERS_ONLY = re.compile(r"^[\d\s/.,;:+()%-]+$")
# Name particles are lower case in names: "Mariama épouse DIALLO", "Moussa dit Bathily".
_PARTICLES = _words(
    "de du des dit dite ep epse epouse nee ne ould ag ben bin bint mint el al ibn da dos le la "
    "veuve vve van von"
)
_FUNCTION_WORDS = _words(
    "est sont a au aux et ou pour par sur dans avec un une les ce cette il elle nous vous ils "
    "sera seront ete pas merci nb the is are was were of to in on for and with by at be will "
    "has have please"
)


@dataclass(frozen=True)
class SkippedRow:
    """A row that is not a person: `row` is its number in the sheet, `text` what it says."""

    sheet: str
    row: int
    reason: str
    text: str

    @property
    def doubtful(self) -> bool:
        """Skipped unless the user says the row is a person."""
        return self.reason in DOUBTFUL

    @property
    def message(self) -> UserMessage:
        return UserMessage("SheetImport", REASONS[self.reason])


def is_total(cells: tuple[Cell, ...]) -> bool:
    """The first text of the row starts with "Total", "Sous-total", "Ensemble"…"""
    for cell in cells:
        if not isinstance(cell, str):
            continue  # numbers in the N° column or counts
        text = cell.strip().casefold().replace("-", " ")
        if text and not text.isdigit():
            return text.startswith(_TOTAL_WORDS)
    return False


def _is_summary(text: str, words: list[str]) -> bool:
    if not any(c.isdigit() for c in text) or not _COUNTED & set(words):
        return False
    if words[0].isdigit() and len(words) > 1 and words[1] in _COUNTED:
        return True  # "88 participants dont 23 femmes et 20 % de jeunes (moins de 30 ans)"
    return all(w.isdigit() or w in _COUNTED or w in _SUMMARY_GLUE for w in words)


def line_kind(text: str) -> str | None:
    """What one cell's text is when it is no person's: a summary, a closing formula, a
    signatory, a stamp or a page footer; None otherwise."""
    normal = norm(text)
    if not normal:
        return None
    if _FOOTER.match(normal):
        return FOOTER
    if _CLOSING.search(normal):
        return CLOSING
    if _SIGNATORY.search(normal):
        return SIGNATORY
    if _STAMP.search(normal) and len(normal.split()) <= 5:
        return STAMP
    if _is_summary(text, normal.split()):
        return SUMMARY
    return None


def is_sentence(text: str) -> bool:
    """A remark, not a name: "La séance est levée à 13 h", "NB : les frais sont remboursés"."""
    words = text.split()
    if len(words) >= 9:
        return True
    if len(words) < 4:
        return False
    lower = [w for w in words if w.isalpha() and w.islower() and norm(w) not in _PARTICLES]
    return len(lower) >= 2 and any(norm(w) in _FUNCTION_WORDS for w in words)


class RowSorter:
    """Tells the rows of one sheet, read top to bottom, that are not persons."""

    def __init__(self, layout: SheetLayout) -> None:
        self.number = layout.column_of(f.NUMBER)
        self.names = [
            column
            for field in (f.FAMILY_NAME, f.GIVEN_NAMES, f.FULL_NAME, f.FULL_NAME_GIVEN_FIRST)
            for column in layout.columns_of(field)
        ]
        self.sex = layout.column_of(f.SEX)
        self.phone = layout.column_of(f.PHONE)
        self.email = layout.column_of(f.EMAIL)
        self.closing = False  # below a summary, closing formula, signatory or stamp

    def _has_identity(self, cells: tuple[Cell, ...]) -> bool:
        """A sex, a phone number or an e-mail: a person's row."""

        def text(column: int | None) -> str:
            return cell_text(cells[column]) if column is not None and column < len(cells) else ""

        if self.sex is not None and not is_blank(text(self.sex)):
            try:
                if read_sex(text(self.sex)):
                    return True
            except BadValue:
                pass
        if sum(c.isdigit() for c in text(self.phone)) >= 6:
            return True
        return "@" in text(self.email)

    def reason(self, cells: tuple[Cell, ...], keep: bool = False) -> str | None:
        """Why the row is not a person, or None. `keep`: the user says it is one."""
        texts = [(i, cell_text(c)) for i, c in enumerate(cells) if not is_blank(c)]
        texts = [(i, t) for i, t in texts if t]
        if not texts:
            return None
        if is_total(cells):
            return TOTAL
        identity = self._has_identity(cells)
        first = next((t for _i, t in texts if not _NUMBERS_ONLY.match(t)), None)
        kind = line_kind(first) if first is not None else None
        if kind is not None and not identity:
            self.closing = self.closing or kind in _CLOSING_BLOCK
            return kind
        has_number = any(i == self.number and t.isdigit() for i, t in texts)
        if self.closing and not identity and not has_number:
            return SIGNATORY  # a name under "Le Secrétaire de séance"
        named = [t for i, t in texts if i in self.names]
        others = [t for i, t in texts if i != self.number]
        if not named and others and all(_small_number(t) for t in others):
            return COUNTS
        if keep:
            return None
        if len(others) == 1 and is_sentence(others[0]):
            return SENTENCE
        if any(any(c.isdigit() for c in t) for t in named):
            return DIGITS_IN_NAME
        return None


def _small_number(text: str) -> bool:
    """A count or a page number ("20", "7 / 13"), not a phone number."""
    return bool(_NUMBERS_ONLY.match(text)) and sum(c.isdigit() for c in text) < 6
