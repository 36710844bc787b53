"""What the commands print follows the language setting: French or English, completely."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import update

from desktop_app.cli import output
from desktop_app.cli.main import build_parser, main
from desktop_app.demo.loading import load_demo
from desktop_app.settings import load_settings, save_settings
from desktop_app.store import open_database
from desktop_app.store.models import Person
from desktop_app.sync.export import export_workbook
from desktop_app.sync.importing import import_workbooks
from tests.cli.conftest import Run
from tests.sync.hq_builders import add_sample, edit_person, site_database

NBSP = "\u00a0"  # French puts it before ":"
NARROW = "\u202f"  # and this one before ";", "?", "%" and between thousands


def speak(language: str) -> None:
    save_settings(load_settings().with_changes(language=language))


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    """The command line's language stays chosen after a run: leave English to the next tests."""
    yield
    output.use_language("en")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The newsletter's data (site ML-BKO), and its full workbook for HQ; tests copy them."""
    folder = tmp_path_factory.mktemp("demo")
    database = open_database(folder / "demo.db")
    load_demo(database)
    workbook = export_workbook(database, folder / "bamako.xlsx", full=True, language="en").path
    database.close()
    return folder / "demo.db", workbook


def _copy(source: Path, folder: Path) -> Path:
    return Path(shutil.copyfile(source, folder / source.name))


def _column_ends(line: str, words: list[str]) -> list[int]:
    return [line.index(word) + len(word) for word in words]


@pytest.mark.parametrize(
    ("language", "headers", "persons", "verdict"),
    [
        (
            "fr",
            ["nouveaux", "mis à jour", "inchangés", "plus anciens", "conflits", "invalides"],
            "personnes",
            f"Essai à blanc{NBSP}: 622 modifications trouvées, rien n'a été modifié.",
        ),
        (
            "en",
            ["new", "updated", "unchanged", "older", "conflicts", "invalid"],
            "persons",
            "Dry run: 622 changes found, nothing was changed.",
        ),
    ],
)
def test_import_dry_run_summary(
    run: Run,
    db_path: Path,
    demo: tuple[Path, Path],
    language: str,
    headers: list[str],
    persons: str,
    verdict: str,
) -> None:
    speak(language)
    result = run(db_path, "import", "--dry-run", str(demo[1]))
    assert result.code == 0 and result.err == ""
    lines = result.out.splitlines()
    assert lines[0].startswith("bamako.xlsx") and "ML-BKO" in lines[0]
    header = next(line for line in lines if headers[0] in line and headers[-1] in line)
    for word in headers:  # whole words, separated by at least two spaces
        assert f"  {word}" in header
    row = next(line for line in lines if line.split()[0] == persons)
    assert row.split()[1:] == ["226", "0", "0", "0", "0", "0"]
    # numbers end where their translated header ends
    ends = _column_ends(header, headers)
    cells = zip(row.split()[1:], ends, strict=True)
    assert [row.index(cell, end - len(cell)) + len(cell) for cell, end in cells] == ends
    assert lines[-1] == verdict


def test_import_summary_french_words_and_dates(
    run: Run, db_path: Path, demo: tuple[Path, Path]
) -> None:
    speak("fr")
    first = run(db_path, "import", str(demo[1]))
    assert first.out.splitlines()[-1] == f"Appliqué{NBSP}: 622 modifications."
    assert "(complet), export" in first.out and "exporté le " in first.out
    again = run(db_path, "import", str(demo[1]))
    assert "déjà importé le " in again.out and " UTC" in again.out
    assert again.out.splitlines()[-1] == f"Rien à changer{NBSP}: la base contient déjà tout."


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "fr",
            [
                "    réunion, 14/12/2022, Bamako (ML)",
                f"    participants 88 (nommés 88, effectifs 0){NBSP}: femmes 23, hommes 65, "
                "sexe non précisé 0",
                f"jeunes (moins de 30 ans) 18 = 20{NARROW}%",
                "    formation, du 05/12/2022 au 07/12/2022, Bamako (ML)",
                "Totaux sur 6 activités",
                f"personnes distinctes 556 (nommées 219, effectifs 337){NBSP}: femmes 175",
                f"    personnes-jours 816{NARROW}; équipe d'animation 7",
            ],
        ),
        (
            "en",
            [
                "    meeting, 14 Dec 2022, Bamako (ML)",
                "    participants 88 (named 88, head counts 0): women 23, men 65, sex not stated 0",
                "youth (under 30) 18 = 20%",
                "    training, 5 Dec 2022 to 7 Dec 2022, Bamako (ML)",
                "Totals over 6 activities",
                "unique persons 556 (named 219, head counts 337): women 175",
                "    person-days 816; team 7",
            ],
        ),
    ],
)
def test_report_summary(
    run: Run, tmp_path: Path, demo: tuple[Path, Path], language: str, expected: list[str]
) -> None:
    speak(language)
    result = run(_copy(demo[0], tmp_path), "report")
    assert result.code == 0
    for text in expected:
        assert text in result.out, text


def test_report_thousands_follow_the_language(run: Run, tmp_path: Path) -> None:
    database = tmp_path / "big.db"
    run(database, "init", "--site", "NE-NIA", "--name", "Niamey", "--country", "NE")
    run(
        database, "activity", "add", "--title", "Forum", "--kind", "forum", "--start",
        "2023-03-01", "--country", "NE", "--city", "Niamey",
    )  # fmt: skip
    run(database, "headcount", "--activity", "1", "--total", "1250", "--women", "400")
    speak("fr")
    report = run(database, "report").out
    assert f"participants 1{NARROW}250 (nommés 0, effectifs 1{NARROW}250)" in report
    assert "Totaux sur 1 activité\n" in report  # the count chooses the word's form
    export = run(database, "export", "--full", "--out", str(tmp_path / "fr.xlsx")).out
    assert "complet (0 structure, 1 activité, 0 personne, 0 présence, 1 effectif)" in export
    speak("en")
    report = run(database, "report").out
    assert "participants 1,250 (named 0, head counts 1,250)" in report
    assert "Totals over 1 activity\n" in report
    export = run(database, "export", "--full", "--out", str(tmp_path / "en.xlsx")).out
    assert "full export" in export and "(0 organisations, 1 activity, 0 persons" in export


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fr", ("Fonction", "Région", "locale", "reçue", "révision", "personnes", "contre")),
        ("en", ("Position", "Region", "local", "incoming", "revision", "persons", " vs ")),
    ],
)
def test_conflicts_list(
    run: Run, template_db: Path, tmp_path: Path, language: str, words: tuple[str, ...]
) -> None:
    office = site_database(template_db, tmp_path, "NE-NIA")
    uuid = add_sample(office)["persons"][0]
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    import_workbooks(hq, [export_workbook(office, tmp_path / "1.xlsx").path])
    edit_person(hq, uuid, position="Chef de service", region="Tillabéri")
    edit_person(office, uuid, position="Directeur")
    import_workbooks(hq, [export_workbook(office, tmp_path / "2.xlsx").path])
    hq.close()
    office.close()
    speak(language)
    listing = run(hq.target, "conflicts", "list")
    assert listing.code == 0
    lines = listing.out.splitlines()
    assert lines[0].startswith("#") and uuid in lines[0]
    header, *rows = lines[1:]
    local, incoming = words[2], words[3]
    assert header.split() == [local, incoming]
    by_field = {row.strip().split("  ")[0]: row for row in rows}
    position, region = words[0], words[1]
    assert by_field[position].split()[1:] == ["Chef", "de", "service", "Directeur"]
    assert by_field[region].split()[1:] == ["Tillabéri", "-"]
    # the incoming column starts where its translated header starts
    start = header.index(incoming)
    assert by_field[position][start:].strip() == "Directeur"
    assert words[4] in lines[2] and words[5] in lines[0] and words[6] in lines[0]
    resolved = run(hq.target, "conflicts", "resolve", lines[0].split()[0][1:], "--keep", "local")
    assert (
        "version locale de 'NOM0 Prénom 0' gardée" in resolved.out
        if language == "fr"
        else "kept the local version of 'NOM0 Prénom 0'" in resolved.out
    )
    none = run(hq.target, "conflicts", "list")
    assert none.out == ("Aucun conflit.\n" if language == "fr" else "No conflicts.\n")


@pytest.mark.sqlite_only  # backups are of a database file
@pytest.mark.parametrize(
    ("language", "ok", "headers", "state"),
    [
        ("fr", f"{NBSP}: OK", ["Faite le", "Octets", "État", "Fichier"], "vérifiée"),
        ("en", ": OK", ["Made on", "Bytes", "State", "File"], "verified"),
    ],
)
def test_check_and_backups_listing(
    run: Run, db_path: Path, language: str, ok: str, headers: list[str], state: str
) -> None:
    speak(language)
    assert run(db_path, "check").out == f"{db_path}{ok}\n"
    made = run(db_path, "backup")
    assert made.code == 0 and f"{ok[:-2]}{state}, " in made.out
    listing = run(db_path, "backups").out.splitlines()
    assert [word for word in headers if word in listing[0]] == headers
    assert listing[0].index(headers[-1]) == listing[1].index(str(db_path.parent))
    assert f"  {state}  " in listing[1]
    day = listing[1].split()[0]
    assert ("/" in day) if language == "fr" else (" " in listing[1][:11])


def test_activity_list_and_checkin_speak_french(run: Run, db_path: Path) -> None:
    speak("fr")
    for kind, day, status in (
        ("field_visit", "2022-12-05", "held"),
        ("workshop", "2022-12-06", "cancelled"),
    ):
        run(
            db_path, "activity", "add", "--title", "Visite", "--kind", kind, "--start", day,
            "--country", "NE", "--city", "Niamey", "--status", status,
        )  # fmt: skip
    run(db_path, "person", "add", "--family", "MAÏGA", "--sex", "F")
    checkin = ("checkin", "--activity", "1", "--person", "1", "--day", "2022-12-05")
    run(db_path, *checkin, "--role", "facilitator")
    again = run(db_path, *checkin)
    assert again.err == f"déjà enregistré le 2022-12-05 comme animateur{NBSP}: rien n'a changé\n"
    counts = f"participants{NBSP}: 0, femmes{NBSP}: 0, jeunes{NBSP}: 0"  # a facilitator
    assert run(db_path, "activity", "list").out.splitlines() == [
        f"2\t2022-12-06\tatelier\tNE Niamey\t{counts}\tVisite [annulée]",
        f"1\t2022-12-05\tvisite de terrain\tNE Niamey\t{counts}\tVisite",
    ]


def test_field_errors_are_translated_inside_the_option_list(run: Run, db_path: Path) -> None:
    speak("fr")
    result = run(
        db_path, "activity", "add", "--title", "X", "--kind", "forum", "--start", "2022-12-05",
        "--end", "2022-12-01", "--country", "NE", "--city", "Niamey",
    )  # fmt: skip
    assert result.err == (
        f"registre: --end{NBSP}: La date de fin ne peut pas précéder la date de début.\n"
    )


def test_help_and_argparse_mistakes_in_french(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    speak("fr")
    with pytest.raises(SystemExit) as done:
        main(["report", "--help"])
    assert done.value.code == 0
    shown = capsys.readouterr().out
    assert shown.startswith(f"usage{NBSP}: registre report [-h]")
    for text in (
        "jeunes = âge inférieur à celui-ci",
        "afficher cette aide et quitter",
        f"\noptions{NBSP}:\n",
        "première date de début, AAAA-MM-JJ",
    ):
        assert text in shown, text
    with pytest.raises(SystemExit):
        main(["--help"])
    listing = capsys.readouterr().out
    assert "Registre des activités et des présences, hors ligne." in listing
    assert "report              chiffres par activité et totaux d'une période" in listing
    with pytest.raises(SystemExit) as done:
        main(["--db", str(db_path), "duplicates", "list", "--min-score", "200"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"usage{NBSP}: registre duplicates list")
    assert (
        f"registre duplicates list{NBSP}: erreur{NBSP}: argument --min-score{NBSP}: "
        "'200' n'est pas un score de 0 à 100"
    ) in err
    with pytest.raises(SystemExit):
        main(["--db", str(db_path), "activity", "add", "--title", "X"])
    err = capsys.readouterr().err
    assert f"les arguments suivants sont obligatoires{NBSP}: --kind, --start" in err
    with pytest.raises(SystemExit):
        main(["--db", str(db_path), "report", "--format", "docx"])
    assert f"choix invalide{NBSP}: 'docx' (choisir parmi " in capsys.readouterr().err


def test_help_and_argparse_mistakes_stay_argparse_in_english(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    speak("en")
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    shown = capsys.readouterr().out
    assert shown.startswith("usage: registre report [-h]")
    assert "show this help message and exit" in shown and "first start date" in shown
    assert "\noptions:\n" in shown
    with pytest.raises(SystemExit):
        main(["--db", str(db_path), "activity", "add", "--title", "X"])
    err = capsys.readouterr().err
    assert "registre activity add: error: the following arguments are required: --kind" in err


def test_french_written_to_a_cp1252_file_does_not_stop_the_command() -> None:
    stream = io.TextIOWrapper(io.BytesIO(), encoding="cp1252")
    output.protect_stream(stream)
    stream.write(f"jeunes 1{NARROW}250 = 20{NARROW}% ✓ café\n")
    stream.flush()
    assert stream.buffer.getvalue() == "jeunes 1 250 = 20 % ? café\n".encode("cp1252")  # type: ignore[attr-defined]


def test_output_without_a_translation_file_is_english(
    run: Run, db_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("desktop_app.translation.translations_dir", lambda: tmp_path / "none")
    speak("fr")
    assert run(db_path, "check").out == f"{db_path}: OK\n"
    assert output.language() == "en"  # labels and figures too, not half French


def test_purge_asks_and_answers_in_french(run: Run, db_path: Path) -> None:
    speak("fr")
    database = open_database(db_path)
    with database.session() as session:
        session.add(Person(family_name="MAÏGA"))
    with database.session() as session:  # last changed long ago
        session.execute(update(Person).values(changed_at=dt.datetime(2001, 1, 1)))
    database.close()
    nobody = run(db_path, "purge", "--inactive-years", "200")
    assert nobody.out.startswith(f"personne à effacer{NBSP}: chaque personne a eu une activité")
    refused = run(db_path, "purge", "--inactive-years", "1")  # no terminal to say yes
    assert (refused.code, refused.err) == (1, "rien n'a été effacé\n")
    done = run(db_path, "purge", "--inactive-years", "1", "--yes")
    assert done.out.startswith(
        f"Personnes effacées{NBSP}: 1{NARROW}; présences effacées{NBSP}: 0{NARROW}; photos de "
        f"feuilles d'émargement effacées{NBSP}: 0."
    )


def test_json_and_ids_are_the_same_in_both_languages(
    run: Run, tmp_path: Path, demo: tuple[Path, Path]
) -> None:
    database = _copy(demo[0], tmp_path)
    printed = {}
    for language in ("fr", "en"):
        speak(language)
        printed[language] = (
            run(database, "report", "--format", "json").out,
            run(database, "duplicates", "list", "--format", "json", "--min-score", "60").out,
            run(database, "person", "add", "--family", "KONÉ").out,
        )
    assert printed["fr"][:2] == printed["en"][:2]
    assert '"kind": "meeting"' in printed["fr"][0]
    assert (printed["fr"][2], printed["en"][2]) == ("227\n", "228\n")


def _value_names(parser: argparse.ArgumentParser) -> set[str]:
    """The metavars of every command's usage line."""
    names = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            names.add(str(action.metavar))
            for command in action.choices.values():
                names |= _value_names(command)
        elif action.metavar is not None:
            names.add(str(action.metavar))
    return names


def test_every_value_name_of_the_usage_lines_is_french() -> None:
    speak("en")
    output.use_language("en")
    english = _value_names(build_parser(every_command=True))
    output.use_language("fr")
    french = _value_names(build_parser(every_command=True))
    same = {
        "ACTION",
        "CODE",  # a badge's code, a project's or an indicator's: one word in both
        "LOGO",
        "N",
        "NOTE",
        "ORGANISATION",
        "PHOTO",
        "SITE",
        "TOTAL",
    }  # same in French
    assert english >= {"COMMAND", "DAY", "OUT", "FILE", "KEEP_ID"}
    assert french >= {"COMMANDE", "JOUR", "FICHIER", "GARDÉ"}
    assert not (english & french) - same, "value names without French (parsing.VALUE_NAMES)"
