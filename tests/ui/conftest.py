"""Widgets are built standalone on a fresh database; settings go to a file in tmp_path."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop_app.activities.activities import (
    ActivityDetails,
    ActivityFields,
    create_activity,
    get_activity,
)
from desktop_app.registry.persons import PersonDetails, PersonFields, create_person, get_person
from desktop_app.store import Database, open_database
from desktop_app.ui.common.worker import cancel_all_tasks

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform cannot resize native windows to their size hint, raise them or
    # let a popup grab the keyboard, and says so; those warnings say nothing about our code.
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(
                pytest.mark.qt_log_ignore(
                    "does not support propagateSizeHints",
                    "does not support raise",
                    "does not support grabbing the keyboard",
                )
            )


@pytest.fixture(autouse=True)
def _tasks_finished_before_teardown() -> Iterator[None]:
    """A job a test started (a search, a matcher built, a count) ends before the server copies of
    the test are emptied (the root conftest's teardown, which runs after this one): a job still
    reading a copy while its sessions are terminated raced with the teardown's own connection and
    hung it."""
    yield
    assert cancel_all_tasks(10_000), "a background job was still running 10 s after its test"


@pytest.fixture(autouse=True)
def own_config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The user's real settings file is never read or written by a test."""
    monkeypatch.setenv("REGISTRE_CONFIG_DIR", str(tmp_path / "config"))


FAMILY_NAMES = ["TRAORE", "DIALLO", "KEITA", "COULIBALY", "SANOGO", "TOURE", "MAIGA", "CISSE"]
GIVEN_NAMES = ["Aminata", "Moussa", "Fatoumata", "Ibrahim", "Mariam", "Oumar", "Awa", "Seydou"]
REGISTRY_SIZE = 40


def seed(database: Database) -> None:
    """A two-day activity (id 1) and 40 persons (ids 1-40) with distinct names (family x
    given); even ones are women, every third is young, every fourth works at Radio Kledu."""
    create_activity(
        database,
        ActivityFields(
            title="Media training on security sector reporting",
            kind="training",
            start_date=dt.date(2022, 12, 5),
            end_date=dt.date(2022, 12, 6),
            country="ML",
            city="Bamako",
            venue="Peacekeeping School",
        ),
    )
    for number in range(REGISTRY_SIZE):
        create_person(
            database,
            PersonFields(
                family_name=FAMILY_NAMES[number % 8],
                given_names=GIVEN_NAMES[number // 8],
                sex="F" if number % 2 == 0 else "M",
                birth_year=1995 if number % 3 == 0 else 1970,
                organisation_name="Radio Kledu" if number % 4 == 0 else None,
                phone=f"+2237600{number:04d}",
            ),
        )


@pytest.fixture(scope="session")
def seeded_template(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seeded") / "seeded.db"
    shutil.copyfile(template_db, path)
    database = open_database(path)
    seed(database)
    database.close()
    return path


@pytest.fixture
def seeded_db(seeded_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A copy of the seeded database (faster than seeding each test)."""
    path = tmp_path / "seeded.db"
    shutil.copyfile(seeded_template, path)
    # Durability is not under test here: no fsync per check-in keeps the tests quick.
    database = open_database(path, extra_pragmas={"synchronous": "OFF"})
    yield database
    database.close()


@pytest.fixture
def two_day_activity(seeded_db: Database) -> ActivityDetails:
    return get_activity(seeded_db, 1)


@pytest.fixture
def registry(seeded_db: Database) -> list[PersonDetails]:
    return [get_person(seeded_db, person_id) for person_id in range(1, REGISTRY_SIZE + 1)]
