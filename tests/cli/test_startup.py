"""What a command loads before it works: `registre --help` lists every command without importing
their modules (nor SQLAlchemy or Alembic), and a database at the program's revision is opened
without Alembic. Checked in a fresh interpreter, by the modules it ended with (no timing)."""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.cli.commands import LazyCommands
from desktop_app.cli.main import build_parser, main, run

ROOT = Path(__file__).resolve().parents[2]
MIGRATION_ONLY = ("alembic", "mako", "pygments")


def modules_after(arguments: list[str], config: Path) -> tuple[set[str], str]:
    """(the modules imported, what was printed) when `registre ARGUMENTS` has run."""
    script = (
        "import json, sys\n"
        "from desktop_app.cli.main import main\n"
        "try:\n"
        f"    code = main({arguments!r})\n"
        "except SystemExit as stop:\n"
        "    code = stop.code\n"
        "print('\\nMODULES ' + json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "REGISTRE_CONFIG_DIR": str(config)},
        timeout=120,
    )
    printed, _, modules = done.stdout.rpartition("\nMODULES ")
    assert modules, done.stderr
    return set(json.loads(modules)), printed


def _top(names: set[str]) -> set[str]:
    return {name.split(".")[0] for name in names}


def test_help_lists_every_command_without_loading_them(tmp_path: Path) -> None:
    modules, printed = modules_after(["--help"], tmp_path / "config")
    for name in _commands(build_parser(every_command=True)):
        assert f"    {name} " in printed or f"    {name}\n" in printed, name
    assert "check the database's integrity" in printed
    loaded = {m for m in modules if m.startswith("desktop_app.cli.")}
    entry = {"main", "commands", "output", "parsing"}  # the entry and its list of commands
    assert loaded <= {f"desktop_app.cli.{name}" for name in entry}, loaded
    assert not _top(modules) & {"sqlalchemy", *MIGRATION_ONLY}


@pytest.mark.sqlite_only  # a file at head (a server's revision is read by the same query)
def test_report_on_a_database_at_head_needs_no_alembic(db_path: Path, tmp_path: Path) -> None:
    modules, printed = modules_after(["--db", str(db_path), "report"], tmp_path / "config")
    assert "Totals over 0 activities" in printed
    assert "desktop_app.cli.report" in modules
    assert "desktop_app.cli.sync" not in modules  # only the chosen command's module
    assert not _top(modules) & set(MIGRATION_ONLY)


def test_the_lazy_parser_is_the_whole_parser() -> None:
    """Each command's help, usage and options are the same whether its module was imported
    at once or when the command was chosen."""
    whole = _commands(build_parser(every_command=True))
    lazy_parser = build_parser()
    action = next(a for a in lazy_parser._actions if isinstance(a, LazyCommands))
    assert list(_commands(lazy_parser)) == list(whole) == list(action.modules)
    assert len(whole) >= 25
    for name in whole:
        action.load([name])
        assert _commands(lazy_parser)[name].format_help() == whole[name].format_help(), name
    assert lazy_parser.format_help() == build_parser(every_command=True).format_help()


def test_a_command_module_may_not_give_its_own_help() -> None:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(action=LazyCommands)
    commands.add_waiting("check", "database", help="one line")
    with pytest.raises(TypeError, match="given once"):
        commands.add_parser("check", help="another line")


def test_a_command_chosen_runs_with_its_module_loaded(
    db_path: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "activity", "list", "--deleted"]) == 0
    with pytest.raises(SystemExit) as stopped:
        main(["--db", str(db_path), "nonsense"])
    assert stopped.value.code == 2
    assert "invalid choice: 'nonsense'" in capsys.readouterr().err


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


@pytest.mark.sqlite_only
def test_report_without_explain_loads_no_explanation(db_path: Path, tmp_path: Path) -> None:
    modules, printed = modules_after(["--db", str(db_path), "report"], tmp_path / "config")
    assert "Totals over 0 activities" in printed
    assert not {"desktop_app.activities.explain", "desktop_app.cli.explain_output"} & modules


def test_qt_s_translator_leaves_python_s_own_import() -> None:
    """PySide6's import for its `__feature__` switches would read the source of every module
    imported after Qt (SQLAlchemy's, Registre's): the translator, first to load Qt, puts
    Python's back, and Qt's modules still import."""
    script = (
        "import builtins\n"
        "import desktop_app.translation\n"
        "from PySide6.QtWidgets import QWidget\n"
        "import sqlalchemy\n"
        "print(getattr(builtins.__import__, '__name__', ''), QWidget.__name__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr
    name, widget = done.stdout.split()
    assert widget == "QWidget"
    assert name != "__feature_import__"


def test_the_window_starts_with_the_collector_paused_until_its_database_is_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As a command's, the window's start makes a few hundred thousand objects and no garbage:
    Python's cycle collector waits until the window says its modules are in and its database
    open, then runs (with what was made so far frozen)."""
    from desktop_app.ui.shell import app

    seen: list[bool] = []

    def window(path: Path, started: Callable[[], None]) -> int:
        seen.append(gc.isenabled())
        started()
        seen.append(gc.isenabled())
        started()  # a second window (another database) changes nothing
        seen.append(gc.isenabled())
        return 0

    monkeypatch.setattr(app, "run_window", window)
    monkeypatch.setattr(app, "display_problem", lambda: False)
    monkeypatch.setattr(sys, "argv", ["registre", "--db", str(tmp_path / "office.db")])
    monkeypatch.setenv("REGISTRE_CONFIG_DIR", str(tmp_path / "config"))
    gc.enable()  # as at a process's start
    try:
        assert run() == 0
    finally:
        gc.unfreeze()
        gc.enable()
    assert seen == [False, True, True]
