"""Recognising the sign-in sheet Registre printed: the mark it wrote as a custom document
property (signin/mark.py), read from the file itself. Excel and LibreOffice keep it
when they save the sheet again, as .xlsx (docProps/custom.xml) or .ods (meta.xml).
"""

from __future__ import annotations

import html
import re
import zipfile
from pathlib import Path

from desktop_app.signin.mark import MARK_NAME, PrintedMark, decode

MAX_PROPERTIES_BYTES = 1 << 20  # a properties part is a few hundred bytes
_PARTS = {
    "docProps/custom.xml": re.compile(
        r'<property\b[^>]*\bname="' + MARK_NAME + r'"[^>]*>\s*<vt:lpwstr>(?P<value>[^<]*)'
        r"</vt:lpwstr>",
    ),
    "meta.xml": re.compile(
        r'<meta:user-defined\b[^>]*\bmeta:name="' + MARK_NAME + r'"[^>]*>(?P<value>[^<]*)'
        r"</meta:user-defined>",
    ),
}


def read_mark(path: Path | str) -> PrintedMark | None:
    """The mark of a sheet Registre printed, None for any other file (or one unreadable:
    opening the sheet itself will say why)."""
    try:
        with zipfile.ZipFile(path) as archive:
            for part, pattern in _PARTS.items():
                try:
                    info = archive.getinfo(part)
                except KeyError:
                    continue
                if info.file_size > MAX_PROPERTIES_BYTES:
                    return None
                text = archive.read(info).decode("utf-8", errors="replace")
                found = pattern.search(text)
                if found:
                    return decode(html.unescape(found["value"]))
    except (OSError, zipfile.BadZipFile, RuntimeError, ValueError):
        return None
    return None
