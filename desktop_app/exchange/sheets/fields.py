"""What a sign-in sheet column can hold, and how headers name it in French and English.

A header is compared after `normalise` (case, accents and punctuation ignored): "Prénom(s)",
"PRENOMS" and "prénoms" all read "prenom s" / "prenoms".
"""

from __future__ import annotations

import re

from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.services.text import normalise

CONTEXT = "SheetImport"

IGNORE = "ignore"
NUMBER = "number"
FAMILY_NAME = "family_name"
GIVEN_NAMES = "given_names"
FULL_NAME = "full_name"  # family name first: "GUIDIMEY Célestin"
FULL_NAME_GIVEN_FIRST = "full_name_given_first"  # "Célestin Guidimey"
SEX = "sex"
AGE = "age"
BIRTH_YEAR = "birth_year"
ORGANISATION = "organisation"
POSITION = "position"
CATEGORY = "category"
REGION = "region"
PHONE = "phone"
EMAIL = "email"
SIGNATURE = "signature"
DAY = "day"  # one column per day: its cells are that day's signatures

# Order of the mapping combobox; label is the English source text (translated in the GUI).
FIELD_LABELS: dict[str, str] = {
    IGNORE: QT_TRANSLATE_NOOP("SheetImport", "(ignore)"),
    NUMBER: QT_TRANSLATE_NOOP("SheetImport", "Row number"),
    FAMILY_NAME: QT_TRANSLATE_NOOP("SheetImport", "Family name"),
    GIVEN_NAMES: QT_TRANSLATE_NOOP("SheetImport", "Given names"),
    FULL_NAME: QT_TRANSLATE_NOOP("SheetImport", "Full name (family name first)"),
    FULL_NAME_GIVEN_FIRST: QT_TRANSLATE_NOOP("SheetImport", "Full name (given names first)"),
    SEX: QT_TRANSLATE_NOOP("SheetImport", "Sex"),
    AGE: QT_TRANSLATE_NOOP("SheetImport", "Age"),
    BIRTH_YEAR: QT_TRANSLATE_NOOP("SheetImport", "Birth year or date"),
    ORGANISATION: QT_TRANSLATE_NOOP("SheetImport", "Organisation"),
    POSITION: QT_TRANSLATE_NOOP("SheetImport", "Position"),
    CATEGORY: QT_TRANSLATE_NOOP("SheetImport", "Category"),
    REGION: QT_TRANSLATE_NOOP("SheetImport", "Region"),
    PHONE: QT_TRANSLATE_NOOP("SheetImport", "Phone"),
    EMAIL: QT_TRANSLATE_NOOP("SheetImport", "E-mail"),
    SIGNATURE: QT_TRANSLATE_NOOP("SheetImport", "Signature"),
    DAY: QT_TRANSLATE_NOOP("SheetImport", "Day (signature of that day)"),
}
FIELDS: tuple[str, ...] = tuple(FIELD_LABELS)
# Fields that many columns may share; every other field takes one column at most.
REPEATABLE = frozenset({IGNORE, DAY})

# Normalised header -> field. Several spellings of each, as partners write them.
_EXACT: dict[str, str] = {}


def _add(field: str, headers: str) -> None:
    """`headers`: spellings separated by "|", lines free."""
    for header in headers.split("|"):
        _EXACT[normalise(header)] = field


_add(
    NUMBER,
    """
    N° | No | Nº | N | Num | Numéro | Numero d'ordre | N° d'ordre | Ordre | # | Nr | Number |
    S/N | SN | Serial | Item
    """,
)
_add(
    FAMILY_NAME,
    """
    Nom | Noms | Nom de famille | Last name | Surname | Family name | Lastname |
    Nom (en majuscules)
    """,
)
_add(
    GIVEN_NAMES,
    """
    Prénom | Prénoms | Prénom(s) | First name | First names | Given name | Given names |
    Firstname | Forename | Forenames | Other names
    """,
)
_add(
    FULL_NAME,
    """
    Nom et prénom | Nom et prénoms | Nom et prénom(s) | Noms et prénoms | Nom & prénom |
    Nom & prénoms | Nom prénom | Nom prénoms | Nom-prénoms | Nom / prénom | Nom/prénoms |
    Nom complet | Surname and first name | Last name, first name | Identité
    """,
)
_add(
    FULL_NAME_GIVEN_FIRST,
    """
    Prénom et nom | Prénoms et nom | Prénom(s) et nom | Prénom nom | Name | Names |
    Full name | Participant | Participants | Name of participant | Nom du participant |
    First and last name | First name and surname
    """,
)
_add(
    SEX,
    """
    Sexe | Sex | Genre | Gender | S | H/F | F/H | M/F | F/M | Sexe (F/M) | Sexe (H/F) |
    Sexe (M/F)
    """,
)
_add(
    AGE,
    """
    Âge | Age | Âge (ans) | Age (years) | Tranche d'âge | Age range | Age band
    """,
)
_add(
    BIRTH_YEAR,
    """
    Année de naissance | Année naissance | Né(e) en | Date de naissance | Date naissance |
    Year of birth | Birth year | Date of birth | DOB | Naissance
    """,
)
_add(
    ORGANISATION,
    """
    Structure | Structures | Institution | Institutions | Organisation | Organization |
    Organisme | Service | Entité | Structure/Institution | Institution/Structure |
    Structure d'origine | Ministère/Institution | Employeur | Employer | Agency |
    Affiliation | Organisation/Structure
    """,
)
_add(
    POSITION,
    """
    Fonction | Fonctions | Poste | Titre | Grade | Qualité | Position | Title | Job title |
    Function | Fonction/Grade | Grade/Fonction | Profession
    """,
)
_add(
    CATEGORY,
    """
    Catégorie | Catégorie d'acteur | Type d'acteur | Category | Type | Secteur | Sector |
    Groupe | Group
    """,
)
_add(
    REGION,
    """
    Région | Region | Localité | Ville | Commune | Provenance | Origine | Lieu | City |
    Place | Town | Région/Ville | Région d'origine | Locality
    """,
)
_add(
    PHONE,
    """
    Contact | Contacts | Téléphone | Telephone | Tél | Tel | Tél. | Phone | Phone number |
    Mobile | Cellulaire | Portable | GSM | Cel | Cell | Numéro de téléphone |
    N° de téléphone | N° Tél | Contact téléphonique | Telephone number | Contact (Tél)
    """,
)
_add(
    EMAIL,
    """
    E-mail | Email | Mail | Courriel | Adresse e-mail | Adresse email | Adresse mail |
    E-mail address | Email address | Adresse électronique
    """,
)
_add(
    SIGNATURE,
    """
    Signature | Signatures | Émargement | Emargement | Visa | Signed | Sign | Signé |
    Paraphe
    """,
)

# Day columns: "J1", "Jour 2", "Day 3", "D1", "Signature J1", "Émargement jour 2".
_DAY_NUMBER = re.compile(r"^(?:signature |emargement |sign )?(?:j|jour|day|d)\s?(\d{1,2})$")
_ORDINAL_DAY = re.compile(r"^(\d{1,2})\s?(?:er|e|eme|st|nd|rd|th)? (?:jour|day)$")

# Contains-rules for long or decorated headers, tried in order after the exact table.
_CONTAINS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("prenom", "nom"), FULL_NAME),
    (("mail",), EMAIL),
    (("email",), EMAIL),
    (("courriel",), EMAIL),
    (("telephone",), PHONE),
    (("tel",), PHONE),
    (("phone",), PHONE),
    (("contact",), PHONE),
    (("prenom",), GIVEN_NAMES),
    (("first", "name"), GIVEN_NAMES),
    (("naissance",), BIRTH_YEAR),
    (("birth",), BIRTH_YEAR),
    (("age",), AGE),
    (("sexe",), SEX),
    (("structure",), ORGANISATION),
    (("institution",), ORGANISATION),
    (("organisation",), ORGANISATION),
    (("organization",), ORGANISATION),
    (("fonction",), POSITION),
    (("categorie",), CATEGORY),
    (("signature",), SIGNATURE),
    (("emargement",), SIGNATURE),
    (("region",), REGION),
    (("nom",), FAMILY_NAME),
    (("noms",), FAMILY_NAME),
)


def _has_word(words: list[str], wanted: str) -> bool:
    # Short stems must be whole words: "age" is not "agence", "tel" not "television".
    if len(wanted) < 5:
        return wanted in words
    return any(word.startswith(wanted) for word in words)


def day_number(header: str) -> int | None:
    """1 for "J1", "Jour 1", "Day 1", "1er jour"; None for any other header."""
    text = normalise(header)
    match = _DAY_NUMBER.match(text) or _ORDINAL_DAY.match(text)
    return int(match.group(1)) if match else None


def field_for_header(header: str) -> str | None:
    """The field a header names, or None when it names nothing known (day columns apart)."""
    text = normalise(header)
    if not text:
        return None
    if text in _EXACT:
        return _EXACT[text]
    words = text.split()
    for needed, field in _CONTAINS:
        if all(_has_word(words, n) for n in needed):
            return field
    return None
