"""What an indicator may be: a measure of the counting rules (activities/counting_rules.py),
filters and disaggregations, checked before they are stored. Never SQL typed by a user.

Measures (each on the rules' standings, plus what head counts add, as in the reports):
- unique_persons: participants, each person once over the period (head-count attendees once
  per activity, as in the reports);
- participations: participants per activity (person x activity), with head counts;
- person_days: the PERSON_DAYS rule;
- activities_held: activities with the status held;
- completed: persons who met the completion rule in at least one activity (COMPLETION);
- share_women: unique women / unique persons, in %;
- share_youth: young participations / participations, in % (youth is an age at an activity);
- series: persons present on at least N % of the days of the series, the activities of the
  cell (a kind or a tag, within the period, office and filters), each person once.

Without a role filter the persons counted are the participants (the facilitation team is
counted apart, as in the reports); a role filter counts those who held one of its roles on a
day instead, their days in those roles only ("facilitators trained").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.records.ages import age_on, band_limits
from desktop_app.records.tag_text import tag_key
from desktop_app.vocabularies import attendance_roles

CONTEXT = "Indicators"

MEASURES: dict[str, str] = {
    "unique_persons": QT_TRANSLATE_NOOP("Indicators", "Unique persons"),
    "participations": QT_TRANSLATE_NOOP("Indicators", "Participations"),
    "person_days": QT_TRANSLATE_NOOP("Indicators", "Person-days"),
    "activities_held": QT_TRANSLATE_NOOP("Indicators", "Activities held"),
    "completed": QT_TRANSLATE_NOOP("Indicators", "Persons who completed an activity"),
    "share_women": QT_TRANSLATE_NOOP("Indicators", "Share of women (%)"),
    "share_youth": QT_TRANSLATE_NOOP("Indicators", "Share of youth (%)"),
    "series": QT_TRANSLATE_NOOP("Indicators", "Persons who completed a series"),
}
SHARES = ("share_women", "share_youth")
PERSON_MEASURES = ("unique_persons", "completed", "share_women", "series")  # each person once
FILTERS = ("kind", "category", "country", "office", "tag", "role")
DIMENSIONS = ("sex", "age", "category", "region", "office", "disability")
# The status from the Washington Group questions (disability/questions.py); offered only when
# the setting `record_disability` is on.
DISABILITY = "disability"
AGE_PREFIX = "age:"
UNKNOWN = "unknown"  # the value of a person whose age, sex, category or region is not known
UNNAMED = "unnamed"  # head-count attendees, in the disaggregations that cannot place them


def _error(text: str, **params: object) -> RegistreError:
    return RegistreError(UserMessage(CONTEXT, text, dict(params)))


def check_measure(measure: str) -> str:
    if measure not in MEASURES:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Indicators", "There is no measure called {measure}; measures: {all}."
            ),
            measure=measure,
            all=", ".join(MEASURES),
        )
    return measure


def check_filters(filters: Mapping[str, Sequence[str]]) -> dict[str, list[str]]:
    clean: dict[str, list[str]] = {}
    for key, values in filters.items():
        if key not in FILTERS:
            raise _error(
                QT_TRANSLATE_NOOP("Indicators", "There is no filter called {key}; filters: {all}."),
                key=key,
                all=", ".join(FILTERS),
            )
        kept = sorted({v.strip() for v in values if v.strip()})
        if key == "tag":  # one tag whatever its case and accents
            kept = sorted({tag_key(v): v for v in kept if tag_key(v)}.values(), key=tag_key)
        if key == "role":
            roles = [term.code for term in attendance_roles()]
            unknown = [v for v in kept if v not in roles]
            if unknown:
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "Indicators", "There is no role called {role}; roles: {all}."
                    ),
                    role=unknown[0],
                    all=", ".join(roles),
                )
        if kept:
            clean[key] = [v.upper() if key == "country" else v for v in kept]
    return clean


def check_series(
    measure: str, filters: Mapping[str, Sequence[str]], percent: int | None
) -> int | None:
    """The share of the series' days an indicator of persons who completed a series asks
    for (None for any other measure); a series is the activities of a kind or a tag."""
    if measure != "series":
        return None
    if percent is None or not 1 <= percent <= 100:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Indicators",
                "Persons who completed a series: give the share of the series' days they must"
                " attend, a percentage from 1 to 100 (for example 75).",
            )
        )
    if not filters.get("kind") and not filters.get("tag"):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Indicators",
                "A series is the activities of a kind or a tag: give a kind or a tag filter"
                " (for example tag=cohort-2022).",
            )
        )
    return percent


def check_role_filter(measure: str, filters: Mapping[str, Sequence[str]]) -> None:
    if measure == "activities_held" and filters.get("role"):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Indicators", "Activities held are counted whoever came: they take no role filter."
            )
        )


def check_disaggregations(
    measure: str,
    names: Sequence[str],
    age_sets: Sequence[str],
    *,
    with_disability: bool = False,
) -> list[str]:
    """The disaggregations in order, without repeats; `age_sets` the known age band set codes;
    `with_disability`: the disability questions are recorded (the setting)."""
    clean: list[str] = []
    for name in (n.strip() for n in names):
        if not name or name in clean:
            continue
        dimension = name.split(":", 1)[0]
        if dimension not in DIMENSIONS or (dimension == "age") != name.startswith(AGE_PREFIX):
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Indicators",
                    "There is no disaggregation called {name}; disaggregations: sex,"
                    " age:SET (an age band set), category, region, office, disability (when the"
                    " disability questions are recorded).",
                ),
                name=name,
            )
        if dimension == DISABILITY and not with_disability:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Indicators",
                    "The disaggregation by disability status is offered once the disability"
                    " questions are recorded (Settings).",
                )
            )
        if dimension == "age" and name.removeprefix(AGE_PREFIX) not in age_sets:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Indicators", "There is no age band set {code}; age band sets: {all}."
                ),
                code=name.removeprefix(AGE_PREFIX),
                all=", ".join(age_sets) or "-",
            )
        clean.append(name)
    if clean and measure in SHARES:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Indicators",
                "A share is not disaggregated: it is a part of a whole already. Define the count"
                " (unique persons, participations) with its disaggregations instead.",
            )
        )
    if clean and measure == "activities_held" and any(n != "office" for n in clean):
        raise _error(
            QT_TRANSLATE_NOOP("Indicators", "Activities held can be disaggregated by office only.")
        )
    return clean


# Age band sets --------------------------------------------------------------------------------

Band = tuple[int, int | None]


@dataclass(frozen=True)
class AgeBands:
    """A named set of bands, lowest first, that do not overlap."""

    code: str
    name: str
    bands: tuple[Band, ...]

    def labels(self) -> tuple[str, ...]:
        return (*(band_label(band) for band in self.bands), UNKNOWN)

    def band_of(
        self,
        birth_year: int | None,
        birth_date: object,
        age_band: str | None,
        on: object,
        *,
        exact_age: int | None = None,
    ) -> str:
        """The band of someone at the date `on`: the exact age with a date of birth (or
        `exact_age`, worked out from it by the server), the year rule with a birth year
        (records/ages.py), else the person's own band when it lies within one band of the set;
        "unknown" otherwise."""
        age = exact_age if exact_age is not None else age_on(birth_date, birth_year, on)  # type: ignore[arg-type]
        if age is not None:
            for band in self.bands:
                if band[0] <= age and (band[1] is None or age <= band[1]):
                    return band_label(band)
            return UNKNOWN
        limits = band_limits(age_band)
        if limits is not None:
            lower, upper = limits
            for band in self.bands:
                fits_upper = band[1] is None or (upper is not None and upper <= band[1])
                if band[0] <= lower and fits_upper:
                    return band_label(band)
        return UNKNOWN


def band_label(band: Band) -> str:
    return f"{band[0]}+" if band[1] is None else f"{band[0]}-{band[1]}"


def parse_bands(text: str) -> tuple[Band, ...]:
    """ "15-24, 25-34, 35+" as bands; a clear RegistreError when they are not bands in order
    without overlap."""
    bands: list[Band] = []
    for part in (p.strip() for p in text.replace(";", ",").split(",")):
        limits = band_limits("".join(part.split()))
        if limits is None:
            raise _error(
                QT_TRANSLATE_NOOP("Indicators", "{part} is not an age band: write 15-24 or 60+."),
                part=part,
            )
        if bands and (bands[-1][1] is None or limits[0] <= bands[-1][1]):
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Indicators", "The age bands must follow one another without overlapping."
                )
            )
        bands.append(limits)
    if not bands:
        raise _error(QT_TRANSLATE_NOOP("Indicators", "An age band set needs at least one band."))
    return tuple(bands)


def youth_bands(threshold: int) -> tuple[Band, ...]:
    """The youth threshold as bands ("0-29, 30+" for 30)."""
    return ((0, threshold - 1), (threshold, None))
