"""Starting the window: display check, QApplication, database, first start, main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ORGANISATION = "Registre"
APPLICATION = "Registre"


def display_problem(environ: dict[str, str] | None = None, platform: str | None = None) -> bool:
    """True when Qt would abort for lack of a display (Linux without X11 or Wayland)."""
    environ = dict(os.environ) if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return False
    if environ.get("QT_QPA_PLATFORM"):
        return False
    return not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


NO_DISPLAY_MESSAGE = (
    "registre: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), "
    "so the window cannot open.\n"
    "  Run it on a desktop session, or without a screen with one of:\n"
    "    QT_QPA_PLATFORM=offscreen registre\n"
    "    xvfb-run registre\n"
    "  The command line works without a display: registre --help"
)


def run_window(db_path: Path) -> int:
    """Open the window on the database at `db_path`; returns the exit code."""
    if display_problem():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 2
    # Imported here so that `registre --help` and the subcommands never load Qt.
    from desktop_app.ui.startup import start

    return start(db_path)
