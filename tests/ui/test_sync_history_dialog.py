"""Tools ▸ Workbooks received…: the offices, the imports, and what the chosen one brought."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from desktop_app.store import Database
from desktop_app.store.models import ImportLog
from desktop_app.ui.common.i18n import install_language
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.sync.history_dialog import SyncHistoryDialog
from desktop_app.ui.sync.menu import install
from tests.sync.received_builders import receive_workbooks
from tests.ui.conftest import SCREENSHOTS


def save(widget: SyncHistoryDialog, name: str) -> None:
    QCoreApplication.processEvents()  # layouts settle before the picture
    SCREENSHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


def cells(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def headers(table: QTableWidget) -> list[str]:
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


def test_offices_and_imports_are_shown_newest_first(
    qtbot: QtBot, template_db: Path, tmp_path: Path
) -> None:
    received = receive_workbooks(template_db, tmp_path)
    dialog = SyncHistoryDialog(received.hq)
    qtbot.addWidget(dialog)
    dialog.show()
    offices = {row[0]: row for row in cells(dialog.offices)}
    assert set(offices) == {"NE-NIA Niamey", "ML-BKO"}
    assert offices["NE-NIA Niamey"][3] == "1"  # the same workbook twice is one workbook
    imports = cells(dialog.table)
    assert [(row[1], row[2]) for row in imports] == [
        ("NE-NIA Niamey", "niamey.xlsx"),
        ("ML-BKO", "bamako.xlsx"),
        ("NE-NIA Niamey", "niamey.xlsx"),
    ]
    assert [row[4] for row in imports] == ["full"] * 3
    total_rows = str(received.niamey.total_rows)
    assert imports[0][5] == "0" and imports[2][5] == total_rows  # new: none the second time
    save(dialog, "sync_history_dialog")
    received.hq.close()


def test_choosing_an_import_shows_its_counts_per_record_type(
    qtbot: QtBot, template_db: Path, tmp_path: Path
) -> None:
    received = receive_workbooks(template_db, tmp_path)
    dialog = SyncHistoryDialog(received.hq)
    qtbot.addWidget(dialog)
    dialog.show()
    details = dialog.details

    def per_type() -> dict[str, list[str]]:
        labels = [details.verticalHeaderItem(r).text() for r in range(details.rowCount())]
        return dict(zip(labels, cells(details), strict=True))

    assert per_type()["Persons"][2] == "3"  # the latest import: Niamey's 3 persons unchanged
    dialog.table.selectRow(1)
    assert "bamako.xlsx" in dialog.details_title.text()
    assert per_type()["Persons"][0] == "2"  # Bamako's 2 persons new
    assert per_type()["Total"][0] == dialog.table.item(1, 5).text()
    dialog.table.selectRow(2)
    assert per_type()["Persons"][0] == "3"
    received.hq.close()


def test_columns_sort_and_escape_closes(qtbot: QtBot, template_db: Path, tmp_path: Path) -> None:
    received = receive_workbooks(template_db, tmp_path)
    dialog = SyncHistoryDialog(received.hq)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # most new records first
    assert cells(dialog.table)[0][2] == "niamey.xlsx"
    assert cells(dialog.table)[-1][5] == "0"
    dialog.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert cells(dialog.table)[0][2] == "bamako.xlsx"
    dialog.table.selectRow(0)
    assert "bamako.xlsx" in dialog.details_title.text()  # the selection follows the sort
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    received.hq.close()


def test_in_french(qtbot: QtBot, template_db: Path, tmp_path: Path) -> None:
    received = receive_workbooks(template_db, tmp_path)
    app = QApplication.instance()
    try:
        install_language(app, "fr")  # type: ignore[arg-type]
        dialog = SyncHistoryDialog(received.hq)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.windowTitle() == "Classeurs reçus"
        assert headers(dialog.offices)[0] == "Bureau"
        assert headers(dialog.table)[:3] == ["Importé le (UTC)", "Bureau", "Fichier"]
        assert [row[4] for row in cells(dialog.table)] == ["complet"] * 3
        assert "/20" in cells(dialog.table)[0][0]  # 27/11/2026 03:45
        labels = {dialog.details.verticalHeaderItem(r).text() for r in range(2)}
        assert labels & {"Personnes", "Activités", "Structures"}
        assert "importé le" in dialog.details_title.text()
        save(dialog, "sync_history_dialog_fr")
    finally:
        install_language(app, "en")  # type: ignore[arg-type]
        received.hq.close()


def test_empty_database_says_so(qtbot: QtBot, db: Database) -> None:
    dialog = SyncHistoryDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.status.text() == "No workbook has been imported into this database yet."
    assert not dialog.sections.isVisible()
    save(dialog, "sync_history_dialog_empty")


def test_menu_entry_and_shortcut(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    window = MainWindow(db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    install(window)
    action = next(a for a in window.menu("tools").actions() if a.text() == "&Workbooks received…")
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
    assert shortcut == "Ctrl+Shift+H"
    every = [a.shortcut() for name in ("file", "tools") for a in window.menu(name).actions()]
    assert every.count(action.shortcut()) == 1


def test_an_old_import_shows_a_dash_and_the_keyboard_moves_between_imports(
    qtbot: QtBot, db: Database
) -> None:
    moment = dt.datetime(2026, 10, 1, 9, 0)
    with db.session() as session:
        session.execute(
            insert(ImportLog),
            [
                {"export_uuid": "a" * 32, "source_site": "ML-BKO", "imported_at": moment,
                 "file_name": "old.xlsx", "summary": {"person": {"new": 4}}},
                {"export_uuid": "b" * 32, "source_site": "ML-BKO",
                 "imported_at": moment + dt.timedelta(days=2), "file_name": "new.xlsx",
                 "exported_at": moment + dt.timedelta(days=1), "mode": "changes",
                 "summary": {"person": {"updated": 5}}},
            ],
        )  # fmt: skip
    dialog = SyncHistoryDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert cells(dialog.offices) == [["ML-BKO", "2 Oct 2026 09:00", "3 Oct 2026 09:00", "2"]]
    newest, oldest = cells(dialog.table)
    assert newest[:6] == ["3 Oct 2026 09:00", "ML-BKO", "new.xlsx", "2 Oct 2026 09:00",
                          "changes", "0"]  # fmt: skip
    assert oldest[:6] == ["1 Oct 2026 09:00", "ML-BKO", "old.xlsx", "—", "—", "4"]
    assert "new.xlsx" in dialog.details_title.text()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert "old.xlsx" in dialog.details_title.text()
    assert dialog.details.item(0, 0).text() == "4"
