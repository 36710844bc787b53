"""One change signal: a write in one place shows in every open view without reopening it.

Each test makes the write where a user makes it (a form, the check-in screen, the head-count
dialog, a workbook import, the duplicates dialog) and reads another view that was open
meanwhile: the activity list, the registry, the check-in screen, the grid, the head counts, the
report view.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Qt
from pytestqt.qtbot import QtBot

from desktop_app.activities.activities import ActivityFields, create_activity
from desktop_app.activities.attendance import check_in
from desktop_app.activities.counting import activity_counts
from desktop_app.registry.persons import PersonDetails, PersonFields, create_person
from desktop_app.store import Database
from desktop_app.sync.export import export_workbook
from desktop_app.sync.importing import import_workbooks
from desktop_app.ui.common.changes import EVERY, Changes, ChangeSignal, Ids
from desktop_app.ui.dedup.dedup_dialog import open_dedup_dialog
from desktop_app.ui.models.attendance_grid import FIRST_DAY
from desktop_app.ui.reports.view import ReportView
from desktop_app.ui.sheet_import.menu import open_sheet_import
from desktop_app.ui.shell.core_views import CoreViews, build_main_window
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.sync.conflicts_dialog import open_conflicts
from desktop_app.ui.sync.import_dialog import ImportPreviewDialog
from tests.sync.hq_builders import add_sample, edit_person, site_database
from tests.ui.check_in_keys import type_and_enter
from tests.ui.test_sheet_import_wizard import open_file, sheet

CTRL = Qt.KeyboardModifier.ControlModifier
DAY1 = dt.date(2022, 12, 5)


def open_window(qtbot: QtBot, db: Database, settings: QSettings) -> tuple[MainWindow, CoreViews]:
    window, views = build_main_window(db, settings)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window, views


def listed_titles(views: CoreViews) -> list[str]:
    return [row.title for row in views.activities.model.rows()]


def test_changes_say_which_records_of_which_kind() -> None:
    one = Changes.of(attendance={3}, persons={7})
    assert one and not Changes()
    assert 3 in one.attendance and 4 not in one.attendance
    assert one.counts_of(3) and not one.counts_of(4)
    assert one.counts_of(4, person_ids=[7, 8])  # a person of activity 4 was written
    assert not Changes.of(organisations={1}).any_counts()
    merged = one | Changes.of(attendance=EVERY)
    assert merged.attendance == Ids(every=True) and 99 in merged.attendance
    assert merged.persons == Ids(frozenset({7}))
    assert all(99 in ids for ids in vars(Changes.everything()).values())
    heard: list[tuple[Changes, object]] = []
    signal = ChangeSignal()
    signal.changed.connect(lambda changes, source: heard.append((changes, source)))
    signal.announce(Changes(), "nothing")  # nothing changed: nothing said
    signal.announce(one, "screen")
    assert heard == [(one, "screen")]


def test_check_ins_show_in_the_activity_list_grid_and_report_view(
    qtbot: QtBot, seeded_db: Database, settings: QSettings, registry: list[PersonDetails]
) -> None:
    window, views = open_window(qtbot, seeded_db, settings)
    report = window.view("reports")
    assert isinstance(report, ReportView)
    report.start_edit.setDate(QDate(2022, 1, 1))
    report.end_edit.setDate(QDate(2022, 12, 31))

    def counted_by_the_report() -> int:
        with qtbot.waitSignal(report.report_ready, timeout=10_000):
            window.show_view("reports")
        assert report.report is not None
        return next(a.participants for a in report.report.activities if a.id == 1)

    assert counted_by_the_report() == 0
    grid = views.open_grid(1)
    check_in_view = views.open_check_in(1, DAY1)
    for person in registry[:3]:
        type_and_enter(qtbot, check_in_view, f"{person.family_name} {person.given_names}")

    # The grid, open behind, read itself again.
    assert sorted(row.person_id for row in grid.model.persons()) == [p.id for p in registry[:3]]
    # The activity list, hidden, reads itself again when shown.
    qtbot.keyClick(check_in_view.search_edit, Qt.Key.Key_1, CTRL)
    qtbot.waitUntil(lambda: not views.activities.is_refreshing())
    [row] = [r for r in views.activities.model.rows() if r.id == 1]
    assert row.participants == 3
    # The report view, hidden too, counts again when shown.
    assert counted_by_the_report() == 3

    # The grid's ticks reach the check-in screen.
    window.show_view("grid")
    grid.table.setCurrentIndex(grid.model.index(0, FIRST_DAY + 1))
    qtbot.keyClick(grid.table, Qt.Key.Key_Space)
    check_in_view.step_day(1)
    assert check_in_view.log.rowCount() == 1


def test_head_counts_reach_the_check_in_counter_and_another_dialog(
    qtbot: QtBot, seeded_db: Database, settings: QSettings
) -> None:
    _window, views = open_window(qtbot, seeded_db, settings)
    check_in_view = views.open_check_in(1, DAY1)
    first, second = views.open_head_counts(1), views.open_head_counts(1)
    first.total_spin.setValue(20)
    first.submit()
    assert check_in_view.counter_label.text().startswith("Participants 20 ")
    assert second.model.rowCount() == 1  # the other dialog shows it too
    first.table.setCurrentIndex(first.model.index(0, 0))
    first.delete_current()
    assert second.model.rowCount() == 0
    assert check_in_view.counter_label.text().startswith("Participants 0 ")
    for dialog in (first, second):
        dialog.close()


def test_a_person_edited_in_the_form_is_found_at_check_in_as_edited(
    qtbot: QtBot, seeded_db: Database, settings: QSettings, registry: list[PersonDetails]
) -> None:
    window, views = open_window(qtbot, seeded_db, settings)
    check_in_view = views.open_check_in(1, DAY1)
    type_and_enter(qtbot, check_in_view, "traore aminata")
    form = views.edit_person(registry[0].id)
    form.family_edit.setText("ZOUNGRANA")
    assert form.save()
    form.close()
    assert check_in_view.log.row_at(0) is not None
    assert check_in_view.log.rows()[0].name == "ZOUNGRANA Aminata"  # the day was read again
    qtbot.keyClicks(check_in_view.search_edit, "zoungrana")
    check_in_view.run_search()
    assert [row.id for row in check_in_view.matches.rows()] == [registry[0].id]
    window.show_view("persons")  # the registry, hidden meanwhile, shows the new name
    views.persons.search_edit.setText("zoungrana")
    views.persons.refresh()
    assert [row.id for row in views.persons.model.rows()] == [registry[0].id]


def test_a_workbook_import_shows_in_the_list_the_registry_and_the_check_in_search(
    qtbot: QtBot, template_db: Path, tmp_path: Path, settings: QSettings
) -> None:
    office = site_database(template_db, tmp_path, "NE-NIA")
    add_sample(office)  # an activity and NOM0, NOM1, NOM2
    book = export_workbook(office, tmp_path / "niamey.xlsx").path
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    local = create_activity(
        hq,
        ActivityFields(
            title="Réunion du siège",
            kind="meeting",
            start_date=DAY1,
            end_date=DAY1,
            country="CH",
            city="Genève",
        ),
    )
    window, views = open_window(qtbot, hq, settings)
    views.persons.refresh()
    assert views.persons.model.rowCount() == 0
    check_in_view = views.open_check_in(local.id, DAY1)
    qtbot.keyClicks(check_in_view.search_edit, "nom1")
    check_in_view.run_search()
    assert check_in_view.matches.rowCount() == 0

    dialog = ImportPreviewDialog(hq, [book], window)
    dialog.show()
    with qtbot.waitSignal(dialog.start_preview().finished, timeout=20_000):
        pass
    with qtbot.waitSignal(dialog.apply().finished, timeout=20_000):
        pass

    # The check-in search reads the registry again in the background, then finds them.
    qtbot.waitUntil(lambda: check_in_view.matches.rowCount() == 1, timeout=10_000)
    assert check_in_view.matches.rows()[0].family_name == "NOM1"
    qtbot.keyClick(check_in_view.search_edit, Qt.Key.Key_Return)
    assert activity_counts(hq, local.id).participants == 1
    # The activity list and the registry, hidden meanwhile, show the new rows when shown.
    window.show_view("activities")
    qtbot.waitUntil(lambda: "Restitution de l'évaluation" in listed_titles(views))
    window.show_view("persons")
    assert sorted(row.family_name for row in views.persons.model.rows()) == [
        "NOM0",
        "NOM1",
        "NOM2",
    ]


def test_a_merge_shows_in_the_check_in_screen_registry_and_activity_list(
    qtbot: QtBot, seeded_db: Database, settings: QSettings, registry: list[PersonDetails]
) -> None:
    twin = create_person(
        seeded_db,
        PersonFields(family_name="TRAORÉ", given_names="Aminata", sex="F", phone=registry[0].phone),
    )
    check_in(seeded_db, 1, registry[0].id, DAY1)
    check_in(seeded_db, 1, twin.id, DAY1)  # the same woman, twice: counted twice
    window, views = open_window(qtbot, seeded_db, settings)
    check_in_view = views.open_check_in(1, DAY1)
    assert check_in_view.log.rowCount() == 2
    assert check_in_view.counter_label.text().startswith("Participants 2 ")

    dialog = open_dedup_dialog(window)
    dialog.confirm_merge = lambda _survivor, _merged: True
    qtbot.waitUntil(lambda: dialog.task is None and dialog.model.rowCount() > 0, timeout=10_000)
    pair = dialog.model.pair(0)
    assert pair is not None and {pair.first.id, pair.second.id} == {registry[0].id, twin.id}
    dialog.table.selectRow(0)
    dialog.merge_selected(keep_first=pair.first.id == registry[0].id)
    dialog.close()

    assert check_in_view.log.rowCount() == 1  # the day was read again
    assert check_in_view.counter_label.text().startswith("Participants 1 ")
    qtbot.keyClicks(check_in_view.search_edit, "traore aminata")
    check_in_view.run_search()
    assert [row.id for row in check_in_view.matches.rows()] == [registry[0].id]
    window.show_view("persons")
    views.persons.search_edit.setText("aminata traore")
    views.persons.refresh()
    assert [row.id for row in views.persons.model.rows()] == [registry[0].id]
    window.show_view("activities")
    qtbot.waitUntil(lambda: not views.activities.is_refreshing())
    [row] = [r for r in views.activities.model.rows() if r.id == 1]
    assert row.participants == 1


def test_a_sign_in_sheet_import_shows_at_check_in(
    qtbot: QtBot, seeded_db: Database, settings: QSettings, tmp_path: Path
) -> None:
    window, views = open_window(qtbot, seeded_db, settings)
    views.activities.select_activity(1)
    check_in_view = views.open_check_in(1, DAY1)
    rows = [
        ("N°", "Nom et prénoms", "Sexe", "Structure", "J1"),
        (1, "KABORE Alice", "F", "CNDH", "x"),
        (2, "ZONGO Bruno", "M", "CNDH", "x"),
    ]
    wizard = open_sheet_import(window)
    assert wizard.activity_id() == 1
    open_file(qtbot, wizard, sheet(tmp_path / "presence.xlsx", rows))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.ready_finder() is not None, timeout=10_000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.task is None, timeout=10_000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result_page.result is not None, timeout=10_000)
    qtbot.waitUntil(wizard.result_page.isComplete, timeout=5_000)
    wizard.accept()

    assert sorted(entry.name for entry in check_in_view.log.rows()) == [
        "KABORE Alice",
        "ZONGO Bruno",
    ]
    assert check_in_view.counter_label.text() == "Participants 2 · Women 1 · Youth 0"
    qtbot.keyClicks(check_in_view.search_edit, "zongo")
    qtbot.waitUntil(lambda: check_in_view.matches.rowCount() == 1, timeout=10_000)
    assert "✓" in str(check_in_view.matches.index(0, check_in_view.matches.ROLE).data())


def test_a_conflict_resolved_is_announced_to_the_registry(
    qtbot: QtBot, template_db: Path, tmp_path: Path, settings: QSettings
) -> None:
    office = site_database(template_db, tmp_path, "NE-NIA")
    uuid = add_sample(office)["persons"][0]
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    import_workbooks(hq, [export_workbook(office, tmp_path / "1.xlsx").path])
    edit_person(hq, uuid, position="Commissaire divisionnaire")
    edit_person(office, uuid, family_name="NOMNOUVEAU")
    import_workbooks(hq, [export_workbook(office, tmp_path / "2.xlsx").path])
    window, views = open_window(qtbot, hq, settings)
    window.show_view("persons")
    assert "NOMNOUVEAU" not in [row.family_name for row in views.persons.model.rows()]
    heard: list[Changes] = []
    window.changes.changed.connect(lambda changes, _source: heard.append(changes))
    dialog = open_conflicts(window, hq)
    dialog.keep_incoming.click()
    dialog.close()
    assert heard == [Changes.of(persons=EVERY)]
    assert "NOMNOUVEAU" in [row.family_name for row in views.persons.model.rows()]
