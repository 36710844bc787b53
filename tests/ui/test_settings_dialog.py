"""The settings dialog: shows the saved values, saves edits, refuses bad input field by field."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop_app.registry.sites import local_site
from desktop_app.settings import CONFIG_DIR_ENV, Settings, load_settings, save_settings
from desktop_app.store import Database
from desktop_app.ui.shell.settings_dialog import SettingsDialog

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "config"))
    return tmp_path / "config"


def make_dialog(qtbot: QtBot, db: Database) -> SettingsDialog:
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_shows_the_saved_settings_and_the_site(qtbot: QtBot, db: Database) -> None:
    save_settings(Settings(organisation_name="DCAF", youth_threshold=35, language="fr"))
    dialog = make_dialog(qtbot, db)
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "settings_dialog.png"))
    assert dialog.site_code.text() == "NE-NIA"
    assert dialog.site_name.text() == "Niamey"
    assert dialog.organisation.text() == "DCAF"
    assert dialog.youth.value() == 35
    assert dialog.language.currentData() == "fr"
    assert dialog.keep_daily.value() == 7 and dialog.keep_weekly.value() == 4


def test_ok_saves_settings_and_site(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, db)
    qtbot.keyClicks(dialog.site_name, " (bureau)")
    dialog.default_country.clear()
    qtbot.keyClicks(dialog.default_country, "ml")
    qtbot.keyClicks(dialog.default_city, "Bamako")
    dialog.youth.setValue(25)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.backup_dir.setText(str(tmp_path / "usb"))
    dialog.keep_weekly.setValue(8)
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    expected = Settings(
        default_country="ML",
        default_city="Bamako",
        youth_threshold=25,
        language="en",
        backup_dir=str(tmp_path / "usb"),
        keep_weekly=8,
    )
    assert saved.args == [expected]
    assert load_settings() == expected
    site = local_site(db)
    assert site is not None and site.name == "Niamey (bureau)"
    assert dialog.result() == dialog.DialogCode.Accepted


def test_a_bad_site_country_is_shown_by_its_field(qtbot: QtBot, db: Database) -> None:
    dialog = make_dialog(qtbot, db)
    dialog.site_country.setText("N")
    dialog.site_name.clear()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible()
    errors = {
        label.objectName(): label.text()
        for label in dialog.findChildren(QLabel)
        if label.objectName().startswith("error_") and label.isVisible()
    }
    assert set(errors) == {"error_name", "error_country"}
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "settings_dialog_errors.png"))
    assert load_settings() == Settings()
    site = local_site(db)
    assert site is not None and (site.name, site.country) == ("Niamey", "NE")


def test_country_fields_take_a_name_or_a_code(qtbot: QtBot, db: Database) -> None:
    dialog = make_dialog(qtbot, db)
    dialog.default_country.clear()
    qtbot.keyClicks(dialog.default_country, "niger")
    dialog.default_country.completer().popup().hide()
    assert dialog.edited_settings().default_country == "NE"
    dialog.site_country.setText("Ni")  # what a two-letter field kept of "Niger"
    dialog.accept()
    assert dialog.isVisible()  # refused, with the countries it may be
    assert dialog.messages.text("country").startswith("Ni is not a country: did you mean")


def test_every_field_has_its_own_shortcut_letter(qtbot: QtBot, db: Database) -> None:
    dialog = make_dialog(qtbot, db)
    letters = [
        label.text().split("&", 1)[1][0].lower()
        for label in dialog.findChildren(QLabel)
        if label.buddy() is not None and "&" in label.text()
    ]
    assert len(letters) == 11
    assert len(set(letters)) == len(letters)


def test_enter_in_a_field_saves(qtbot: QtBot, db: Database) -> None:
    dialog = make_dialog(qtbot, db)
    dialog.youth.setFocus()
    dialog.youth.selectAll()
    qtbot.keyClicks(dialog.youth, "24")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.youth, Qt.Key.Key_Return)
    assert load_settings().youth_threshold == 24


def test_escape_cancels_without_saving(qtbot: QtBot, db: Database, config_dir: Path) -> None:
    dialog = make_dialog(qtbot, db)
    dialog.default_city.setText("Bamako")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == dialog.DialogCode.Rejected
    assert not (config_dir / "settings.json").exists()


def test_photos_of_signed_sheets_travel_only_when_ticked(qtbot: QtBot, db: Database) -> None:
    dialog = make_dialog(qtbot, db)
    assert not dialog.photos_travel.isChecked()  # off until the office says so
    dialog.photos_travel.setChecked(True)
    with qtbot.waitSignal(dialog.saved):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert load_settings().photos_travel is True
    assert make_dialog(qtbot, db).photos_travel.isChecked()
