"""The protection dialogs keep every text whole in French, a longer language than English.

Not in the pseudo-language: it pads each string with one unbreakable run of "~" as long as
40 % of the text, which no wrapped paragraph can fit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.settings import CONFIG_DIR_ENV
from desktop_app.store import Database
from desktop_app.ui.common import i18n
from desktop_app.ui.protection.dialog import ProtectionDialog
from desktop_app.ui.sync.export import ExportDialog
from tests.ui.test_i18n_pseudo import shoot


@pytest.fixture(params=["fr"])
def language(
    request: pytest.FixtureRequest,
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[str]:
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "config"))
    chosen = str(request.param)
    i18n.install_language(qapp, chosen)
    yield chosen
    i18n.install_language(qapp, "en")


@pytest.mark.parametrize("mode", ["encrypt", "change", "decrypt"])
def test_protection_dialog_texts_fit(language: str, mode: str, qtbot: QtBot, db: Database) -> None:
    dialog = ProtectionDialog(db, mode)  # type: ignore[arg-type]
    dialog.new_fields.first.setText("court")
    assert shoot(qtbot, dialog, f"layout_protection_{mode}_{language}") == []


def test_export_dialog_texts_fit(language: str, qtbot: QtBot, db: Database) -> None:
    dialog = ExportDialog(db)
    dialog.protect.setChecked(True)
    dialog.pseudonymised.setChecked(True)
    assert shoot(qtbot, dialog, f"layout_export_{language}") == []
