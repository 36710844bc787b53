"""The sync rules, each one a test: twice, order, deletions, two offices, conflicts."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.store.models import AuditEntry, ImportLog, SyncConflict
from desktop_app.sync.export import export_workbook
from desktop_app.sync.importing import import_workbooks, preview_import
from desktop_app.sync.progress import Cancelled
from tests.sync.hq_builders import (
    add_sample,
    counts,
    dump,
    edit_person,
    person,
    site_database,
    totals,
)


def test_the_same_workbook_twice_changes_nothing_the_second_time(
    template_db: Path, tmp_path: Path
) -> None:
    office = site_database(template_db, tmp_path, "NE-NIA")
    add_sample(office)
    book = export_workbook(office, tmp_path / "niamey.xlsx").path
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    first = import_workbooks(hq, [book])
    assert totals(first.files[0])["new"] == 1 + 1 + 3 + 6 + 1
    before = dump(hq)
    second = import_workbooks(hq, [book])
    assert second.changes == 0
    assert totals(second.files[0])["unchanged"] == 12
    assert second.files[0].imported_before is not None
    after = dump(hq)
    # only the import log grows
    assert [line for line in after.splitlines() if b"import_log" not in line] == [
        line for line in before.splitlines() if b"import_log" not in line
    ]


def test_a_newer_revision_wins_whichever_arrives_first(template_db: Path, tmp_path: Path) -> None:
    office = site_database(template_db, tmp_path, "NE-NIA")
    uuids = add_sample(office)
    old = export_workbook(office, tmp_path / "old.xlsx", full=True).path
    edit_person(office, uuids["persons"][0], position="Députée")
    new = export_workbook(office, tmp_path / "new.xlsx", full=True).path
    for order, name in (((old, new), "a"), ((new, old), "b")):
        hq = site_database(template_db, tmp_path / name, "HQ-GVA")
        results = [import_workbooks(hq, [path]) for path in order]
        assert person(hq, uuids["persons"][0]).position == "Députée"
        assert person(hq, uuids["persons"][0]).revision == 2
        if order[0] == new:
            assert totals(results[1].files[0])["older"] == 1
        else:
            assert totals(results[1].files[0])["updated"] == 1
        assert counts(hq)["sync_conflict"] == 0


def test_a_deletion_travels_and_an_older_workbook_never_brings_it_back(
    template_db: Path, tmp_path: Path
) -> None:
    office = site_database(template_db, tmp_path, "NE-NIA")
    uuids = add_sample(office)
    old = export_workbook(office, tmp_path / "old.xlsx").path
    edit_person(office, uuids["persons"][1], deleted=True)
    deletion = export_workbook(office, tmp_path / "deletion.xlsx", full=True).path
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    import_workbooks(hq, [old])
    assert not person(hq, uuids["persons"][1]).deleted
    result = import_workbooks(hq, [deletion])
    assert person(hq, uuids["persons"][1]).deleted
    assert result.files[0].types[2].updated == 1
    again = import_workbooks(hq, [old])
    assert person(hq, uuids["persons"][1]).deleted
    assert again.files[0].types[2].older == 1
    # deletion first, then the older workbook: still deleted
    other = site_database(template_db, tmp_path / "other", "HQ-GVA")
    import_workbooks(other, [deletion, old])
    assert person(other, uuids["persons"][1]).deleted


def test_two_offices_records_coexist_and_hq_knows_where_they_came_from(
    template_db: Path, tmp_path: Path
) -> None:
    niamey = site_database(template_db, tmp_path, "NE-NIA")
    bamako = site_database(template_db, tmp_path, "ML-BKO")
    n = add_sample(niamey, "N-")
    b = add_sample(bamako, "B-", people=2)
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    import_workbooks(
        hq,
        [
            export_workbook(niamey, tmp_path / "n.xlsx").path,
            export_workbook(bamako, tmp_path / "b.xlsx").path,
        ],
    )
    assert counts(hq)["person"] == 5
    assert counts(hq)["attendance"] == 10
    assert person(hq, n["persons"][0]).origin_site == "NE-NIA"
    assert person(hq, b["persons"][0]).origin_site == "ML-BKO"
    with hq.session() as session:
        sources = set(session.scalars(select(ImportLog.source_site)))
    assert sources == {"NE-NIA", "ML-BKO"}


def test_both_sides_changed_makes_a_conflict_with_both_versions_kept(
    template_db: Path, tmp_path: Path
) -> None:
    office = site_database(template_db, tmp_path, "NE-NIA")
    uuids = add_sample(office)
    target = uuids["persons"][0]
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    import_workbooks(hq, [export_workbook(office, tmp_path / "1.xlsx").path])
    edit_person(hq, target, position="Commissaire (HQ)")
    edit_person(office, target, position="Commissaire (Niamey)")
    second = export_workbook(office, tmp_path / "2.xlsx").path
    result = import_workbooks(hq, [second])
    assert result.files[0].types[2].conflicts == 1
    assert person(hq, target).position == "Commissaire (HQ)"  # the local version stays
    with hq.session() as session:
        conflict = session.scalars(select(SyncConflict)).one()
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "conflict")).one()
    assert conflict.local_version["position"] == "Commissaire (HQ)"
    assert conflict.incoming_version["position"] == "Commissaire (Niamey)"
    assert conflict.incoming_site == "NE-NIA"
    assert audit.changes["position"] == ["Commissaire (HQ)", "Commissaire (Niamey)"]
    # the same workbook again: the conflict is not recorded twice
    again = import_workbooks(hq, [second])
    assert again.changes == 0
    assert counts(hq)["sync_conflict"] == 1


def test_a_change_on_one_side_only_is_an_update_not_a_conflict(
    template_db: Path, tmp_path: Path
) -> None:
    office = site_database(template_db, tmp_path, "NE-NIA")
    uuids = add_sample(office)
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    import_workbooks(hq, [export_workbook(office, tmp_path / "1.xlsx").path])
    edit_person(hq, uuids["persons"][0], position="Changed at HQ")
    # HQ's consolidated workbook reaches the office, which changed nothing since it exported
    consolidated = export_workbook(hq, tmp_path / "hq.xlsx", full=True).path
    result = import_workbooks(office, [consolidated])
    assert result.files[0].types[2].updated == 1
    assert person(office, uuids["persons"][0]).position == "Changed at HQ"
    assert counts(office)["sync_conflict"] == 0


def test_dry_run_and_preview_change_nothing(template_db: Path, tmp_path: Path) -> None:
    office = site_database(template_db, tmp_path, "NE-NIA")
    add_sample(office)
    book = export_workbook(office, tmp_path / "n.xlsx").path
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    before = dump(hq)
    preview = preview_import(hq, [book])
    dry = import_workbooks(hq, [book], apply=False)
    assert not preview.applied and not dry.applied
    assert preview.changes == dry.changes == 12
    assert dump(hq) == before


def test_imported_changes_leave_audit_entries(template_db: Path, tmp_path: Path) -> None:
    office = site_database(template_db, tmp_path, "NE-NIA")
    uuids = add_sample(office)
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    import_workbooks(hq, [export_workbook(office, tmp_path / "1.xlsx").path])
    edit_person(office, uuids["persons"][2], family_name="NOUVEAU")
    import_workbooks(hq, [export_workbook(office, tmp_path / "2.xlsx").path])
    with hq.session() as session:
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.record_uuid == uuids["persons"][2])
            .order_by(AuditEntry.id)
        ).all()
    assert [e.action for e in entries] == ["import-create", "import-update"]
    assert entries[1].changes == {"family_name": ["NOM2", "NOUVEAU"]}
    assert entries[1].site_code == "NE-NIA"
    assert entries[1].revision == 2


def test_a_cancelled_import_changes_nothing(template_db: Path, tmp_path: Path) -> None:
    office = site_database(template_db, tmp_path, "NE-NIA")
    add_sample(office)
    book = export_workbook(office, tmp_path / "n.xlsx").path
    hq = site_database(template_db, tmp_path, "HQ-GVA")
    before = dump(hq)
    asked: list[int] = []

    def cancel_when_merging() -> bool:
        asked.append(1)
        return len(asked) > 2  # after reading has begun

    with pytest.raises(Cancelled):
        import_workbooks(
            hq, [book], progress=lambda done, total: None, cancelled=cancel_when_merging
        )
    assert dump(hq) == before
