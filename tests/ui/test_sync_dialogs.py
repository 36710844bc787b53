"""The sync dialogs: export with progress, import preview then Apply, conflicts side by side."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_app.privacy.pseudonymised import PseudonymisedExport
from desktop_app.settings import CONFIG_DIR_ENV, Settings, save_settings
from desktop_app.store import Database
from desktop_app.store.models import Activity, SheetPhoto
from desktop_app.sync.conflicts import list_conflicts
from desktop_app.sync.export import ExportResult, export_workbook
from desktop_app.sync.importing import import_workbooks
from desktop_app.ui.common.i18n import install_language
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.sync import import_dialog
from desktop_app.ui.sync.conflicts_dialog import ConflictsDialog
from desktop_app.ui.sync.export import ExportDialog
from desktop_app.ui.sync.import_dialog import ImportPreviewDialog, show_preview_dialog
from desktop_app.ui.sync.menu import install
from desktop_app.workbooks.protection import is_protected, unprotected_copy
from tests.sync.hq_builders import (
    add_sample,
    column,
    counts,
    edit_person,
    person,
    rewrite,
    site_database,
)
from tests.ui.conftest import SCREENSHOTS
from tests.ui.typed_answers import typed_answers


def save(widget: object, name: str) -> None:
    QCoreApplication.processEvents()  # layouts settle before the picture
    SCREENSHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SCREENSHOTS / f"{name}.png"))  # type: ignore[attr-defined]


def test_export_dialog_writes_the_workbook_in_the_background(
    qtbot: QtBot, template_db: Path, tmp_path: Path
) -> None:
    office = site_database(template_db, tmp_path, "NE-NIA")
    add_sample(office)
    dialog = ExportDialog(office)
    qtbot.addWidget(dialog)
    assert dialog.full.isChecked() and not dialog.changes.isEnabled()
    target = tmp_path / "out" / "niamey.xlsx"
    dialog.path_edit.setText(str(target))
    dialog.show()
    save(dialog, "sync_export_dialog")
    dialog.start()
    assert dialog.task is not None
    with qtbot.waitSignal(dialog.task.finished, timeout=20000):
        pass
    assert target.exists()
    assert dialog.result_ is not None and dialog.result_.row_counts["attendance"] == 6
    box = dialog.findChild(QMessageBox)
    assert box is not None and "12 records written to niamey.xlsx" in box.text()
    box.accept()
    second = ExportDialog(office)
    qtbot.addWidget(second)
    assert second.changes.isChecked() and "Last export:" in second.last_label.text()


def test_import_preview_then_apply(qtbot: QtBot, template_db: Path, tmp_path: Path) -> None:
    office = site_database(template_db, tmp_path, "NE-NIA")
    add_sample(office)
    book = export_workbook(office, tmp_path / "niamey.xlsx").path
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    dialog = ImportPreviewDialog(hq, [book])
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.start_preview().finished, timeout=20000):
        pass
    assert dialog.tabs.count() == 1
    preview = dialog.tabs.widget(0)
    assert preview.counts.item(2, 0).text() == "3"  # persons, new
    assert preview.counts.item(5, 0).text() == "12"  # total, new
    assert "12 changes to apply" in dialog.status.text()
    assert counts(hq)["person"] == 0  # a preview changes nothing
    save(dialog, "sync_import_preview")
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(dialog.apply().finished, timeout=20000):
        pass
    assert dialog.applied is not None and dialog.applied.changes == 12
    assert counts(hq)["person"] == 3
    again = ImportPreviewDialog(hq, [book])
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.start_preview().finished, timeout=20000):
        pass
    assert "Nothing to change" in again.status.text() and not again.apply_button.isEnabled()


def test_import_preview_shows_a_bad_file_clearly(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    bad = tmp_path / "notes.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    dialog = ImportPreviewDialog(db, [bad])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.start_preview().finished, timeout=20000):
        pass
    assert "is not an Excel workbook" in dialog.status.text()
    assert not dialog.apply_button.isEnabled()
    assert dialog.tabs.isHidden()


def test_conflicts_dialog_shows_both_versions_and_resolves(
    qtbot: QtBot, template_db: Path, tmp_path: Path
) -> None:
    office = site_database(template_db, tmp_path, "NE-NIA")
    uuid = add_sample(office)["persons"][0]
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    import_workbooks(hq, [export_workbook(office, tmp_path / "1.xlsx").path])
    edit_person(hq, uuid, position="Commissaire divisionnaire", sex=None)
    edit_person(office, uuid, position="Commissaire principal")
    import_workbooks(hq, [export_workbook(office, tmp_path / "2.xlsx").path])
    dialog = ConflictsDialog(hq)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 1
    rows = {
        dialog.table.item(r, 0).text(): (
            dialog.table.item(r, 1).text(),
            dialog.table.item(r, 2).text(),
        )
        for r in range(dialog.table.rowCount())
    }
    assert rows["Position"] == ("Commissaire divisionnaire", "Commissaire principal")
    assert rows["Sex"] == ("—", "Female")
    assert rows["Organisation"][0] == "Commission Défense et Sécurité"
    assert "NE-NIA (revision 2)" in dialog.table.horizontalHeaderItem(2).text()
    save(dialog, "sync_conflicts_dialog")
    dialog.keep_incoming.click()
    assert person(hq, uuid).position == "Commissaire principal"
    assert list_conflicts(hq) == [] and dialog.list.count() == 0
    assert "No conflicts" in dialog.title.text()


def test_menu_entries_with_shortcuts(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    window = MainWindow(db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    install(window)
    texts = {
        action.text(): action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
        for name in ("file", "tools")
        for action in window.menu(name).actions()
    }
    assert texts["&Export for HQ…"] == "Ctrl+Shift+E"
    assert texts["Import &workbooks…"] == "Ctrl+Shift+I"
    assert texts["Sync &conflicts…"] == "Ctrl+Shift+J"


def test_import_preview_lists_invalid_rows(qtbot: QtBot, template_db: Path, tmp_path: Path) -> None:
    office = site_database(template_db, tmp_path, "NE-NIA")
    add_sample(office)
    book = export_workbook(office, tmp_path / "niamey.xlsx", language="fr").path

    def spoil(sheet: str, rows: list[list[object]]) -> None:
        if sheet == "Personnes":
            rows[2][column(rows, "Sexe")] = "xyz"

    spoiled = rewrite(book, tmp_path / "niamey-edited.xlsx", spoil)
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    dialog = ImportPreviewDialog(hq, [spoiled, book])
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.start_preview().finished, timeout=20000):
        pass
    assert dialog.tabs.count() == 2
    first = dialog.tabs.widget(0)
    assert first.invalid.rowCount() == 3  # the person and the two days referring to them
    assert first.invalid.item(0, 0).text() == "Personnes"
    assert first.invalid.item(0, 2).text() == "Sexe: xyz is not a sex (F, M or empty)."
    second = dialog.tabs.widget(1)
    assert second.counts.item(2, 0).text() == "1"  # the person the first file could not bring
    save(dialog, "sync_import_preview_invalid")


# Profiles and passwords -----------------------------------------------------------------------

WORKBOOK_PASSWORD = "mot de passe du classeur"


def export_with(qtbot: QtBot, dialog: ExportDialog) -> None:
    task = dialog.start()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    box = dialog.findChild(QMessageBox)
    assert box is not None
    box.accept()


def test_pseudonymised_export_with_a_password(
    qtbot: QtBot, template_db: Path, tmp_path: Path
) -> None:
    office = site_database(template_db, tmp_path, "NE-NIA")
    add_sample(office)
    dialog = ExportDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pseudonymised.setChecked(True)
    assert not dialog.changes.isEnabled() and not dialog.full.isEnabled()
    assert dialog.path_edit.text().endswith("-pseudonymised.xlsx")
    target = tmp_path / "out" / "niamey-pseudonymised.xlsx"
    dialog.path_edit.setText(str(target))
    dialog.protect.setChecked(True)
    qtbot.keyClicks(dialog.password.first, WORKBOOK_PASSWORD)
    qtbot.keyClicks(dialog.password.second, WORKBOOK_PASSWORD)
    save(dialog, "sync_export_pseudonymised")
    export_with(qtbot, dialog)
    assert isinstance(dialog.result_, PseudonymisedExport) and dialog.result_.protected
    assert is_protected(target)
    with unprotected_copy(target, WORKBOOK_PASSWORD) as clear, zipfile.ZipFile(clear) as book:
        xml = " ".join(book.read(name).decode("utf-8") for name in book.namelist())
    assert "P-" in xml and "NOM1" not in xml and "+227" not in xml
    assert dialog.password.first.text() == ""  # the password is not kept


def test_full_export_with_a_password_imports_at_hq_with_it(
    qtbot: QtBot, template_db: Path, tmp_path: Path
) -> None:
    office = site_database(template_db, tmp_path, "NE-NIA")
    add_sample(office)
    dialog = ExportDialog(office)
    qtbot.addWidget(dialog)
    target = tmp_path / "niamey.xlsx"
    dialog.path_edit.setText(str(target))
    dialog.protect.setChecked(True)
    dialog.password.first.setText(WORKBOOK_PASSWORD)
    dialog.password.second.setText(WORKBOOK_PASSWORD)
    export_with(qtbot, dialog)
    assert isinstance(dialog.result_, ExportResult) and is_protected(target)
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    import_workbooks(hq, [target], password=WORKBOOK_PASSWORD)
    assert counts(hq)["person"] == 3


def test_export_refuses_passwords_that_differ(
    qtbot: QtBot, template_db: Path, tmp_path: Path
) -> None:
    office = site_database(template_db, tmp_path, "NE-NIA")
    dialog = ExportDialog(office)
    qtbot.addWidget(dialog)
    target = tmp_path / "niamey.xlsx"
    dialog.path_edit.setText(str(target))
    dialog.protect.setChecked(True)
    for first, second, told in (
        (WORKBOOK_PASSWORD, WORKBOOK_PASSWORD + "x", "differ"),
        ("court", "court", "Too short"),
    ):
        dialog.password.first.setText(first)
        dialog.password.second.setText(second)
        assert dialog.start() is None
        assert told in dialog.error.text()
    assert not target.exists() and dialog.task is None


def test_export_dialog_screenshots_in_french(
    qtbot: QtBot, template_db: Path, tmp_path: Path, qapp: Any
) -> None:
    office = site_database(template_db, tmp_path, "NE-NIA")
    try:
        install_language(qapp, "fr")
        dialog = ExportDialog(office)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.protect.setChecked(True)
        save(dialog, "sync_export_fr")
        assert dialog.windowTitle() != "Export for HQ"
    finally:
        install_language(qapp, "en")


def test_a_protected_workbook_asks_its_password_until_it_is_right(
    qtbot: QtBot, template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    office = site_database(template_db, tmp_path, "NE-NIA")
    add_sample(office)
    book = export_workbook(office, tmp_path / "niamey.xlsx", password=WORKBOOK_PASSWORD).path
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    prompts = typed_answers(monkeypatch, ("wrong password", True), (WORKBOOK_PASSWORD, True))
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = show_preview_dialog(parent, hq, [book])
    assert dialog is not None and dialog.task is not None
    with qtbot.waitSignal(dialog.task.finished, timeout=20000):
        pass
    assert len(prompts) == 2
    assert "niamey.xlsx is protected" in prompts[0]
    assert prompts[1].startswith("The password does not open the workbook")
    assert dialog.tabs.tabText(0) == "niamey.xlsx"
    assert "12 changes to apply" in dialog.status.text()
    (copy,) = dialog.paths
    assert copy != book and copy.exists() and not is_protected(copy)
    with qtbot.waitSignal(dialog.apply().finished, timeout=20000):
        pass
    assert counts(hq)["person"] == 3
    assert not copy.exists()  # the decrypted copy is gone once the dialog is closed


def test_cancel_skips_a_protected_workbook(
    qtbot: QtBot, template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    office = site_database(template_db, tmp_path, "NE-NIA")
    add_sample(office)
    protected = export_workbook(office, tmp_path / "protected.xlsx", password="secret123").path
    plain = export_workbook(office, tmp_path / "plain.xlsx", full=True).path
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    prompts = typed_answers(monkeypatch, ("", False), ("", False))
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = show_preview_dialog(parent, hq, [protected, plain])
    assert dialog is not None and dialog.paths == [plain]
    assert dialog.task is not None
    with qtbot.waitSignal(dialog.task.finished, timeout=20000):
        pass
    dialog.reject()
    assert show_preview_dialog(parent, hq, [protected]) is None
    assert len(prompts) == 2 and counts(hq)["person"] == 0


def test_no_room_for_the_decrypted_copy_skips_the_workbook_with_a_message(
    qtbot: QtBot, template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    office = site_database(template_db, tmp_path, "NE-NIA")
    protected = export_workbook(office, tmp_path / "protected.xlsx", password="secret123").path
    typed_answers(monkeypatch, ("secret123", True))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_r: shown.append(text))

    def no_room(_path: Path, _password: str | None) -> Any:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(import_dialog, "unprotected_copy", no_room)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert show_preview_dialog(parent, office, [protected]) is None
    assert len(shown) == 1 and shown[0].startswith("protected.xlsx: ")
    assert "The disk is full" in shown[0]


def test_photos_of_signed_sheets_travel_when_the_setting_says_so(
    qtbot: QtBot, template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "config"))
    save_settings(Settings(photos_travel=True))
    office = site_database(template_db, tmp_path, "NE-NIA")
    activity = add_sample(office)["activity"]
    with office.session() as session:
        activity_id = session.scalars(select(Activity.id).where(Activity.uuid == activity)).one()
        for name in ("IMG_0412.jpg", "IMG_0413.jpg"):
            content = b"\xff\xd8\xff\xe1 Exif " + name.encode() * 500
            session.add(
                SheetPhoto(
                    activity_id=activity_id,
                    day=dt.date(2022, 12, 5),
                    file_name=name,
                    sha256=hashlib.sha256(content).hexdigest(),
                    content=content,
                    pages="1",
                )
            )
    dialog = ExportDialog(office)
    qtbot.addWidget(dialog)
    target = tmp_path / "niamey.xlsx"
    dialog.path_edit.setText(str(target))
    dialog.show()
    dialog.start()
    assert dialog.task is not None
    with qtbot.waitSignal(dialog.task.finished, timeout=20000):
        pass
    box = dialog.findChild(QMessageBox)
    assert box is not None
    assert "2 photos of signed sheets written to niamey.photos.zip" in box.text()
    save(box, "sync_export_photos")
    box.accept()
    zipped = tmp_path / "niamey.photos.zip"
    with zipfile.ZipFile(zipped) as archive:
        _lost, second = archive.infolist()
        kept = archive.read(second)
    with zipfile.ZipFile(zipped, "w") as archive:  # the first one lost on the way
        archive.writestr(second, kept)
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    preview = ImportPreviewDialog(hq, [target])
    qtbot.addWidget(preview)
    preview.resize(900, 560)
    preview.show()
    with qtbot.waitSignal(preview.start_preview().finished, timeout=20000):
        pass
    told = preview.tabs.widget(0).photos.text()
    assert "1 photo of a signed sheet kept beside its activity." in told
    assert "the photo IMG_0412.jpg of Restitution de l'évaluation (2022-12-05) is not in" in told
    save(preview, "sync_import_photos")
