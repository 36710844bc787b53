"""A private folder for the files being written: nothing half-made lies in clear beside a target.

A workbook or a backup is written in `<target's folder>/.registre-partial/<run>/` (0700 on
POSIX, hidden on Windows), then moved in place when complete: same folder, same disk, so the
move is one rename and the target is either absent or whole. Each run holds a lock on
`<run>.lock` while it works. A run that was killed leaves its folder unlocked: the next run in
the same folder (or `remove_leftovers`) overwrites what it holds with zeros and deletes it.
Files an older Registre left beside their targets (`.NAME.xlsx.partial`, `NAME.db.partial`)
are removed the same way.

A copy read in clear (a password-protected workbook decrypted for an import) lives in the
private folder of the user's own data folder (`clear_copies`), never in the system's temporary
folder, where a killed run would leave it readable; it is overwritten with zeros when read, and
what a killed run left there is erased at the program's next start (`remove_own_leftovers`).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from desktop_app.paths import user_data_folder

FOLDER_NAME = ".registre-partial"
# What Registre 0.x left beside its targets when killed.
OLD_LEFTOVERS = (".*.xlsx.partial", ".*.xlsx.partial.frame", "*.db.partial", "*.db.restoring")
_CHUNK = 1 << 20


def root_of(folder: Path) -> Path:
    return folder / FOLDER_NAME


def target_folder(path: Path) -> Path:
    """The folder whose private folder holds `path`, or the folder of `path` itself."""
    run = path.parent
    return run.parent.parent if run.parent.name == FOLDER_NAME else run


def _lock(handle: IO[bytes]) -> bool:
    """Take the run's lock without waiting; the system drops it when the process dies."""
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _hide(path: Path) -> None:
    if sys.platform == "win32":  # the dot hides it elsewhere
        import ctypes

        ctypes.windll.kernel32.SetFileAttributesW(str(path), 0x2)  # type: ignore[attr-defined]


def _make_root(folder: Path) -> Path:
    root = root_of(folder)
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # a folder another user made: our run folder is ours
        root.chmod(0o700)
    _hide(root)
    return root


def erase_file(path: Path) -> None:
    """Overwrite a file with zeros, then delete it (what it held is not left in free space;
    on SSDs and USB keys this is a best effort, docs/security.md)."""
    try:
        size = path.stat().st_size
        with path.open("r+b") as handle:
            for start in range(0, size, _CHUNK):
                handle.write(b"\0" * min(_CHUNK, size - start))
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        pass  # deleting still helps
    path.unlink(missing_ok=True)


def _erase_tree(folder: Path) -> None:
    for entry in sorted(folder.rglob("*"), reverse=True):
        if entry.is_file() and not entry.is_symlink():
            erase_file(entry)
    shutil.rmtree(folder, ignore_errors=True)


def leftovers(folder: Path) -> list[Path]:
    """The files killed runs left in `folder`'s private folder (and beside, by older versions):
    those whose run holds no lock any more."""
    found = [path for pattern in OLD_LEFTOVERS for path in folder.glob(pattern) if path.is_file()]
    root = root_of(folder)
    if not root.is_dir():
        return found
    for run in root.iterdir():
        if not run.is_dir():
            continue
        with _free_run(run) as free:
            if free:
                found += [path for path in run.rglob("*") if path.is_file()]
    return found


@contextlib.contextmanager
def _free_run(run: Path) -> Iterator[bool]:
    """Whether no live run holds `run` (its lock taken here meanwhile)."""
    lock_path = run.with_name(run.name + ".lock")
    try:
        handle = lock_path.open("ab")
    except OSError:
        yield False
        return
    try:
        yield _lock(handle)
    finally:
        handle.close()


def remove_leftovers(folder: Path) -> int:
    """Erase what killed runs left in `folder`; the number of files erased."""
    erased = 0
    for path in folder.glob("*"):
        if path.is_file() and any(path.match(pattern) for pattern in OLD_LEFTOVERS):
            erase_file(path)
            erased += 1
    root = root_of(folder)
    if not root.is_dir():
        return erased
    for run in list(root.iterdir()):
        if not run.is_dir():
            continue
        lock_path = run.with_name(run.name + ".lock")
        with _free_run(run) as free:
            if not free:
                continue  # another program is writing there now
            erased += sum(1 for path in run.rglob("*") if path.is_file())
            _erase_tree(run)
        lock_path.unlink(missing_ok=True)
    for lock_path in root.glob("*.lock"):  # a run killed before it made its folder
        run = lock_path.with_suffix("")
        if run.exists():
            continue
        with _free_run(run) as free:
            if free:  # not a run between taking its lock and making its folder
                with contextlib.suppress(OSError):
                    lock_path.unlink()
    _remove_if_empty(root)
    return erased


def _remove_if_empty(root: Path) -> None:
    with contextlib.suppress(OSError):  # not empty: another run works there
        root.rmdir()


@contextlib.contextmanager
def workspace(target: Path) -> Iterator[Path]:
    """A private folder beside `target` for its partial files, removed on leaving (whatever
    it holds then is deleted); leftovers of killed runs are removed first."""
    with private_run(target.parent) as run:
        yield run


@contextlib.contextmanager
def clear_copies() -> Iterator[Path]:
    """A private folder in the user's own data folder for copies read in clear; each file it
    holds is overwritten with zeros on leaving."""
    with private_run(user_data_folder()) as run:
        try:
            yield run
        finally:
            for path in run.rglob("*"):
                if path.is_file() and not path.is_symlink():
                    erase_file(path)


def remove_own_leftovers() -> int:
    """At start: erase what killed runs left in the user's own data folder (clear copies of
    workbooks being imported); the number of files erased. A run still working (another
    window, a command) is left alone."""
    return remove_leftovers(user_data_folder())


@contextlib.contextmanager
def private_run(folder: Path) -> Iterator[Path]:
    """A run folder of its own in `folder`'s private folder, removed on leaving (whatever it
    holds then is deleted); leftovers of killed runs are removed first."""
    folder.mkdir(parents=True, exist_ok=True)
    remove_leftovers(folder)
    for _attempt in range(3):  # another run may remove the empty root meanwhile
        root = _make_root(folder)
        name = secrets.token_hex(8)
        lock_path = root / f"{name}.lock"
        try:
            handle = lock_path.open("xb")
        except FileNotFoundError:
            continue
        _lock(handle)  # a fresh name: nobody else holds it
        run = root / name
        try:
            run.mkdir(mode=0o700)
        except FileNotFoundError:
            handle.close()
            continue
        break
    else:
        raise FileNotFoundError(f"the folder {root} keeps disappearing")
    try:
        yield run
    finally:
        shutil.rmtree(run, ignore_errors=True)
        handle.close()
        lock_path.unlink(missing_ok=True)
        _remove_if_empty(root)
