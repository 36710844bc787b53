"""Vocabulary labels are written once (reports/labels.py): the window, the command line and the
printed reports say the same words in each language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.cli import output
from desktop_app.reports import labels
from desktop_app.translation import translations_dir
from desktop_app.ui.common import formats, i18n
from desktop_app.vocabularies import activity_kinds, attendance_roles, person_categories


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    i18n.install_language(qapp, "en")
    output.use_language("en")


def test_the_words_in_each_language() -> None:
    assert labels.kind_name("workshop", "fr") == "atelier"
    assert labels.kind_name("field_visit", "en") == "field visit"
    assert labels.kind_label("workshop", "fr") == "Atelier"  # a report's table
    assert labels.role_name("facilitator", "fr") == "animateur"
    assert labels.role_label("speaker", "fr") == "Panéliste"
    assert labels.category_name("parliament", "fr") == "Parlement"
    assert labels.category_label(None, "fr") == "Non précisé"
    assert labels.category_name(None, "fr") == ""
    # A code this program does not know (a newer vocabulary) is shown as it is.
    assert labels.kind_label("hackathon", "fr") == "hackathon"
    assert labels.kind_name("", "en") == ""


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_window_and_the_command_line_say_the_same(app: QApplication, language: str) -> None:
    if language == "fr" and not (translations_dir() / "registre_fr.qm").is_file():
        pytest.fail("registre_fr.qm is missing: run `make translations`")
    i18n.install_language(app, language)
    assert output.use_language(language).language == language
    for term in activity_kinds():
        assert formats.kind_label(term.code) == output.kind_label(term.code) == term.label(language)
    for term in attendance_roles():
        assert formats.role_label(term.code) == output.role_label(term.code) == term.label(language)
    for term in person_categories():
        expected = term.label(language)
        assert formats.category_label(term.code) == output.category_label(term.code) == expected
    assert formats.category_label(None) == "" and output.category_label(None) == "-"
