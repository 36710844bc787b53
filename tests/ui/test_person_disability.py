"""The person form's questions on functioning: shown only with the setting on, answered from
the keyboard, refused without consent, kept when the form does not show them. Pictures in
English and French: screenshots/person_disability_{en,fr}.png (git-ignored)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from desktop_app.disability.answers import DisabilityAnswers
from desktop_app.registry.persons import PersonFields, create_person, get_person
from desktop_app.settings import load_settings, save_settings
from desktop_app.store import Database
from desktop_app.ui.common.i18n import install_language
from desktop_app.ui.registry.person_form import PersonForm
from tests.ui.conftest import SCREENSHOTS

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    install_language(qapp, request.param)
    yield str(request.param)
    install_language(qapp, "en")


def _switch(on: bool) -> None:
    save_settings(load_settings().with_changes(record_disability=on))


def _form(qtbot: QtBot, db: Database, person_id: int) -> PersonForm:
    form = PersonForm(db, person_id)
    qtbot.addWidget(form)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    return form


def test_the_questions_answered_from_the_keyboard(qtbot: QtBot, db: Database) -> None:
    _switch(True)
    person = create_person(db, PersonFields("SANI", "Haoua", sex="F"))
    form = _form(qtbot, db, person.id)
    section = form.disability
    assert section is not None and not section.combos["walking"].isEnabled()
    section.consent.setFocus()
    qtbot.keyClick(section.consent, Qt.Key.Key_Space)
    assert section.combos["walking"].isEnabled()
    qtbot.keyClick(form, Qt.Key.Key_3, ALT)  # the third question: walking
    walking = section.combos["walking"]
    assert walking.hasFocus()
    for _ in range(3):  # not asked -> no difficulty -> some -> a lot of difficulty
        qtbot.keyClick(walking, Qt.Key.Key_Down)
    assert walking.currentData() == "a_lot" and form.isWindowModified()
    qtbot.keyClick(walking, Qt.Key.Key_S, CTRL)
    stored = get_person(db, person.id).disability
    assert stored.consent and stored.consent_date == dt.date.today()
    assert dict(stored.answers) == {"walking": "a_lot"} and stored.status == "with"


def test_unticking_the_consent_empties_the_answers(qtbot: QtBot, db: Database) -> None:
    _switch(True)
    given = DisabilityAnswers(True, dt.date(2022, 12, 5), {"hearing": "cannot"})
    person = create_person(db, PersonFields("SANI", disability=given))
    form = _form(qtbot, db, person.id)
    assert form.disability is not None
    assert form.disability.combos["hearing"].currentData() == "cannot"
    form.disability.consent.setChecked(False)
    assert form.disability.combos["hearing"].currentData() is None
    assert form.save()
    stored = get_person(db, person.id).disability
    assert not stored.consent and not stored.answers


def test_with_the_setting_off_nothing_shows_and_the_answers_stay(
    qtbot: QtBot, db: Database
) -> None:
    _switch(False)
    given = DisabilityAnswers(True, dt.date(2022, 12, 5), {"hearing": "cannot"})
    person = create_person(db, PersonFields("SANI", disability=given))
    form = _form(qtbot, db, person.id)
    assert form.disability is None
    assert form.findChild(object, "person_wg_hearing") is None
    form.given_edit.setText("Haoua")
    assert form.save()
    stored = get_person(db, person.id)
    assert stored.given_names == "Haoua" and dict(stored.disability.answers) == {
        "hearing": "cannot"
    }


def test_screenshot_of_the_section(qtbot: QtBot, db: Database, language: str) -> None:
    _switch(True)
    given = DisabilityAnswers(
        True, dt.date(2022, 12, 5), {"seeing": "none", "walking": "a_lot", "hearing": "some"}
    )
    person = create_person(
        db, PersonFields("MAHAMADOU", "Fatimata", sex="F", birth_year=1985, disability=given)
    )
    form = _form(qtbot, db, person.id)
    assert form.disability is not None
    title = form.disability.title()
    assert title == (
        "Fonctionnement (questions du Groupe de Washington)"
        if language == "fr"
        else "Functioning (Washington Group questions)"
    )
    qtbot.wait(20)
    QCoreApplication.processEvents()
    SCREENSHOTS.mkdir(exist_ok=True)
    assert form.grab().save(str(SCREENSHOTS / f"person_disability_{language}.png"))
