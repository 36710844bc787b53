"""Writing reports and sign-in sheets from the window, off the UI thread with a progress dialog.

The organisation's name and logo printed on PDFs come from the settings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.photos.printing import with_tokens
from desktop_app.reports import data, documents
from desktop_app.reports import xlsx as report_xlsx
from desktop_app.reports.data import PeriodReport
from desktop_app.reports.pdf_render import render_pdf
from desktop_app.settings import load_settings
from desktop_app.signin.printing import (
    load_signin_sheet,
    write_signin_pdf,
    write_signin_xlsx,
)
from desktop_app.store import Database
from desktop_app.ui.common.worker import CancelCheck, ProgressCallback, Task, run_with_progress

Done = Callable[[Path], object]


def _letterhead() -> tuple[str, Path | None]:
    settings = load_settings()
    logo = Path(settings.logo_path) if settings.logo_path else None
    return settings.organisation_name, logo if logo is not None and logo.is_file() else None


def export_period(
    parent: QWidget, report: PeriodReport, file_format: str, path: Path, language: str, done: Done
) -> Task:
    organisation, logo = _letterhead()

    def job(progress: ProgressCallback, _cancelled: CancelCheck) -> Path:
        progress(0, 1)
        if file_format == "xlsx":
            report_xlsx.write_period_xlsx(report, path, language)
        else:
            document = documents.period_document(report, language, organisation, logo)
            render_pdf(document, path)
        progress(1, 1)
        return path

    return run_with_progress(
        parent,
        QCoreApplication.translate("ReportExports", "Writing the report…"),
        job,
        _path_done(done),
    )


def export_activity_pdf(
    parent: QWidget,
    database: Database,
    activity_id: int,
    youth_threshold: int,
    path: Path,
    language: str,
    done: Done,
) -> Task:
    organisation, logo = _letterhead()

    def job(progress: ProgressCallback, _cancelled: CancelCheck) -> Path:
        progress(0, 1)
        report = data.activity_report(database, activity_id, youth_threshold)
        if path.suffix.lower() == ".xlsx":
            report_xlsx.write_activity_xlsx(report, path, language)
        else:
            render_pdf(documents.activity_document(report, language, organisation, logo), path)
        progress(1, 1)
        return path

    return run_with_progress(
        parent,
        QCoreApplication.translate("ReportExports", "Writing the activity report…"),
        job,
        _path_done(done),
    )


def export_signin_sheet(
    parent: QWidget,
    database: Database,
    activity_id: int,
    day: dt.date,
    blank_rows: int,
    path: Path,
    language: str,
    done: Done,
) -> Task:
    organisation, logo = _letterhead()

    def job(progress: ProgressCallback, _cancelled: CancelCheck) -> Path:
        progress(0, 1)
        sheet = load_signin_sheet(database, activity_id, day, blank_rows)
        if path.suffix.lower() == ".xlsx":
            write_signin_xlsx(sheet, path, language)
        else:
            sheet = with_tokens(database, sheet)  # read back from a photo: docs/photos.md
            write_signin_pdf(sheet, path, language, organisation, logo)
        progress(1, 1)
        return path

    return run_with_progress(
        parent,
        QCoreApplication.translate("ReportExports", "Writing the sign-in sheet…"),
        job,
        _path_done(done),
    )


def _path_done(done: Done) -> Callable[[object], object]:
    def deliver(result: object) -> object:
        assert isinstance(result, Path)
        return done(result)

    return deliver
