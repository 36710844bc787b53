"""The backups in a folder: their names, their verification records, listing and rotation.

A backup is `<database stem>-<YYYYmmdd-HHMMSS>[-n]-<reason>.db`, with a sidecar
`<name>.json` recording its verification. Rotation keeps everything from today, the newest
backup of each of the last `keep_daily` days and of each of the `keep_weekly` weeks before.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

STAMP = "%Y%m%d-%H%M%S"
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


def backup_info(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None or not path.is_file():
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
        info = backup_info(path)
        if info is None:
            continue
        match = _NAME.match(path.name)
        if stem is not None and match is not None and match["stem"] != stem:
            continue
        found.append(info)
    return sorted(found, key=lambda info: (info.created, info.path.name), reverse=True)


def backups_to_keep(
    backups: Iterable[BackupInfo], *, keep_daily: int, keep_weekly: int, today: dt.date
) -> set[Path]:
    """All of today's; the newest of each of the last `keep_daily` days that have backups
    (today counts as one); then the newest of each of the `keep_weekly` weeks before."""
    newest_first = sorted(backups, key=lambda info: info.created, reverse=True)
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
    """Delete the backups of `stem` that the rotation does not keep; the deleted paths."""
    backups = list_backups(folder, stem)
    keep = backups_to_keep(
        backups, keep_daily=keep_daily, keep_weekly=keep_weekly, today=today or dt.date.today()
    )
    removed = []
    for info in backups:
        if info.path in keep:
            continue
        info.path.unlink(missing_ok=True)
        sidecar(info.path).unlink(missing_ok=True)
        removed.append(info.path)
    if removed:
        log.info("rotation removed %d old backups from %s", len(removed), folder)
    return removed
