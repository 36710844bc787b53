"""The wizard's preview with a partner's sheet: roles (one unknown, to choose), rows that are not
persons (a doubtful one declared a person), rows without signature counted or not; the import
and its summary follow the choices. French and English, by mouse and keyboard."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWizard
from pytestqt.qtbot import QtBot

from desktop_app.activities.activities import ActivityFields, create_activity
from desktop_app.activities.attendance import list_attendance
from desktop_app.store import Database
from desktop_app.ui.common import i18n
from desktop_app.ui.sheet_import.lists import PERSON, ROLE
from desktop_app.ui.sheet_import.model import ROLE as ROLE_COLUMN
from desktop_app.ui.sheet_import.preview import ROLES_TAB, SKIPPED_TAB
from desktop_app.ui.sheet_import.wizard import SheetImportWizard

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
DEC5 = dt.date(2022, 12, 5)
ROWS = [
    ("N°", "Nom et prénoms", "Sexe", "Structure", "Fonction", "Qualité", "Signature"),
    (1, "GUIDIMEY Célestin", "M", "CNDH", "Chargé de programme", "Expert", "signé"),
    (2, "DIALLO Aïssata", "F", "Médiateur", "Juriste", "Participante", "signé"),
    (3, "ABDOU Moussa", "M", "Gendarmerie", "Capitaine", "Participant", None),
    (4, "HAMANI Fatouma", "F", "ONG AEC", "Coordinatrice", "Point focal", "signé"),
    (5, "SOUMANA Issa", "M", "Assemblée nationale", "Député", "Participant", "signé"),
    (6, "KANE Fatou 2", "F", "Réseau des jeunes", "Présidente", "Participante", "signé"),
    ("TOTAL", None, "3 F / 3 H", None, None, None, 5),
    ("Arrêtée la présente liste à six (6) participants dont trois (3) femmes",),
    (None, "Le Secrétaire de séance"),
    (None, "Amadou HAROUNA"),
]


@pytest.fixture
def activity_id(db: Database) -> int:
    fields = ActivityFields(
        title="Restitution", kind="restitution", start_date=DEC5, country="NE", city="Niamey"
    )
    return create_activity(db, fields).id


def sheet(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    worksheet = workbook.active
    assert worksheet is not None
    worksheet.title = "Jour 1"
    worksheet.append(["FEUILLE D'ÉMARGEMENT"])
    worksheet.merge_cells("A1:G1")
    worksheet.append([])
    for row in ROWS:
        worksheet.append(list(row))
    workbook.save(path)
    return path


def shoot(widget: QWizard, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


def to_preview(qtbot: QtBot, wizard: SheetImportWizard, path: Path, columns_shot: str = "") -> None:
    task = wizard.file_page.read(str(path))
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    wizard.next()
    if columns_shot:
        shoot(wizard, columns_shot)
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.model.preview() is not None and page.task is None, timeout=10_000)


def test_roles_closing_rows_and_unsigned_rows_in_the_preview(
    qtbot: QtBot, db: Database, tmp_path: Path, activity_id: int
) -> None:
    wizard = SheetImportWizard(db, activity_id)
    qtbot.addWidget(wizard)
    wizard.show()
    to_preview(qtbot, wizard, sheet(tmp_path / "liste.xlsx"), "sheet_import_2_columns_role")
    page = wizard.preview_page
    # ABDOU did not sign where the others did; "KANE Fatou 2" waits for a say-so.
    assert page.role_counts.text().startswith(
        "Persons by role: participant 2, expert 1 (team: 1); 5 rows are not persons; 1 role"
    )
    assert page.unsigned.isVisible() and not page.unsigned.isChecked()
    assert page.unsigned.text().startswith("&Count the 1 row")
    assert [page.tabs.tabText(i) for i in range(3)] == [
        "Ro&ws (5)", "Not &persons (5)", "R&oles (4)",
    ]  # fmt: skip
    assert not page.isComplete()  # "Point focal" has no role yet
    shoot(wizard, "sheet_import_3_preview_roles")

    # The unknown role, chosen with the keyboard in the Roles tab.
    page.tabs.setCurrentIndex(ROLES_TAB)
    values = [page.roles.item(r, 0).text() for r in range(page.roles.rowCount())]
    assert values == ["Expert", "Participante", "Participant", "Point focal"]
    combo = page.roles.cellWidget(3, ROLE)
    assert isinstance(combo, QComboBox) and combo.currentData() is None
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # "participant", the first role
    assert combo.currentData() == "participant"
    assert page.isComplete()
    shoot(wizard, "sheet_import_3_preview_roles_tab")
    assert page.model.headerData(ROLE_COLUMN, Qt.Orientation.Horizontal) == "Role"
    assert page.model.index(3, ROLE_COLUMN).data() == "participant"
    assert page.model.index(0, ROLE_COLUMN).data() == "expert"

    # The doubtful row "KANE Fatou 2" is a person: ticked, the preview is made again.
    page.tabs.setCurrentIndex(SKIPPED_TAB)
    reasons = [page.skipped.item(r, 2).text() for r in range(page.skipped.rowCount())]
    assert reasons == [
        "The name holds digits", "Total row", "Closing formula", "Signatory", "Signatory",
    ]  # fmt: skip
    shoot(wizard, "sheet_import_3_preview_skipped")
    kane = page.skipped.item(0, PERSON)
    kane.setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: page.model.preview() is not None and page.task is None, timeout=10_000)
    assert page.model.rowCount() == 6 and page.isComplete()  # the role chosen is kept
    assert page.skipped.item(page.skipped.rowCount() - 1, PERSON).checkState() == (
        Qt.CheckState.Checked
    )

    # The unsigned row counts when the user says so.
    page.unsigned.setChecked(True)
    wizard.next()
    result_page = wizard.result_page
    qtbot.waitUntil(lambda: result_page.result is not None, timeout=10_000)
    summary = result_page.summary.text()
    assert "Persons created: 6" in summary
    assert "Persons by role: participant 5, expert 1 (team: 1)." in summary
    assert "rows without signature: 1 (counted present)" in summary
    shoot(wizard, "sheet_import_4_done_roles")
    roles = sorted(a.role for a in list_attendance(db, activity_id))
    assert roles == ["expert"] + ["participant"] * 5


def test_unsigned_rows_stay_out_unless_counted(
    qtbot: QtBot, db: Database, tmp_path: Path, activity_id: int
) -> None:
    wizard = SheetImportWizard(db, activity_id)
    qtbot.addWidget(wizard)
    wizard.show()
    to_preview(qtbot, wizard, sheet(tmp_path / "liste.xlsx"))
    page = wizard.preview_page
    combo = page.roles.cellWidget(3, ROLE)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("observer"))
    assert "Not signed: counted absent" in str(page.model.index(2, 4).data())
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result_page.result is not None, timeout=10_000)
    present = sorted((a.person_id, a.role) for a in list_attendance(db, activity_id))
    assert len(present) == 4  # ABDOU did not sign; KANE "2" was left out; HAMANI observer
    assert sorted(role for _person, role in present) == [
        "expert", "observer", "participant", "participant",
    ]  # fmt: skip


@pytest.fixture
def french(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    folder = tmp_path / "translations"
    folder.mkdir()
    source = Path(__file__).resolve().parents[2] / "resources" / "translations" / "registre_fr.ts"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), "-silent", str(source), "-qm", str(folder / "registre_fr.qm")], check=True
    )
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    i18n.install_language(qapp, "fr")
    yield
    i18n.install_language(qapp, "en")


def test_preview_in_french(
    french: None, qtbot: QtBot, db: Database, tmp_path: Path, activity_id: int
) -> None:
    wizard = SheetImportWizard(db, activity_id)
    qtbot.addWidget(wizard)
    wizard.show()
    to_preview(qtbot, wizard, sheet(tmp_path / "liste.xlsx"), "sheet_import_2_columns_role_fr")
    page = wizard.preview_page
    assert page.role_counts.text() == (
        "Personnes par rôle\u00a0: participant 2, expert 1 (équipe\u00a0: 1)\u202f; 5 lignes ne "
        "sont pas des personnes\u202f; 1 rôle à choisir."
    )
    assert page.tabs.tabText(SKIPPED_TAB) == "&Autres lignes (5)"
    shoot(wizard, "sheet_import_3_preview_roles_fr")
    page.tabs.setCurrentIndex(SKIPPED_TAB)
    assert page.skipped.item(0, 2).text() == "Le nom contient des chiffres"
    shoot(wizard, "sheet_import_3_preview_skipped_fr")
    page.tabs.setCurrentIndex(ROLES_TAB)
    shoot(wizard, "sheet_import_3_preview_roles_tab_fr")


def test_a_form_csv_through_the_wizard(
    qtbot: QtBot, db: Database, tmp_path: Path, activity_id: int
) -> None:
    """A Google Forms export: chosen like a workbook, its time stamps give the day."""
    path = tmp_path / "Émargement (réponses).csv"
    path.write_text(
        "Horodateur,Nom complet,Sexe,Qualité\n"
        "05/12/2022 08:45:12,Aïssata DIALLO,Femme,Participante\n"
        '05/12/2022 08:47:30,"ABDOU Moussa",Homme,Formateur\n',
        encoding="utf-8",
    )
    wizard = SheetImportWizard(db, activity_id)
    qtbot.addWidget(wizard)
    wizard.show()
    to_preview(qtbot, wizard, path)
    page = wizard.preview_page
    assert page.role_counts.text().startswith(
        "Persons by role: participant 1, facilitator 1 (team: 1)"
    )
    assert page.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result_page.result is not None, timeout=10_000)
    assert sorted((a.day, a.role) for a in list_attendance(db, activity_id)) == [
        (DEC5, "facilitator"), (DEC5, "participant"),
    ]  # fmt: skip
