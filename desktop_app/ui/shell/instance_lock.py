"""One program per database: a QLockFile `<database>.lock` beside the database file.

A second window or process opening the same database is refused with a message naming the
computer and process that hold it. A lock left by a crash on this computer is taken over by Qt
itself (the process it names is gone). A lock from another computer (database on a shared drive)
cannot be checked from here: the user may take it over after making sure the program there is
closed. The lock never goes stale by age (stale time 0): a program left open for days keeps it.
"""

from __future__ import annotations

import logging
import socket
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.ui.common.text import translate_message

log = logging.getLogger(__name__)


class DatabaseInUse(RegistreError):
    def __init__(self, message: UserMessage, pid: int, hostname: str) -> None:
        super().__init__(message)
        self.pid = pid
        self.hostname = hostname

    @property
    def on_this_computer(self) -> bool:
        return self.hostname in ("", socket.gethostname())


def lock_path(database_path: Path) -> Path:
    return database_path.with_name(database_path.name + ".lock")


class InstanceLock:
    """The lock on one database; `acquire()` raises DatabaseInUse when another holds it."""

    def __init__(self, database_path: Path) -> None:
        self.path = lock_path(Path(database_path))
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)

    def acquire(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            raise self._cannot_create() from None
        if self._lock.tryLock(0):
            return
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            raise self._cannot_create()
        info = self._lock.getLockInfo()
        pid, hostname = (int(info[0]), str(info[1])) if isinstance(info, tuple) else (0, "")
        raise DatabaseInUse(
            UserMessage(
                "InstanceLock",
                QT_TRANSLATE_NOOP(
                    "InstanceLock",
                    "This database is already open in Registre on the computer {host} "
                    "(process {pid}). Close Registre there first, then try again.",
                ),
                {"host": hostname or "?", "pid": pid},
            ),
            pid,
            hostname,
        )

    def _cannot_create(self) -> RegistreError:
        return RegistreError(
            UserMessage(
                "InstanceLock",
                QT_TRANSLATE_NOOP(
                    "InstanceLock",
                    "Registre cannot create the lock file {path}: check that the folder "
                    "can be written.",
                ),
                {"path": str(self.path)},
            )
        )

    def take_over(self) -> None:
        """Remove the lock of a program that is known to be closed, then take it."""
        log.warning("taking over the lock %s", self.path)
        self._lock.removeStaleLockFile()
        self.acquire()

    @property
    def held(self) -> bool:
        return self._lock.isLocked()

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


def acquire_or_explain(database_path: Path, parent: QWidget | None = None) -> InstanceLock | None:
    """The lock on the database, or None after telling the user who holds it.

    When the holder is on another computer, the user may take the lock over (after a crash
    there the lock would otherwise stay forever).
    """
    lock = InstanceLock(database_path)
    try:
        lock.acquire()
        return lock
    except DatabaseInUse as error:
        title = QCoreApplication.translate("InstanceLock", "Database already open")
        text = translate_message(error.message)
        if error.on_this_computer:
            QMessageBox.warning(parent, title, text)
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
        box.setInformativeText(
            QCoreApplication.translate(
                "InstanceLock",
                "If Registre is no longer running on that computer (after a power cut), "
                "you may take over the database.",
            )
        )
        take = box.addButton(
            QCoreApplication.translate("InstanceLock", "Take over"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not take:
            return None
        lock.take_over()
        return lock
    except RegistreError as error:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("InstanceLock", "Registre cannot open the database"),
            translate_message(error.message),
        )
        return None
