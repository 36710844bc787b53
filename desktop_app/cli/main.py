"""The command line: the same use cases as the window, one clear line on stderr on error.

Subcommands live in desktop_app/commands/, one module per area, imported only when its command
is chosen: `registre --help` loads neither the services nor SQLAlchemy, and opening a database
at head needs no Alembic (docs/command-line.md, "Start-up").
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import gc
import io
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop_app import __version__, exit_codes, file_problems
from desktop_app.cli import output
from desktop_app.cli.commands import LazyCommands, register_all
from desktop_app.cli.parsing import CommandParser
from desktop_app.file_problems import FileProblem
from desktop_app.logging_setup import configure_logging, install_record_cleaning
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError
from desktop_app.paths import default_database_path
from desktop_app.store import errors

# First match wins: a full disk is a file problem even when the database's writes found it.
_BY_KIND: tuple[tuple[type[BaseException], int], ...] = (
    (errors.DiskFull, exit_codes.FILE),
    (FileProblem, exit_codes.FILE),
    (errors.DatabaseError, exit_codes.DATABASE),
    (RegistreError, exit_codes.REFUSED),
    (OSError, exit_codes.FILE),
)


def exit_code_for(error: BaseException) -> int:
    """The exit code of a command that stopped on `error`."""
    for kind, code in _BY_KIND:
        if isinstance(error, kind):
            return code
    return exit_codes.INTERNAL


def build_parser(*, every_command: bool = False) -> argparse.ArgumentParser:
    """The parser of `registre`; a command's own options are read in when it is chosen, or
    all at once with `every_command` (to walk the whole tree)."""
    parser = CommandParser(
        prog="registre",
        description=QT_TRANSLATE_NOOP("Cli", "Offline activity and attendance register."),
    )
    parser.add_argument("--version", action="version", version=f"Registre {__version__}")
    parser.add_argument(
        "--db",
        type=database_target,
        default=None,
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "database file (default: your data folder), or a PostgreSQL server's URL "
            "postgresql://user@host:port/database",
        ),
    )
    commands: LazyCommands = parser.add_subparsers(
        dest="command", metavar="COMMAND", action=LazyCommands
    )
    register_all(commands, load=every_command)
    return parser


def database_target(value: str) -> Path | str:
    """A file path, or a server URL kept as written (a Path would fold its `//`)."""
    from desktop_app.store import server

    return value.strip() if server.is_server_url(value) else Path(value)


def run() -> int:
    """The program: `registre`, `python -m desktop_app` and the bundled executables.

    Python's cycle collector waits until the command is chosen and its database opened (the
    window: its modules imported and its database opened, ui/shell/startup.py):
    starting makes a few hundred thousand objects (modules, SQLAlchemy's tables and mappers)
    and no garbage, and the collector would walk them again and again as they are made. They
    are then frozen (`gc.freeze`), so that neither the command's collections nor the exit walk
    them (measured: a fifth of `registre report`'s time, docs/command-line.md)."""
    global _collector_waits
    _collector_waits = gc.isenabled()
    gc.disable()
    return main()


_collector_waits = False  # `run` paused the cycle collector for the start


def _start_collecting() -> None:
    global _collector_waits
    if _collector_waits:
        _collector_waits = False
        gc.freeze()
        gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; its exit code follows the table of exit_codes.py, and no
    traceback reaches the user: every error ends in one line in their language."""
    # The language first: the parser's help and mistakes are in it too.
    output.use_language(output.settings_language())
    for stream in (sys.stdout, sys.stderr):
        output.protect_stream(stream)
    try:
        code = _run(argv)
        sys.stdout.flush()  # a closed pipe shows here, not at the interpreter's exit
        return code
    except BrokenPipeError:  # `registre report | head`: stop quietly, as Unix tools do
        _silence_stdout()
        return exit_codes.OUTPUT_CLOSED
    except KeyboardInterrupt:
        return exit_codes.INTERRUPTED
    except RegistreError as error:
        _error_line(output.render(error.message))
        return exit_code_for(error)
    except OSError as error:
        problem = file_problems.problem(error)
        _error_line(output.render(problem.message))
        return exit_code_for(problem)
    except Exception as error:
        return _unexpected(error)


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _erase_clear_copies_left()
    if args.command is None:
        # Only the window loads Qt's widgets; without a display it would abort.
        from desktop_app.ui.shell.app import NO_DISPLAY_MESSAGE, display_problem, run_window

        if display_problem():
            _start_collecting()
            print(f"registre: {output.text(NO_DISPLAY_MESSAGE)}", file=sys.stderr)
            return exit_codes.NO_DISPLAY
        # The window's modules are as many as a command's: collected from when they are in
        # and the database is open, as a command's are.
        return run_window(args.db or default_database_path(), started=_start_collecting)
    install_record_cleaning()
    target = args.db or default_database_path()
    if not getattr(args, "uses_database", True):  # works on files of its own
        _start_collecting()
        free_code: int = args.handler(args, target)
        return free_code
    if isinstance(target, Path):
        _require_file(target, creates=getattr(args, "creates_database", False))
    if getattr(args, "without_database", False):  # works on the closed file
        if isinstance(target, str):  # restore, encrypt, recover: files only
            from desktop_app.store import server

            raise errors.needs_file(server.masked(target))
        _start_collecting()
        closed_code: int = args.handler(args, target)
        return closed_code
    from desktop_app.cli.opening import open_for_command

    new = _not_made_yet(target) if getattr(args, "creates_database", False) else None
    code: int = exit_codes.INTERNAL
    try:
        database = open_for_command(target)
        _start_collecting()
        try:
            code = args.handler(args, database)
            return code
        finally:
            database.close()
    finally:
        if new is not None and code != exit_codes.OK:
            _remove_made(*new)


def _not_made_yet(target: Path | str) -> tuple[Path, Path | None] | None:
    """For a command that may create the database: (the file, the first of its folders that
    does not exist either, if any) when the file is not there yet, else None."""
    if not isinstance(target, Path) or target.exists():
        return None
    first_missing = None
    folder = target.parent
    while not folder.exists() and folder != folder.parent:
        first_missing, folder = folder, folder.parent
    return target, first_missing


def _remove_made(path: Path, first_missing: Path | None) -> None:
    """A database a refused `init` or `demo` made (`init --country Ni`): removed with the folders
    made for it, so that the next command says the file is missing instead of counting zeros
    in an empty database."""
    for made in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm", "-journal"))):
        with contextlib.suppress(OSError):
            made.unlink(missing_ok=True)
    if first_missing is None:
        return
    folder = path.parent
    while folder.is_relative_to(first_missing):
        with contextlib.suppress(OSError):  # not empty: something else lives there now
            folder.rmdir()
        folder = folder.parent


def _erase_clear_copies_left() -> None:
    """Decrypted copies of workbooks a killed import left in the user's private folder are
    erased at the next start, of the window or of any command (private_folder.py)."""
    from desktop_app import private_folder

    with contextlib.suppress(OSError):  # a data folder that cannot be read: the command says so
        private_folder.remove_own_leftovers()


def _require_file(path: Path, *, creates: bool) -> None:
    """A mistyped --db must not make folders and an empty database that then reports zeros:
    only the commands that create one (init, demo, restore) accept a path that does not exist."""
    if path.is_dir():
        raise file_problems.problem(OSError(errno.EISDIR, "Is a directory"), path)
    if not creates and not path.exists():
        raise errors.missing(path)


def _error_line(text: str) -> None:
    with contextlib.suppress(OSError):  # stderr closed too: nothing more can be said
        print(f"registre: {text}", file=sys.stderr)


def _silence_stdout() -> None:
    """Point stdout at the null device, so that Python's own flush at exit cannot complain
    about the closed pipe a second time."""
    with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)


UNEXPECTED = QT_TRANSLATE_NOOP(
    "Cli",
    "unexpected error ({kind}): this is a bug in Registre. Please report it with the log "
    "{log} (it holds no names or phone numbers).",
)


def _unexpected(error: Exception) -> int:
    """A bug: its traceback goes to the log file (cleaned of personal data), the user gets one
    line saying where."""
    log_file: Path | str = "registre.log"
    with contextlib.suppress(Exception):  # the log's folder may be what failed
        log_file = configure_logging(to_stderr=False)
        logging.getLogger("desktop_app.cli").error("command failed", exc_info=error)
    _error_line(output.text(UNEXPECTED, kind=type(error).__name__, log=log_file))
    return exit_codes.INTERNAL
