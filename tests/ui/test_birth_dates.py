"""Dates of birth typed in the person form and at check-in, in French and English, and shown
in the registry as the language writes dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from desktop_app.registry.person_search import search_persons
from desktop_app.registry.persons import PersonFields, create_person, get_person
from desktop_app.store import Database
from desktop_app.translation import locale_for
from desktop_app.ui.check_in.person_form import NewPersonPanel
from desktop_app.ui.models.persons import PersonTableModel
from desktop_app.ui.registry.person_form import PersonForm
from desktop_app.ui.widgets.birth_edit import Birth, read_birth

TODAY = dt.date(2026, 12, 6)


def _speaking(language: str) -> Iterator[str]:
    before = QLocale()
    QLocale.setDefault(locale_for(language))
    yield language
    QLocale.setDefault(before)


@pytest.fixture(params=["fr", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    yield from _speaking(request.param)


@pytest.fixture
def french() -> Iterator[str]:
    yield from _speaking("fr")


@pytest.fixture
def english() -> Iterator[str]:
    yield from _speaking("en")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("12/12/1992", Birth(birth_date=dt.date(1992, 12, 12))),
        ("12/03/1994", Birth(birth_date=dt.date(1994, 3, 12))),  # the 12th of March
        ("1/3/1994", Birth(birth_date=dt.date(1994, 3, 1))),
        ("12-03-94", Birth(birth_date=dt.date(1994, 3, 12))),
        ("12.03.05", Birth(birth_date=dt.date(2005, 3, 12))),
        ("1994-03-12", Birth(birth_date=dt.date(1994, 3, 12))),
        (" 1992 ", Birth(birth_year=1992)),
        ("34", Birth(age=34)),
        ("", Birth()),
        ("31/02/1990", None),
        ("trente", None),
        ("12/13/1990", None),
    ],
)
def test_what_can_be_typed(language: str, typed: str, expected: Birth | None) -> None:
    assert read_birth(typed, TODAY) == expected


def test_english_reads_the_date_as_the_views_write_it(english: str) -> None:
    assert read_birth("12 Dec 1992", TODAY) == Birth(birth_date=dt.date(1992, 12, 12))


def _form(qtbot: QtBot, db: Database, person_id: int) -> PersonForm:
    form = PersonForm(db, person_id)
    qtbot.addWidget(form)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    return form


def _save(qtbot: QtBot, form: PersonForm) -> None:
    qtbot.keyClick(form.birth_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_the_person_form_takes_a_date_a_year_or_an_age(
    qtbot: QtBot, seeded_db: Database, language: str
) -> None:
    form = _form(qtbot, seeded_db, 3)
    assert form.birth_edit.text() == "1970"  # known by the year only
    form.birth_edit.selectAll()
    qtbot.keyClicks(form.birth_edit, "12/12/1992")
    assert form.isWindowModified()
    _save(qtbot, form)
    saved = get_person(seeded_db, 3)
    assert (saved.birth_date, saved.birth_year) == (dt.date(1992, 12, 12), 1992)
    assert form.birth_edit.text() == "12/12/1992"
    # A year alone replaces the date; an age gives the year today.
    form.birth_edit.setText("1991")
    _save(qtbot, form)
    assert (get_person(seeded_db, 3).birth_date, get_person(seeded_db, 3).birth_year) == (
        None,
        1991,
    )
    form.birth_edit.setText("40")
    _save(qtbot, form)
    assert get_person(seeded_db, 3).birth_year == dt.date.today().year - 40


def test_the_person_form_says_what_is_wrong_and_keeps_the_typing(
    qtbot: QtBot, seeded_db: Database, french: str
) -> None:
    form = _form(qtbot, seeded_db, 3)
    form.birth_edit.selectAll()
    qtbot.keyClicks(form.birth_edit, "31/02/1990")
    _save(qtbot, form)
    assert form.messages.text("birth_date") == (
        "Type a date of birth (12/12/1992), a birth year (1992) or an age (34)."
    )
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    form.birth_edit.setText(tomorrow.strftime("%d/%m/%Y"))
    _save(qtbot, form)
    assert form.messages.text("birth_date") == "A date of birth is not in the future."
    form.birth_edit.setText("1800")
    _save(qtbot, form)
    assert "birth year lies between" in form.messages.text("birth_date")
    assert form.birth_edit.text() == "1800" and form.isWindowModified()
    assert get_person(seeded_db, 3).birth_year == 1970


def test_check_in_takes_a_date_of_birth(qtbot: QtBot, language: str) -> None:
    panel = NewPersonPanel()
    qtbot.addWidget(panel)
    panel.start("Awa ZERBO")
    panel.age_edit.setText("12/12/1992")
    fields = panel.person_fields(dt.date(2022, 12, 5))
    assert (fields.birth_date, fields.birth_year, fields.age) == (dt.date(1992, 12, 12), None, None)
    panel.age_edit.setText("28")
    fields = panel.person_fields(dt.date(2022, 12, 5))
    assert (fields.birth_date, fields.age, fields.age_on) == (None, 28, dt.date(2022, 12, 5))


def test_the_registry_shows_the_date_as_the_language_writes_it(db: Database, french: str) -> None:
    create_person(db, PersonFields("SANI", "Ibrahim", birth_date=dt.date(1992, 12, 5)))
    create_person(db, PersonFields("SANI", "Hadiza", birth_year=1994))
    model = PersonTableModel()
    model.set_rows(search_persons(db, "sani"))
    shown = {}
    for language, expected in (("fr", "05/12/1992"), ("en", "5 Dec 1992")):
        QLocale.setDefault(locale_for(language))
        shown[language] = sorted(
            model.index(row, model.BIRTH_YEAR).data() for row in range(model.rowCount())
        )
        assert shown[language] == sorted([expected, "1994"])
