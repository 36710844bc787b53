"""An activity from 5 to 7 December 2022 in Niamey, and a one-day one, to import sheets into."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from desktop_app.activities.activities import ActivityFields, create_activity
from desktop_app.store import Database

# The tests import sheet_fixtures.py beside them, whatever pytest's import mode.
sys.path.insert(0, str(Path(__file__).resolve().parent))

START = dt.date(2022, 12, 5)


@pytest.fixture
def activity_id(db: Database) -> int:
    fields = ActivityFields(
        title="Atelier sur le contrôle parlementaire",
        kind="workshop",
        start_date=START,
        end_date=dt.date(2022, 12, 7),
        country="NE",
        city="Niamey",
    )
    return create_activity(db, fields).id


@pytest.fixture
def one_day_activity_id(db: Database) -> int:
    fields = ActivityFields(
        title="Restitution", kind="restitution", start_date=START, country="NE", city="Niamey"
    )
    return create_activity(db, fields).id
