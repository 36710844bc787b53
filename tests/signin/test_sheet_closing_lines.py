"""Rows that are not persons: whatever summary, closing formula, signatory, footer or stamp a
partner writes under the table, the counts stay those of the persons above it; and a row that
only looks odd is a person when the user says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.signin import (
    Choices,
    SheetChoice,
    SheetGrid,
    SheetPreview,
    detect_layout,
    preview_sheets,
    tally,
)
from desktop_app.signin.nonperson import (
    CLOSING,
    FOOTER,
    SIGNATORY,
    STAMP,
    SUMMARY,
    is_sentence,
    line_kind,
)
from desktop_app.store import Database

HEADER = ("N°", "Nom et prénoms", "Sexe", "Structure", "Fonction", "Qualité", "Signature")
PERSONS = (
    (1, "GUIDIMEY Célestin", "M", "CNDH", "Chargé de programme", "Expert", "signé"),
    (2, "DIALLO Aïssata", "F", "Médiateur", "Juriste", "Participante", "signé"),
    (3, "ABDOU Moussa", "M", "Gendarmerie", "Capitaine", "Participant", None),
    (4, "HAMANI Fatouma", "F", "ONG AEC", "Le Maire", "Participante", "x"),
    (5, "SOUMANA Issa", "M", "Assemblée nationale", "Député", "Participant", "signé"),
)
CITIES = ("Niamey", "Bamako", "Tillabéri", "Zinder", "Ouagadougou")
NAMES = ("Amadou HAROUNA", "Col. Seyni GARBA", "Mme KEITA Aminata", "Dr Issa MAIGA", "M. SANI")


def _grid(rows: list[tuple[object, ...]]) -> SheetGrid:
    width = max(len(row) for row in rows)
    cells = tuple(tuple("" if v is None else v for v in row) + ("",) * (width - len(row))
                  for row in rows)  # fmt: skip
    return SheetGrid("Jour 1", cells)


def _preview(db: Database, activity: int, extra: list[tuple[object, ...]]) -> SheetPreview:
    grid = _grid([("LISTE DE PRÉSENCE",), (), HEADER, *PERSONS, *extra])
    return preview_sheets(db, activity, [SheetChoice(grid, detect_layout(db, grid))])


def _counts(preview: SheetPreview) -> list[object]:
    """Persons by outcome and by role, presences, unsigned rows: either way unsigned rows go."""
    found: list[object] = []
    for choices in (Choices(), Choices(unsigned_present=True)):
        counted = tally(preview, choices)
        found.append(
            (counted.recorded, counted.persons_by_role, counted.presences, counted.unsigned_rows)
        )
    return found


numbers = st.integers(min_value=0, max_value=500)
summaries = st.one_of(
    st.builds("{} participants dont {} femmes".format, numbers, numbers),
    st.builds("{} participants including {} women".format, numbers, numbers),
    st.builds("Total : {} participants".format, numbers),
    st.builds("TOTAL GÉNÉRAL {}".format, numbers),
    st.builds("Nombre de femmes : {}".format, numbers),
    st.builds("{} F / {} H".format, numbers, numbers),
    st.builds("Soit {} hommes et {} femmes".format, numbers, numbers),
)
closings = st.one_of(
    st.builds(
        "Arrêtée la présente liste à {} participants dont {} femmes.".format, numbers, numbers
    ),
    st.builds("Fait à {}, le {:02d}/12/2022".format, st.sampled_from(CITIES), st.integers(1, 28)),
    st.builds("Done at {} on {} December 2022".format, st.sampled_from(CITIES), st.integers(1, 28)),
    st.sampled_from(("Certifié exact", "Lu et approuvé", "Pour copie conforme")),
)
signatories = st.sampled_from(
    ("Le Secrétaire de séance", "Le Président", "La Présidente de séance", "Le Rapporteur",
     "Pour le Directeur régional", "P/O le Coordonnateur", "Prepared by the rapporteur",
     "The Chairperson", "Visa du chef de service", "Établi par le secrétariat")
)  # fmt: skip
footers = st.builds(
    "{} {} {} {}".format, st.sampled_from(("Page", "page", "PAGE")), st.integers(1, 9),
    st.sampled_from(("/", "sur", "of")), st.integers(1, 9),
)  # fmt: skip
stamps = st.sampled_from(
    ("Cachet", "Cachet et signature", "(Cachet)", "Stamp", "Signature et cachet")
)


def _opens_closing_block(row: tuple[object, ...]) -> bool:
    """Below a summary, closing formula, signatory or stamp, a name alone is a signatory's (a
    total may be a page's subtotal, with more persons below)."""
    text = str(row[-1]) if row else ""
    kind = line_kind(text)
    return kind in (SIGNATORY, CLOSING, SUMMARY, STAMP) and not text.casefold().startswith("total")


@st.composite
def closing_blocks(draw: st.DrawFn) -> list[tuple[object, ...]]:
    """A few lines, each in some column, and under a signatory sometimes a name beside it."""
    rows: list[tuple[object, ...]] = []
    for _ in range(draw(st.integers(1, 4))):
        text = draw(st.one_of(summaries, closings, signatories, footers, stamps))
        column = draw(st.integers(0, len(HEADER) - 1))
        rows.append((None,) * column + (text,))
        if draw(st.booleans()):
            rows.append(())
        if draw(st.booleans()) and any(_opens_closing_block(r) for r in rows):
            rows.append((None,) * draw(st.integers(0, 5)) + (draw(st.sampled_from(NAMES)),))
    return rows


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(block=closing_blocks())
def test_closing_lines_never_change_the_counts(
    db: Database, one_day_activity_id: int, block: list[tuple[object, ...]]
) -> None:
    plain = _preview(db, one_day_activity_id, [])
    closed = _preview(db, one_day_activity_id, block)
    assert _counts(closed) == _counts(plain)
    assert len(closed.skipped) == sum(1 for row in block if any(row))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("88 participants dont 23 femmes", SUMMARY),
        ("Arrêtée la présente liste à 20 participants dont 7 femmes", CLOSING),
        ("Le Secrétaire de séance", SIGNATORY),
        ("Le Président", SIGNATORY),
        ("Fait à Bamako le 12 décembre 2022", CLOSING),
        ("Page 2/3", FOOTER),
        ("Cachet", STAMP),
        ("GUIDIMEY Célestin", None),
        ("Le Van Minh", None),
        ("Mairie de Niamey", None),
        ("Fatouma HAMANI", None),
    ],
)
def test_what_a_line_is(text: str, kind: str | None) -> None:
    assert line_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("NB : les frais de transport sont remboursés sur place", True),
        ("La séance est levée à 13 h", True),
        ("Mariama épouse DIALLO née TOURE", False),
        ("aissata moussa diallo ep traore", False),
        ("Moussa dit Bathily KONE", False),
    ],
)
def test_what_a_sentence_is(text: str, sentence: bool) -> None:
    assert is_sentence(text) is sentence


def test_a_job_title_like_a_signatory_stays_a_person(
    db: Database, one_day_activity_id: int
) -> None:
    """ "Le Maire" in the Fonction column of a row with a name and a sex is a person's title."""
    preview = _preview(db, one_day_activity_id, [])
    assert [r.row.person.family_name for r in preview.rows if r.row.person] == [
        "GUIDIMEY", "DIALLO", "ABDOU", "HAMANI", "SOUMANA",
    ]  # fmt: skip
    assert preview.skipped == ()


def test_a_doubtful_row_is_a_person_when_the_user_says_so(
    db: Database, tmp_path: Path, one_day_activity_id: int
) -> None:
    grid = _grid([HEADER, *PERSONS, (6, "ISSA Mariama 2", "F", "CNDH", None, "Participante",
                                     "signé")])  # fmt: skip
    layout = detect_layout(db, grid)
    skipped = preview_sheets(db, one_day_activity_id, [SheetChoice(grid, layout)]).skipped
    assert [(s.row, s.reason, s.doubtful) for s in skipped] == [(7, "digits_in_name", True)]
    kept = preview_sheets(db, one_day_activity_id, [SheetChoice(grid, layout, keep=frozenset({7}))])
    assert kept.skipped == ()
    assert kept.rows[-1].row.person is not None
    assert kept.rows[-1].row.person.family_name == "ISSA"
