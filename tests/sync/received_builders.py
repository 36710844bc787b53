"""HQ having received workbooks from two offices: the same Niamey workbook twice, Bamako's
once, and a preview of Bamako's first (a preview logs nothing). HQ's site table knows
Niamey, not Bamako."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.store import Database
from desktop_app.store.models import Site
from desktop_app.sync.export import ExportResult, export_workbook
from desktop_app.sync.importing import import_workbooks, preview_import
from tests.sync.hq_builders import add_sample, site_database


@dataclass(frozen=True)
class Received:
    hq: Database
    niamey: ExportResult
    bamako: ExportResult


def receive_workbooks(template_db: Path, folder: Path) -> Received:
    niamey_office = site_database(template_db, folder, "NE-NIA")
    add_sample(niamey_office, people=3)
    niamey = export_workbook(niamey_office, folder / "niamey.xlsx", language="en")
    niamey_office.close()
    bamako_office = site_database(template_db, folder, "ML-BKO")
    add_sample(bamako_office, prefix="B", people=2)
    bamako = export_workbook(bamako_office, folder / "bamako.xlsx", language="fr")
    bamako_office.close()
    hq = site_database(template_db, folder, "HQ-GVA")
    with hq.session() as session:  # HQ knows Niamey's name, not Bamako's
        session.add(Site(code="NE-NIA", name="Niamey", country="NE", is_local=False))
    import_workbooks(hq, [niamey.path])
    preview_import(hq, [bamako.path])
    import_workbooks(hq, [bamako.path])
    import_workbooks(hq, [niamey.path])
    return Received(hq, niamey, bamako)
