"""Writing a badge or certificate PDF from the window: off the UI thread with a progress dialog
(Cancel stops it), in a private folder beside the target, moved in place only when whole. A
file chosen to be replaced stays as it was if the writing fails or is cancelled."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from desktop_app import private_folder
from desktop_app.settings import load_settings
from desktop_app.ui.common.worker import CancelCheck, ProgressCallback, Task, run_with_progress

# render(partial path, progress, cancelled) -> what the dialog reports (pages, persons…)
Render = Callable[[Path, ProgressCallback, CancelCheck], Any]


def letterhead() -> tuple[str, Path | None]:
    """The organisation's name and logo from the settings (no logo when its file is gone)."""
    settings = load_settings()
    logo = Path(settings.logo_path) if settings.logo_path else None
    return settings.organisation_name, logo if logo is not None and logo.is_file() else None


def ask_pdf_path(parent: QWidget, suggested_name: str) -> Path | None:
    """The PDF file the user chooses to write (None when they cancel)."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        parent.windowTitle(),
        suggested_name,
        QCoreApplication.translate("DoorPdf", "PDF (*.pdf)"),
    )
    return Path(chosen) if chosen else None


def write_pdf(
    parent: QWidget, label: str, target: Path, render: Render, done: Callable[[Any], object]
) -> Task:
    def job(progress: ProgressCallback, cancelled: CancelCheck) -> Any:
        progress(0, 0)
        with private_folder.workspace(target) as run:
            partial = run / target.name
            result = render(partial, progress, cancelled)
            if cancelled():
                return None  # the partial file goes with the private folder
            os.replace(partial, target)
        return result

    return run_with_progress(parent, label, job, done)


def no_default_button(dialog: QWidget) -> None:
    """Enter belongs to the field it is typed in (search, revoke a code, read a file): no
    button of the dialog takes it as well."""
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)
