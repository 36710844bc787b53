"""The sign-in sheet wizard, driven as a user would: file, columns, preview, import."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QStyleOptionViewItem,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from desktop_app.activities.activities import ActivityFields, create_activity
from desktop_app.activities.attendance import list_attendance
from desktop_app.registry.person_search import search_persons
from desktop_app.registry.persons import PersonFields, create_person
from desktop_app.signin import DUPLICATE, INVALID, NEW
from desktop_app.signin import fields as f
from desktop_app.store import Database
from desktop_app.ui.common import i18n
from desktop_app.ui.sheet_import.model import DETAILS, OUTCOME, SAME, CandidateDelegate
from desktop_app.ui.sheet_import.wizard import SheetImportWizard
from desktop_app.ui.shell.core_views import build_main_window

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
DEC5, DEC6 = dt.date(2022, 12, 5), dt.date(2022, 12, 6)


def sheet(path: Path, rows: list[tuple[object, ...]]) -> Path:
    workbook = openpyxl.Workbook()
    worksheet = workbook.active
    worksheet.title = "Jour 1"
    worksheet.append(["FEUILLE DE PRÉSENCE"])
    worksheet.merge_cells("A1:G1")
    worksheet.append(["Atelier sur le contrôle parlementaire, Niamey"])
    worksheet.merge_cells("A2:G2")
    worksheet.append([])
    for row in rows:
        worksheet.append(list(row))
    workbook.save(path)
    return path


ROWS = [
    ("N°", "Nom et prénoms", "Sexe", "Structure", "Contact", "J1", "J2"),
    (1, "GUIDIMEY Célestin", "M", "CNDH", "96 12 34 56", "signé", "signé"),
    (2, "DIALLO Aïssata", "F", "Médiateur de la République", "90 11 22 33", "signé", None),
    (3, "SANI Ibrahim", "Homme", "OSC Alternative", None, None, "x"),
    (4, "ISSA Mariama", "Z", "CNDH", None, "x", None),
    ("Total", None, None, None, None, 3, 2),
]


@pytest.fixture
def activity_id(db: Database) -> int:
    fields = ActivityFields(
        title="Atelier sur le contrôle parlementaire",
        kind="workshop",
        start_date=DEC5,
        end_date=DEC6,
        country="NE",
        city="Niamey",
    )
    return create_activity(db, fields).id


def shoot(widget: QWizard, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


def open_file(qtbot: QtBot, wizard: SheetImportWizard, path: Path) -> None:
    wizard.file_page.path_edit.setText(str(path))
    task = wizard.file_page.read(str(path))
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=5_000)


def test_whole_import_through_the_wizard(
    qtbot: QtBot, qtmodeltester: object, db: Database, tmp_path: Path, activity_id: int
) -> None:
    known = create_person(db, PersonFields(family_name="Sani", given_names="Ibrahim"))
    wizard = SheetImportWizard(db, activity_id)
    qtbot.addWidget(wizard)
    wizard.show()
    open_file(qtbot, wizard, sheet(tmp_path / "presence.xlsx", ROWS))
    status = wizard.file_page.status.text()  # "1 sheet," once the English plural forms are in
    assert status.startswith("1 sheet") and status.endswith(", 9 rows read.")
    shoot(wizard, "sheet_import_1_file")

    wizard.next()
    page = wizard.mapping_page
    assert page.header_spin.value() == 4 and page.table.rowCount() == 7
    fields = [page.table.cellWidget(r, 3).currentData() for r in range(7)]  # type: ignore[union-attr]
    assert fields == [f.NUMBER, f.FULL_NAME, f.SEX, f.ORGANISATION, f.PHONE, f.DAY, f.DAY]
    assert "GUIDIMEY Célestin" in page.table.item(1, 2).text()
    assert page.table.item(6, 2).text() == "signé · x"  # not the total row's "2"
    shoot(wizard, "sheet_import_2_columns")
    # The registry's matching index is built while the user looks at the columns.
    qtbot.waitUntil(lambda: wizard.ready_finder() is not None, timeout=10_000)

    wizard.next()
    preview_page = wizard.preview_page
    qtbot.waitUntil(lambda: preview_page.model.preview() is not None, timeout=10_000)
    qtbot.waitUntil(lambda: preview_page.task is None, timeout=5_000)
    model = preview_page.model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    outcomes = [model.index(r, OUTCOME).data(Qt.ItemDataRole.UserRole + 1) for r in range(4)]
    assert outcomes == [NEW, NEW, DUPLICATE, INVALID]
    assert not preview_page.isComplete()  # an invalid row: skip it or fix the sheet
    preview_page.skip_invalid.setChecked(True)
    assert preview_page.isComplete()
    same = model.index(2, SAME)
    assert model.setData(same, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.decisions() == {2: known.id}
    shoot(wizard, "sheet_import_3_preview")

    wizard.next()
    result_page = wizard.result_page
    qtbot.waitUntil(lambda: result_page.result is not None, timeout=10_000)
    qtbot.waitUntil(result_page.isComplete, timeout=5_000)
    assert result_page.result is not None
    assert (result_page.result.persons_created, result_page.result.persons_matched) == (2, 1)
    assert "Persons created: 2" in result_page.summary.text()
    shoot(wizard, "sheet_import_4_done")
    attendance = list_attendance(db, activity_id)
    assert sorted((a.person_id == known.id, a.day) for a in attendance) == [
        (False, DEC5),
        (False, DEC5),
        (False, DEC6),
        (True, DEC6),
    ]
    assert len(search_persons(db, "sani ibrahim")) == 1


def test_mapping_mistakes_are_told_on_the_columns_page(
    qtbot: QtBot, db: Database, tmp_path: Path, activity_id: int
) -> None:
    wizard = SheetImportWizard(db, activity_id)
    qtbot.addWidget(wizard)
    wizard.show()
    open_file(qtbot, wizard, sheet(tmp_path / "presence.xlsx", ROWS))
    wizard.next()
    page = wizard.mapping_page
    combo = page.table.cellWidget(3, 3)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(f.PHONE))  # Structure as a second phone column
    wizard.next()
    assert wizard.currentPage() is page
    assert '"Structure" and "Contact" are both mapped to phone' in page.message.text()
    shoot(wizard, "sheet_import_2_columns_error")
    combo.setCurrentIndex(combo.findData(f.ORGANISATION))
    page.header_spin.setValue(1)  # the title row: no column names a person there
    assert "is mapped to a name" in page.message.text()
    wizard.next()
    assert wizard.currentPage() is page
    page.header_spin.setValue(4)
    assert page.message.text() == "" and page.isComplete()


def test_unreadable_file_is_told_on_the_first_page(
    qtbot: QtBot, db: Database, tmp_path: Path, activity_id: int
) -> None:
    path = tmp_path / "liste.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    wizard = SheetImportWizard(db, activity_id)
    qtbot.addWidget(wizard)
    wizard.show()
    task = wizard.file_page.read(str(path))
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert "is not a spreadsheet" in wizard.file_page.status.text()
    assert not wizard.file_page.isComplete()


def test_file_menu_opens_the_wizard_on_the_chosen_activity(
    qtbot: QtBot, db: Database, settings: QSettings, activity_id: int
) -> None:
    window, views = build_main_window(db, settings)
    qtbot.addWidget(window)
    views.activities.refresh()
    [action] = [a for a in window.menu("file").actions() if "sign-in sheet" in a.text()]
    assert action.shortcut().toString() == "Ctrl+I"
    action.trigger()
    wizard = window.findChild(SheetImportWizard)
    assert isinstance(wizard, SheetImportWizard)
    assert wizard.activity_id() == activity_id
    wizard.reject()


def test_duplicates_decided_with_the_keyboard(
    qtbot: QtBot, db: Database, tmp_path: Path, activity_id: int
) -> None:
    create_person(db, PersonFields(family_name="Sani", given_names="Ibrahim"))
    wizard = SheetImportWizard(db, activity_id)
    qtbot.addWidget(wizard)
    wizard.show()
    open_file(qtbot, wizard, sheet(tmp_path / "presence.xlsx", ROWS[:4]))
    wizard.next()
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.model.preview() is not None and page.task is None, timeout=10_000)
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(2, SAME))
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert page.model.decisions() == {2: page.model.preview().rows[2].candidates[0].person_id}  # type: ignore[union-attr]
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert page.model.decisions() == {2: None}
    page.confirm_all.click()
    assert page.model.confirmed_count() == 1


@pytest.fixture
def french(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The French translation compiled from the committed .ts."""
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


def test_wizard_in_french(
    french: None, qtbot: QtBot, db: Database, tmp_path: Path, activity_id: int
) -> None:
    create_person(db, PersonFields(family_name="Sani", given_names="Ibrahim"))
    wizard = SheetImportWizard(db, activity_id)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.windowTitle() == "Importer une feuille d'émargement"
    open_file(qtbot, wizard, sheet(tmp_path / "presence.xlsx", ROWS))
    wizard.next()
    shoot(wizard, "sheet_import_2_columns_fr")
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.model.preview() is not None and page.task is None, timeout=10_000)
    assert page.confirm_all.text() == "Tous les &doublons sont les personnes proposées"
    assert page.model.headerData(OUTCOME, Qt.Orientation.Horizontal) != "Outcome"
    shoot(wizard, "sheet_import_3_preview_fr")


def clipped_texts(window: QWidget) -> list[str]:
    """Visible labels and buttons narrower (or, when wrapped, shorter) than their text needs."""
    clipped = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
            continue
        if not widget.text():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.height() < widget.heightForWidth(widget.width()):
                clipped.append(widget.text())
        elif widget.width() < widget.sizeHint().width():
            clipped.append(widget.text())
    return clipped


def test_wizard_fits_longer_texts(
    qapp: QApplication, qtbot: QtBot, db: Database, tmp_path: Path, activity_id: int
) -> None:
    i18n.install_language(qapp, i18n.PSEUDO)
    try:
        create_person(db, PersonFields(family_name="Sani", given_names="Ibrahim"))
        wizard = SheetImportWizard(db, activity_id)
        qtbot.addWidget(wizard)
        wizard.show()
        open_file(qtbot, wizard, sheet(tmp_path / "presence.xlsx", ROWS))
        assert clipped_texts(wizard) == []
        wizard.next()
        assert clipped_texts(wizard) == []
        wizard.next()
        page = wizard.preview_page
        qtbot.waitUntil(
            lambda: page.model.preview() is not None and page.task is None, timeout=10_000
        )
        shoot(wizard, "pseudo_sheet_import_3_preview")
        assert clipped_texts(wizard) == []
    finally:
        i18n.install_language(qapp, "en")


def test_cancel_stops_the_work_under_way(
    qtbot: QtBot, db: Database, tmp_path: Path, activity_id: int
) -> None:
    wizard = SheetImportWizard(db, activity_id)
    qtbot.addWidget(wizard)
    wizard.show()
    open_file(qtbot, wizard, sheet(tmp_path / "presence.xlsx", ROWS))
    wizard.next()
    wizard.next()
    task = wizard.preview_page.task
    assert task is not None
    wizard.reject()
    assert task.is_cancelled()
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert wizard.preview_page.model.preview() is None  # the result was dropped


def test_another_candidate_can_be_picked(
    qtbot: QtBot, qtmodeltester: object, db: Database, tmp_path: Path, activity_id: int
) -> None:
    first = create_person(db, PersonFields(family_name="SANI", given_names="Ibrahim"))
    second = create_person(
        db, PersonFields(family_name="Sani", given_names="Ibrahim", organisation_name="CNDH")
    )
    wizard = SheetImportWizard(db, activity_id)
    qtbot.addWidget(wizard)
    wizard.show()
    open_file(qtbot, wizard, sheet(tmp_path / "presence.xlsx", ROWS[:4]))
    wizard.next()
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.model.preview() is not None and page.task is None, timeout=10_000)
    model = page.model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    details = model.index(2, DETAILS)
    assert model.flags(details) & Qt.ItemFlag.ItemIsEditable
    # The sheet says "OSC Alternative": the namesake of the CNDH comes second.
    assert [person_id for _label, person_id in model.choices(2)] == [None, first.id, second.id]
    delegate = page.view.itemDelegateForColumn(DETAILS)
    assert isinstance(delegate, CandidateDelegate)
    editor = delegate.createEditor(page.view.viewport(), QStyleOptionViewItem(), details)
    assert isinstance(editor, QComboBox) and editor.count() == 3
    delegate.setEditorData(editor, details)
    assert editor.currentIndex() == 0  # undecided: a new person
    editor.setCurrentIndex(2)
    delegate.setModelData(editor, model, details)
    assert model.decisions() == {2: second.id}
    assert model.index(2, SAME).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert str(model.index(2, DETAILS).data()).startswith("SANI Ibrahim (CNDH)")
    assert model.setData(details, None, Qt.ItemDataRole.EditRole)
    assert model.decisions() == {2: None}
    assert not model.setData(details, 99_999, Qt.ItemDataRole.EditRole)  # not a candidate
