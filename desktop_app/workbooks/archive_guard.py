"""Checks made on a workbook archive before any parser opens it, for the HQ import and the
sign-in sheet import alike.

An .xlsx, .xlsm, .xlsb or .ods file is a zip archive of parts (XML, mostly). Refused here,
from the archive's directory alone (nothing is inflated): an archive that cannot be read (damaged,
truncated); parts that would expand to absurd sizes, alone or together, or that compress far
better than any workbook does (a zip bomb: a few megabytes that unpack to gigabytes). Then the
first bytes of each XML part: a DTD (entity expansion, external entities) no honest workbook
has. Each import says why in its own words: `ArchiveRefused.reason` tells which check failed.
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

PROLOG_BYTES = 4096
DAMAGED = "damaged"
TOO_LARGE = "too_large"
DECLARATIONS = "declarations"
# What reading a damaged or truncated archive raises.
ARCHIVE_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    OSError,
    NotImplementedError,
)


@dataclass(frozen=True)
class ArchiveLimits:
    part_bytes: int  # one part, expanded
    total_bytes: int  # all parts, expanded
    ratio: int = 200  # the XML of real workbooks compresses 5 to 30 times
    ratio_floor: int = 1 << 20  # small parts may compress very well (empty sheets)


class ArchiveRefused(Exception):
    """Why the archive was not opened (`reason`), and the part at fault."""

    def __init__(self, reason: str, part: str = "") -> None:
        super().__init__(f"{reason}: {part}")
        self.reason = reason
        self.part = part


def check_archive(path: Path, limits: ArchiveLimits) -> None:
    """Raise ArchiveRefused unless the zip archive at `path` is safe to hand to a parser."""
    try:
        with zipfile.ZipFile(path) as archive:
            check_sizes(archive, limits)
            check_prologs(archive)
    except ARCHIVE_ERRORS:
        raise ArchiveRefused(DAMAGED) from None


def check_sizes(archive: zipfile.ZipFile, limits: ArchiveLimits) -> None:
    total = 0
    for info in archive.infolist():
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if (
            info.file_size > limits.part_bytes
            or total > limits.total_bytes
            or (info.file_size > limits.ratio_floor and ratio > limits.ratio)
        ):
            raise ArchiveRefused(TOO_LARGE, info.filename)


def check_prologs(archive: zipfile.ZipFile) -> None:
    for info in archive.infolist():
        if not info.filename.endswith((".xml", ".rels")):
            continue
        with archive.open(info) as part:
            prolog = part.read(PROLOG_BYTES)
        if b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog:
            raise ArchiveRefused(DECLARATIONS, info.filename)
