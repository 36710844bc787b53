"""The tables of the features are declared in modules of their own, when first asked for
(store/models.py): every name still reads from `store.models`, and `every_table()` is the
whole schema, as a new database has it. Each check runs in a fresh Python, where nothing
else has declared the tables already."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def _fresh_python(code: str) -> object:
    done = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, timeout=120
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_feature_tables_are_declared_when_first_asked_for() -> None:
    seen = _fresh_python(
        "import json, sys\n"
        "from desktop_app.store import models\n"
        "def apart():\n"
        "    return sorted(m for m in sys.modules if m.startswith('desktop_app.store.models_'))\n"
        "before = apart()\n"
        "from desktop_app.store.models import PaymentList\n"
        "from desktop_app.store.models_payments import PaymentList as declared\n"
        "try:\n"
        "    models.NoSuchTable\n"
        "    unknown = 'found'\n"
        "except AttributeError:\n"
        "    unknown = 'refused'\n"
        "print(json.dumps({'before': before, 'after': apart(), 'same': PaymentList is declared,\n"
        "                  'table': PaymentList.__tablename__, 'unknown': unknown}))\n"
    )
    assert seen == {
        "before": [],
        "after": ["desktop_app.store.models_payments"],
        "same": True,
        "table": "payment_list",
        "unknown": "refused",
    }


def test_every_table_is_the_schema_of_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    seen = _fresh_python(
        "import json, sqlite3\n"
        "from desktop_app.store import open_database\n"
        "from desktop_app.store.models import every_table\n"
        f"open_database({str(path)!r}).close()\n"
        f"connection = sqlite3.connect({str(path)!r})\n"
        'made = {name for (name,) in connection.execute("SELECT name FROM sqlite_master "\n'
        "        \"WHERE type = 'table' AND name NOT LIKE 'sqlite_%'\")}\n"
        "print(json.dumps({'made': sorted(made - {'alembic_version'}),\n"
        "                  'declared': sorted(every_table().tables)}))\n"
    )
    assert isinstance(seen, dict)
    assert "payment_list" in seen["made"] and "sheet_photo" in seen["made"]
    assert seen["declared"] == seen["made"]


def test_the_travelling_records_are_those_with_travel_fields() -> None:
    names = _fresh_python(
        "import json\n"
        "from desktop_app.store.models import TRAVELLING_MODELS\n"
        "print(json.dumps(sorted(m.__name__ for m in TRAVELLING_MODELS)))\n"
    )
    assert names == sorted(
        [
            "Organisation",
            "Activity",
            "Person",
            "Attendance",
            "HeadCount",
            "ExpectedPerson",
            "Badge",
            "Project",
            "AgeBandSet",
            "Indicator",
            "Target",
            "PaymentList",
        ]
    )
