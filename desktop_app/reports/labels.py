"""Words printed in reports and sign-in sheets, in French and English, and the vocabulary's
labels for the window and the command line too (`kind_name`, `role_name`, `category_name`).

A report or a sheet is written in the language its reader asks for (`--language`, or a choice in
the report view), whatever the language of the window, so these labels are plain data keyed by
language rather than Qt translations. The sign-in sheet headers are also a contract: the sheet
import recognises exactly these words. Free of Qt and of SQLAlchemy (`registre --help` loads
the command line's output module, which uses this one).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from desktop_app.vocabularies import Term, activity_kinds, attendance_roles, person_categories

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS_FR = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
)

SIGNIN_HEADERS: dict[str, tuple[str, ...]] = {
    "fr": (
        "N°",
        "Nom",
        "Prénom(s)",
        "Sexe",
        "Structure",
        "Fonction",
        "Téléphone",
        "E-mail",
        "Signature",
    ),
    "en": (
        "No.",
        "Family name",
        "Given names",
        "Sex",
        "Organisation",
        "Position",
        "Phone",
        "E-mail",
        "Signature",
    ),
}

_LABELS: dict[str, tuple[str, str]] = {
    # key: (English, French)
    "activity": ("Activity", "Activité"),
    "activities": ("Activities", "Activités"),
    "activity_report": ("Activity report", "Rapport d'activité"),
    "period_report": ("Period report", "Rapport de période"),
    "signin_sheet": ("Sign-in sheet", "Feuille d'émargement"),
    "title": ("Title", "Titre"),
    "kind": ("Kind", "Type"),
    "status": ("Status", "Statut"),
    "date": ("Date", "Date"),
    "dates": ("Dates", "Dates"),
    "first_day": ("First day", "Premier jour"),
    "last_day": ("Last day", "Dernier jour"),
    "period_start": ("From", "Du"),
    "period_end": ("To", "Au"),
    "day": ("Day", "Jour"),
    "place": ("Place", "Lieu"),
    "country": ("Country", "Pays"),
    "office": ("Office", "Bureau"),
    "project": ("Project", "Projet"),
    "organisers": ("Organisers", "Organisateurs"),
    "partners": ("Partners", "Partenaires"),
    "participants": ("Participants", "Participants"),
    "women": ("Women", "Femmes"),
    "men": ("Men", "Hommes"),
    "sex_unknown": ("Sex not stated", "Sexe non précisé"),
    "youth": ("Youth", "Jeunes"),
    "youth_share": ("Youth share", "Part des jeunes"),
    "age_unknown": ("Age unknown", "Âge inconnu"),
    "age_from_year_only": (
        "Age from the birth year only",
        "Âge d'après la seule année de naissance",
    ),
    "person_days": ("Person-days", "Personnes-jours"),
    "completion": ("Completed", "Assiduité atteinte"),
    "arrivals": ("Arrivals per quarter hour", "Arrivées par quart d'heure"),
    "late_after": ("late after {time}: {count}", "en retard après {time}\u202f: {count}"),
    "untimed": ("without a time: {count}", "sans heure\u202f: {count}"),
    "checked_in": ("Checked in", "Arrivées"),
    "team": ("Facilitation team", "Équipe d'animation"),
    "team_size": ("Team", "Équipe"),
    "role": ("Role", "Rôle"),
    "name": ("Name", "Nom"),
    "organisation": ("Organisation", "Structure"),
    "category": ("Category", "Catégorie"),
    "region": ("Region", "Région"),
    "month": ("Month", "Mois"),
    "unnamed": ("Head counts (unnamed)", "Comptages (sans nom)"),
    "head_counts": ("Head counts", "Comptages"),
    "note": ("Note", "Note"),
    "total": ("Total", "Total"),
    "not_stated": ("Not stated", "Non précisé"),
    "unique_persons": ("Unique persons", "Personnes distinctes"),
    "participations": (
        "Participations (person x activity)",
        "Participations (personne x activité)",
    ),
    "summary": ("Summary", "Synthèse"),
    "by_day": ("By day", "Par jour"),
    "sex_by_month": ("Participants by sex, by month", "Participants par sexe, par mois"),
    "named": ("Named", "Nommés"),
    "by_sex": ("By sex", "Par sexe"),
    "by_youth": ("By age", "Par âge"),
    "by_month": ("By month", "Par mois"),
    "by_country": ("By country", "Par pays"),
    "by_kind": ("By kind", "Par type"),
    "by_category": ("By category", "Par catégorie"),
    "by_region": ("By region", "Par région"),
    "annex_names": ("Annex: list of names", "Annexe\u202f: liste nominative"),
    "names": ("List of names", "Liste nominative"),
    "signed": ("Signed", "Signé"),
    "days_signed": ("Days signed", "Jours signés"),
    "days_present": ("Days present", "Jours de présence"),
    "yes": ("yes", "oui"),
    "no": ("no", "non"),
    "filters": ("Filters", "Filtres"),
    "all": ("all", "tous"),
    "from_to": ("{start} to {end}", "du {start} au {end}"),
    "under": ("under {age}", "moins de {age} ans"),
    "page": ("Page {page} of {pages}", "Page {page} sur {pages}"),
    "generated": ("Printed on {date}", "Imprimé le {date}"),
    "no_activities": ("No activity in this period.", "Aucune activité sur cette période."),
    "no_names": (
        "No names were recorded for this activity (head counts only).",
        "Aucun nom n'a été enregistré pour cette activité (comptages seulement).",
    ),
    "narrative": ("Summary line", "Phrase de synthèse"),
    "not_youth": ("{age} and over", "{age} ans et plus"),
    "objectives": ("Objectives", "Objectifs"),
    "topics": ("Topics", "Thèmes abordés"),
    "outcomes": ("Outcomes and recommendations", "Résultats et recommandations"),
    "follow_up": ("Follow-up", "Suivi"),
}


def is_french(language: str) -> bool:
    return language.lower().startswith("fr")


def label(key: str, language: str, **values: object) -> str:
    english, french = _LABELS[key]
    text = french if is_french(language) else english
    return text.format(**values) if values else text


def format_date(day: dt.date, language: str) -> str:
    """05/12/2022 in French, 5 Dec 2022 in English (docs/domain.md)."""
    if is_french(language):
        return day.strftime("%d/%m/%Y")
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def format_month(day: dt.date, language: str) -> str:
    """The month of `day`: "déc. 2022" in French, "Dec 2022" in English."""
    names = _MONTHS_FR if is_french(language) else _MONTHS_EN
    return f"{names[day.month - 1]} {day.year}"


def format_range(start: dt.date, end: dt.date, language: str) -> str:
    if start == end:
        return format_date(start, language)
    return label(
        "from_to", language, start=format_date(start, language), end=format_date(end, language)
    )


def _name(
    terms: Iterable[Term], code: str | None, language: str, *, capitalised: bool = False
) -> str:
    """The vocabulary's label of `code` ("" for no code, the code itself when unknown)."""
    for term in terms if code else ():
        if term.code == code:
            text = term.label(language)
            return text[:1].upper() + text[1:] if capitalised else text
    return code or ""


def kind_name(code: str | None, language: str) -> str:
    """An activity kind as a sentence or a list says it: "atelier", "field visit"."""
    return _name(activity_kinds(), code, language)


def role_name(code: str | None, language: str) -> str:
    """An attendance role as a sentence or a list says it: "animateur", "facilitator"."""
    return _name(attendance_roles(), code, language)


def category_name(code: str | None, language: str) -> str:
    """A person's category: "Parlement", "Civil society" ("" when not stated)."""
    return _name(person_categories(), code, language)


def kind_label(code: str, language: str) -> str:
    """The kind as a table shows it: "Atelier", "Field visit"."""
    return _name(activity_kinds(), code, language, capitalised=True)


def category_label(code: str | None, language: str) -> str:
    """A category as a report's table shows it, "Not stated" and head counts included."""
    if code is None:
        return label("not_stated", language)
    if code == "(unnamed)":  # report_data.UNNAMED: head-count attendees
        return label("unnamed", language)
    return category_name(code, language)


def role_label(code: str, language: str) -> str:
    return _name(attendance_roles(), code, language, capitalised=True)


def sex_label(sex: str | None) -> str:
    """F or M in both languages (Masculin / Male), what sign-in sheets write and imports read."""
    return sex if sex in ("F", "M") else ""
