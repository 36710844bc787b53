"""The user's settings: each declared once with its type and default, stored per user as JSON.

No Qt here, so the command line and the reports read the same settings as the window. The site's
own identity (code, name, country) is not a setting: it lives in the database's Site table.

The file is `settings.json` in the user's config folder (platformdirs), or in the folder named
by the environment variable REGISTRE_CONFIG_DIR (tests, portable installs). It is written
atomically; a missing, unreadable or malformed file gives the defaults and a logged warning, and
a single bad value falls back to its own default.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import platformdirs

from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.paths import APP_NAME

log = logging.getLogger(__name__)

CONFIG_DIR_ENV = "REGISTRE_CONFIG_DIR"
SETTINGS_FILE = "settings.json"
LANGUAGES = ("system", "fr", "en")
SERVER_SCHEMES = ("postgresql://", "postgresql+psycopg://")


def _choice(*allowed: str) -> Callable[[Any], bool]:
    return lambda value: value in allowed


def _between(low: int, high: int) -> Callable[[Any], bool]:
    return lambda value: low <= value <= high


def _country(value: Any) -> bool:
    return value == "" or (len(value) == 2 and value.isalpha() and value.isupper())


def _server_url(value: Any) -> bool:
    """ "" (the local file) or a PostgreSQL URL without a password: passwords are never kept."""
    if value == "":
        return True
    if not value.startswith(SERVER_SCHEMES):
        return False
    try:
        return urlsplit(value).password is None
    except ValueError:
        return False


def _setting(default: Any, check: Callable[[Any], bool] | None = None) -> Any:
    return field(default=default, metadata={"check": check})


@dataclass(frozen=True)
class Settings:
    """Every setting, its type (the annotation), default and allowed values (the check)."""

    language: str = _setting("system", _choice(*LANGUAGES))
    organisation_name: str = _setting("")  # printed on reports
    logo_path: str = _setting("")  # image printed on reports; "" for none
    default_country: str = _setting("", _country)  # ISO 3166 code proposed for new activities
    default_city: str = _setting("")
    youth_threshold: int = _setting(30, _between(1, 120))  # youth = age below this
    # Documents meant for sharing show a disaggregated figure below this as "< 5"
    # (docs/indicators.md); 1 shows every figure.
    small_number_threshold: int = _setting(5, _between(1, 100))
    backup_dir: str = _setting("")  # "" = the "backups" folder beside the database
    keep_daily: int = _setting(7, _between(1, 366))
    keep_weekly: int = _setting(4, _between(0, 520))
    # Ask the Washington Group questions on functioning (docs/disability.md): off, the person
    # form has no such section, no view shows the answers, and indicators offer no
    # disaggregation by disability status; the answers stored are kept either way.
    record_disability: bool = _setting(False)
    # The window opens this server database at start ("" = the local file); docs/postgresql.md.
    server_url: str = _setting("", _server_url)
    # Photos of signed sheets travel to HQ beside the export's workbook (docs/photos.md): they
    # show names and signatures, so only when the office says so.
    photos_travel: bool = _setting(False)

    def __post_init__(self) -> None:
        for spec in fields(self):
            value = getattr(self, spec.name)
            if not _valid(spec, value):
                raise invalid_value(spec.name, value)

    def with_changes(self, **changes: Any) -> Settings:
        """A copy with some values changed; a bad value raises RegistreError."""
        unknown = set(changes) - {spec.name for spec in fields(self)}
        if unknown:
            raise invalid_value(sorted(unknown)[0], changes[sorted(unknown)[0]])
        return dataclasses.replace(self, **changes)

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def backup_folder(self, database_path: Path) -> Path:
        """Where automatic backups of `database_path` go."""
        if self.backup_dir:
            return Path(self.backup_dir).expanduser()
        return database_path.parent / "backups"


def _valid(spec: dataclasses.Field[Any], value: Any) -> bool:
    expected = {"str": str, "int": int, "bool": bool}[str(spec.type)]
    if type(value) is not expected:  # bool is an int: refuse it too
        return False
    check = spec.metadata.get("check")
    return check is None or bool(check(value))


def invalid_value(name: str, value: Any) -> RegistreError:
    return RegistreError(
        UserMessage(
            "Settings",
            QT_TRANSLATE_NOOP("Settings", "The setting {name} cannot take the value {value}."),
            {"name": name, "value": repr(value)},
        )
    )


def config_dir() -> Path:
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings; defaults for whatever is missing or wrong (with a logged warning)."""
    path = path or settings_path()
    if not path.exists():
        return Settings()
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        log.warning("settings file %s unreadable (%s): using the defaults", path, error)
        return Settings()
    if not isinstance(stored, dict):
        log.warning("settings file %s is not a JSON object: using the defaults", path)
        return Settings()
    values: dict[str, Any] = {}
    for spec in fields(Settings):
        if spec.name not in stored:
            continue
        value = stored[spec.name]
        if _valid(spec, value):
            values[spec.name] = value
        else:
            log.warning("setting %s=%r in %s is invalid: using the default", spec.name, value, path)
    return Settings(**values)


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write the settings atomically: a crash leaves the old file or the new one, never half."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(settings.as_dict(), indent=2, ensure_ascii=False, sort_keys=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text + "\n")
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
