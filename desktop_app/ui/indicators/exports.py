"""Writing the progress of a project from the window, off the UI thread with a progress
dialog; the organisation's name and logo on the PDF come from the settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.indicators.progress import Progress
from desktop_app.indicators.progress_files import write_progress_pdf, write_progress_xlsx
from desktop_app.settings import load_settings
from desktop_app.ui.common.worker import CancelCheck, ProgressCallback, Task, run_with_progress


def export_progress(
    parent: QWidget,
    table: Progress,
    file_format: str,
    path: Path,
    language: str,
    threshold: int | None,
    done: Callable[[Path], object],
) -> Task:
    settings = load_settings()
    logo = Path(settings.logo_path) if settings.logo_path else None
    logo = logo if logo is not None and logo.is_file() else None

    def job(progress: ProgressCallback, _cancelled: CancelCheck) -> Path:
        progress(0, 1)
        if file_format == "xlsx":
            write_progress_xlsx(table, path, language, threshold)
        else:
            write_progress_pdf(table, path, language, threshold, settings.organisation_name, logo)
        progress(1, 1)
        return path

    return run_with_progress(
        parent,
        QCoreApplication.translate("ProgressExports", "Writing the progress…"),
        job,
        done,
    )
