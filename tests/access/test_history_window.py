"""Tools ▸ History of changes and a person's history from their form: the rows equal the
audit entries of a scripted series of changes; the window adapts to the role on a server, and
a refusal from the server reads in the user's language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_app.access.audit_log import read_audit
from desktop_app.registry.persons import PersonFields, create_person, edit_person
from desktop_app.store import Database, open_database
from desktop_app.store.models import Person
from desktop_app.ui.access.history_dialog import HistoryDialog
from desktop_app.ui.access.menu import changing_actions, changing_texts
from desktop_app.ui.common.i18n import install_language
from desktop_app.ui.registry.person_form import PersonForm
from desktop_app.ui.shell.core_views import build_main_window
from tests.access.conftest import MakeUser, as_user
from tests.access.test_audit_trail import scripted_changes
from tests.factories import MakeActivity

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise"
)


@pytest.fixture(autouse=True)
def _own_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REGISTRE_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "fr")
    yield
    install_language(qapp, "en")


@pytest.fixture
def english(qapp: QApplication) -> str:
    return install_language(qapp, "en")  # its plural forms: "1 change", "2 changes"


def cells(dialog: HistoryDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_the_history_lists_each_change_newest_first(
    qtbot: QtBot, db: Database, make_activity: MakeActivity, english: str
) -> None:
    person_id, _uuid = scripted_changes(db, make_activity().id)
    dialog = HistoryDialog(db)
    qtbot.addWidget(dialog)
    rows = cells(dialog)
    # Newest first: the check-in undone, its role changed, the check-in, the phone, the sex,
    # then the activity's and the person's creation (one row per field given).
    # Newest first, one row per field: what a reader writes down from the series of changes
    # (the check-in's time left aside; a new record's empty fields and ids say nothing).
    assert [r[3:5] + r[6:] for r in rows if r[6] != "Checked in at"] == [
        ["deleted", "attendance", "Deleted", "No", "Yes"],
        ["changed", "attendance", "Role", "participant", "expert"],
        ["created", "attendance", "Day", "—", "5 Dec 2022"],
        ["created", "attendance", "Role", "—", "participant"],
        ["changed", "person", "Phone", "—", "+22790123456"],
        ["changed", "person", "Sex", "Female", "Male"],
        ["created", "person", "Family name", "—", "MAÏGA"],
        ["created", "person", "Given names", "—", "Aminata"],
        ["created", "person", "Sex", "—", "Female"],
        ["created", "activity", "City", "—", "Niamey"],
        ["created", "activity", "Country", "—", "NE"],
        ["created", "activity", "End date", "—", "7 Dec 2022"],
        ["created", "activity", "Kind", "—", "workshop"],
        ["created", "activity", "Office", "—", "NE-NIA"],
        ["created", "activity", "Start date", "—", "5 Dec 2022"],
        ["created", "activity", "Status", "—", "held"],
        ["created", "activity", "Title", "—", "Atelier sur le contrôle parlementaire"],
    ]
    assert {r[5] for r in rows if r[4] == "attendance"} == {"MAÏGA Aminata, 2022-12-05"}
    assert {r[1] for r in rows} == {"NE-NIA"}
    entries = read_audit(db)
    assert dialog.status.text() == f"{len(entries)} changes shown, newest first."

    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.field_edit.setFocus()
    qtbot.keyClicks(dialog.field_edit, "sex")
    qtbot.keyClick(dialog.field_edit, Qt.Key.Key_F5)
    assert [r[3] + " " + r[6] + " " + r[7] + " → " + r[8] for r in cells(dialog)] == [
        "changed Sex Female → Male",
        "created Sex — → Female",
    ]
    qtbot.keyClick(dialog.field_edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert dialog.focusWidget() is dialog.words_edit
    qtbot.keyClicks(dialog.words_edit, "nobody")
    assert cells(dialog) == [] and "No change matches" in dialog.status.text()
    dialog.words_edit.clear()
    dialog.resize(1100, 360)
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "history-of-changes-sex.png"))
    assert person_id


def test_a_persons_history_opens_from_their_form(
    qtbot: QtBot, db: Database, make_activity: MakeActivity, french: None
) -> None:
    person_id, _uuid = scripted_changes(db, make_activity().id)
    other = create_person(db, PersonFields(family_name="ISSA", sex="M"))
    edit_person(db, other.id, PersonFields(family_name="ISSA", sex="F"))
    form = PersonForm(db, person_id)
    qtbot.addWidget(form)
    assert form.history_button.text() == "&Historique des modifications…"
    dialog = form.show_changes()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Historique des modifications — MAÏGA Aminata"
    rows = cells(dialog)
    assert {r[5].split(",")[0] for r in rows} == {"MAÏGA Aminata"}  # not ISSA's
    changed = [r[3:5] + r[6:] for r in rows if r[3] == "modification"]
    assert changed == [
        ["modification", "présence", "Rôle", "participant", "expert"],
        ["modification", "personne", "Téléphone", "—", "+22790123456"],
        ["modification", "personne", "Sexe", "Femme", "Homme"],
    ]
    dialog.resize(1100, 420)
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "history-of-a-person-fr.png"))


def test_the_menu_offers_the_history_and_a_file_changes_nothing(
    qtbot: QtBot, db: Database, settings_file: Path
) -> None:
    window, _views = build_main_window(db)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.menu("tools").actions()]
    assert "&History of changes…" in texts
    found = changing_actions(window)
    assert len(found) == len(changing_texts())  # each listed action is still in the window
    # A file: the administrator, nothing disabled for a role.
    assert not [a.text() for a in found if "may read but not change" in a.toolTip()]
    assert (window.findChild(object, "user_label") is None) == (not db.is_server)


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.mark.postgresql_only
def test_a_viewer_sees_what_they_may_not_do_and_why(
    qtbot: QtBot, hq_with_offices: str, make_user: MakeUser, french: None
) -> None:
    viewer = make_user("viewer", offices=["NE-NIA"])
    database = open_database(as_user(hq_with_offices, viewer))
    try:
        window, _views = build_main_window(database)
        qtbot.addWidget(window)
        label = window.findChild(object, "user_label")
        assert label is not None and label.text() == f"{viewer} · lecteur (NE-NIA)"
        found = changing_actions(window)
        assert len(found) == len(changing_texts())
        for action in found:
            assert not action.isEnabled()
            assert "peut lire mais pas modifier" in action.toolTip()
        found[0].setEnabled(True)  # as a view does when an activity is chosen
        assert not found[0].isEnabled()
        window.statusBar().grab().save(str(SCREENSHOTS / "status-viewer-fr.png"))
        with database.session() as session:
            adamou = session.scalars(select(Person.id).where(Person.family_name == "ADAMOU")).one()
        form = PersonForm(database, adamou)
        qtbot.addWidget(form)
        save = form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        assert not save.isEnabled() and "peut lire mais pas modifier" in save.toolTip()
        # Saved all the same (a shortcut, a script): the server refuses, in French.
        form.sex_combo.setCurrentIndex(form.sex_combo.findData("M"))
        assert form.save() is False
        assert form.other_errors.text().startswith(
            "Le serveur de base de données n'autorise pas cet utilisateur à faire cela"
        )
        assert "rien n'a été modifié" in form.other_errors.text()
        form.resize(680, 760)
        form.grab().save(str(SCREENSHOTS / "person-form-viewer-fr.png"))
    finally:
        database.close()
