"""Two users on one database: the form saved second is refused, keeps what its user typed and
offers Reload; the first user's edit is intact."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.activities.activities import (
    ActivityFields,
    create_activity,
    edit_activity,
    get_activity,
)
from desktop_app.activities.headcounts import add_head_count, edit_head_count, list_head_counts
from desktop_app.registry.persons import PersonFields, create_person, edit_person, get_person
from desktop_app.store import Database, open_database
from desktop_app.ui.activities.activity_form import ActivityForm
from desktop_app.ui.activities.head_count_dialog import HeadCountDialog
from desktop_app.ui.registry.person_form import PersonForm
from tests.ui.conftest import SCREENSHOTS

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def other_user(db: Database, db_path: Path | str) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()


def _activity(db: Database) -> int:
    fields = ActivityFields(
        title="Atelier sur le contrôle parlementaire",
        kind="workshop",
        start_date=dt.date(2022, 12, 5),
        end_date=dt.date(2022, 12, 7),
        country="NE",
        city="Niamey",
    )
    return create_activity(db, fields).id


def test_activity_form_refused_keeps_the_typed_text_and_reloads(
    qtbot: QtBot, db: Database, other_user: Database
) -> None:
    activity_id = _activity(db)
    form = ActivityForm(other_user, activity_id)  # user B opens the activity
    qtbot.addWidget(form)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    loaded = get_activity(db, activity_id)
    edit_activity(  # user A saves first
        db,
        activity_id,
        dataclasses.replace(loaded.fields(), venue="Hôtel Gaweye"),
        expected_revision=loaded.revision,
    )
    form.title_edit.selectAll()
    qtbot.keyClicks(form.title_edit, "Atelier de B")
    qtbot.keyClick(form.title_edit, Qt.Key.Key_S, CTRL)

    assert form.changed_elsewhere.isVisible()
    assert "changed by someone else" in form.changed_elsewhere.label.text()
    assert form.title_edit.text() == "Atelier de B"  # nothing the user typed is lost
    assert form.isWindowModified()
    stored = get_activity(db, activity_id)
    assert (stored.title, stored.venue) == ("Atelier sur le contrôle parlementaire", "Hôtel Gaweye")
    SCREENSHOTS.mkdir(exist_ok=True)
    form.grab().save(str(SCREENSHOTS / "activity_form_changed_elsewhere.png"))

    qtbot.mouseClick(form.changed_elsewhere.reload_button, Qt.MouseButton.LeftButton)
    assert not form.changed_elsewhere.isVisible()
    assert (form.title_edit.text(), form.venue_edit.text()) == (stored.title, "Hôtel Gaweye")
    assert not form.isWindowModified()
    form.title_edit.setText("Atelier de B")
    assert form.save()
    again = get_activity(db, activity_id)
    assert (again.title, again.venue) == ("Atelier de B", "Hôtel Gaweye")


def test_activity_form_saves_twice_in_a_row(qtbot: QtBot, db: Database) -> None:
    """The form follows its own saves: the second save is not taken for someone else's."""
    form = ActivityForm(db, _activity(db))
    qtbot.addWidget(form)
    form.city_edit.setText("Zinder")
    assert form.save()
    form.city_edit.setText("Maradi")
    assert form.save()
    assert not form.changed_elsewhere.isVisible()


def test_person_form_refused_keeps_the_typed_text_and_reloads(
    qtbot: QtBot, db: Database, other_user: Database
) -> None:
    person = create_person(db, PersonFields(family_name="GUIDIMEY", given_names="Célestin"))
    form = PersonForm(other_user, person.id)
    qtbot.addWidget(form)
    form.show()
    edit_person(db, person.id, dataclasses.replace(person.fields(), position="Colonel"))
    form.region_edit.setText("Tillabéri")
    assert not form.save()
    assert form.changed_elsewhere.isVisible()
    assert "This person was changed" in form.changed_elsewhere.label.text()
    assert form.region_edit.text() == "Tillabéri"
    stored = get_person(db, person.id)
    assert (stored.position, stored.region) == ("Colonel", None)

    form.reload()
    assert (form.position_edit.text(), form.region_edit.text()) == ("Colonel", "")
    form.region_edit.setText("Tillabéri")
    assert form.save()
    assert get_person(db, person.id).region == "Tillabéri"


def test_head_count_dialog_refused_keeps_the_form_and_shows_the_saved_count(
    qtbot: QtBot, db: Database, other_user: Database
) -> None:
    activity_id = _activity(db)
    head_count = add_head_count(db, activity_id, total=151, women=40)
    dialog = HeadCountDialog(other_user, activity_id)
    qtbot.addWidget(dialog)
    dialog.load(head_count)
    edit_head_count(db, head_count.id, total=152, women=40, expected_revision=head_count.revision)
    dialog.total_spin.setValue(160)
    assert not dialog.submit()
    assert "This head count was changed" in dialog.error_label.text()
    assert dialog.total_spin.value() == 160
    assert [row.total for row in dialog.model.rows()] == [152]
    assert [row.total for row in list_head_counts(db, activity_id)] == [152]
