"""The six activities of the field newsletter (Dec 2022 - Jan 2023) as demonstration data.

Figures from the newsletter are kept exactly; where it gives none (the restitution in Niamey, the
EID forum) plausible ones were chosen. Names of participants are made up.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class TeamMember:
    family_name: str
    given_names: str
    sex: str
    role: str
    organisation: str
    day: dt.date | None = None  # None: every day of the activity


@dataclass(frozen=True)
class HeadCountPlan:
    total: int
    women: int | None
    youth: int | None
    note: str


@dataclass(frozen=True)
class ActivityPlan:
    key: str
    title: str
    kind: str
    start: dt.date
    end: dt.date
    country: str
    city: str
    venue: str
    office: str
    partners: tuple[str, ...]
    objectives: str
    participants: int  # named + head count, as reported
    women: int
    youth: int  # among named participants
    age_unknown: int  # among named participants
    categories: tuple[str, ...]
    organisations: tuple[str, ...]
    missing_one_day: int = 0  # named participants absent on one day
    team: tuple[TeamMember, ...] = ()
    head_count: HeadCountPlan | None = None
    shared_from: tuple[str, int] | None = None  # (activity key, persons who came to both)


CNDH = "Commission nationale des droits de l'homme (CNDH)"
MEDIATOR = "Médiateur de la République du Mali"
CDS = "Commission de la défense et de la sécurité (CDS)"
GOVERNORATE = "Gouvernorat du District de Bamako"
EMP = "École de maintien de la paix Alioune Blondin Bèye"
DCAF = "DCAF"

PLANS: tuple[ActivityPlan, ...] = (
    ActivityPlan(
        key="restitution-niamey",
        title="Restitution de l'évaluation de la gestion des ressources du secteur de la sécurité",
        kind="restitution",
        start=dt.date(2022, 12, 5),
        end=dt.date(2022, 12, 5),
        country="NE",
        city="Niamey",
        venue="Assemblée nationale",
        office="NE-NIA",
        partners=(CDS,),
        objectives="Restituer le rapport diagnostic sur la gestion des ressources du secteur de "
        "la sécurité et ouvrir un dialogue politique sur ses recommandations.",
        participants=35,
        women=11,
        youth=5,
        age_unknown=2,
        categories=("parliament", "oversight", "civil_society", "fds", "government"),
        organisations=(
            "Assemblée nationale du Niger",
            "Cour des comptes du Niger",
            "Forces armées nigériennes",
            "Réseau des OSC pour la gouvernance",
            "Ministère des Finances du Niger",
        ),
        team=(TeamMember("PADONOU", "Oswald", "M", "expert", DCAF),),
    ),
    ActivityPlan(
        key="media-training-bamako",
        title="Formation des médias sur le Guide de reportage sur le secteur de la sécurité",
        kind="training",
        start=dt.date(2022, 12, 5),
        end=dt.date(2022, 12, 7),
        country="ML",
        city="Bamako",
        venue="École de maintien de la paix",
        office="ML-BKO",
        partners=(EMP,),
        objectives="Familiariser les journalistes avec la gouvernance du secteur de la sécurité "
        "à l'aide de la boîte à outils de DCAF pour le reportage.",
        participants=22,
        women=9,
        youth=7,
        age_unknown=0,
        categories=("media",),
        organisations=(
            "ORTM",
            "Radio Klédu",
            "L'Essor",
            "Le Républicain",
            "Studio Tamani",
            "Radio Guintan",
        ),
        missing_one_day=3,
        team=(
            TeamMember("CHAPPUIS", "Fairlie", "F", "expert", DCAF),
            TeamMember("KONATÉ", "Souleymane", "M", "facilitator", "Maison de la presse"),
            TeamMember("DIARRA", "Assétou", "F", "facilitator", "Maison de la presse"),
        ),
    ),
    ActivityPlan(
        key="symposium-cndh",
        title="14e édition du Colloque national sur les droits de l'homme",
        kind="symposium",
        start=dt.date(2022, 12, 7),
        end=dt.date(2022, 12, 8),
        country="ML",
        city="Bamako",
        venue="Centre international de conférences de Bamako",
        office="ML-BKO",
        partners=(CNDH,),
        objectives="Faire le point sur la situation des droits de l'homme au Mali dans un "
        "contexte de crise sécuritaire.",
        participants=151,
        women=51,
        youth=0,
        age_unknown=0,
        categories=(),
        organisations=(),
        team=(
            TeamMember(
                "GUIDIMEY",
                "Célestin",
                "M",
                "moderator",
                "Forces armées béninoises",
                dt.date(2022, 12, 8),
            ),
        ),
        head_count=HeadCountPlan(151, 51, None, "Participants au colloque (liste CNDH)"),
    ),
    ActivityPlan(
        key="eid-forum",
        title="Espace d'Interpellation Démocratique (EID) 2022",
        kind="forum",
        start=dt.date(2022, 12, 10),
        end=dt.date(2022, 12, 10),
        country="ML",
        city="Bamako",
        venue="Centre international de conférences de Bamako",
        office="ML-BKO",
        partners=(MEDIATOR,),
        objectives="Permettre aux citoyens des régions éloignées d'interpeller le gouvernement "
        "sur la défense et la sécurité.",
        participants=200,
        women=68,
        youth=3,
        age_unknown=1,
        categories=("civil_society", "traditional", "local_authority"),
        organisations=(
            "Coordination des associations de Kidal",
            "Association des jeunes de Ménaka",
            "Conseil communal de Tombouctou",
        ),
        head_count=HeadCountPlan(186, 62, None, "Public de la séance (comptage à l'entrée)"),
        shared_from=("media-training-bamako", 2),
    ),
    ActivityPlan(
        key="ccs-bamako",
        title="3e réunion du Comité consultatif de sécurité (CCS) du District de Bamako",
        kind="meeting",
        start=dt.date(2022, 12, 14),
        end=dt.date(2022, 12, 14),
        country="ML",
        city="Bamako",
        venue="Gouvernorat du District de Bamako",
        office="ML-BKO",
        partners=(GOVERNORATE,),
        objectives="Prolifération des armes légères et de petit calibre ; suivi des "
        "recommandations ; situation sécuritaire du District.",
        participants=88,
        women=23,
        youth=18,
        age_unknown=0,
        categories=("local_authority", "fds", "traditional", "civil_society", "government"),
        organisations=(
            "Mairie de la Commune III",
            "Police nationale",
            "Chefferie de quartier de Bamako",
            "Conseil national de la jeunesse",
            "Gouvernorat du District de Bamako",
        ),
    ),
    ActivityPlan(
        key="seminar-mediation",
        title="Séminaire sur la médiation institutionnelle et la médiation communautaire",
        kind="seminar",
        start=dt.date(2023, 1, 17),
        end=dt.date(2023, 1, 18),
        country="ML",
        city="Bamako",
        venue="Siège du Médiateur de la République",
        office="ML-BKO",
        partners=(MEDIATOR,),
        objectives="Rapprocher la médiation institutionnelle et la médiation communautaire "
        "pour prévenir les conflits.",
        participants=68,
        women=14,
        youth=9,
        age_unknown=4,
        categories=("oversight", "traditional", "civil_society"),
        organisations=(
            "Délégation régionale du Médiateur",
            "Médiateurs traditionnels de Ségou",
            "Plateforme des OSC pour la paix",
        ),
        missing_one_day=8,
        team=(
            TeamMember("SANOGO", "Mariam", "F", "organiser", DCAF),
            TeamMember("TOURÉ", "Baba", "M", "facilitator", MEDIATOR),
        ),
        shared_from=("ccs-bamako", 6),
    ),
)

# The activities' tags, as an office would type them (activities/tags.py).
TAGS: dict[str, tuple[str, ...]] = {
    "restitution-niamey": ("RSS", "gouvernance"),
    "media-training-bamako": ("médias", "RSS"),
    "symposium-cndh": ("droits humains",),
    "eid-forum": ("droits humains", "redevabilité"),
    "ccs-bamako": ("CCS", "sécurité communautaire"),
    "seminar-mediation": ("médiation",),
}

FAMILY_NAMES = (
    "MAÏGA",
    "TRAORÉ",
    "COULIBALY",
    "KEÏTA",
    "SISSOKO",
    "CISSÉ",
    "DEMBÉLÉ",
    "SANGARÉ",
    "DIALLO",
    "SIDIBÉ",
    "KANTÉ",
    "DOUMBIA",
    "OUATTARA",
    "GUINDO",
    "DICKO",
    "HAÏDARA",
    "SAMAKÉ",
    "TANGARA",
    "BAGAYOKO",
    "KONÉ",
    "BERTHÉ",
    "DOUCOURÉ",
    "FOFANA",
    "BALLO",
    "MARIKO",
    "ISSOUFOU",
    "MOUSSA",
    "HAMANI",
    "MAHAMADOU",
    "OUMAROU",
    "BOUBACAR",
    "SEYNI",
    "GARBA",
    "SALIFOU",
    "HASSANE",
    "ADAMOU",
    "IDRISSA",
    "SOULEY",
    "ZAKARI",
    "ABDOU",
    "KANTA",
    "ALZOUMA",
    "YACOUBA",
    "DJIBO",
)
WOMEN_NAMES = (
    "Aminata",
    "Fatoumata",
    "Mariam",
    "Kadiatou",
    "Awa",
    "Oumou",
    "Hawa",
    "Rokia",
    "Djénéba",
    "Salamatou",
    "Zeinabou",
    "Hadiza",
    "Rakiatou",
    "Mariama",
    "Aïssa",
    "Bintou",
    "Nafissatou",
    "Ramatou",
    "Safiatou",
    "Fanta",
    "Korotoumou",
    "Habibatou",
)
MEN_NAMES = (
    "Moussa",
    "Ibrahim",
    "Oumar",
    "Boubacar",
    "Seydou",
    "Mamadou",
    "Abdoulaye",
    "Adama",
    "Bakary",
    "Issa",
    "Yacouba",
    "Hamidou",
    "Amadou",
    "Ousmane",
    "Modibo",
    "Sidi",
    "Lassana",
    "Mahamane",
    "Abdourahamane",
    "Hama",
    "Salif",
    "Drissa",
    "Cheick Oumar",
    "Aliou",
)
