"""The HQ sync workbook: its sheets and columns, in English and French (docs/workbook-format.md).

Each record type has one sheet (continued on "<name> 2", "<name> 3"... past Excel's row limit).
Column headers are written in the exporting user's language; an import finds columns by header in
either language, in any order. Columns of kind "readable" help a person reading the workbook
(an activity's title next to its ID) and are ignored on import.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from desktop_app.disability.questions import COLUMNS, DOMAIN_KEYS, DOMAIN_NAMES
from desktop_app.records.field_rules import TEXT_LIMITS
from desktop_app.records.text import normalise
from desktop_app.sync.types import BY_NAME, RecordType

FORMAT_NAME = "registre-hq-sync"
FORMAT_VERSION = 1
EXCEL_MAX_ROWS = 1_048_576  # including the header row
# Record rows per sheet; more continue on "Attendance 2"... A reader holds a whole sheet in
# memory (python-calamine): 50,000 attendance rows take about 55 MB, a million 1.1 GB.
ROWS_PER_SHEET = 50_000
EXCEL_MAX_TEXT = 32_767


@dataclass(frozen=True)
class Column:
    key: str
    en: str
    fr: str
    kind: str  # text, date, datetime, int, year, count, percent, minutes, country, bool,
    # sex, status, kind, category, role, ref, refs, tags, readable, uuid, site, revision,
    # words, filters, bands (JSON text: a list of codes, an indicator's filters, age bands),
    # decimal
    width: float = 14
    limit: int | None = None  # longest text (field_rules.TEXT_LIMITS)
    # Added after the format's first version: a workbook of an older Registre lacks it, and
    # importing that workbook keeps what the database holds for it.
    optional: bool = False

    def header(self, language: str) -> str:
        return self.fr if language.startswith("fr") else self.en


@dataclass(frozen=True)
class SheetSpec:
    type_name: str
    en: str
    fr: str
    columns: tuple[Column, ...]
    description_en: str
    description_fr: str
    # Added after the format's first version: a workbook of an older Registre has no such
    # sheet (nor its row count in the manifest), and brings no record of the type.
    optional: bool = False

    @property
    def record_type(self) -> RecordType:
        return BY_NAME[self.type_name]

    def name(self, language: str) -> str:
        return self.fr if language.startswith("fr") else self.en


# The Washington Group answers (disability/questions.py), added with revision 0011.
_DISABILITY_COLUMNS = (
    *(
        Column(COLUMNS[key], *DOMAIN_NAMES[key], "difficulty", 14, optional=True)
        for key in DOMAIN_KEYS
    ),
    Column(
        "disability_consent",
        "Consent to the questions on functioning",
        "Accord pour les questions sur le fonctionnement",
        "bool",
        12,
        optional=True,
    ),
    Column(
        "disability_consent_date",
        "Consent recorded on",
        "Accord noté le",
        "date",
        12,
        optional=True,
    ),
)


def _limit(type_name: str, key: str) -> int:
    limit = TEXT_LIMITS[type_name][key]
    return limit


ID = Column("uuid", "ID", "Identifiant", "uuid", 34)
TRAVEL = (
    Column("deleted", "Deleted", "Supprimé", "bool", 10),
    Column("origin_site", "Origin site", "Site d'origine", "site", 12),
    Column("revision", "Revision", "Révision", "revision", 10),
    Column("changed_at", "Changed at (UTC)", "Modifié le (UTC)", "datetime", 20),
    Column("changed_by_site", "Changed by site", "Modifié par le site", "site", 14),
)

SHEETS: tuple[SheetSpec, ...] = (
    SheetSpec(
        "organisation",
        "Organisations",
        "Organisations",
        (
            ID,
            Column("name", "Name", "Nom", "text", 40, _limit("organisation", "name")),
            Column("acronym", "Acronym", "Sigle", "text", 12, _limit("organisation", "acronym")),
            Column("category", "Category", "Catégorie", "category", 28),
            Column("country", "Country", "Pays", "country", 8),
            *TRAVEL,
        ),
        "Organisations: partner institutions and the organisations persons belong to.",
        "Organisations : institutions partenaires et organisations des personnes.",
    ),
    SheetSpec(
        "activity",
        "Activities",
        "Activités",
        (
            ID,
            Column("title", "Title", "Titre", "text", 48, _limit("activity", "title")),
            Column("kind", "Kind", "Type", "kind", 16),
            Column("status", "Status", "Statut", "status", 10),
            Column("start_date", "Start date", "Date de début", "date", 12),
            Column("end_date", "End date", "Date de fin", "date", 12),
            Column("country", "Country", "Pays", "country", 8),
            Column("city", "City", "Ville", "text", 16, _limit("activity", "city")),
            Column("venue", "Venue", "Lieu", "text", 24, _limit("activity", "venue")),
            Column("office", "Office", "Bureau", "text", 10, _limit("activity", "office")),
            Column("partners", "Partners", "Partenaires", "readable", 30),
            Column("partner_uuids", "Partner IDs", "Identifiants des partenaires", "refs", 34),
            Column(
                "project_code",
                "Project code",
                "Code projet",
                "text",
                14,
                _limit("activity", "project_code"),
            ),
            Column(
                "objectives",
                "Objectives",
                "Objectifs",
                "text",
                40,
                _limit("activity", "objectives"),
            ),
            Column("topics", "Topics", "Thèmes", "text", 40, _limit("activity", "topics")),
            Column("outcomes", "Outcomes", "Résultats", "text", 40, _limit("activity", "outcomes")),
            Column("follow_up", "Follow-up", "Suivi", "text", 30, _limit("activity", "follow_up")),
            Column("notes", "Notes", "Notes", "text", 30, _limit("activity", "notes")),
            Column(
                "completion_percent",
                "Completion rule (% of the days)",
                "Règle d'assiduité (% des jours)",
                "percent",
                12,
                optional=True,
            ),
            Column(
                "late_after_minutes",
                "Late after (minutes from midnight)",
                "En retard après (minutes depuis minuit)",
                "minutes",
                12,
                optional=True,
            ),
            Column("tags", "Tags", "Étiquettes", "tags", 24, optional=True),
            *TRAVEL,
        ),
        "Activities: one row per activity, partner institutions in one cell.",
        "Activités : une ligne par activité, les institutions partenaires dans une cellule.",
    ),
    SheetSpec(
        "person",
        "Persons",
        "Personnes",
        (
            ID,
            Column(
                "family_name", "Family name", "Nom", "text", 20, _limit("person", "family_name")
            ),
            Column(
                "given_names", "Given names", "Prénoms", "text", 20, _limit("person", "given_names")
            ),
            Column("sex", "Sex", "Sexe", "sex", 8),
            Column("birth_year", "Birth year", "Année de naissance", "year", 10),
            Column("birth_date", "Date of birth", "Date de naissance", "date", 12, optional=True),
            Column(
                "age_band", "Age band", "Tranche d'âge", "text", 10, _limit("person", "age_band")
            ),
            Column("organisation", "Organisation", "Organisation", "readable", 30),
            Column(
                "organisation_uuid", "Organisation ID", "Identifiant de l'organisation", "ref", 34
            ),
            Column("position", "Position", "Fonction", "text", 24, _limit("person", "position")),
            Column("category", "Category", "Catégorie", "category", 28),
            Column("region", "Region", "Région", "text", 16, _limit("person", "region")),
            Column("nationality", "Nationality", "Nationalité", "country", 8),
            Column("phone", "Phone", "Téléphone", "text", 18, _limit("person", "phone")),
            Column("email", "Email", "Courriel", "text", 28, _limit("person", "email")),
            Column(
                "consent_contact", "Consent to contact", "Accord pour être contacté", "bool", 10
            ),
            *_DISABILITY_COLUMNS,
            *TRAVEL,
        ),
        "Persons: the registry shared by all activities.",
        "Personnes : le registre commun à toutes les activités.",
    ),
    SheetSpec(
        "attendance",
        "Attendance",
        "Présences",
        (
            ID,
            Column("activity_uuid", "Activity ID", "Identifiant de l'activité", "ref", 34),
            Column("activity", "Activity", "Activité", "readable", 36),
            Column("person_uuid", "Person ID", "Identifiant de la personne", "ref", 34),
            Column("person", "Person", "Personne", "readable", 28),
            Column("day", "Day", "Jour", "date", 12),
            Column("role", "Role", "Rôle", "role", 14),
            Column("checked_in_at", "Checked in at", "Arrivée", "datetime", 20),
            Column("signed", "Signed", "Signé", "bool", 8),
            *TRAVEL,
        ),
        "Attendance: one row per person, activity and day.",
        "Présences : une ligne par personne, activité et jour.",
    ),
    SheetSpec(
        "head_count",
        "Head counts",
        "Effectifs",
        (
            ID,
            Column("activity_uuid", "Activity ID", "Identifiant de l'activité", "ref", 34),
            Column("activity", "Activity", "Activité", "readable", 36),
            Column("day", "Day", "Jour", "date", 12),
            Column("total", "Total", "Total", "count", 8),
            Column("women", "Women", "Femmes", "count", 8),
            Column("youth", "Youth", "Jeunes", "count", 8),
            Column("note", "Note", "Note", "text", 30, _limit("head_count", "note")),
            *TRAVEL,
        ),
        "Head counts: unnamed attendees, per day or (day empty) for the whole activity.",
        "Effectifs : participants non nommés, par jour ou (jour vide) pour toute l'activité.",
    ),
    SheetSpec(
        "expected_person",
        "Expected",
        "Attendus",
        (
            ID,
            Column("activity_uuid", "Activity ID", "Identifiant de l'activité", "ref", 34),
            Column("activity", "Activity", "Activité", "readable", 36),
            Column("person_uuid", "Person ID", "Identifiant de la personne", "ref", 34),
            Column("person", "Person", "Personne", "readable", 28),
            *TRAVEL,
        ),
        "Expected: the persons invited to an activity (its expected list).",
        "Attendus : les personnes invitées à une activité (sa liste des attendus).",
        optional=True,
    ),
    SheetSpec(
        "badge",
        "Badges",
        "Badges",
        (
            ID,
            Column("person_uuid", "Person ID", "Identifiant de la personne", "ref", 34),
            Column("person", "Person", "Personne", "readable", 28),
            Column("token", "Badge code", "Code du badge", "text", 22, 24),
            Column("revoked", "Revoked", "Révoqué", "bool", 10),
            *TRAVEL,
        ),
        "Badges: the code of each badge's QR code and the person it names; a revoked badge "
        "checks nobody in.",
        "Badges : le code du QR de chaque badge et la personne qu'il désigne ; un badge "
        "révoqué n'enregistre personne.",
        optional=True,
    ),
    SheetSpec(
        "payment_list",
        "Payment lists",
        "États de paiement",
        (
            ID,
            Column("activity_uuid", "Activity ID", "Identifiant de l'activité", "ref", 34),
            Column("activity", "Activity", "Activité", "readable", 36),
            Column("status", "List status", "Statut de l'état", "text", 10, 16),
            Column("prepared_by", "Prepared by", "Établi par", "text", 20, 120),
            Column("approved_by", "Approved by", "Approuvé par", "text", 20, 120),
            Column("approved_on", "Approved on", "Approuvé le", "date", 12),
            Column("budget_line", "Budget line", "Ligne budgétaire", "text", 14, 60),
            Column("currency", "Currency", "Devise", "text", 8, 3),
            Column("total", "Total", "Total", "int", 12),
            Column("lines", "Lines (JSON)", "Lignes (JSON)", "text", 40, EXCEL_MAX_TEXT),
            Column("part", "Part", "Partie", "count", 8),
            Column("parts", "Parts", "Parties", "count", 8),
            *TRAVEL,
        ),
        "Payment lists: each approved payment list, frozen; its lines (persons, days, amounts, "
        "channel and number) in one cell.",
        "États de paiement : chaque état approuvé, figé ; ses lignes (personnes, jours, "
        "montants, canal et numéro) dans une cellule.",
        optional=True,
    ),
)
# A project's results framework (docs/indicators.md), read by the offices.
_FRAMEWORK_SHEETS: tuple[SheetSpec, ...] = (
    SheetSpec(
        "project",
        "Projects",
        "Projets",
        (
            ID,
            Column("code", "Code", "Code", "text", 14, 60),
            Column("name", "Name", "Nom", "text", 40, 200),
            Column("donor", "Donor", "Bailleur", "text", 24, 200),
            Column("start_date", "Start date", "Date de début", "date", 12),
            Column("end_date", "End date", "Date de fin", "date", 12),
            Column("offices", "Offices", "Bureaux", "words", 20),
            Column("currency", "Currency", "Monnaie", "text", 8, 3),
            *TRAVEL,
        ),
        "Projects: each activity's project code names one of them.",
        "Projets : le code projet de chaque activité en désigne un.",
        optional=True,
    ),
    SheetSpec(
        "age_band_set",
        "Age bands",
        "Tranches d'âge",
        (
            ID,
            Column("code", "Code", "Code", "text", 12, 40),
            Column("name", "Name", "Nom", "text", 28, 120),
            Column("bands", "Bands", "Tranches", "bands", 30),
            *TRAVEL,
        ),
        "Age bands: the named sets of age bands indicators are disaggregated by.",
        "Tranches d'âge : les jeux nommés de tranches d'âge qui désagrègent les indicateurs.",
        optional=True,
    ),
    SheetSpec(
        "indicator",
        "Indicators",
        "Indicateurs",
        (
            ID,
            Column("project_uuid", "Project ID", "Identifiant du projet", "ref", 34),
            Column("code", "Code", "Code", "text", 8, 40),
            Column("name", "Name", "Nom", "text", 40, 300),
            Column("measure", "Measure", "Mesure", "text", 16, 32),
            Column("filters", "Filters", "Filtres", "filters", 24),
            Column("disaggregations", "Disaggregations", "Désagrégations", "words", 24),
            Column("sort_order", "Order", "Ordre", "count", 8),
            Column(
                "series_percent",
                "Series: share of days (%)",
                "Série : part des jours (%)",
                "percent",
                10,
                optional=True,
            ),
            *TRAVEL,
        ),
        "Indicators: a project's indicators, each a measure of the counting rules.",
        "Indicateurs : les indicateurs d'un projet, chacun une mesure des règles de comptage.",
        optional=True,
    ),
    SheetSpec(
        "target",
        "Targets",
        "Cibles",
        (
            ID,
            Column("indicator_uuid", "Indicator ID", "Identifiant de l'indicateur", "ref", 34),
            Column("period", "Period", "Période", "text", 10, 16),
            Column("office", "Office", "Bureau", "text", 10, 16),
            Column("disaggregation", "For", "Pour", "text", 14, 80),
            Column("value", "Target", "Cible", "decimal", 10),
            *TRAVEL,
        ),
        "Targets: an indicator's target per period, office and value.",
        "Cibles : la cible d'un indicateur par période, bureau et valeur.",
        optional=True,
    ),
)
SHEETS = SHEETS + _FRAMEWORK_SHEETS
SHEETS_BY_TYPE = {sheet.type_name: sheet for sheet in SHEETS}

MANIFEST = ("Manifest", "Manifeste")
README = ("Read me", "Lisez-moi")
MANIFEST_KEYS = (
    # key, English, French
    ("format", "Format", "Format"),
    ("format_version", "Format version", "Version du format"),
    ("program_version", "Program version", "Version du programme"),
    ("site", "Site", "Site"),
    ("site_name", "Site name", "Nom du site"),
    ("site_id", "Installation that wrote it", "Installation qui l'a écrit"),
    ("export_id", "Export ID", "Identifiant de l'export"),
    ("exported_at", "Exported at (UTC)", "Exporté le (UTC)"),
    ("mode", "Mode (changes or full)", "Mode (changes : modifications, full : tout)"),
    ("language", "Language", "Langue"),
)

_CONTINUED = re.compile(r"^(.*?)(?:\s*\(?\s*(\d+)\s*\)?)?$")


def sheet_kind(sheet_name: str) -> str | None:
    """The record type of a sheet named in either language, continuation sheets included;
    "manifest" and "readme" for those two; None for a sheet we do not know."""
    match = _CONTINUED.match(sheet_name.strip())
    base = normalise(match.group(1) if match else sheet_name)
    for sheet in SHEETS:
        if base in (normalise(sheet.en), normalise(sheet.fr)):
            return sheet.type_name
    if base in (normalise(n) for n in MANIFEST):
        return "manifest"
    if base in (normalise(n) for n in README):
        return "readme"
    return None


def continuation_name(base: str, number: int) -> str:
    return base if number == 1 else f"{base} {number}"


def default_language() -> str:
    """The user's language from the environment (LC_ALL, LC_MESSAGES, LANG): "fr" or "en"."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def field_label(type_name: str, key: str, language: str) -> str:
    """A record's field as the workbook's column names it: "Birth year", "Année de naissance"
    (organisation_id, person_uuid, partner_uuids... by the column of the record they name)."""
    for suffix in ("_id", "_uuid", "_uuids"):
        if key.endswith(suffix):
            key = {"partner": "partners"}.get(key.removesuffix(suffix), key.removesuffix(suffix))
    sheet = SHEETS_BY_TYPE.get(type_name)
    columns = sheet.columns if sheet else ()
    return next((c.header(language) for c in columns if c.key == key), key)
