"""Shared fixtures: a fresh database per test, seeded from a migrated template copy."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.store import Database, open_database
from desktop_app.store.models import Site


@pytest.fixture(scope="session", autouse=True)
def _widgets_application(qapp: object) -> object:
    """A QApplication before anything else: code that renders PDFs outside the window would
    otherwise create a bare QGuiApplication that widget tests cannot use."""
    return qapp


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database with the site NE-NIA, built once; tests get copies of it."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    database = open_database(path)
    with database.session() as session:
        session.add(Site(code="NE-NIA", name="Niamey", country="NE", is_local=True))
    database.close()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "registre.db"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()
