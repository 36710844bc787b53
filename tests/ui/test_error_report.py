"""An error no window action caught ends in a message in the user's language, never a
traceback on a terminal nobody reads; its details go to the log, without personal data."""

from __future__ import annotations

import errno
import logging
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.logging_setup import install_record_cleaning
from desktop_app.ui.common.text import error_text
from desktop_app.ui.shell import startup


def test_a_bug_in_an_action_is_shown_and_logged(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *rest: shown.append(text)
    )
    install_record_cleaning()  # as the window's configure_logging does
    name = "GUIDI" + "MEY"  # a value that must not reach the log (not in a source line)
    try:
        raise KeyError(name)
    except KeyError as error:
        with caplog.at_level(logging.ERROR):
            startup.report_unexpected(KeyError, error, error.__traceback__)
    (text,) = shown
    assert "KeyError" in text and "bug in Registre" in text and "GUIDIMEY" not in text
    assert "registre.log" in text
    assert "GUIDIMEY" not in caplog.text and "Traceback" in caplog.text


def test_file_errors_are_told_as_such() -> None:
    missing = FileNotFoundError(errno.ENOENT, "No such file or directory", "/usb/a.xlsx")
    assert error_text(missing) == "The file /usb/a.xlsx does not exist."
    full = OSError(errno.ENOSPC, "No space left on device", "/usb/a.xlsx")
    assert "is full" in error_text(full)


def test_the_window_installs_its_hook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(startup, "configure_logging", lambda: None)
    monkeypatch.setattr(startup, "install_language", lambda *_: None)
    monkeypatch.setattr(startup, "_run", lambda *_: 0)
    monkeypatch.setattr(startup, "FileLock", _NoLock)
    assert startup.start("postgresql://nowhere/registre") == 0
    assert sys.excepthook is startup.report_unexpected


class _NoLock:
    def follow(self, _path: object) -> bool:
        return True

    def release(self) -> None:
        pass
