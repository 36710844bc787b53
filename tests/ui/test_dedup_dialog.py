"""The duplicates dialog: pairs found off the UI thread, merged or marked different by keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.dedup.finder import find_duplicates
from desktop_app.registry.persons import PersonFields, create_person, delete_person, get_person
from desktop_app.store import Database
from desktop_app.ui.dedup.dedup_dialog import DedupDialog, DuplicatePairTableModel
from desktop_app.ui.dedup.menu import install
from desktop_app.ui.shell.main_window import MainWindow

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    values = {
        "celestin": PersonFields(
            family_name="GUIDIMEY",
            given_names="Célestin",
            birth_year=1968,
            organisation_name="CNDH",
            phone="+227 90 12 34 56",
        ),
        "celestin_again": PersonFields(
            family_name="Celestin", given_names="Guidimey", phone="90123456", region="Niamey"
        ),
        "aissata": PersonFields(
            family_name="DIALLO",
            given_names="Aïssata",
            sex="F",
            birth_year=1985,
            organisation_name="Médiateur de la République",
        ),
        "aissata_again": PersonFields(
            family_name="DIALO",
            given_names="Aissata",
            sex="F",
            birth_year=1985,
            organisation_name="Médiateur de la République",
        ),
        "rokia": PersonFields(family_name="OUATTARA", given_names="Rokia"),
    }
    return {name: create_person(db, fields).id for name, fields in values.items()}


def _open(qtbot: QtBot, db: Database) -> DedupDialog:
    dialog = DedupDialog(db, search_on_open=False)
    qtbot.addWidget(dialog)
    dialog.confirm_merge = lambda _survivor, _merged: True
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.search_finished, timeout=10_000) as found:
        dialog.search()
    assert found.args == [2]
    return dialog


def test_model_is_a_well_behaved_table(
    qtmodeltester: ModelTester, db: Database, people: dict[str, int]
) -> None:
    model = DuplicatePairTableModel()
    model.set_pairs(find_duplicates(db))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Score"
    first = model.data(model.index(0, DuplicatePairTableModel.FIRST))
    assert "GUIDIMEY" in first or "Celestin" in first
    assert "same phone" in model.data(model.index(0, DuplicatePairTableModel.REASONS))
    assert "Attendance rows: 0" in model.data(
        model.index(0, DuplicatePairTableModel.FIRST), Qt.ItemDataRole.ToolTipRole
    )


def test_pairs_show_and_a_screenshot_is_saved(
    qtbot: QtBot, db: Database, people: dict[str, int]
) -> None:
    dialog = _open(qtbot, db)
    assert dialog.table.currentIndex().row() == 0
    assert dialog.keep_first.isEnabled() and dialog.different.isEnabled()
    assert "2 pairs" in dialog.status.text()
    assert not dialog.progress.isVisible()
    SCREENSHOTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(SCREENSHOTS / "dedup_dialog.png"))


def test_merge_by_keyboard_keeps_the_chosen_person(
    qtbot: QtBot, db: Database, people: dict[str, int]
) -> None:
    dialog = _open(qtbot, db)
    pair = dialog.selected_pair()
    assert pair is not None
    with qtbot.waitSignal(dialog.merged) as merged:
        qtbot.keyClick(dialog.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert merged.args == [pair.second.id, pair.first.id]
    assert get_person(db, pair.first.id).deleted
    assert dialog.model.rowCount() == 1
    assert dialog.table.currentIndex().row() == 0
    assert "merged into" in dialog.status.text()


def test_different_people_by_keyboard_are_not_proposed_again(
    qtbot: QtBot, db: Database, people: dict[str, int]
) -> None:
    dialog = _open(qtbot, db)
    dialog.table.selectRow(1)
    pair = dialog.selected_pair()
    assert pair is not None
    with qtbot.waitSignal(dialog.distinct):
        qtbot.keyClick(dialog.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert dialog.model.rowCount() == 1
    with qtbot.waitSignal(dialog.search_finished, timeout=10_000) as found:
        qtbot.keyClick(dialog.table, Qt.Key.Key_F5)
    assert found.args == [1]
    remaining = dialog.selected_pair()
    assert remaining is not None
    assert {remaining.first.id, remaining.second.id} != {pair.first.id, pair.second.id}


def test_declined_merge_changes_nothing(qtbot: QtBot, db: Database, people: dict[str, int]) -> None:
    dialog = _open(qtbot, db)
    dialog.confirm_merge = lambda _survivor, _merged: False
    dialog.keep_first.click()
    assert dialog.model.rowCount() == 2
    assert not any(get_person(db, person_id).deleted for person_id in people.values())


def test_search_can_be_cancelled(qtbot: QtBot, db: Database, people: dict[str, int]) -> None:
    dialog = DedupDialog(db, search_on_open=False)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.search_finished, timeout=10_000) as finished:
        dialog.search()
        assert dialog.cancel_button.isVisibleTo(dialog)
        dialog.cancel_search()
    assert finished.args == [-1]
    assert dialog.status.text() == "Search cancelled."
    assert dialog.search_button.isEnabled()
    assert not dialog.keep_first.isEnabled()


def test_tools_menu_opens_the_dialog(
    qtbot: QtBot, db: Database, settings: QSettings, people: dict[str, int]
) -> None:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    install(window)
    [action] = [a for a in window.menu("tools").actions() if a.objectName() == "action_duplicates"]
    action.trigger()
    dialogs = window.findChildren(DedupDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    with qtbot.waitSignal(dialogs[0].search_finished, timeout=10_000) as found:
        pass
    assert found.args == [2]
    dialogs[0].close()


def test_merge_of_a_person_deleted_meanwhile_is_refused_with_a_message(
    qtbot: QtBot, db: Database, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(qtbot, db)
    pair = dialog.selected_pair()
    assert pair is not None
    delete_person(db, pair.second.id)
    shown: list[str] = []
    monkeypatch.setattr(
        "desktop_app.ui.dedup.dedup_dialog.QMessageBox.warning",
        lambda _parent, _title, text: shown.append(text),
    )
    dialog.keep_first.click()
    assert shown == [f"There is no person with id {pair.second.id}."]
    assert dialog.model.rowCount() == 2
    assert not get_person(db, pair.first.id).deleted


def test_no_merge_while_a_search_runs(qtbot: QtBot, db: Database, people: dict[str, int]) -> None:
    dialog = _open(qtbot, db)
    with qtbot.waitSignal(dialog.search_finished, timeout=10_000):
        dialog.search()
        assert not dialog.keep_first.isEnabled() and not dialog.different.isEnabled()
        dialog.merge_selected(keep_first=True)
    assert dialog.keep_first.isEnabled()
    assert not any(get_person(db, person_id).deleted for person_id in people.values())
