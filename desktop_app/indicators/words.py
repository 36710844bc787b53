"""Words of the progress documents (text, workbook, PDF) in French and English: report text,
written in the language the reader asks for, like reports/labels.py."""

from __future__ import annotations

import datetime as dt

from desktop_app.disability.questions import STATUSES
from desktop_app.indicators.definitions import AGE_PREFIX, DISABILITY, UNKNOWN, UNNAMED
from desktop_app.indicators.periods import Period
from desktop_app.reports.labels import category_name, format_date, is_french

_WORDS: dict[str, tuple[str, str]] = {
    # key: (English, French)
    "progress": ("Progress of the indicators", "Avancement des indicateurs"),
    "project": ("Project", "Projet"),
    "donor": ("Donor", "Bailleur"),
    "dates": ("Dates", "Dates"),
    "offices": ("Offices", "Bureaux"),
    "indicator": ("Indicator", "Indicateur"),
    "measure": ("Measure", "Mesure"),
    "period": ("Period", "Période"),
    "office": ("Office", "Bureau"),
    "all_offices": ("All offices", "Tous les bureaux"),
    "target": ("Target", "Cible"),
    "actual": ("Actual", "Réalisé"),
    "percent": ("% of target", "Taux de réalisation"),
    "light": ("Status", "État"),
    "breakdown": ("Disaggregated", "Désagrégé"),
    "narratives": ("In words", "En une phrase"),
    "table": ("Targets and actuals", "Cibles et réalisations"),
    "charts": ("Charts", "Graphiques"),
    "small_numbers": (
        "Figures from 1 to {n} are shown as \u201c< {threshold}\u201d.",
        "Les chiffres de 1 à {n} sont affichés «\u202f< {threshold}\u202f».",
    ),
    "green": ("on track", "en bonne voie"),
    "amber": ("behind", "en retard"),
    "red": ("far behind", "très en retard"),
    "none": ("no target", "sans cible"),
    "not_started": ("not started", "pas commencé"),
    "sex": ("Sex", "Sexe"),
    "category": ("Category", "Catégorie"),
    "region": ("Region", "Région"),
    "age": ("Age", "Âge"),
    DISABILITY: ("Disability status", "Situation de handicap"),
    "F": ("Women", "Femmes"),
    "M": ("Men", "Hommes"),
    UNKNOWN: ("not stated", "non précisé"),
    UNNAMED: ("unnamed (head counts)", "non nommés (comptages)"),
    "page": ("Page {page} of {pages}", "Page {page} sur {pages}"),
    "generated": ("Made by Registre on {date}", "Établi par Registre le {date}"),
    "life": ("Project life", "Durée du projet"),
    "year_to_date": ("Year to date", "Depuis le début de l'année"),
    "activity": ("Activity", "Activité"),
}

MEASURE_WORDS: dict[str, tuple[str, str]] = {
    "unique_persons": ("Unique persons", "Personnes distinctes"),
    "participations": ("Participations", "Participations"),
    "person_days": ("Person-days", "Personnes-jours"),
    "activities_held": ("Activities held", "Activités tenues"),
    "completed": ("Persons who completed an activity", "Personnes ayant achevé une activité"),
    "share_women": ("Share of women (%)", "Part des femmes (%)"),
    "share_youth": ("Share of youth (%)", "Part des jeunes (%)"),
}


def word(key: str, language: str, **values: object) -> str:
    english, french = _WORDS[key]
    text = french if is_french(language) else english
    return text.format(**values) if values else text


def measure_word(measure: str, language: str) -> str:
    english, french = MEASURE_WORDS[measure]
    return french if is_french(language) else english


def office_word(office: str | None, language: str) -> str:
    return office or word("all_offices", language)


def period_word(period: Period, language: str) -> str:
    """ "2022 T4" in French, "2022 Q4" in English; the month, year or project's life."""
    if period.kind == "quarter" and period.quarter and period.start:
        return f"{period.start.year} {'T' if is_french(language) else 'Q'}{period.quarter}"
    if period.kind == "life":
        return word("life", language)
    return period.code


def dimension_word(dimension: str, language: str) -> str:
    return word("age" if dimension.startswith(AGE_PREFIX) else dimension, language)


def value_word(dimension: str, value: str, language: str) -> str:
    """A disaggregation value as a reader reads it ("Femmes", "25-34", "Médias")."""
    if value in (UNKNOWN, UNNAMED):
        return word(value, language)
    if dimension == "sex":
        return word(value, language) if value in ("F", "M") else value
    if dimension == "category":
        return category_name(value, language)
    if dimension == DISABILITY and value in STATUSES:
        english, french = STATUSES[value]
        return french if is_french(language) else english
    return value


def dates_word(start: dt.date | None, end: dt.date | None, language: str) -> str:
    parts = [format_date(d, language) for d in (start, end) if d is not None]
    return " – ".join(parts) or "-"
