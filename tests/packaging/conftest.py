"""The frozen-bundle test takes minutes: it runs only when REGISTRE_BUILD_BUNDLE=1 (.ci/run
sets it for its packaging step); otherwise it is deselected, not skipped."""

from __future__ import annotations

import os

import pytest

BUILD_ENV = "REGISTRE_BUILD_BUNDLE"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get(BUILD_ENV) == "1":
        return
    slow = [item for item in items if item.get_closest_marker("slow") is not None]
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if item.get_closest_marker("slow") is None]
