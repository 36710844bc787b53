"""Counts read right: the words follow the number in French and English (Qt's plural forms).

Both languages are compiled from the committed .ts files (registre_en.ts holds the English
singular and plural of each text with a count). French uses the singular for 0 and 1; numbers
are grouped the locale's way (1 000 with a narrow no-break space, 1,000).
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app import translation
from desktop_app.activities.activities import ActivityFields, create_activity
from desktop_app.activities.attendance import check_in
from desktop_app.dedup.finder import DuplicatePair, PersonSummary
from desktop_app.messages import UserMessage
from desktop_app.records.validation import ValidationError
from desktop_app.registry.persons import delete_person
from desktop_app.store import Database
from desktop_app.sync.export import ExportResult
from desktop_app.sync.importing import FileSummary, ImportResult, TypeSummary
from desktop_app.ui.common import i18n
from desktop_app.ui.common.text import error_text
from desktop_app.ui.dedup import dedup_dialog
from desktop_app.ui.dedup.dedup_dialog import DedupDialog
from desktop_app.ui.sheet_import.wizard import SheetImportWizard
from desktop_app.ui.sync import export as sync_export
from desktop_app.ui.sync.export import ExportDialog
from desktop_app.ui.sync.import_dialog import ImportPreviewDialog
from tests.ui.conftest import SCREENSHOTS

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
NNBSP = "\u202f"  # French digit grouping, and before "?" and ";"
COUNTS = (0, 1, 2, 1000)


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("translations")
    for name in ("registre_fr", "registre_en"):
        source, target = TRANSLATIONS / f"{name}.ts", folder / f"{name}.qm"
        subprocess.run([str(LRELEASE), "-silent", str(source), "-qm", str(target)], check=True)
    return folder


@pytest.fixture(params=["fr", "en"])
def language(
    request: pytest.FixtureRequest,
    qapp: QApplication,
    compiled: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[str]:
    monkeypatch.setattr(i18n, "translations_dir", lambda: compiled)
    assert i18n.install_language(qapp, request.param) == request.param
    yield request.param
    monkeypatch.undo()
    i18n.install_language(qapp, "en")  # as the other tests leave it


def _import_result(changes: int) -> ImportResult:
    summary = FileSummary(
        path=Path("niamey.xlsx"),
        site="NE-NIA",
        site_name="Niamey",
        export_id="0" * 32,
        exported_at="2026-11-20T10:00:00",
        mode="changes",
        types=(TypeSummary("person", changes, 0, 0, 0, 0, 0),),
        invalid_rows=(),
        imported_before=None,
    )
    return ImportResult(files=(summary,), applied=False)


IMPORT_STATUS = {
    "fr": {
        0: "Rien à changer\u00a0: cette base contient déjà tout.",
        1: "1 changement à appliquer. Appliquez-le, ou annulez pour ne rien changer.",
        2: "2 changements à appliquer. Appliquez-les tous, ou annulez pour ne rien changer.",
        1000: f"1{NNBSP}000 changements à appliquer. Appliquez-les tous, ou annulez pour ne "
        "rien changer.",
    },
    "en": {
        0: "Nothing to change: this database already holds all of it.",
        1: "1 change to apply. Apply it, or cancel to change nothing.",
        2: "2 changes to apply. Apply them all, or cancel to change nothing.",
        1000: "1,000 changes to apply. Apply them all, or cancel to change nothing.",
    },
}
READING = {
    "fr": {1: "Lecture de 1 classeur…", 2: "Lecture de 2 classeurs…"},
    "en": {1: "Reading 1 workbook…", 2: "Reading 2 workbooks…"},
}


def test_import_preview_counts_its_changes(qtbot: QtBot, db: Database, language: str) -> None:
    for paths in (1, 2):
        dialog = ImportPreviewDialog(db, [Path(f"office{i}.xlsx") for i in range(paths)])
        qtbot.addWidget(dialog)
        assert dialog.status.text() == READING[language][paths]
    for changes in COUNTS:
        dialog.show_preview(_import_result(changes))
        assert dialog.status.text() == IMPORT_STATUS[language][changes]
        assert dialog.apply_button.isEnabled() == (changes > 0)


def test_import_preview_in_french_with_one_change(
    qtbot: QtBot, db: Database, qapp: QApplication, compiled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: compiled)
    i18n.install_language(qapp, "fr")
    try:
        dialog = ImportPreviewDialog(db, [Path("niamey.xlsx")])
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.show_preview(_import_result(1))
        assert dialog.status.text().startswith("1 changement à appliquer. Appliquez-le,")
        QCoreApplication.processEvents()
        SCREENSHOTS.mkdir(exist_ok=True)
        assert dialog.grab().save(str(SCREENSHOTS / "plural_import_preview_fr.png"))
    finally:
        monkeypatch.undo()
        i18n.install_language(qapp, "en")


EXPORTED = {
    "fr": {
        0: "0 fiche écrite dans niamey.xlsx.",
        1: "1 fiche écrite dans niamey.xlsx.",
        2: "2 fiches écrites dans niamey.xlsx.",
        1000: f"1{NNBSP}000 fiches écrites dans niamey.xlsx.",
    },
    "en": {
        0: "0 records written to niamey.xlsx.",
        1: "1 record written to niamey.xlsx.",
        2: "2 records written to niamey.xlsx.",
        1000: "1,000 records written to niamey.xlsx.",
    },
}


def _exported_message(qtbot: QtBot, db: Database, target: Path) -> str:
    dialog = ExportDialog(db)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(target))
    task = dialog.start()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    box = dialog.findChild(QMessageBox)
    assert box is not None
    text = box.text()
    box.accept()
    return text


def test_export_message_counts_its_records(
    qtbot: QtBot, db: Database, tmp_path: Path, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "niamey.xlsx"
    for records in COUNTS:
        # The records, split over two sheets: the message counts them all.
        counts = {"person": records // 2, "attendance": records - records // 2}

        def written(*_args: Any, counts: dict[str, int] = counts, **_kw: Any) -> ExportResult:
            return ExportResult(target, "0" * 32, "full", dt.datetime(2026, 11, 27), counts)

        monkeypatch.setattr(sync_export, "export_workbook", written)
        assert _exported_message(qtbot, db, target) == EXPORTED[language][records]


def _person(person_id: int, attendances: int) -> PersonSummary:
    return PersonSummary(
        person_id, f"{person_id:032x}", "GUIDIMEY", "Célestin", "M", 1968, "CNDH", None, None,
        attendances,
    )  # fmt: skip


PAIRS = {
    "fr": {
        0: "Aucun doublon probable à ce score.",
        1: "1 paire qui pourrait être la même personne.",
        2: "2 paires qui pourraient être la même personne, les plus probables en premier.",
        1000: f"1{NNBSP}000 paires qui pourraient être la même personne, les plus probables "
        "en premier.",
    },
    "en": {
        0: "No likely duplicates at this score.",
        1: "1 pair that may be the same person.",
        2: "2 pairs that may be the same person, best first.",
        1000: "1,000 pairs that may be the same person, best first.",
    },
}
MOVED = {
    "fr": {
        0: "0 présence passe à GUIDIMEY Célestin.",
        1: "1 présence passe à GUIDIMEY Célestin.",
        2: "2 présences passent à GUIDIMEY Célestin.",
        1000: f"1{NNBSP}000 présences passent à GUIDIMEY Célestin.",
    },
    "en": {
        0: "Its 0 attendance rows move to GUIDIMEY Célestin.",
        1: "Its 1 attendance row moves to GUIDIMEY Célestin.",
        2: "Its 2 attendance rows move to GUIDIMEY Célestin.",
        1000: "Its 1,000 attendance rows move to GUIDIMEY Célestin.",
    },
}


def test_duplicates_dialog_counts_its_pairs_and_the_rows_a_merge_moves(
    qtbot: QtBot, db: Database, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = DedupDialog(db, search_on_open=False)
    qtbot.addWidget(dialog)
    for count in COUNTS:
        pairs = [DuplicatePair(_person(1, 3), _person(2, 1), 90, ("phone",))] * count
        monkeypatch.setattr(dedup_dialog, "find_duplicates", lambda *_a, p=pairs: p)
        with qtbot.waitSignal(dialog.search_finished, timeout=10_000) as found:
            dialog.search()
        assert found.args == [count]
        assert dialog.status.text() == PAIRS[language][count]
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_rest: object) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    for count in COUNTS:
        assert not dialog.confirm_merge(_person(1, 3), _person(2, count))
        assert asked[-1].endswith(MOVED[language][count])


REFUSED = {
    "fr": {
        1: "Aminata TRAORE a participé à 1 activité\u00a0: retirez d'abord cette présence",
        2: "Aminata TRAORE a participé à 2 activités\u00a0: retirez d'abord ces présences",
    },
    "en": {
        1: "Aminata TRAORE attended 1 activity: remove that attendance first",
        2: "Aminata TRAORE attended 2 activities: remove that attendance first",
    },
}


def test_a_refused_deletion_counts_the_activities(seeded_db: Database, language: str) -> None:
    """A count below the GUI (UserMessage with n), in the window and on the command line."""
    second = create_activity(
        seeded_db,
        ActivityFields(
            title="Follow-up", kind="meeting", start_date=dt.date(2023, 1, 9),
            end_date=dt.date(2023, 1, 9), country="ML", city="Bamako",
        ),
    )  # fmt: skip
    person_id = 1  # TRAORE Aminata in the seeded registry
    days = [(1, dt.date(2022, 12, 5)), (second.id, dt.date(2023, 1, 9))]
    for attended, (activity_id, day) in enumerate(days, start=1):
        check_in(seeded_db, activity_id, person_id, day)
        with pytest.raises(ValidationError) as refused:
            delete_person(seeded_db, person_id)
        assert error_text(refused.value).startswith(REFUSED[language][attended])
        command_line = translation.message_translator(language)
        assert (
            refused.value.fields["person"]
            .render(command_line)
            .startswith(REFUSED[language][attended])
        )


HEADER = ("Nom et prénoms", "Sexe", "Contact", "J1", "J2")
TOTAL = ("Total", None, None, 2, 1)
SHEETS = {  # one person and a total row; two persons, one invalid row and two total rows
    "one": [HEADER, ("GUIDIMEY Célestin", "M", "96 12 34 56", "x", "x"), TOTAL],
    "three": [
        HEADER,
        ("GUIDIMEY Célestin", "M", "96 12 34 56", "x", "x"),
        ("DIALLO Aïssata", "F", None, "x", None),
        ("ISSA Mariama", "Z", None, "x", None),  # Z is no sex: invalid
        TOTAL,
        TOTAL,
    ],
}
SHEET_COUNTS = {
    "fr": {
        "one": (
            "1 feuille, 3 lignes lues.",
            "1 ligne\u00a0: 1 nouvelle personne, 0 personne connue, 0 doublon possible, "
            "0 ligne invalide\u202f; 1 ligne de total ignorée.",
        ),
        "three": (
            "1 feuille, 6 lignes lues.",
            "3 lignes\u00a0: 2 nouvelles personnes, 0 personne connue, 0 doublon possible, "
            "1 ligne invalide\u202f; 2 lignes de total ignorées.",
        ),
    },
    "en": {
        "one": (
            "1 sheet, 3 rows read.",
            "1 row: 1 new person, 0 known persons, 0 possible duplicates, 0 invalid rows; "
            "1 total row skipped.",
        ),
        "three": (
            "1 sheet, 6 rows read.",
            "3 rows: 2 new persons, 0 known persons, 0 possible duplicates, 1 invalid row; "
            "2 total rows skipped.",
        ),
    },
}


def test_sheet_import_counts_each_kind_of_row(
    qtbot: QtBot, db: Database, tmp_path: Path, language: str
) -> None:
    """One sentence with several counts: each part takes the words of its own number."""
    activity = create_activity(
        db,
        ActivityFields(
            title="Atelier", kind="workshop", start_date=dt.date(2022, 12, 5),
            end_date=dt.date(2022, 12, 6), country="NE", city="Niamey",
        ),
    )  # fmt: skip
    for name, rows in SHEETS.items():
        workbook = openpyxl.Workbook()
        workbook.active.title = "Jour 1"
        for row in rows:
            workbook.active.append(list(row))
        path = tmp_path / f"{name}.xlsx"
        workbook.save(path)
        wizard = SheetImportWizard(db, activity.id)
        qtbot.addWidget(wizard)
        wizard.show()
        task = wizard.file_page.read(str(path))
        assert task is not None
        with qtbot.waitSignal(task.finished, timeout=10_000):
            pass
        read, counted = SHEET_COUNTS[language][name]
        assert wizard.file_page.status.text() == read
        wizard.next()
        wizard.next()
        page = wizard.preview_page
        qtbot.waitUntil(lambda p=page: p.model.preview() is not None and p.task is None)
        assert page.counts.text() == counted


def test_the_pseudo_language_keeps_the_count(qtbot: QtBot, db: Database, qapp: Any) -> None:
    i18n.install_language(qapp, i18n.PSEUDO)
    try:
        dialog = ImportPreviewDialog(db, [Path("niamey.xlsx")])
        qtbot.addWidget(dialog)
        dialog.show_preview(_import_result(1000))
        text = dialog.status.text()
    finally:
        i18n.install_language(qapp, "en")
    assert text.startswith("[1,000 ") and text.endswith("~]") and "%" not in text
    assert i18n.pseudo_translate("%Ln rows read.").startswith("[%Ln ")


def test_a_counted_message_renders_with_any_translator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    message = UserMessage("Ctx", "{count} rows", {"count": 1}, n=1)
    assert message.render() == "1 rows"  # no translator: the source words
    assert message.render(lambda _context, text: text + "!") == "1 rows!"  # (context, text)
    counts: list[int] = []

    def counting(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        counts.append(n)
        return text

    assert message.render(counting) == "1 rows" and counts == [1]
    # The command line's translator with no .qm built: source words, the number filled in.
    monkeypatch.setattr(translation, "translations_dir", lambda: tmp_path)
    english, french_text = (
        translation.message_translator("en"),
        translation.message_translator("fr"),
    )
    assert english("Ctx", "%Ln rows", None, 1000) == "1,000 rows"
    assert french_text("Ctx", "%Ln rows", None, 1000) == f"1{NNBSP}000 rows"
    french = translation.locale_for("fr")
    assert translation.fill_count("%n and %Ln", 1000, french) == f"1000 and 1{NNBSP}000"
    assert translation.fill_count("%n rows", -1, french) == "%n rows"  # no count given


CHECKED_IN = {
    "fr": ["0\u00a0émargé · équipe", "1\u00a0émargé · équipe", "2\u00a0émargés · équipe"],
    "en": ["0 checked in · team", "1 checked in · team", "2 checked in · team"],
}


def test_the_check_in_screen_counts_who_is_checked_in(
    qtbot: QtBot, seeded_db: Database, language: str
) -> None:
    from desktop_app.ui.check_in.view import CheckInView

    day = dt.date(2022, 12, 5)
    activity = create_activity(
        seeded_db,
        ActivityFields(
            title="Counted", kind="meeting", start_date=day, end_date=day, country="ML",
            city="Bamako",
        ),
    )  # fmt: skip
    for count, expected in enumerate(CHECKED_IN[language]):
        if count:
            check_in(seeded_db, activity.id, count, day)  # persons 1 and 2 of the registry
        view = CheckInView(seeded_db, activity.id, day)
        qtbot.addWidget(view)
        assert expected.replace("\u00a0", " ") in view.day_label.text().replace("\u00a0", " ")


PREVIEW_TEXTS = {
    "fr": ("De NE-NIA Niamey, exporté le 20/11/2026 10:00 (changements).", f"100{NNBSP}000"),
    "en": ("From NE-NIA Niamey, exported 20 Nov 2026 10:00 (changes).", "100,000"),
}


def test_import_preview_numbers_and_dates_in_the_language(
    qtbot: QtBot, db: Database, language: str
) -> None:
    dialog = ImportPreviewDialog(db, [Path("niamey.xlsx")])
    qtbot.addWidget(dialog)
    dialog.resize(760, 520)
    dialog.show_preview(_import_result(100_000))
    dialog.show()
    qtbot.waitExposed(dialog)
    page = dialog.tabs.widget(0)
    origin, number = PREVIEW_TEXTS[language]
    assert page.origin.text() == origin
    assert page.counts.item(0, 0).text() == number
    # every header readable, the table's width used
    header = page.counts.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(page.counts.columnCount()):
        label = page.counts.horizontalHeaderItem(column).text()
        assert page.counts.columnWidth(column) >= metrics.horizontalAdvance(label)
    assert header.length() >= page.counts.viewport().width() - page.counts.columnCount()
