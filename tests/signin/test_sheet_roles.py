"""Headers from the one vocabulary file, form group paths, and the role: read from its values as
partners write them, found by its values when the header says "Qualité" or "Fonction", and
decided by the user when the vocabulary does not know it (in the window and with --role)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from corpus_run import run
from sheet_fixtures import preview_file, table_sizes, write_xlsx

from desktop_app.activities.activities import ActivityFields, create_activity
from desktop_app.activities.attendance import list_attendance
from desktop_app.signin import fields as f
from desktop_app.signin import load_sheets
from desktop_app.signin.roles import role_of
from desktop_app.store import Database, open_database
from desktop_app.vocabularies import attendance_roles


def test_every_header_of_the_vocabulary_names_its_field() -> None:
    """A spelling listed under two fields, or hidden by a key word, would map wrongly."""
    for field in f.FIELDS:
        for header in f.headers_of(field):
            assert f.field_for_header(header) == field, (header, field)


@pytest.mark.parametrize(
    "header",
    ["Organe de presse", "Employeur", "Ministère / Direction", "Entreprise", "Administration",
     "Structure d'origine", "Nom de l'organisation", "Company name", "Media outlet"],
)  # fmt: skip
def test_organisation_headers(header: str) -> None:
    assert f.field_for_header(header) == f.ORGANISATION


@pytest.mark.parametrize(
    ("header", "leaf"),
    [
        ("identite/nom", "nom"),
        ("identite-nom", "nom"),
        ("group_xx/nom", "nom"),
        ("presence-j1", "j1"),
        ("participation/date_presence", "date_presence"),
        ("H/F", "H/F"),
        ("Nom/Prénoms", "Nom/Prénoms"),
        ("e-mail", "e-mail"),
        ("meta-instanceID", "meta-instanceID"),
        ("Structure / Organisation", "Structure / Organisation"),
    ],
)
def test_group_paths_of_forms(header: str, leaf: str) -> None:
    assert f.header_leaf(header) == leaf


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Participant(e)", "participant"), ("Participante", "participant"),
        ("PARTICIPANTS", "participant"), ("Formateur/Formatrice", "facilitator"),
        ("Facilitatrice", "facilitator"), ("Animateur", "facilitator"),
        ("Co-facilitateur", "facilitator"), ("Expert(e)", "expert"), ("Experte", "expert"),
        ("Personne ressource", "expert"), ("Organisateur/trice", "organiser"),
        ("Modératrice", "moderator"), ("Rapporteur", "rapporteur"),
        ("Intervenant(e)", "speaker"), ("Panéliste", "speaker"), ("Interprète", "interpreter"),
        ("Observateur/trice", "observer"), ("Expert en genre", "expert"),
        ("Speaker", "speaker"), ("Trainer", "facilitator"), ("Note taker", "rapporteur"),
        ("Point focal", None), ("Juriste", None), ("Chef de service", None), ("Président", None),
    ],
)  # fmt: skip
def test_role_values(text: str, code: str | None) -> None:
    assert role_of(text) == code


def test_every_role_label_reads_as_its_role() -> None:
    for term in attendance_roles():
        assert role_of(term.fr) == role_of(term.en) == term.code


def _mapping(db: Database, tmp_path: Path, rows: list[tuple[object, ...]]) -> tuple[str, ...]:
    [(_grid, layout)] = load_sheets(db, write_xlsx(tmp_path / "roles.xlsx", {"Feuil1": rows}))
    return layout.mapping


def test_values_decide_which_column_is_the_role(db: Database, tmp_path: Path) -> None:
    people = [("ISSA", "Mariama"), ("SANI", "Ibrahim"), ("KANE", "Fatou"), ("ALI", "Moussa")]
    titles = ["Juriste", "Commissaire", "Député", "Journaliste"]
    roles = ["Participante", "Formateur", "Participante", "Participant"]
    header = ("Nom", "Prénom", "Fonction", "Qualité")
    # Job titles in "Fonction", roles in "Qualité": Fonction stays the position.
    rows = [header] + [(*p, t, r) for p, t, r in zip(people, titles, roles, strict=True)]
    assert _mapping(db, tmp_path, rows)[2:] == (f.POSITION, f.ROLE)
    # The other way round: the role is in "Fonction", the job title in "Qualité".
    rows = [header] + [(*p, r, t) for p, t, r in zip(people, titles, roles, strict=True)]
    assert _mapping(db, tmp_path, rows)[2:] == (f.ROLE, f.POSITION)
    # Experts among lawyers: a job title, not the facilitation team.
    experts = [("Nom", "Prénom", "Fonction")] + [
        (*p, t) for p, t in zip(people, ["Expert", "Expert", "Expert", "Juriste"], strict=True)
    ]
    assert _mapping(db, tmp_path, experts)[2] == f.POSITION


def test_map_role_by_hand(db: Database, tmp_path: Path, one_day_activity_id: int) -> None:
    rows = [("Nom", "Prénom", "Statut"), ("ISSA", "Mariama", "Modératrice")]
    path = write_xlsx(tmp_path / "roles.xlsx", {"Feuil1": rows})
    assert _mapping(db, tmp_path, rows)[2] == f.IGNORE  # one value cannot tell
    preview = preview_file(db, path, one_day_activity_id, overrides=["Statut=role"])
    assert preview.rows[0].row.role == "moderator"


ROWS = [
    ("N°", "Nom et prénoms", "Sexe", "Qualité", "Signature"),
    (1, "DIARRA Oumou", "F", "Point focal", "signé"),
    (2, "KONE Adama", "M", "Participant", "signé"),
    (3, "TRAORE Salimata", "F", "Facilitatrice", "signé"),
    (4, "SANOGO Bintou 2", "F", "Participante", "signé"),
]


def test_unknown_roles_and_doubtful_rows_on_the_command_line(
    db_path: Path | str, tmp_path: Path
) -> None:
    database = open_database(db_path)
    try:
        fields = ActivityFields("Cadre", "meeting", dt.date(2022, 12, 20), "ML", "Bamako")
        activity = create_activity(database, fields).id
        before = table_sizes(database)
    finally:
        database.close()
    path = write_xlsx(tmp_path / "cadre.xlsx", {"Feuil1": ROWS})
    command = ("import-sheet", str(path), "--activity", str(activity))
    code, out, _err = run(db_path, *command, "--dry-run")
    assert code == 0
    assert 'Roles to choose: "Point focal" (1).' in out
    assert '--role "Point focal=participant"' in out
    assert "--keep-row SHEET:ROW" in out
    code, _out, err = run(db_path, *command)  # the role is not chosen: nothing is imported
    assert code == 1 and 'Roles to choose before importing: "Point focal".' in err
    code, _out, err = run(db_path, *command, "--role", "Point focal=chef")
    assert code == 2 and 'not "VALUE=ROLE" with a role of the list' in err
    database = open_database(db_path)
    try:
        assert table_sizes(database) == before
    finally:
        database.close()
    code, out, err = run(
        db_path, *command, "--role", "point focal=observateur", "--keep-row", "Feuil1:8"
    )
    assert code == 0, err
    assert "Persons by role: participant 2, facilitator 1, observer 1 (team: 1)." in out
    database = open_database(db_path)
    try:
        roles = sorted(a.role for a in list_attendance(database, activity))
    finally:
        database.close()
    assert roles == ["facilitator", "observer", "participant", "participant"]


def test_the_documentation_lists_every_header_and_role_variant() -> None:
    """docs/signin-sheets.md says what is understood: each spelling of the vocabulary files."""
    import json

    from desktop_app.paths import resource_path

    docs = (Path(__file__).resolve().parents[2] / "docs" / "signin-sheets.md").read_text("utf-8")
    for field in f.FIELDS:
        for header in f.headers_of(field):
            assert header in docs, header
    with resource_path("vocabularies", "sheet_roles.json").open(encoding="utf-8") as handle:
        variants = json.load(handle)["roles"]
    for languages in variants.values():
        for text in (*languages["fr"], *languages["en"]):
            assert text in docs, text
