"""An activity's tags as text: how a typed line splits into tags and what makes two tags one.
Plain text work, without the database: the workbook's reading process uses it too."""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop_app.records.field_rules import clean_text
from desktop_app.records.text import normalise

TAG_LIMIT = 40  # characters of one tag
SEPARATORS = re.compile(r"[,;\n]")  # a tag holds none: they separate tags where typed


def tag_key(tag: str) -> str:
    """The tag folded for matching (case, accents, signs): "Jeunes " and "jeunes" are one tag."""
    return normalise(tag)


def split_tags(text: str | None) -> list[str]:
    """The tags of a typed line ("DDR, jeunes; cohort-2022"), cleaned, in order, without
    repeats (by key)."""
    found: dict[str, str] = {}
    for part in SEPARATORS.split(text or ""):
        tag = clean_text(part)
        if tag and tag_key(tag) not in found:
            found[tag_key(tag)] = tag
    return list(found.values())


def shown(tags: Iterable[str]) -> str:
    """Tags as one line, in the order of their keys ("DDR, jeunes")."""
    return ", ".join(sorted(tags, key=lambda tag: (tag_key(tag), tag)))
