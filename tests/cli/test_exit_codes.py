"""Every subcommand, given bad input, ends in one line in the user's language and an exit code
of the table (desktop_app/exit_codes.py, docs/command-line.md): never a traceback.

The subcommands are read from the parser, so that a new one is covered without a word here.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app import exit_codes
from desktop_app.cli import privacy
from desktop_app.cli.main import build_parser, main
from desktop_app.store import Database
from tests.cli.conftest import Result, Run
from tests.faults.fault_builders import add_persons

ROOT = Path(__file__).resolve().parents[2]


def _subcommands(
    parser: argparse.ArgumentParser, words: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from _subcommands(child, (*words, name))
            return
    yield words, parser


COMMANDS = dict(_subcommands(build_parser(every_command=True)))
NAMES = [" ".join(words) for words in COMMANDS]


def _command(name: str) -> tuple[tuple[str, ...], argparse.ArgumentParser]:
    words = tuple(name.split())
    return words, COMMANDS[words]


def _bad_value(action: argparse.Action, bad_path: Path) -> str:
    """A value of the right shape that no command can use: an unknown id, a date that does not
    exist, a path through a file, a code that is no code."""
    if action.choices:
        return str(next(iter(action.choices)))
    if action.type is int:
        return "999999"
    if action.type is Path:
        return str(bad_path)
    if any(word in action.dest for word in ("day", "start", "end", "from", "to")):
        return "2022-02-30"
    return "x"


def bad_arguments(parser: argparse.ArgumentParser, bad_path: Path) -> list[str]:
    """The parser's required arguments, each given a bad value."""
    arguments: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        if action.option_strings and action.required:
            arguments += [action.option_strings[0], _bad_value(action, bad_path)]
        elif not action.option_strings:
            arguments.append(_bad_value(action, bad_path))
    return arguments


@pytest.fixture(autouse=True)
def _secrets_given(monkeypatch: pytest.MonkeyPatch) -> None:
    """New passphrases and passwords as a script gives them: the commands go on to the files
    (the databases are plain: no passphrase opens them)."""
    for variable in (
        privacy.NEW_PASSPHRASE_VARIABLE,
        privacy.WORKBOOK_PASSWORD_VARIABLE,
    ):
        monkeypatch.setenv(variable, "correct horse battery")


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    """`registre --db PATH ARGUMENTS...` in this process; argparse's own exit counts too."""

    def invoke(database: Path, *arguments: str) -> Result:
        try:
            code = main(["--db", str(database), *arguments])
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else exit_codes.INTERNAL
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return invoke


@pytest.fixture
def bad_path(tmp_path: Path) -> Path:
    """A path through a plain file: it can be neither read nor written."""
    plain = tmp_path / "notes.txt"
    plain.write_text("not a folder", encoding="utf-8")
    return plain / "inside" / "file.xlsx"


def _said_clearly(result: Result) -> None:
    assert "Traceback" not in result.err and "Traceback" not in result.out, result.err
    assert result.code in exit_codes.TABLE, (result.code, result.err)
    assert result.code != exit_codes.INTERNAL, result.err
    if result.code == exit_codes.USAGE:
        assert "error:" in result.err, result.err
    elif result.code != exit_codes.OK:
        lines = [line for line in result.err.splitlines() if line.startswith("registre: ")]
        assert lines, result.err


def _creates(parser: argparse.ArgumentParser) -> bool:
    return bool(parser.get_default("creates_database"))


def _uses_database(parser: argparse.ArgumentParser) -> bool:
    return parser.get_default("uses_database") is not False


def test_the_commands_that_may_create_a_database_are_few() -> None:
    creating = {name for name in NAMES if _creates(_command(name)[1])}
    assert creating == {"init", "demo", "restore"}
    assert len(NAMES) >= 30  # every subcommand found, nested ones included


@pytest.mark.parametrize("name", NAMES)
def test_bad_values(name: str, run: Run, db_path: Path, bad_path: Path) -> None:
    words, parser = _command(name)
    result = run(db_path, *words, *bad_arguments(parser, bad_path))
    _said_clearly(result)


@pytest.mark.parametrize("name", NAMES)
def test_unknown_option_is_a_usage_error(
    name: str, run: Run, db_path: Path, bad_path: Path
) -> None:
    words, parser = _command(name)
    result = run(db_path, *words, *bad_arguments(parser, bad_path), "--no-such-option")
    _said_clearly(result)
    assert result.code == exit_codes.USAGE


@pytest.mark.sqlite_only
@pytest.mark.parametrize("name", NAMES)
def test_a_mistyped_database_path_is_refused(
    name: str, run: Run, tmp_path: Path, bad_path: Path
) -> None:
    """Only the commands that create a database accept a path that does not exist; the others
    say so and create nothing, not even the folder."""
    words, parser = _command(name)
    missing = tmp_path / "no-such-folder" / "offfice.db"
    result = run(missing, *words, *bad_arguments(parser, bad_path))
    _said_clearly(result)
    if _creates(parser) or not _uses_database(parser):
        return
    assert result.code == exit_codes.DATABASE
    assert "does not exist" in result.err and str(missing) in result.err
    assert not missing.parent.exists()


@pytest.mark.sqlite_only
@pytest.mark.parametrize("name", NAMES)
def test_a_file_that_is_no_database(name: str, run: Run, tmp_path: Path, bad_path: Path) -> None:
    words, parser = _command(name)
    foreign = tmp_path / "photo.db"
    foreign.write_bytes(os.urandom(8192))
    result = run(foreign, *words, *bad_arguments(parser, bad_path))
    _said_clearly(result)
    opens = _uses_database(parser) and not parser.get_default("without_database")
    if opens:
        assert result.code == exit_codes.DATABASE


@pytest.mark.sqlite_only
def test_a_folder_given_as_database(run: Run, tmp_path: Path) -> None:
    result = run(tmp_path, "check")
    _said_clearly(result)
    assert result.code == exit_codes.FILE and "is a folder" in result.err


def test_import_of_a_workbook_that_does_not_exist(run: Run, db_path: Path) -> None:
    result = run(db_path, "import", "/nonexistent.xlsx")
    _said_clearly(result)
    assert result.code == exit_codes.FILE
    assert result.err == "registre: The file /nonexistent.xlsx does not exist.\n"


def test_check_of_a_damaged_database_is_a_database_problem(run: Run, tmp_path: Path) -> None:
    foreign = tmp_path / "photo.db"
    foreign.write_bytes(os.urandom(4096))
    result = run(foreign, "check")
    assert result.code == exit_codes.DATABASE and "is not a Registre database" in result.err


def test_an_unexpected_error_is_one_line_and_logged(
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A bug: the user gets one line saying where the details are; the log has the traceback."""
    import desktop_app.cli.report as report_command
    import desktop_app.logging_setup as logging_setup

    def broken(*_args: object) -> int:
        raise KeyError("a bug")

    monkeypatch.setattr(report_command, "run_report", broken)
    monkeypatch.setattr(logging_setup, "default_log_dir", lambda: tmp_path / "logs")
    root = logging.getLogger()
    try:
        code = main(["--db", str(db_path), "report"])
    finally:
        for handler in list(root.handlers):
            if getattr(handler, "registre_handler", False):
                root.removeHandler(handler)
                handler.close()
    err = capsys.readouterr().err
    assert code == exit_codes.INTERNAL, err
    assert err.count("\n") == 1 and "KeyError" in err and str(tmp_path / "logs") in err
    assert "Traceback" not in err
    assert "Traceback" in (tmp_path / "logs" / "registre.log").read_text(encoding="utf-8")


def _registre(*arguments: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop_app", *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )


@pytest.mark.sqlite_only
def test_output_closed_early_stops_quietly(db: Database, db_path: Path, tmp_path: Path) -> None:
    """`registre person find awa | head -1`: the reader goes, Registre stops without a word."""
    add_persons(db, 3000)
    db.close()
    env = {**os.environ, "REGISTRE_CONFIG_DIR": str(tmp_path / "config")}
    for arguments in (("person", "find", "awa", "--limit", "3000"), ("--help",)):
        child = _registre("--db", str(db_path), *arguments, env=env)
        assert child.stdout is not None and child.stderr is not None
        assert child.stdout.readline()
        child.stdout.close()  # as `head -1` does after its line
        child.wait(timeout=120)
        err = child.stderr.read().decode()
        child.stderr.close()
        if arguments == ("--help",) and child.returncode == 0:
            continue  # the help fitted in the pipe before it was closed: nothing to see
        assert child.returncode == exit_codes.OUTPUT_CLOSED, err
        assert err == ""


def test_every_code_of_the_table_is_documented() -> None:
    documented = (ROOT / "docs" / "command-line.md").read_text(encoding="utf-8")
    codes = {int(code) for code in re.findall(r"^\| (\d+) \|", documented, re.MULTILINE)}
    assert codes == set(exit_codes.TABLE)
