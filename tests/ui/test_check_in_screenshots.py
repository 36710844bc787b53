"""Pictures of the check-in screen at a laptop's size (1366×768), in English and in French, in
the states a coordinator sees at the door: screenshots/check_in_*_{en,fr}.png (git-ignored).
Each state also checks that its texts are the language's, so a missing translation shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_app.activities.attendance import check_in
from desktop_app.registry.persons import PersonFields, create_person
from desktop_app.store import Database
from desktop_app.ui.common.i18n import install_language
from desktop_app.ui.shell.core_views import build_main_window
from tests.ui.check_in_keys import choose_role, type_and_enter
from tests.ui.conftest import SCREENSHOTS

DAY1, DAY2 = dt.date(2022, 12, 5), dt.date(2022, 12, 6)
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    install_language(qapp, request.param)
    yield str(request.param)
    install_language(qapp, "en")


def save(qtbot: QtBot, widget: QWidget, name: str) -> None:
    qtbot.wait(20)
    QCoreApplication.processEvents()
    SCREENSHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


def test_check_in_screen_at_laptop_size(
    qtbot: QtBot, seeded_db: Database, settings: QSettings, language: str
) -> None:
    create_person(
        seeded_db,
        PersonFields(
            family_name="MAHAMADOU",
            given_names="Fatimata",
            sex="F",
            birth_year=1985,
            organisation_name="Commission nationale des droits humains",
        ),
    )
    for person_id in range(1, 15):
        check_in(seeded_db, 1, person_id, DAY1)
    check_in(seeded_db, 1, 17, DAY1, "facilitator")
    window, views = build_main_window(seeded_db, settings)
    qtbot.addWidget(window)
    window.resize(1366, 740)  # the screen less the task bar
    window.show()
    view = views.open_check_in(1, DAY2)
    for family in ("traore", "diallo", "keita", "coulibaly", "sanogo"):
        type_and_enter(qtbot, view, f"{family} aminata")
    fr = language == "fr"

    qtbot.keyClicks(view.search_edit, "traore")
    view.run_search()
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)  # TRAORE Fatoumata, facilitator on day 1
    assert view.next_label.text() == (
        "Entrée\u202f: TRAORE Fatoumata émarge comme animateur."
        if fr
        else "Enter: check in TRAORE Fatoumata as facilitator."
    )
    save(qtbot, window, f"check_in_matches_{language}")

    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, "traore moussa")
    choose_role(qtbot, view, "expert")
    save(qtbot, window, f"check_in_role_chosen_{language}")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)

    qtbot.keyClick(view.search_edit, Qt.Key.Key_Z, CTRL)
    assert view.message_label.text().startswith("Annulé" if fr else "Undone")
    save(qtbot, window, f"check_in_undone_{language}")

    type_and_enter(qtbot, view, "Fati Hamadou")
    assert view.new_person.isVisible()
    assert "MAHAMADOU Fatimata" in view.next_label.text()
    save(qtbot, window, f"check_in_not_the_match_{language}")
    qtbot.keyClick(view.new_person.given_edit, Qt.Key.Key_Escape)
    view.search_edit.clear()
