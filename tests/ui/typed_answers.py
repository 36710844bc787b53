"""Answer Qt's text-input boxes (passphrases, passwords) from a test, without a modal wait."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog


def typed_answers(monkeypatch: pytest.MonkeyPatch, *typed: tuple[str, bool]) -> list[str]:
    """Make `QInputDialog.getText` answer `typed` in turn ((text, accepted) pairs); returns the
    prompts it showed, for the test to read."""
    prompts: list[str] = []
    queue = list(typed)

    def get_text(_parent: Any, _title: str, prompt: str, *_rest: Any) -> tuple[str, bool]:
        prompts.append(prompt)
        return queue.pop(0)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    return prompts
