"""The planted three-day training (tests/payments/training.py) as a fixture, and the
command-line fixtures (settings kept away from the user's own)."""

from __future__ import annotations

import pytest

from desktop_app.store import Database
from tests.cli.conftest import _own_settings, run
from tests.payments.training import Training, build_training

__all__ = ["_own_settings", "run"]


@pytest.fixture
def training(db: Database) -> Training:
    return build_training(db)
