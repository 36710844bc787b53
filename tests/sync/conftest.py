"""Fixtures of the HQ sync tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.sync.export import export_workbook
from tests.sync.hq_builders import add_sample, site_database


@pytest.fixture
def office_book(template_db: Path, tmp_path: Path) -> Path:
    """Niamey's workbook, in English: an organisation, an activity, 5 persons present on two
    days (10 attendance rows) and a head count."""
    office = site_database(template_db, tmp_path / "office", "NE-NIA")
    add_sample(office, people=5)
    book = export_workbook(office, tmp_path / "niamey.xlsx", language="en").path
    office.close()
    return book
