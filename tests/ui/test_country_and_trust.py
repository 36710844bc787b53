"""Countries typed as names in the window (the first start once kept "Ni" of "Niger"), with
completion; the import preview asks its confirmations before Apply."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.registry.sites import local_site
from desktop_app.store import open_database
from desktop_app.sync.export import export_workbook
from desktop_app.sync.importing import import_workbooks
from desktop_app.ui.activities.activity_form import ActivityForm
from desktop_app.ui.shell.first_start import FirstStartDialog
from desktop_app.ui.sync.import_dialog import ImportPreviewDialog
from tests.sync.hq_builders import add_sample, counts, rewrite, site_database
from tests.ui.conftest import SCREENSHOTS


def test_first_start_takes_niger_typed_in_full_and_refuses_ni(qtbot: QtBot, tmp_path: Path) -> None:
    database = open_database(tmp_path / "new.db")
    try:
        dialog = FirstStartDialog(database)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.code_edit, "NE-NIA")
        qtbot.keyClicks(dialog.name_edit, "Bureau de Niamey")
        qtbot.keyClicks(dialog.country_edit, "Ni")
        popup = dialog.country_edit.completer().popup()
        qtbot.waitUntil(popup.isVisible)
        offered = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
        assert "Niger (NE)" in offered and "Nigeria (NG)" in offered
        popup.hide()
        dialog.accept()
        assert dialog.isVisible() and local_site(database) is None
        assert dialog.messages.text("country").startswith("Ni is not a country: did you mean")
        dialog.country_edit.setText("")
        qtbot.keyClicks(dialog.country_edit, "Niger")
        dialog.country_edit.completer().popup().hide()
        with qtbot.waitSignal(dialog.accepted):
            dialog.accept()
        site = local_site(database)
        assert site is not None and site.country == "NE"
        # And every new activity is pre-filled with the code, not with two letters of a name.
        form = ActivityForm(database)
        qtbot.addWidget(form)
        assert form.country_edit.text() == "NE"
    finally:
        database.close()


def test_the_preview_asks_to_confirm_mass_deletions_before_apply(
    qtbot: QtBot, template_db: Path, tmp_path: Path
) -> None:
    office = site_database(template_db, tmp_path / "office", "NE-NIA")
    add_sample(office)
    book = export_workbook(office, tmp_path / "niamey.xlsx", language="en").path
    office.close()
    hq = site_database(template_db, tmp_path / "hq", "HQ-GVA")
    import_workbooks(hq, [book])

    def forge(sheet: str, rows: list[list[Any]]) -> None:
        if sheet == "Persons":
            deleted, revision = rows[0].index("Deleted"), rows[0].index("Revision")
            for row in rows[1:]:
                row[deleted], row[revision] = "Yes", int(row[revision]) + 1
        if sheet == "Manifest":
            for row in rows:
                if row[0] == "site":
                    row[1] = "HQ-GVA"

    forged = rewrite(book, tmp_path / "forged.xlsx", forge)
    dialog = ImportPreviewDialog(hq, [forged])
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    with qtbot.waitSignal(dialog.start_preview().finished, timeout=20000):
        pass
    doubts = dialog.tabs.widget(0).doubts.text()
    assert "this database's own site HQ-GVA" in doubts
    assert "Deletes 3 of the 3 persons held here." in doubts
    assert dialog.office_check.isVisible() and dialog.delete_check.isVisible()
    assert not dialog.apply_button.isEnabled()
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "sync_import_confirmations.png"))
    dialog.activateWindow()  # the progress dialog had the focus
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.office_check.isChecked)  # a mnemonic clicks, animated
    assert not dialog.apply_button.isEnabled()
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.apply_button.isEnabled)
    with qtbot.waitSignal(dialog.apply().finished, timeout=20000):
        pass
    assert dialog.applied is not None and dialog.applied.applied
    with hq.session() as session:
        from sqlalchemy import select

        from desktop_app.store.models import Person

        assert all(session.scalars(select(Person.deleted)))
    assert counts(hq)["person"] == 3
    hq.close()
