"""A corpus of CSV files as online forms and spreadsheets export them (Google Forms,
KoboToolbox, ODK Central, Excel "CSV (point-virgule)"), long (one row per person per day) and
wide (one column per day), each with the counts a careful person gets by hand, checked through
`import-sheet` then `report --format json` (rules: test_sheet_corpus_workbooks.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from corpus_run import Activity, Case, Counts, import_and_count, run, write_csv

from desktop_app.store import Database

D = dt.date


def google_forms_fr(folder: Path, _db: Database, _activity: int) -> Path:
    """Filled in at the door on each of two days (the time stamp gives the day); commas and a
    line break inside quoted answers; "Qualité" beside "Fonction"."""
    rows = [
        ("Horodateur", "Nom complet", "Sexe", "Âge", "Structure / Organisation", "Fonction",
         "Qualité", "Numéro de téléphone", "Adresse e-mail", "Observations"),
        ("19/12/2022 08:45:12", "Aïssata DIALLO", "Femme", "27", "Médiateur de la République",
         "Juriste", "Participante", "90112233", "a.diallo@example.org", ""),
        ("19/12/2022 08:47:30", "Moussa ABDOU", "Homme", "41", "Gendarmerie nationale",
         "Capitaine", "Participant", "", "", ""),
        ("19/12/2022 08:52:01", "Célestin GUIDIMEY", "Homme", "52", "CNDH",
         "Chargé de programme, droits humains", "Modérateur", "96123456", "", ""),
        ("19/12/2022 09:01:44", "Rakia MOUSSA", "Femme", "24", "ONG Jeunesse, Paix et Sécurité",
         "Chargée de communication", "Participante", "", "",
         "Merci pour l'organisation.\nÀ refaire dans les régions."),
        ("19/12/2022 09:05:10", "Issa SOUMANA", "Homme", "55", "Assemblée nationale", "Député",
         "Participant", "", "", ""),
        ("20/12/2022 08:40:02", "Aïssata DIALLO", "Femme", "27", "Médiateur de la République",
         "Juriste", "Participante", "90112233", "a.diallo@example.org", ""),
        ("20/12/2022 08:44:19", "Moussa ABDOU", "Homme", "41", "Gendarmerie nationale",
         "Capitaine", "Participant", "", "", ""),
        ("20/12/2022 08:50:55", "Célestin GUIDIMEY", "Homme", "52", "CNDH",
         "Chargé de programme, droits humains", "Modérateur", "96123456", "", ""),
        ("20/12/2022 09:10:37", "Fati HAMANI", "Femme", "19", "Lycée Issa Korombé", "Élève",
         "Participante", "", "", ""),
    ]  # fmt: skip
    return write_csv(folder / "Forum - Émargement (réponses).csv", rows)


def google_forms_en(folder: Path, _db: Database, _activity: int) -> Path:
    """A registration form filled in the weeks before (US time stamps, with a byte-order
    mark): the time stamp is not the day of presence, the user says so with one mapping."""
    rows = [
        ("Timestamp", "Full name", "Gender", "Organization", "Position", "Role", "Phone number",
         "Email address"),
        ("11/28/2022 14:03:11", "Fatima Zahra IDRISSA", "Female", "Ministry of Interior",
         "Advisor", "Participant", "+227 96 55 44 33", "f.idrissa@example.org"),
        ("11/28/2022 15:20:40", "Oumarou GARBA", "Male", "Niger Armed Forces", "Colonel",
         "Participant", "", ""),
        ("11/29/2022 9:12:05", "Mariama SALEY", "Female", "CNDH", "Commissioner", "Speaker", "",
         ""),
        ("11/30/2022 10:00:00", "Abdou MAHAMANE", "Male", "Radio Saraounia", "Journalist",
         "Participant", "", ""),
        ("12/1/2022 8:30:00", "Hadiza ALI", "Female", "Abdou Moumouni University", "Lecturer",
         "Panelist", "", ""),
        ("12/2/2022 17:45:12", "Youssouf HAMA", "Male", "Niamey City Hall", "Secretary general",
         "Participant", "", ""),
        ("12/5/2022 11:11:11", "Zara BOUBACAR", "Female", "ONG Dimol", "Coordinator",
         "Participant", "", ""),
    ]  # fmt: skip
    return write_csv(folder / "Registration (Responses).csv", rows, encoding="utf-8-sig")


def kobo_long(folder: Path, _db: Database, _activity: int) -> Path:
    """KoboToolbox, semicolons, group paths, one submission per person per day (a date
    question), Kobo's own columns around."""
    header = ("start", "end", "today", "identite/nom", "identite/prenom", "identite/sexe",
              "identite/age", "identite/structure", "contact/telephone", "participation/qualite",
              "participation/date_presence", "_id", "_uuid", "_submission_time",
              "_validation_status", "_index")  # fmt: skip
    people = {
        "SEYNI": ("SEYNI", "Amadou", "homme", "45", "Comité de Dosso", "96 20 30 40",
                  "participant"),
        "HAMIDOU": ("HAMIDOU", "Aïssa", "femme", "23", "Comité de Dosso", "", "participante"),
        "MOUMOUNI": ("MOUMOUNI", "Halima", "femme", "31", "Comité de Doutchi", "",
                     "participante"),
        "DJIBO": ("DJIBO", "Saidou", "homme", "28", "Comité de Gaya", "", "participant"),
        "KIMBA": ("KIMBA", "Issaka", "homme", "50", "DCAF", "", "facilitateur"),
    }  # fmt: skip
    days = [("SEYNI", 5), ("HAMIDOU", 5), ("MOUMOUNI", 5), ("KIMBA", 5), ("SEYNI", 6),
            ("MOUMOUNI", 6), ("DJIBO", 6), ("KIMBA", 6), ("SEYNI", 7), ("HAMIDOU", 7),
            ("DJIBO", 7), ("KIMBA", 7)]  # fmt: skip
    rows = [header]
    for number, (name, day) in enumerate(days, start=1):
        family, given, sex, age, organisation, phone, role = people[name]
        stamp = f"2022-12-{day:02d}T09:{number:02d}:00.000+01:00"
        rows.append((stamp, stamp, f"2022-12-{day:02d}", family, given, sex, age, organisation,
                     phone, role, f"2022-12-{day:02d}", str(1000 + number), f"uuid-{number}",
                     f"2022-12-{day:02d}T10:00:00", "", str(number)))  # fmt: skip
    return write_csv(folder / "formation_comites_-_latest_version.csv", rows, separator=";")


def odk_wide(folder: Path, _db: Database, _activity: int) -> Path:
    """ODK Central: "-" between group and question, a 1/0 column per day, ODK's own columns."""
    header = ("SubmissionDate", "start", "end", "participant-nom", "participant-prenoms",
              "participant-sexe", "participant-annee_naissance", "participant-structure",
              "participant-role", "participant-telephone", "presence-j1", "presence-j2",
              "presence-j3", "meta-instanceID", "KEY", "SubmitterID", "SubmitterName",
              "AttachmentsPresent", "AttachmentsExpected", "Status", "ReviewState", "DeviceID",
              "Edits", "FormVersion")  # fmt: skip
    people = [
        ("ISSAKA", "Balkissa", "F", "1998", "Association des femmes juristes", "participant",
         "", "1", "1", "1"),
        ("MAMADOU", "Boubacar", "M", "1975", "Direction de la police", "participant", "", "1",
         "1", "0"),
        ("ALI", "Hamsatou", "F", "2001", "Réseau des jeunes leaders", "participant", "", "1",
         "0", "1"),
        ("SALEY", "Issoufou", "M", "1983", "CNDH", "expert", "96 77 88 99", "1", "1", "1"),
        ("BOUREIMA", "Zeinabou", "F", "1991", "Radio Anfani", "participant", "", "0", "1", "1"),
        ("HAROUNA", "Abdoulaye", "M", "1995", "Mairie de Tahoua", "participant", "", "0", "0",
         "0"),
    ]  # fmt: skip
    rows = [header] + [
        ("2022-12-07T17:02:11.093Z", "2022-12-07T16:50:00.000+01:00",
         "2022-12-07T17:01:00.000+01:00", *person, f"uuid:{n}", f"uuid:{n}", "12", "tablette-2",
         "0", "0", "", "approved", "collect:abc", "0", "2022120501")
        for n, person in enumerate(people)
    ]  # fmt: skip
    return write_csv(folder / "validation_plan.csv", rows)


def excel_semicolon(folder: Path, _db: Database, _activity: int) -> Path:
    """A partner's list saved by Excel as "CSV (séparateur : point-virgule)" on Windows: the
    title rows come along, Windows-1252, a remark on two lines, a total, the closing place."""
    rows = [
        ("LISTE DE PRÉSENCE", "", "", "", "", "", "", "", ""),
        ("Réunion du comité de suivi – Niamey, 14 décembre 2022", "", "", "", "", "", "", "", ""),
        ("", "", "", "", "", "", "", "", ""),
        ("N°", "Nom et prénoms", "Sexe", "Âge", "Structure", "Fonction", "Téléphone",
         "Signature", "Observations"),
        ("1", "ABDOULAYE Hamidou", "M", "44", "Gouvernorat de Niamey", "Secrétaire général",
         "96 00 00 01", "signé", ""),
        ("2", "ALZOUMA Fatima", "F", "36", "CNDH", "Commissaire", "", "signé",
         "Arrivée à 10 h,\nrepartie à midi"),
        ("3", "BAKO Ibrahim", "M", "29", "Police nationale", "Officier", "", "signé", ""),
        ("4", "DAOUDA Safiatou", "F", "25", "OSC Tous pour la paix", "Chargée de projet", "",
         "signé", ""),
        ("5", "ELHADJI Moussa", "M", "61", "Chefferie traditionnelle", "Chef de canton", "", "",
         ""),
        ("6", "GOUMAR Aminatou", "F", "33", "Ministère de la Justice", "Magistrate", "", "signé",
         ""),
        ("TOTAL", "", "3 H / 3 F", "", "", "", "", "5", ""),
        ("Fait à Niamey, le 14/12/2022", "", "", "", "", "", "", "", ""),
    ]  # fmt: skip
    return write_csv(folder / "comite.csv", rows, separator=";", encoding="cp1252")


def odk_repeat_long(folder: Path, _db: Database, _activity: int) -> Path:
    """ODK Central's file of a repeat: one row per person per day, the day a question of the
    repeat, tab-separated with a byte-order mark (saved again from a spreadsheet)."""
    header = ("presence-date_jour", "presence-nom_complet", "presence-sexe", "presence-fonction",
              "presence-qualite", "presence-telephone", "PARENT_KEY", "KEY")  # fmt: skip
    entries = [
        ("2022-12-12", "BARMOU Salifou", "M", "Préfet", "Participant", "96 44 55 66"),
        ("2022-12-12", "CHAIBOU Rabi", "F", "Maire", "Participante", ""),
        ("2022-12-12", "DODO Habibou", "M", "Consultant", "Expert", ""),
        ("2022-12-12", "ELHADJI Sani", "M", "Journaliste", "Participant", ""),
        ("2022-12-13", "BARMOU Salifou", "M", "Préfet", "Participant", "96 44 55 66"),
        ("2022-12-13", "CHAIBOU Rabi", "F", "Maire", "Participante", ""),
        ("2022-12-13", "DODO Habibou", "M", "Consultant", "Expert", ""),
        ("2022-12-13", "FODI Maimouna", "F", "Sage-femme", "Observatrice", ""),
        ("2022-12-13", "GAO Rahila", "F", "Étudiante", "Participante", ""),
    ]
    rows = [header] + [
        (*entry, "uuid:parent", f"uuid:parent/presence[{n}]") for n, entry in enumerate(entries, 1)
    ]
    return write_csv(folder / "restitution-presence.csv", rows, separator="\t",
                     encoding="utf-8-sig")  # fmt: skip


CASES = [
    Case("Google Forms (French), at the door on two days",
         Activity("Forum sur la sécurité communautaire", "forum", D(2022, 12, 19),
                  D(2022, 12, 20)), google_forms_fr,
         Counts(participants=5, women=3, youth=3, team=1, person_days=7)),
    Case("Google Forms (English), registration before the day",
         Activity("Launch of the security policy", "conference", D(2022, 12, 21),
                  D(2022, 12, 21)), google_forms_en,
         Counts(participants=5, women=2, youth=0, team=2, person_days=5),
         options=("--map", "Timestamp=ignore")),  # the day of the form is not the day present
    Case("KoboToolbox, long, semicolons",
         Activity("Formation des comités", "training", D(2022, 12, 5), D(2022, 12, 7), "NE",
                  "Dosso"), kobo_long,
         Counts(participants=4, women=2, youth=2, team=1, person_days=9)),
    Case("ODK Central, wide",
         Activity("Validation du plan d'action", "workshop", D(2022, 12, 5), D(2022, 12, 7)),
         odk_wide, Counts(participants=4, women=3, youth=2, team=1, person_days=9)),
    Case("Excel CSV, semicolons, Windows-1252",
         Activity("Comité de suivi", "meeting", D(2022, 12, 14), D(2022, 12, 14)),
         excel_semicolon, Counts(participants=5, women=3, youth=2, team=0, person_days=5,
                                 unsigned=1)),
    Case("ODK Central repeat, long, tabs",
         Activity("Restitution régionale", "restitution", D(2022, 12, 12), D(2022, 12, 13), "NE",
                  "Zinder"), odk_repeat_long,
         Counts(participants=4, women=2, youth=0, team=1, person_days=6)),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_corpus_form_gives_the_hand_counts(case: Case, db_path: Path | str, tmp_path: Path) -> None:
    found, _out = import_and_count(case, db_path, tmp_path)
    assert found == case.expected


def test_registration_form_without_its_mapping_says_why(
    db_path: Path | str, tmp_path: Path
) -> None:
    """Without the mapping, the time stamps are days outside the activity: every row is invalid
    with its reason, and nothing is imported."""
    from desktop_app.activities.activities import ActivityFields, create_activity
    from desktop_app.store import open_database

    database = open_database(db_path)
    try:
        fields = ActivityFields("Launch", "conference", D(2022, 12, 21), "NE", "Niamey")
        activity = create_activity(database, fields).id
    finally:
        database.close()
    path = google_forms_en(tmp_path, database, activity)
    code, out, err = run(db_path, "import-sheet", str(path), "--activity", str(activity))
    assert code == 1 and "7 rows are invalid" in err
    assert "Date 2022-11-28 is outside the activity (2022-12-21 to 2022-12-21)." in out
