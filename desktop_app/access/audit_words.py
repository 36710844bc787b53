"""The words of the audit trail: actions and record types, translatable below the window
(the window and the command line translate them in the "Access" context)."""

from __future__ import annotations

from desktop_app.messages import QT_TRANSLATE_NOOP

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("Access", "created"),
    "update": QT_TRANSLATE_NOOP("Access", "changed"),
    "delete": QT_TRANSLATE_NOOP("Access", "deleted"),
    "restore": QT_TRANSLATE_NOOP("Access", "restored"),
    "import-create": QT_TRANSLATE_NOOP("Access", "created by an import"),
    "import-update": QT_TRANSLATE_NOOP("Access", "changed by an import"),
    "import-delete": QT_TRANSLATE_NOOP("Access", "deleted by an import"),
    "import-restore": QT_TRANSLATE_NOOP("Access", "restored by an import"),
    "conflict": QT_TRANSLATE_NOOP("Access", "conflict set aside"),
    "merge": QT_TRANSLATE_NOOP("Access", "duplicates merged"),
    "restyle": QT_TRANSLATE_NOOP("Access", "names restyled"),
}
RECORD_TYPES = {
    "activity": QT_TRANSLATE_NOOP("Access", "activity"),
    "person": QT_TRANSLATE_NOOP("Access", "person"),
    "organisation": QT_TRANSLATE_NOOP("Access", "organisation"),
    "attendance": QT_TRANSLATE_NOOP("Access", "attendance"),
    "head_count": QT_TRANSLATE_NOOP("Access", "head count"),
    "expected_person": QT_TRANSLATE_NOOP("Access", "expected person"),
    "badge": QT_TRANSLATE_NOOP("Access", "badge"),
}
