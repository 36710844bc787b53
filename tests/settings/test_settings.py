"""Settings: declared defaults, a JSON file per user, atomic writes, bad files and values."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from desktop_app.messages import RegistreError
from desktop_app.settings import (
    CONFIG_DIR_ENV,
    Settings,
    load_settings,
    save_settings,
    settings_path,
)


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv(CONFIG_DIR_ENV, str(folder))
    return folder


def test_defaults_when_no_file(config_dir: Path) -> None:
    settings = load_settings()
    assert settings == Settings()
    assert settings.language == "system"
    assert settings.youth_threshold == 30
    assert (settings.keep_daily, settings.keep_weekly) == (7, 4)
    assert not config_dir.exists()


def test_saved_settings_come_back(config_dir: Path) -> None:
    changed = Settings().with_changes(
        language="fr",
        organisation_name="DCAF – Bureau de Niamey",
        default_country="NE",
        default_city="Niamey",
        youth_threshold=35,
        keep_daily=10,
    )
    written = save_settings(changed)
    assert written == config_dir / "settings.json" == settings_path()
    assert load_settings() == changed
    assert json.loads(written.read_text(encoding="utf-8"))["organisation_name"].startswith("DCAF")
    assert [p.name for p in config_dir.iterdir()] == ["settings.json"]  # no temporary left


def test_a_malformed_file_gives_defaults_and_a_warning(
    config_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config_dir.mkdir()
    (config_dir / "settings.json").write_text('{"language": "fr",', encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="desktop_app.settings"):
        assert load_settings() == Settings()
    assert "unreadable" in caplog.text


def test_a_file_that_is_not_an_object_gives_defaults(
    config_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config_dir.mkdir()
    (config_dir / "settings.json").write_text("[1, 2]", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="desktop_app.settings"):
        assert load_settings() == Settings()
    assert "not a JSON object" in caplog.text


def test_one_bad_value_falls_back_alone(config_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    config_dir.mkdir()
    stored = {
        "language": "de",
        "youth_threshold": "thirty",
        "keep_weekly": True,
        "default_country": "ne",
        "default_city": "Bamako",
        "from_a_newer_version": 1,
    }
    (config_dir / "settings.json").write_text(json.dumps(stored), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="desktop_app.settings"):
        settings = load_settings()
    assert settings == Settings(default_city="Bamako")
    for name in ("language", "youth_threshold", "keep_weekly", "default_country"):
        assert name in caplog.text


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("language", "de"),
        ("youth_threshold", 0),
        ("youth_threshold", "30"),
        ("keep_daily", 0),
        ("keep_weekly", -1),
        ("default_country", "Niger"),
        ("no_such_setting", 1),
    ],
)
def test_bad_values_are_refused_with_a_clear_message(name: str, value: object) -> None:
    with pytest.raises(RegistreError) as raised:
        Settings().with_changes(**{name: value})
    assert name in str(raised.value)
    assert raised.value.message.context == "Settings"


def test_backup_folder_defaults_beside_the_database(tmp_path: Path) -> None:
    database = tmp_path / "data" / "registre.db"
    assert Settings().backup_folder(database) == tmp_path / "data" / "backups"
    chosen = Settings(backup_dir=str(tmp_path / "usb"))
    assert chosen.backup_folder(database) == tmp_path / "usb"


def test_a_failed_write_keeps_the_old_file(
    config_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_settings(Settings(default_city="Niamey"))

    def broken_replace(*_args: object) -> None:
        raise OSError("disk full")

    with monkeypatch.context() as patched, pytest.raises(OSError):
        patched.setattr("desktop_app.settings.os.replace", broken_replace)
        save_settings(Settings(default_city="Bamako"))
    assert load_settings().default_city == "Niamey"
    assert [p.name for p in config_dir.iterdir()] == ["settings.json"]
