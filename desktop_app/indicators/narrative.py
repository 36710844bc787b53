"""The narrative line of an indicator, in French or English, as a donor report writes it:

    Au 4e trimestre 2022, 556 personnes ont été formées, dont 31 % de femmes, soit 74 % de la
    cible annuelle.
    As of the 4th quarter of 2022, 556 persons were trained, 31% of them women: 74% of the
    annual target.

Report text, like reports/narrative.py: built by grammar in plain Python, both languages side
by side, never through Qt's translator. The figures are those of the year to date of the period
named (or of the period itself for a year or the project's life), against that year's target.
"""

from __future__ import annotations

from desktop_app.indicators.definitions import SHARES
from desktop_app.indicators.periods import Period
from desktop_app.indicators.progress import Cell
from desktop_app.reports.narrative import NARROW_NBSP, format_count, format_percent

_MONTHS_FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_TRAINING = {"training"}


def _when(period: Period, language: str) -> str:
    fr = language.startswith("fr")
    if period.kind == "quarter" and period.quarter and period.start:
        q = period.quarter
        if fr:
            return f"Au {q}{'er' if q == 1 else 'e'} trimestre {period.start.year}"
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(q, "th")
        return f"As of the {q}{suffix} quarter of {period.start.year}"
    if period.kind == "month" and period.start:
        if fr:
            return f"À fin {_MONTHS_FR[period.start.month - 1]} {period.start.year}"
        return f"As of the end of {_MONTHS_EN[period.start.month - 1]} {period.start.year}"
    if period.kind == "year" and period.start:
        return f"En {period.start.year}" if fr else f"In {period.start.year}"
    return "Depuis le début du projet" if fr else "Since the project began"


def _plural(n: int, one: str, many: str) -> str:
    return one if n == 1 else many


# What a count is, one and many, in each language (unique persons: see _persons).
_NOUNS = {
    "participations": (
        ("participation a été comptée", "participations ont été comptées"),
        ("participation was counted", "participations were counted"),
    ),
    "person_days": (
        ("personne-jour a été comptée", "personnes-jours ont été comptées"),
        ("person-day was counted", "person-days were counted"),
    ),
    "activities_held": (
        ("activité a été tenue", "activités ont été tenues"),
        ("activity was held", "activities were held"),
    ),
    "completed": (
        ("personne a achevé une activité", "personnes ont achevé une activité"),
        ("person completed an activity", "persons completed an activity"),
    ),
    "series": (
        ("personne a suivi la série", "personnes ont suivi la série"),
        ("person completed the series", "persons completed the series"),
    ),
}


def _persons(trained: bool, n: int, fr: bool) -> str:
    if fr:
        verb = "été formée" if trained else "pris part aux activités"
        return f"{_plural(n, 'personne a', 'personnes ont')} {verb}"
    verb = "trained" if trained else "took part"
    return (
        _plural(n, "person ", "persons ") + (_plural(n, "was ", "were ") if trained else "") + verb
    )


def _what(cell: Cell, n: int, language: str) -> str:
    measure = cell.indicator.measure
    kinds = set(cell.indicator.filters.get("kind", ()))
    fr = language.startswith("fr")
    count = format_count(n, language)
    if measure == "unique_persons":
        text = _persons(bool(kinds) and kinds <= _TRAINING, n, fr)
        if fr and n > 1:
            text = text.replace("formée", "formées")
        return f"{count} {text}"
    one, many = _NOUNS[measure][0 if fr else 1]
    return f"{count} {_plural(n, one, many)}"


def _target_name(period: Period, language: str) -> str:
    names = {
        "year": ("de la cible annuelle", "of the annual target"),
        "quarter": ("de la cible du trimestre", "of the quarter's target"),
        "month": ("de la cible du mois", "of the month's target"),
        "life": ("de la cible du projet", "of the project's target"),
    }[period.kind]
    return names[0] if language.startswith("fr") else names[1]


def _percent_text(value: float, language: str) -> str:
    rounded = int(value + 0.5)
    return f"{rounded}{NARROW_NBSP}%" if language.startswith("fr") else f"{rounded}%"


def indicator_narrative(cell: Cell, named: Period, language: str) -> str:
    """The sentence of one indicator's `cell` (the year to date), said as of `named`."""
    fr = language.startswith("fr")
    sentence = _when(named, language) + ", "
    actual = cell.actual
    if cell.indicator.measure in SHARES:
        who = "les femmes" if cell.indicator.measure == "share_women" else "les jeunes"
        whom = "des personnes" if cell.indicator.measure == "share_women" else "des participations"
        if actual.value is None:
            sentence += "aucune personne n'a été comptée" if fr else "nobody was counted"
        elif fr:
            share = _percent_text(actual.value, language)
            whole = format_count(actual.denominator, language)
            sentence += f"{who} représentaient {share} {whom} ({whole})"
        else:
            group = "women" if cell.indicator.measure == "share_women" else "young people"
            of = "persons" if cell.indicator.measure == "share_women" else "participations"
            share = _percent_text(actual.value, language)
            sentence += (
                f"{group} made up {share} of the {format_count(actual.denominator, language)} {of}"
            )
    else:
        n = int(actual.numerator)
        sentence += _what(cell, n, language)
        women = actual.breakdown.get("sex", {}).get("F")
        if (
            women is not None
            and n
            and cell.indicator.measure
            in ("unique_persons", "participations", "completed", "series")
        ):
            share = format_percent(women, n, language)
            sentence += f", dont {share} de femmes" if fr else f", {share} of them women"
    if cell.percent is not None:
        reached = _percent_text(cell.percent, language)
        sentence += f", soit {reached} " if fr else f": {reached} "
        sentence += _target_name(cell.period, language)
    return sentence + "."
