"""The command-line fixtures (settings kept away from the user's own) for `read-photos`."""

from tests.cli.conftest import _own_settings, run

__all__ = ["_own_settings", "run"]
