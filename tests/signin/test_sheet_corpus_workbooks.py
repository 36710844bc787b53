"""A corpus of sign-in sheets made the way partners and users make them (workbooks), each with
the counts a careful person gets by hand, checked through `import-sheet` then `report --format
json`. No mapping is given unless the test says which one a user would have to make.

Counting rules (docs/domain.md): participants are the persons with the role participant on some day;
the team (facilitator, expert, moderator, speaker, organiser, rapporteur, interpreter) is counted
apart, observers in neither; youth is the age at the activity's start under 30 (the dates of
birth here all fall before the activity's day in the year, so the exact age and the year's
difference agree); person-days are the participants present each day, summed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from corpus_run import Activity, Case, Counts, import_and_count
from corpus_workbooks import check_in_all, partner_workbook, printed_and_filled
from sheet_fixtures import write_ods

from desktop_app.registry.person_search import search_persons
from desktop_app.store import Database, open_database

D = dt.date
DEC5, DEC6, DEC7 = D(2022, 12, 5), D(2022, 12, 6), D(2022, 12, 7)
DEC12, DEC13, DEC14 = D(2022, 12, 12), D(2022, 12, 13), D(2022, 12, 14)
NIGER = ("RÉPUBLIQUE DU NIGER", "Fraternité – Travail – Progrès")


def restitution(folder: Path, _db: Database, _activity: int) -> Path:
    """Titles and a logo; "Qualité" holds the role beside "Fonction" (job titles); a total, a
    closing formula, the place and date, signatories with their names, a stamp."""
    rows = [
        ("N°", "Nom et Prénoms", "Sexe", "Âge", "Structure", "Fonction", "Qualité", "Téléphone",
         "Émargement"),
        (1, "GUIDIMEY Célestin", "M", 52, "CNDH", "Chargé de programme", "Expert",
         "96 12 34 56", "signé"),
        (2, "DIALLO Aïssata", "F", "27 ans", "Médiateur de la République", "Juriste",
         "Participante", "90 11 22 33", "signé"),
        (3, "ABDOU Moussa", "M", 41, "Gendarmerie nationale", "Commandant de brigade",
         "Participant", "91 55 66 77", "x"),
        (4, "HAMANI Fatouma", "F", 29, "ONG Alternative Espaces Citoyens", "Coordinatrice",
         "Participante", None, "signé"),
        (5, "SOUMANA Issa", "M", 55, "Assemblée nationale", "Député", "Participant(e)", None,
         "signé"),
        (6, "MOUSSA Rakia", "F", 33, "CNDH", "Assistante", "Facilitatrice", "97 00 11 22",
         "signé"),
        (7, "BOUBACAR Hassane", "M", 45, "Police nationale", "Commissaire", "Participant", None,
         "signé"),
        (8, "IBRAHIM Zeinabou", "F", 24, "Radio Anfani", "Journaliste", "Participante", None,
         "signé"),
        (9, "OUSMANE Sani", "M", 50, "Mairie de Niamey", "Secrétaire général", "Participant",
         None, "signé"),
        (10, "ADAMOU Mariama", "F", "38 ans", "ONG Femmes et Paix", "Présidente", "Participante",
         None, "signé"),
        ("TOTAL", None, "5 F / 5 H", None, None, None, None, None, 10),
        (),
        ("Arrêtée la présente liste à dix (10) personnes dont cinq (5) femmes.",),
        ("Fait à Niamey, le 05 décembre 2022",),
        (),
        (None, "Le Secrétaire de séance", None, None, None, "Le Président de séance"),
        (None, "Amadou HAROUNA", None, None, None, "Col. Seyni GARBA"),
        (None, "Cachet"),
    ]  # fmt: skip
    titles = (*NIGER, "Ministère de l'Intérieur", "Restitution de l'étude sur la gouvernance "
              "du secteur de la sécurité", "Niamey, le 05 décembre 2022")  # fmt: skip
    return partner_workbook(folder / "restitution.xlsx", {"Feuil1": rows}, titles=titles, logo=True)


def training_bamako(folder: Path, _db: Database, _activity: int) -> Path:
    """Bamako: Mali phone numbers, "Organe de presse", "Rôle", one column per day, a footer
    and the header again on each printed page, a total row."""
    header = ("N°", "Prénom et Nom", "Sexe", "Organe de presse", "Rôle", "Contact", "Jour 1",
              "Jour 2", "Jour 3")  # fmt: skip
    rows = [
        header,
        (1, "Awa KEITA", "F", "ORTM", "Participante", "76 12 34 56", "x", "x", "x"),
        (2, "Bakary COULIBALY", "M", "Radio Kledu", "Participant", "66 45 78 90", "x", "x", None),
        (3, "Fanta DEMBELE", "F", "L'Essor", "Participante", None, "x", None, "x"),
        (4, "Oumar TRAORE", "M", "Journal du Mali", "Participant", "79 00 11 22", "x", "x", "x"),
        (5, "Mariam SIDIBE", "F", "Radio Kledu", "Formatrice", None, "x", "x", "x"),
        (6, "Ibrahim MAIGA", "M", "Studio Tamani", "Formateur", None, "x", "x", "x"),
        (7, "Kadiatou DIARRA", "F", "ORTM", "Participante", None, None, "x", "x"),
        ("Page 1/2",),
        header,
        (8, "Seydou KONATE", "M", "Africable", "Participant", None, "x", "x", "x"),
        (9, "Aminata TOURE", "F", "L'Indépendant", "Participante", None, "x", None, None),
        (10, "Moussa SANGARE", "M", "Studio Tamani", "Participant", None, None, None, None),
        ("TOTAL", None, None, None, None, None, 8, 7, 7),
        ("Page 2/2",),
    ]  # fmt: skip
    titles = ("RÉPUBLIQUE DU MALI", "Un Peuple – Un But – Une Foi", "Formation des journalistes")
    return partner_workbook(folder / "formation.xlsx", {"Présence": rows}, titles=titles)


def workshop_days(folder: Path, _db: Database, _activity: int) -> Path:
    """One sheet per day, dates of birth written in several ways, a "Synthèse" sheet; on day 2
    two persons did not sign where the others did."""
    header = ("N°", "Nom", "Prénom(s)", "Sexe", "Date de naissance", "Structure", "Fonction",
              "Tél", "Émargement")  # fmt: skip
    people = {
        "GUIDIMEY": ("GUIDIMEY", "Célestin", "M", D(1970, 4, 2), "CNDH", "Chargé de programme",
                     "96123456"),
        "DIALLO": ("DIALLO", "Aïssata", "F", "12/03/1994", "Médiateur", "Juriste", None),
        "ABDOU": ("ABDOU", "Moussa", "M", "1988", "Gendarmerie", "Capitaine", None),
        "HAMANI": ("HAMANI", "Fatouma", "F", "1996-07-21", "ONG AEC", "Chargée de suivi", None),
        "SOUMANA": ("SOUMANA", "Issa", "M", "05.11.1985", "Assemblée nationale", "Député", None),
        "KANE": ("KANE", "Fatou", "F", 1999, "Réseau des jeunes", "Présidente", None),
    }  # fmt: skip

    def day(signed: dict[str, str | None]) -> list[tuple[object, ...]]:
        return [header] + [
            (n, *people[name], mark) for n, (name, mark) in enumerate(signed.items(), start=1)
        ]

    everyone = dict.fromkeys(people, "signé")
    sheets = {
        "Jour 1": day(everyone),
        "Jour 2": day({**everyone, "ABDOU": None, "SOUMANA": None}),
        "Jour 3": day({k: v for k, v in everyone.items() if k != "SOUMANA"}),
        "Synthèse": [("Structure", "Hommes", "Femmes"), ("CNDH", 1, 0), ("Total", 3, 3)],
    }
    return partner_workbook(folder / "atelier.xlsx", sheets, titles=("FEUILLE DE PRÉSENCE",))


def english_workshop(folder: Path, _db: Database, _activity: int) -> Path:
    """English headers; "Capacity" holds the roles (an observer too); one participant did not
    sign; a total with a summary, "Prepared by", a page footer."""
    rows = [
        ("No.", "Full name", "Gender", "Age", "Organization", "Job title", "Capacity",
         "Phone number", "Email address", "Signature"),
        (1, "Fairlie CHAPPUIS", "Female", 45, "DCAF", "Project officer", "Facilitator",
         "+41 22 730 94 00", "f.chappuis@example.org", "FC"),
        (2, "John MENSAH", "Male", 38, "KAIPTC", "Researcher", "Speaker", None, None, "JM"),
        (3, "Amina BELLO", "Female", 29, "ECOWAS Commission", "Programme officer", "Participant",
         None, None, "AB"),
        (4, "Koffi ASANTE", "Male", 41, "Ghana Police Service", "Superintendent", "Participant",
         None, None, "KA"),
        (5, "Grace OWUSU", "Female", 26, "Parliament of Ghana", "Clerk", "Participant", None,
         None, "GO"),
        (6, "Ibrahim SALL", "Male", 50, "CNDH Niger", "Commissioner", "Moderator", None, None,
         "IS"),
        (7, "Halima YAHAYA", "Female", 31, "Nigerian Army", "Major", "Participant", None, None,
         None),
        (8, "Pierre SAWADOGO", "Male", 47, "Ministry of Defence", "Director", "Observer", None,
         None, "PS"),
        (9, "Esther NDIAYE", "Female", 27, "National Assembly of Senegal", "MP", "Participant",
         None, None, "EN"),
        (10, "Samuel ADJEI", "Male", 44, "Ghana Armed Forces", "Colonel", "Participant", None,
         None, "SA"),
        ("Total: 10 participants including 5 women",),
        ("Prepared by: the rapporteur",),
        ("Page 1 of 1",),
    ]  # fmt: skip
    titles = ("REGIONAL WORKSHOP ON SECURITY SECTOR OVERSIGHT", "ATTENDANCE SHEET")
    return partner_workbook(folder / "workshop.xlsx", {"Day 1": rows}, titles=titles, logo=True)


def printed_french(folder: Path, db: Database, activity: int) -> Path:
    """Registre's sheet for day 2, pre-filled with day 1's persons (one of them the expert);
    two pre-filled persons did not sign; two walk-ins wrote themselves in, one without signing."""
    check_in_all(db, activity, [
        ("GUIDIMEY", "Célestin", "M", 1970, "expert", [DEC5]),
        ("DIALLO", "Aïssata", "F", 1995, "participant", [DEC5]),
        ("ABDOU", "Moussa", "M", 1988, "participant", [DEC5]),
        ("HAMANI", "Fatouma", "F", 1998, "participant", [DEC5]),
        ("SANI", "Ibrahim", "M", 1980, "participant", [DEC5]),
    ])  # fmt: skip
    signed = {"GUIDIMEY": "CG", "DIALLO": "signé", "HAMANI": "x"}
    walk_ins = [
        ("ISSA", "Mariama", "F", "OSC Alternative", "Juriste", "90 00 11 22", "", "signé"),
        ("KANE", "Oumar", "M", "Mairie de Niamey", "Agent", "", "", ""),
    ]
    return printed_and_filled(db, activity, DEC6, folder / "jour2.xlsx", "fr", signed, walk_ins)


def printed_english_bamako(folder: Path, db: Database, activity: int) -> Path:
    """Registre's English sheet for day 3 of a Bamako training: the facilitator signs, the
    interpreter and a participant do not; a walk-in with a Mali number."""
    check_in_all(db, activity, [
        ("TRAORE", "Drissa", "M", 1985, "facilitator", [DEC12, DEC13]),
        ("KEITA", "Awa", "F", 1996, "participant", [DEC12, DEC13]),
        ("COULIBALY", "Bakary", "M", 1992, "participant", [DEC12, DEC13]),
        ("DEMBELE", "Fanta", "F", 1990, "participant", [DEC12, DEC13]),
        ("MAIGA", "Ibrahim", "M", 1979, "interpreter", [DEC12]),
    ])  # fmt: skip
    signed = {"TRAORE": "✓", "KEITA": "AK", "DEMBELE": "x"}
    walk_ins = [("SIDIBE", "Mariam", "F", "CAFO", "Member", "76 00 11 22", "", "MS")]
    return printed_and_filled(db, activity, DEC14, folder / "day3.xlsx", "en", signed, walk_ins)


def births(folder: Path, _db: Database, _activity: int) -> Path:
    """Dates of birth as people write them; the signature column was never used (a list typed
    from paper): everyone counts."""
    rows = [
        ("N°", "Nom", "Prénoms", "Sexe", "Date de naissance", "Structure", "Contact", "Signature"),
        (1, "ALI", "Moussa", "M", D(1996, 5, 14), "Réseau des jeunes", "96 10 20 30", None),
        (2, "HASSANE", "Aïchatou", "F", "12/03/1994", "Conseil régional", None, None),
        (3, "ISSOUFOU", "Abdoul Razak", "M", "1994-08-30", "Police nationale", None, None),
        (4, "MAMANE", "Hadiza", "F", "1988", "ONG SOS Femmes", None, None),
        (5, "OUMAROU", "Salamatou", "F", "07.10.1992", "Mairie de Tillabéri", None, None),
        (6, "YACOUBA", "Soumaïla", "M", "1er janvier 2000", "Lycée de Tillabéri", None, None),
        (7, "ZAKARI", "Nafissa", "F", D(1993, 11, 30), "Radio Fara", None, None),
        (8, "GARBA", "Ousmane", "M", None, "Chefferie", None, None),
    ]
    return partner_workbook(folder / "jeunes.xlsx", {"Liste": rows}, titles=("LISTE",))


def typed_from_paper(folder: Path, _db: Database, _activity: int) -> Path:
    """ "Ministère / Direction" for the organisation, ages written "34 ans", an empty
    "Émargement" column, given names first."""
    rows = [
        ("N°", "Prénom et nom", "Sexe", "Âge", "Ministère / Direction", "Fonction", "Contact",
         "Émargement"),
        (1, "Ibrahim Moussa HAMIDOU", "M", "34 ans", "Défense / DIRPA", "Colonel", "96 11 11 11",
         None),
        (2, "Aïcha ABDOU", "F", "28 ans", "Intérieur / DGPN", "Commissaire", None, None),
        (3, "Soumana GARBA", "M", "45 ans", "Garde nationale", "Commandant", None, None),
        (4, "Mariama ISSA", "F", "31 ans", "Justice / DACP", "Magistrate", None, None),
        (5, "Abdourahamane ALI", "M", 29, "Douanes", "Inspecteur", None, None),
        (6, "Hassana MAMAN", "M", "25 ans", "Garde nationale", "Lieutenant", None, None),
    ]  # fmt: skip
    return partner_workbook(folder / "fds.xlsx", {"Feuil1": rows}, titles=NIGER)


def doubtful_rows(folder: Path, _db: Database, _activity: int) -> Path:
    """Bamako: an unknown role ("Point focal"), a number typed in the name column, a remark,
    the closing formula, the place, a signatory and her name."""
    rows = [
        ("N°", "Noms et prénoms", "Sexe", "Structure", "Qualité", "Téléphone", "Signature"),
        (1, "COULIBALY Mamadou", "M", "Mairie de la Commune III", "Participant", "76 12 34 56",
         "signé"),
        (2, "DIARRA Oumou", "F", "CAFO", "Point focal", "66 23 45 67", "signé"),
        (3, "KONE Adama", "M", "Police nationale", "Participant", None, "signé"),
        (4, "SANOGO Bintou", "F", "Réseau des femmes", "Point focal", None, "signé"),
        (5, "TOGOLA Issa", "M", "Gendarmerie", "Participant", None, "signé"),
        (6, "TRAORE Salimata", "F", "Radio Kledu", "Facilitatrice", None, "signé"),
        (7, "BERTHE Sidiki", "M", "ONG Tassaght", "Participant", None, "signé"),
        (8, "8"),
        (None, "NB : la séance a été suspendue à 11 h pour la prière et a repris à 11 h 30."),
        ("Arrêtée la présente liste à sept (7) participants dont trois (3) femmes",),
        (None, None, None, "Bamako, le 20 décembre 2022"),
        (None, None, None, "La Présidente du cadre de concertation"),
        (None, None, None, "Mme KEITA Aminata"),
    ]  # fmt: skip
    return partner_workbook(folder / "cadre.xlsx", {"Feuil1": rows}, titles=("CADRE DE "
                            "CONCERTATION",))  # fmt: skip


def libre_office_dates(folder: Path, _db: Database, _activity: int) -> Path:
    """A LibreOffice sheet: the days as dates in the headers, "Statut" holding the roles."""
    rows = [
        ("N°", "Nom", "Prénom", "Sexe", "Année de naissance", "Statut", "Structure", "05/12",
         "06/12", "07/12"),
        (1, "ISSA", "Mariama", "F", 1997, "Participante", "OSC Alternative", "x", "x", "x"),
        (2, "KANE", "Oumar", "M", 1985, "Participant", "CNDH", "x", None, "x"),
        (3, "MAHAMADOU", "Rahila", "F", 1994, "Experte", "Université de Niamey", "x", "x", None),
        (4, "OUSSEINI", "Habou", "M", 2000, "Participant", "Réseau des jeunes", None, "x", "x"),
        (5, "SAIDOU", "Nana", "F", 1989, "Participante", "ONG Femmes", "x", "x", "x"),
        (6, "TAHIROU", "Moussa", "M", 1990, "Interprète", "Indépendant", "x", "x", "x"),
    ]  # fmt: skip
    return write_ods(folder / "controle.ods", {"Feuille1": rows})


NIAMEY_3_DAYS = Activity("Atelier sur le contrôle parlementaire", "workshop", DEC5, DEC7)
BAMAKO_3_DAYS = Activity("Formation des formateurs", "training", DEC12, DEC14, "ML", "Bamako")
CASES = [
    Case("restitution with roles and a closing block",
         Activity("Restitution de l'étude", "restitution", DEC5, DEC5), restitution,
         Counts(participants=8, women=4, youth=3, team=2, person_days=8),
         says=("Persons by role: participant 8, facilitator 1, expert 1 (team: 2).",
               "Not a person: sheet Feuil1, row 25: Stamp: Cachet")),
    Case("Bamako training, one column per day",
         Activity("Formation des journalistes", "training", DEC12, DEC14, "ML", "Bamako"),
         training_bamako, Counts(participants=7, women=4, youth=0, team=2, person_days=16)),
    Case("one sheet per day, partly signed", NIAMEY_3_DAYS, workshop_days,
         Counts(participants=6, women=3, youth=3, team=0, person_days=15, unsigned=2),
         says=("Sheet Jour 2: 2 rows without signature, counted absent.",)),
    Case("English workshop", Activity("Regional workshop", "workshop", D(2022, 12, 8),
         D(2022, 12, 8)), english_workshop,
         Counts(participants=5, women=3, youth=3, team=3, person_days=5, unsigned=1)),
    Case("Registre's printed sheet in French", Activity("Séminaire", "seminar", DEC5, DEC6),
         printed_french, Counts(participants=6, women=3, youth=2, team=1, person_days=8),
         says=("Sheet Feuille d'émargement is a sheet Registre printed: 2 pre-filled rows not "
               "signed (absent); rows added by hand count.",)),
    Case("Registre's printed sheet in English, Bamako", BAMAKO_3_DAYS, printed_english_bamako,
         Counts(participants=4, women=3, youth=1, team=2, person_days=9)),
    Case("dates of birth in several formats",
         Activity("Atelier jeunes", "workshop", D(2022, 12, 15), D(2022, 12, 15), "NE",
                  "Tillabéri"), births,
         Counts(participants=8, women=4, youth=5, team=0, person_days=8),
         says=("the signature column is empty on every row",)),
    Case("typed from paper, ministries",
         Activity("Réunion de coordination", "meeting", D(2022, 12, 16), D(2022, 12, 16), "NE",
                  "Agadez"), typed_from_paper,
         Counts(participants=6, women=2, youth=3, team=0, person_days=6)),
    Case("unknown role and doubtful rows",
         Activity("Cadre de concertation", "meeting", D(2022, 12, 20), D(2022, 12, 20), "ML",
                  "Bamako"), doubtful_rows,
         Counts(participants=6, women=2, youth=0, team=1, person_days=6),
         options=("--role", "Point focal=participant"),  # the one choice the user makes
         says=('Not a person: sheet Feuil1, row 11: The name holds digits: 8 · 8',
               "row 12: A sentence, not a name")),
    Case("LibreOffice .ods, days as dates", NIAMEY_3_DAYS, libre_office_dates,
         Counts(participants=4, women=2, youth=2, team=2, person_days=10)),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_corpus_workbook_gives_the_hand_counts(
    case: Case, db_path: Path | str, tmp_path: Path
) -> None:
    found, _out = import_and_count(case, db_path, tmp_path)
    assert found == case.expected


@pytest.mark.parametrize(
    ("name", "person", "phone"),
    [
        ("Bamako training, one column per day", "keita awa", "+22376123456"),
        ("Registre's printed sheet in English, Bamako", "sidibe mariam", "+22376001122"),
    ],
)
def test_phones_of_a_bamako_activity_are_mali_numbers(
    name: str, person: str, phone: str, db_path: Path | str, tmp_path: Path
) -> None:
    """ "76 …" is a Mali number at a Bamako activity, though the office is Niamey's."""
    [case] = [c for c in CASES if c.name == name]
    import_and_count(case, db_path, tmp_path)
    database = open_database(db_path)
    try:
        [found] = search_persons(database, person)
    finally:
        database.close()
    assert found.phone == phone
