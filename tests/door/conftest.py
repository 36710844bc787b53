"""The command-line fixtures (settings kept away from the user's own) for the door's commands."""

from tests.cli.conftest import _own_settings, run

__all__ = ["_own_settings", "run"]
