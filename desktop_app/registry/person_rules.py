"""A person described by a sign-in sheet, held to the registry's rules before it is previewed:
texts cleaned and capped (field_rules), names in the registry's style (name_style).

The services apply the same rules to what forms and the command line send (registry/persons.py);
this is the sheet import's way in, which writes persons in bulk past those services.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from desktop_app.messages import QT_TRANSLATE_NOOP, UserMessage
from desktop_app.records.field_rules import TEXT_LIMITS, clean_text
from desktop_app.registry.name_style import registry_names

Described = TypeVar("Described")
_LIMITS = {
    **{key: TEXT_LIMITS["person"][key] for key in ("family_name", "given_names", "position")},
    "region": TEXT_LIMITS["person"]["region"],
    "email": TEXT_LIMITS["person"]["email"],
    "organisation": TEXT_LIMITS["organisation"]["name"],
}
_SHOWN = 40  # characters of an over-long text quoted in the message


def in_registry_style(person: Described) -> tuple[Described, list[UserMessage]]:
    """The person with clean texts and styled names, and what is too long to keep."""
    changes: dict[str, Any] = {}
    problems: list[UserMessage] = []
    for key, limit in _LIMITS.items():
        value = getattr(person, key, None)
        if value is None:
            continue
        cleaned = clean_text(value)
        if len(cleaned) > limit:
            problems.append(
                UserMessage(
                    "Validation",
                    QT_TRANSLATE_NOOP(
                        "Validation", "Longer than {limit} characters ({length}): {start}…"
                    ),
                    {"limit": limit, "length": len(cleaned), "start": cleaned[:_SHOWN]},
                )
            )
            # The row is invalid; what goes on to the preview (and its matcher, which spent a
            # gigabyte on a 40,000-character name) is cut to the limit.
            cleaned = cleaned[:limit]
        changes[key] = cleaned if cleaned or key in ("family_name", "given_names") else None
    changes["family_name"], changes["given_names"] = registry_names(
        changes.get("family_name", ""), changes.get("given_names", "")
    )
    typed: object = getattr(person, "family_name", None)
    if not changes["family_name"] and typed:
        # Nothing left once control characters are gone: no name, as the forms would say.
        problems.append(
            UserMessage(
                "Validation", QT_TRANSLATE_NOOP("Validation", "No family name on this row.")
            )
        )
    return dataclasses.replace(person, **changes), problems  # type: ignore[type-var]
