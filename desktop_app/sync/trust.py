"""What an import checks before it trusts a workbook beyond its cells (docs/sync.md, "Trust").

- The office: a workbook names its site (its code) and, since schema 0005, the installation
  that wrote it (`site_id` in the manifest). HQ remembers both for every workbook it imports.
  A workbook claiming to be this database's own site, an installation known under another
  code, or a code known from another installation, needs the user's confirmation; once
  confirmed and imported, that installation is one of the office's computers (a second door
  at an event, docs/door.md) and its next workbooks under the same code are not asked about.
- Mass deletions: a workbook that would delete more than 10 % of the live records of a type
  held here (at least 2), or more than 50, needs a second confirmation.

The preview shows both; `import_workbooks(apply=True)` refuses them unless confirmed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select

from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.store.models import ImportLog, Site

MASS_SHARE = 0.10
MASS_COUNT = 50

_DELETES = {
    "organisation": QT_TRANSLATE_NOOP("Sync", "{count} of the {live} organisations held here"),
    "activity": QT_TRANSLATE_NOOP("Sync", "{count} of the {live} activities held here"),
    "person": QT_TRANSLATE_NOOP("Sync", "{count} of the {live} persons held here"),
    "attendance": QT_TRANSLATE_NOOP("Sync", "{count} of the {live} attendance rows held here"),
    "head_count": QT_TRANSLATE_NOOP("Sync", "{count} of the {live} head counts held here"),
    "expected_person": QT_TRANSLATE_NOOP(
        "Sync", "{count} of the {live} persons of expected lists held here"
    ),
    "badge": QT_TRANSLATE_NOOP("Sync", "{count} of the {live} badges held here"),
    "project": QT_TRANSLATE_NOOP("Sync", "{count} of the {live} projects held here"),
    "age_band_set": QT_TRANSLATE_NOOP("Sync", "{count} of the {live} age band sets held here"),
    "indicator": QT_TRANSLATE_NOOP("Sync", "{count} of the {live} indicators held here"),
    "target": QT_TRANSLATE_NOOP("Sync", "{count} of the {live} targets held here"),
    "payment_list": QT_TRANSLATE_NOOP("Sync", "{count} of the {live} payment lists held here"),
}


@dataclass(frozen=True)
class MassDeletion:
    type_name: str
    count: int
    live: int  # live records of the type here before the import

    def message(self) -> UserMessage:
        return UserMessage(
            "Sync", _DELETES[self.type_name], {"count": self.count, "live": self.live}
        )


def is_mass(count: int, live: int) -> bool:
    return count > MASS_COUNT or (count >= 2 and count > MASS_SHARE * live)


def _known_device(connection: Connection, site: str, source_id: str) -> bool:
    """This installation has sent workbooks under this code before, and they were imported: a
    computer of that office, confirmed once (two laptops at two doors of one event)."""
    if not source_id:
        return False
    found = connection.execute(
        select(ImportLog.id)
        .where(ImportLog.source_site == site, ImportLog.source_id == source_id)
        .limit(1)
    ).first()
    return found is not None


def office_warnings(
    connection: Connection, file_name: str, site: str, source_id: str
) -> tuple[UserMessage, ...]:
    """Why the workbook's office is not the one it says, as far as this database can tell.
    An installation already imported under the same code is one of that office's computers:
    confirmed once, not asked about again."""
    warnings: list[UserMessage] = []
    local, local_id = connection.execute(
        select(Site.code, Site.install_id).where(Site.is_local)
    ).one_or_none() or (None, None)
    known_device = _known_device(connection, site, source_id)
    if site and site == local and (source_id == local_id or not known_device):
        warnings.append(
            UserMessage(
                "Sync",
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "{file} says it comes from this database's own site {site}: one of its own "
                    "workbooks coming back, or a workbook claiming to be this site.",
                ),
                {"file": file_name, "site": site},
            )
        )
    if not source_id:
        return tuple(warnings)  # written before installations were named: nothing to compare
    known_as = connection.execute(
        select(ImportLog.source_site)
        .where(ImportLog.source_id == source_id, ImportLog.source_site != site)
        .limit(1)
    ).scalar()
    if known_as is not None:
        warnings.append(
            UserMessage(
                "Sync",
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "{file} says it comes from {site}, but the same installation sent its "
                    "earlier workbooks as {old}: the office code changed.",
                ),
                {"file": file_name, "site": site, "old": known_as},
            )
        )
    if known_device:
        return tuple(warnings)
    other = connection.execute(
        select(ImportLog.source_id)
        .where(
            ImportLog.source_site == site,
            ImportLog.source_id.is_not(None),
            ImportLog.source_id != source_id,
        )
        .limit(1)
    ).scalar()
    if other is not None:
        warnings.append(
            UserMessage(
                "Sync",
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "{file} says it comes from {site}, but the earlier workbooks of {site} came "
                    "from another installation: the office reinstalled Registre, or this "
                    "workbook claims to be that office.",
                ),
                {"file": file_name, "site": site},
            )
        )
    return tuple(warnings)


def refusal(office: list[UserMessage], deletions: list[tuple[str, MassDeletion]]) -> RegistreError:
    """Nothing imported: what needs a confirmation, with how to give it."""
    parts = [message.render() for message in office]
    parts += [f"{name}: {deletion.message().render()}" for name, deletion in deletions]
    if office and deletions:
        text = QT_TRANSLATE_NOOP(
            "Sync",
            "Nothing was imported. {details} Confirm the office and the deletions to import "
            "(in the preview, or --accept-office-change and --allow-mass-delete).",
        )
    elif office:
        text = QT_TRANSLATE_NOOP(
            "Sync",
            "Nothing was imported. {details} Confirm the office to import (in the preview, or "
            "--accept-office-change).",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "Sync",
            "Nothing was imported: these deletions need a confirmation. Deletes {details} "
            "Confirm them to import (in the preview, or --allow-mass-delete).",
        )
    return RegistreError(UserMessage("Sync", text, {"details": " ".join(parts)}))
