"""Activity ▸ Expected list…: persons picked from the registry by keyboard, names pasted, and a
partner's invitation list with its title block, totals and signatories, each read and matched
with a preview before anything is written. Counts written by hand first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import xlsxwriter
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.activities.activities import ActivityFields, create_activity
from desktop_app.door.expected import expected_list
from desktop_app.registry.person_search import search_persons
from desktop_app.signin import DUPLICATE, MATCHED, NEW
from desktop_app.store import Database
from desktop_app.ui.door.expected_dialog import PASTED, SHEET, ExpectedListDialog
from desktop_app.ui.sheet_import.model import SAME
from tests.ui.conftest import SCREENSHOTS


@pytest.fixture(autouse=True)
def _closing_answers_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Closing with unread work asks; here it is answered "close anyway" (and recorded), so
    that a failed test's dialog closes at teardown."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def open_dialog(qtbot: QtBot, db: Database) -> ExpectedListDialog:
    dialog = ExpectedListDialog(db, 1)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def wait_idle(qtbot: QtBot, dialog: ExpectedListDialog) -> None:
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)


def partner_sheet(path: Path) -> Path:
    """As the Governorate sends it: republic, motto, the event, a header row, five persons
    (two already in the registry, with their phones), then the total, the closing line, the
    place and date, the signatory."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Liste")
    lines = [
        ["RÉPUBLIQUE DU MALI"],
        ["Un Peuple – Un But – Une Foi"],
        ["GOUVERNORAT DU DISTRICT DE BAMAKO"],
        ["Liste des personnes invitées à la formation des médias, 5 et 6 décembre 2022"],
        [],
        ["N°", "Nom", "Prénoms", "Sexe", "Structure", "Fonction", "Téléphone"],
        [1, "TRAORE", "Aminata", "F", "Radio Kledu", "Journaliste", "76 00 00 00"],
        [2, "DIALLO", "Moussa", "M", "", "Reporter", "76 00 00 09"],
        [3, "COULIBALY", "Adama", "M", "ORTM", "Caméraman", "66 12 34 56"],
        [4, "SIDIBE", "Kadiatou", "F", "Journal L'Essor", "Rédactrice", "79 11 22 33"],
        [5, "DEMBELE", "Boubacar", "M", "Radio Jekafo", "Animateur", "65 44 33 22"],
        ["", "TOTAL", "", "", "", "", ""],
        ["Arrêtée la présente liste à 5 participants dont 2 femmes"],
        ["Fait à Bamako, le 1er décembre 2022"],
        ["", "", "", "", "Le Chef de Cabinet"],
    ]
    for r, line in enumerate(lines):
        for c, value in enumerate(line):
            sheet.write(r, c, value)
    book.close()
    return path


def test_persons_picked_from_the_registry_by_keyboard(qtbot: QtBot, seeded_db: Database) -> None:
    dialog = open_dialog(qtbot, seeded_db)
    assert dialog.search_edit.hasFocus()
    assert dialog.list_title.text() == "On the list: 0"
    # KEITA: the registry's persons 2, 10, 18, 26, 34 (family names cycle by 8): 5 matches.
    qtbot.keyClicks(dialog.search_edit, "KEITA")
    dialog.run_search()
    assert dialog.matches.count() == 5
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Down)
    assert dialog.matches.hasFocus() and dialog.matches.currentRow() == 0
    qtbot.keyClick(dialog.matches, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.matches, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.matches, Qt.Key.Key_Space)
    assert len(dialog.ticked_ids()) == 2
    qtbot.keyClick(dialog.matches, Qt.Key.Key_Return)
    assert dialog.list_title.text() == "On the list: 2"
    assert dialog.message.text() == "2 persons added to the list."
    assert dialog.search_edit.hasFocus() and dialog.search_edit.text() == ""
    # One match: Enter adds it. Searched again, the added ones say they are on the list.
    qtbot.keyClicks(dialog.search_edit, "KEITA Mariam")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    names = dialog.listed_names()
    assert len(names) == 3 and "KEITA Mariam" in names
    qtbot.keyClicks(dialog.search_edit, "KEITA")
    dialog.run_search()
    on_list = [dialog.matches.item(i).text() for i in range(5)]
    assert sum(text.endswith("(on the list)") for text in on_list) == 3
    # Del takes the chosen ones off the list.
    dialog.listed.setFocus()
    dialog.listed.setCurrentRow(0)
    qtbot.keyClick(dialog.listed, Qt.Key.Key_Delete)
    assert len(expected_list(seeded_db, 1)) == 2
    assert dialog.list_title.text() == "On the list: 2"


def test_a_partners_sheet_with_titles_and_totals(
    qtbot: QtBot, seeded_db: Database, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, seeded_db)
    before = len(search_persons(seeded_db, "", limit=1000))
    dialog.tabs.setCurrentIndex(SHEET)
    dialog.path_edit.setText(str(partner_sheet(tmp_path / "invites.xlsx")))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, dialog)
    preview = dialog.model.preview()
    assert preview is not None, dialog.message.text()
    # By hand: 5 persons; TRAORE Aminata and DIALLO Moussa are the registry's persons 0 and 9
    # (same names, same phones), the other 3 are new; the title block, TOTAL, the closing
    # line, the place and date and the signatory are not persons.
    assert [row.row.person.family_name for row in preview.rows if row.row.person] == [
        "TRAORE", "DIALLO", "COULIBALY", "SIDIBE", "DEMBELE",
    ]  # fmt: skip
    assert (preview.count(MATCHED), preview.count(NEW), preview.count(DUPLICATE)) == (2, 3, 0)
    assert dialog.counts.text().startswith("5 persons read: 3 new, 2 in the registry")
    assert dialog.unsaved_work() == "The rows read are not on the list yet."
    assert expected_list(seeded_db, 1) == ()  # nothing written by the preview
    dialog.resize(1100, 640)
    dialog.grab().save(str(SCREENSHOTS / "door_expected_sheet_preview.png"))
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, dialog)
    assert dialog.imported is not None
    assert (dialog.imported.added, dialog.imported.created, dialog.imported.matched) == (5, 3, 2)
    listed = {row.display_name for row in expected_list(seeded_db, 1)}
    assert listed == {
        "TRAORE Aminata", "DIALLO Moussa", "COULIBALY Adama", "SIDIBE Kadiatou", "DEMBELE Boubacar",
    }  # fmt: skip
    assert len(search_persons(seeded_db, "", limit=1000)) == before + 3
    assert dialog.unsaved_work() == ""
    # The same list again: nobody twice, nobody new.
    dialog.read_sheet(str(tmp_path / "invites.xlsx"))
    wait_idle(qtbot, dialog)
    dialog.apply_preview()
    wait_idle(qtbot, dialog)
    assert (dialog.imported.added, dialog.imported.already, dialog.imported.created) == (0, 5, 0)
    assert len(expected_list(seeded_db, 1)) == 5


def test_pasted_names_and_a_possible_duplicate_confirmed(qtbot: QtBot, seeded_db: Database) -> None:
    dialog = open_dialog(qtbot, seeded_db)
    dialog.tabs.setCurrentIndex(PASTED)
    dialog.pasted.setFocus()
    dialog.pasted.setPlainText("CISSE Seydou\n\nTOURE Awa\nOUEDRAOGO Salif\n")
    assert dialog.unsaved_work() == "The pasted names are not on the list yet."
    qtbot.keyClick(dialog.pasted, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, dialog)
    preview = dialog.model.preview()
    assert preview is not None, dialog.message.text()
    # By hand: 3 names (the blank line is none), all new: the registry's 40 persons have the
    # given names Aminata, Moussa, Fatoumata, Ibrahim and Mariam only (8 of each), and no
    # OUEDRAOGO.
    assert len(preview.rows) == 3
    assert preview.count(NEW) == 3
    dialog.apply_preview()
    wait_idle(qtbot, dialog)
    assert dialog.imported is not None and dialog.imported.added == 3
    assert dialog.pasted.toPlainText() == ""  # added: nothing left to lose
    # A name that may be a registry person: "same person?" ticked, that person goes on the list.
    dialog.pasted.setPlainText("KEITA Fatoumata")
    dialog.read_pasted()
    wait_idle(qtbot, dialog)
    preview = dialog.model.preview()
    assert preview is not None
    keita = search_persons(seeded_db, "KEITA Fatoumata")
    assert [p.id for p in keita] == [19]
    # A name alone, the registry's person 18 by name: possibly her, never sure without more.
    assert preview.rows[0].outcome == DUPLICATE
    index = dialog.model.index(0, SAME)
    dialog.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    dialog.apply_preview()
    wait_idle(qtbot, dialog)
    assert dialog.imported is not None and dialog.imported.created == 0
    assert keita[0].id in {row.person_id for row in expected_list(seeded_db, 1)}


def test_bad_input_says_so_and_changes_nothing(
    qtbot: QtBot, seeded_db: Database, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, seeded_db)
    dialog.tabs.setCurrentIndex(PASTED)
    dialog.pasted.setPlainText("DIALLO\tAwa\tCNDH\nKONE\tMoussa\tCDS")  # columns, no header
    dialog.read_pasted()
    wait_idle(qtbot, dialog)
    assert dialog.model.preview() is None
    assert "no header row" in dialog.message.text()
    assert dialog.pasted.toPlainText().startswith("DIALLO")  # kept, to correct
    dialog.read_sheet(str(tmp_path / "missing.xlsx"))
    wait_idle(qtbot, dialog)
    assert dialog.model.preview() is None and dialog.message.text()
    assert not dialog.apply_button.isEnabled()
    qtbot.keyClicks(dialog.search_edit, "")
    dialog.add_ticked()
    assert dialog.message.text() == "Tick the persons to add (Space), then press Enter."
    assert expected_list(seeded_db, 1) == ()


def test_closing_with_pasted_names_asks_first(
    qtbot: QtBot, seeded_db: Database, _closing_answers_yes: list[str]
) -> None:
    dialog = open_dialog(qtbot, seeded_db)
    dialog.tabs.setCurrentIndex(PASTED)
    dialog.pasted.setPlainText("DIALLO Awa")
    qtbot.keyClick(dialog.pasted, Qt.Key.Key_Escape)
    assert _closing_answers_yes == ["The pasted names are not on the list yet.\nClose anyway?"]
    assert dialog.isHidden()


def test_a_cancelled_activity_has_nobody_added(qtbot: QtBot, seeded_db: Database) -> None:
    cancelled = create_activity(
        seeded_db,
        ActivityFields(
            title="Atelier annulé",
            kind="workshop",
            start_date=dt.date(2022, 12, 12),
            end_date=dt.date(2022, 12, 12),
            country="ML",
            city="Kayes",
            status="cancelled",
        ),
    )
    dialog = ExpectedListDialog(seeded_db, cancelled.id)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search_edit, "KEITA Mariam")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    assert dialog.message.text() == "This activity is cancelled: nobody can attend."
    assert expected_list(seeded_db, cancelled.id) == ()
