"""The planted three-day training (tests/payments/training.py) as a fixture."""

from __future__ import annotations

import pytest

from desktop_app.store import Database
from tests.payments.training import Training, build_training


@pytest.fixture
def training(db: Database) -> Training:
    return build_training(db)
