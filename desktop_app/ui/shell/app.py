"""Starting the window from the command line: the display check, then `startup.start` (which
loads Qt; nothing here does, so that `registre --help` and the subcommands never load it)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from desktop_app.messages import QT_TRANSLATE_NOOP

# Qt platforms that draw on a display server: without DISPLAY or WAYLAND_DISPLAY they abort.
DISPLAY_PLATFORMS = ("xcb", "wayland", "wayland-egl", "wayland-brcm")


def display_problem(environ: dict[str, str] | None = None, platform: str | None = None) -> bool:
    """True when Qt would abort for lack of a display (Linux without X11 or Wayland): the
    platform is Qt's default or named in QT_QPA_PLATFORM ("xcb", "wayland;xcb", "xcb:dpi=96")
    and every one named needs a display server."""
    environ = dict(os.environ) if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return False
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return False
    named = [
        part.split(":", 1)[0].strip().lower()
        for part in environ.get("QT_QPA_PLATFORM", "").split(";")
        if part.strip()
    ]
    return all(name in DISPLAY_PLATFORMS for name in named)


NO_DISPLAY_MESSAGE = QT_TRANSLATE_NOOP(
    "Cli",
    "no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot "
    "open.\n"
    "  Run it on a desktop session, or without a screen with one of:\n"
    "    QT_QPA_PLATFORM=offscreen registre\n"
    "    xvfb-run registre\n"
    "  The command line works without a display: registre --help",
)


def run_window(db_path: Path, started: Callable[[], None] = lambda: None) -> int:
    """Open the window on the database at `db_path`; returns the exit code. `started` is
    called once the window's modules are imported and its database is open."""
    # Imported here so that `registre --help` and the subcommands never load Qt.
    from desktop_app.ui.shell.startup import start

    return start(db_path, started)
