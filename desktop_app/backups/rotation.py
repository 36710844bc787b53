"""The backups in a folder: their names, their verification records, listing and rotation.

A backup is `<database stem>-<YYYYmmdd-HHMMSS>[-n]-<reason>.db`, with a sidecar
`<name>.json` recording its verification. A file under such a name that cannot be a database
(empty, neither SQLite's header nor whole encrypted pages: what an older Registre left when it
was killed) is no backup: never listed, and removed by the rotation.

Rotation chooses among verified backups only: all of today's, the newest of each of the last
`keep_daily` days and of each of the `keep_weekly` weeks before. A backup not verified never
takes the place of a verified one, and is never deleted by the rotation (the backups service
verifies them first: what fails its check goes).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.store import encryption

log = logging.getLogger(__name__)

STAMP = "%Y%m%d-%H%M%S"
ORPHAN_RECORD_AGE = dt.timedelta(days=1)  # a name reserved by a backup that was killed
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?-(?P<reason>[a-z-]+)\.db$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime  # local time, from the file name
    reason: str  # one of backups.REASONS
    size: int  # bytes
    verified: bool  # integrity and row counts checked when it was made
    row_counts: dict[str, int]


def sidecar(path: Path) -> Path:
    return path.with_name(path.name + ".json")


def could_be_database(path: Path) -> bool:
    """A plain SQLite file or whole encrypted pages: what a backup can be, read in one go."""
    try:
        return path.stat().st_size > 0 and (
            encryption.has_plain_header(path) or encryption.looks_encrypted(path)
        )
    except OSError:
        return False


def _matches(path: Path, stem: str | None) -> bool:
    match = _NAME.match(path.name)
    return match is not None and (stem is None or match["stem"] == stem)


def named_for(path: Path, stem: str) -> bool:
    """Whether `path` bears the name of a backup of the database `stem` (a partial copy too)."""
    return _matches(path.with_name(path.name.removesuffix(".partial")), stem)


def backup_info(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None or not path.is_file() or not could_be_database(path):
        return None
    try:
        size = path.stat().st_size
    except FileNotFoundError:  # rotated away by another program since the folder was read
        return None
    created = dt.datetime.strptime(match["stamp"], STAMP)
    verified, counts = False, {}
    try:
        record = json.loads(sidecar(path).read_text(encoding="utf-8"))
        verified = record.get("verified") is True
        counts = {str(k): int(v) for k, v in record.get("row_counts", {}).items()}
    except (OSError, ValueError, AttributeError, TypeError):
        pass  # no record (a backup made before a migration): shown as not verified
    return BackupInfo(path, created, match["reason"], size, verified, counts)


def list_backups(folder: Path, stem: str | None = None) -> list[BackupInfo]:
    """The backups in `folder` (of the database named `stem` if given), newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.db"):
        info = backup_info(path) if _matches(path, stem) else None
        if info is not None:
            found.append(info)
    return sorted(found, key=lambda info: (info.created, info.path.name), reverse=True)


def backups_to_keep(
    backups: Iterable[BackupInfo], *, keep_daily: int, keep_weekly: int, today: dt.date
) -> set[Path]:
    """Among the verified backups: all of today's; the newest of each of the last `keep_daily`
    days that have backups (today counts as one); then the newest of each of the `keep_weekly`
    weeks before. The backups not verified are not chosen (and not deleted: see `rotate`)."""
    newest_first = sorted(
        (info for info in backups if info.verified), key=lambda info: info.created, reverse=True
    )
    keep = {info.path for info in newest_first if info.created.date() == today}
    days: list[dt.date] = []
    for info in newest_first:
        day = info.created.date()
        if day in days:
            continue
        if len(days) >= keep_daily:
            break
        days.append(day)
        keep.add(info.path)
    oldest_daily = min(days) if days else today
    weeks: list[tuple[int, int]] = []
    for info in newest_first:
        if info.created.date() >= oldest_daily or info.path in keep:
            continue
        week = info.created.isocalendar()[:2]
        if week in weeks:
            continue
        if len(weeks) >= keep_weekly:
            break
        weeks.append(week)
        keep.add(info.path)
    return keep


def rotate(
    folder: Path,
    stem: str,
    *,
    keep_daily: int = 7,
    keep_weekly: int = 4,
    today: dt.date | None = None,
) -> list[Path]:
    """Delete the verified backups of `stem` that the rotation does not keep, and the files under
    a backup's name that are no backup; the deleted paths."""
    removed = remove_broken(folder, stem)
    backups = list_backups(folder, stem)
    keep = backups_to_keep(
        backups, keep_daily=keep_daily, keep_weekly=keep_weekly, today=today or dt.date.today()
    )
    for info in backups:
        if info.path in keep or not info.verified:
            continue
        info.path.unlink(missing_ok=True)
        sidecar(info.path).unlink(missing_ok=True)
        removed.append(info.path)
    if removed:
        log.info("rotation removed %d old backups from %s", len(removed), folder)
    return removed


def remove_broken(folder: Path, stem: str) -> list[Path]:
    """Files under a backup's name that cannot be a database (a name reserved by a backup that
    was killed), and records older than a day whose backup never came; the paths removed."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for path in folder.glob("*.db"):
        if _matches(path, stem) and path.is_file() and not could_be_database(path):
            path.unlink(missing_ok=True)
            sidecar(path).unlink(missing_ok=True)
            removed.append(path)
    limit = dt.datetime.now().timestamp() - ORPHAN_RECORD_AGE.total_seconds()
    for record in folder.glob("*.db.json"):
        backup = record.with_name(record.name.removesuffix(".json"))
        try:
            orphan = _matches(backup, stem) and not backup.exists()
            if orphan and record.stat().st_mtime < limit:
                record.unlink()
        except OSError:
            continue
    return removed
