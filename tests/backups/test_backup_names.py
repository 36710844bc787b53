"""Two programs backing up one database in the same second get two backups, never one name."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop_app.backups.backups import backup_now, list_backups
from desktop_app.store import open_database

pytestmark = pytest.mark.sqlite_only  # file backups; a server database is refused


def test_simultaneous_backups_of_one_database_all_land_under_their_own_names(
    db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    start = threading.Barrier(2)
    made: list[Path] = []
    failures: list[BaseException] = []

    def back_up_three_times() -> None:
        database = open_database(db_path)
        try:
            start.wait()
            for _ in range(3):
                made.append(backup_now(database, folder, reason="before-import").path)
        except BaseException as error:  # reported below, in the test's thread
            failures.append(error)
        finally:
            database.close()

    workers = [threading.Thread(target=back_up_three_times) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()

    assert failures == []
    assert len(set(made)) == 6
    listed = list_backups(folder, db_path.stem)
    assert {info.path for info in listed} == set(made)
    assert all(info.verified and info.size > 0 for info in listed)
