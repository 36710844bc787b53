"""The private folder of files being written: private, cleaned after a killed run, and never
cleaned under a run that is still working."""

from __future__ import annotations

import stat
from pathlib import Path

from desktop_app import private_folder


def test_a_run_writes_in_a_private_folder_removed_afterwards(tmp_path: Path) -> None:
    target = tmp_path / "usb" / "to-hq.xlsx"
    with private_folder.workspace(target) as run:
        assert run.parent == private_folder.root_of(target.parent)
        for folder in (run, run.parent):
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        (run / "to-hq.xlsx").write_bytes(b"clear names")
    assert list((tmp_path / "usb").iterdir()) == []


def test_a_working_run_is_left_alone_and_a_dead_one_erased(tmp_path: Path) -> None:
    target = tmp_path / "to-hq.xlsx"
    with private_folder.workspace(target) as working:
        partial = working / "to-hq.xlsx"
        partial.write_bytes(b"half a workbook")
        assert private_folder.leftovers(tmp_path) == []
        with private_folder.workspace(target) as second:  # its cleanup at start
            assert partial.read_bytes() == b"half a workbook"
            assert second != working
        assert private_folder.remove_leftovers(tmp_path) == 0
        assert partial.exists()
    # A run killed: its folder stays, its lock is free (no process holds it).
    dead = private_folder.root_of(tmp_path) / "0123456789abcdef"
    dead.mkdir(mode=0o700, parents=True)
    dead.with_name(dead.name + ".lock").touch()
    (dead / "backup.db").write_bytes(b"SQLite format 3\x00" + b"names" * 100)
    old = tmp_path / ".to-hq-x1y2.xlsx.partial"  # what an older version left beside it
    old.write_bytes(b"names")
    assert set(private_folder.leftovers(tmp_path)) == {dead / "backup.db", old}
    assert private_folder.remove_leftovers(tmp_path) == 2
    assert list(tmp_path.iterdir()) == []
