"""The window on a server: Connect dialog, password prompt, remembered URL, file-only actions."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.demo.loading import load_demo
from desktop_app.messages import RegistreError
from desktop_app.paths import default_database_path
from desktop_app.settings import load_settings, save_settings
from desktop_app.store import Database, errors, open_database, server
from desktop_app.store.models import Site
from desktop_app.store.server_connection import ServerAddress, address_of
from desktop_app.ui.common import i18n
from desktop_app.ui.server.server_dialog import ServerDialog
from desktop_app.ui.shell import database_opening
from desktop_app.ui.shell.core_views import build_main_window
from desktop_app.ui.shell.startup import start_target
from tests.postgres import databases
from tests.ui.conftest import SCREENSHOTS

ROOT = Path(__file__).resolve().parents[2]
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


def _dialog(qtbot: QtBot, address: ServerAddress | None = None) -> ServerDialog:
    dialog = ServerDialog(address)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill(dialog: ServerDialog, url: str) -> None:
    dialog.set_address(address_of(url))


def test_the_url_is_built_from_its_parts_and_the_password_never_kept(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.host_edit.setText(" pg.hq.example.org ")
    dialog.port_spin.setValue(6543)
    dialog.database_edit.setText("registre")
    dialog.user_edit.setText("hq_officer")
    dialog.password_edit.setText("s3cret:@/")
    assert dialog.url() == (
        "postgresql+psycopg://hq_officer:s3cret%3A%40%2F@pg.hq.example.org:6543/registre"
        "?sslmode=require"
    )
    remembered = dialog.address().url()
    assert "s3cret" not in remembered and "sslmode=require" in remembered
    assert address_of(remembered) == dialog.address()


def test_missing_parts_are_named_and_nothing_is_tried(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.host_edit.setText("localhost")
    dialog.test_connection()
    assert "Fill in the server, the database and the user" in dialog.status.text()
    assert dialog.task is None


def test_an_unreachable_server_is_explained_in_the_dialog(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    _fill(dialog, "postgresql://nobody@127.0.0.1:1/registre")
    dialog.tls_check.setChecked(False)
    dialog.test_connection()
    assert dialog.task is not None
    with qtbot.waitSignal(dialog.task.finished, timeout=15000):
        pass
    assert "cannot be reached" in dialog.status.text()
    assert dialog.connect_button.isEnabled()
    dialog.connect_to_server()
    assert dialog.status.text() == "Connecting…" and not dialog.connect_button.isEnabled()
    with qtbot.waitSignal(dialog.task.finished, timeout=15000):
        pass
    assert "cannot be reached" in dialog.status.text()
    assert dialog.isVisible() and dialog.connect_button.isEnabled()  # nothing remembered
    assert load_settings().server_url == ""


def test_settings_keep_a_server_url_only_without_password() -> None:
    settings = load_settings()
    kept = settings.with_changes(server_url="postgresql://hq@pg.example.org/registre")
    assert kept.server_url.endswith("/registre")
    for bad in ("postgresql://hq:pw@pg.example.org/registre", "mysql://hq@x/db", "C:/a.db"):
        with pytest.raises(RegistreError):
            settings.with_changes(server_url=bad)


def test_the_start_opens_the_remembered_server_unless_a_database_is_named() -> None:
    url = "postgresql://hq@pg.example.org/registre"
    assert start_target(default_database_path(), url) == url
    assert start_target(default_database_path(), "") == default_database_path()
    assert start_target(Path("office.db"), url) == Path("office.db")
    assert start_target("postgresql://other@h/db", url) == "postgresql://other@h/db"


def test_a_refused_login_asks_the_password_and_uses_it(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, db: Database
) -> None:
    tried: list[str] = []

    def fake_open(target: str, **_options: Any) -> Database:
        tried.append(target)
        if len(tried) < 3:
            raise errors.server_authentication("postgresql+psycopg://hq@pg/registre")
        return db

    prompts: list[str] = []
    answers = iter([("wrong", True), ("right", True)])

    def get_text(_parent: object, _title: str, label: str, *_args: object) -> tuple[str, bool]:
        prompts.append(label)
        return next(answers)

    monkeypatch.setattr(database_opening, "open_database", fake_open)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    opened = database_opening.open_or_explain("postgresql://hq@pg/registre")
    assert opened is db
    assert tried == [
        "postgresql://hq@pg/registre",
        "postgresql+psycopg://hq:wrong@pg/registre",
        "postgresql+psycopg://hq:right@pg/registre",
    ]
    assert "PGPASSWORD" in prompts[0] and "refused" not in prompts[0]
    assert "refused the user name or password" in prompts[1]


def test_cancelling_the_password_opens_nothing(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(target: str, **_options: Any) -> Database:
        raise errors.server_authentication(target)

    monkeypatch.setattr(database_opening, "open_database", refuse)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_args: ("", False)))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *_args: None))
    assert database_opening.open_or_explain("postgresql://hq@pg/registre") is None


def test_file_only_actions_follow_the_database(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    window, _views = build_main_window(
        db, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    actions = {a.objectName(): a for a in window.findChildren(QAction) if a.objectName()}
    backups = actions["action_backups"]
    assert backups.isEnabled() == (not db.is_server)
    assert actions["action_use_local_file"].isEnabled() == db.is_server
    assert actions["action_connect_server"].isEnabled()
    if db.is_server:
        assert "pg_dump" in backups.toolTip()
    assert db.location in window.windowTitle()
    assert db.location in window.about_text()
    assert "***" in db.location or not db.is_server or ":@" not in db.location


def test_disabling_is_only_for_a_server(qtbot: QtBot, tmp_path: Path) -> None:
    database = open_database(tmp_path / "office.db")
    with database.session() as session:
        session.add(Site(code="NE-NIA", name="Niamey", country="NE", is_local=True))
    database.refresh_site()
    try:
        window, _views = build_main_window(
            database, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
        )
        qtbot.addWidget(window)
        actions = {a.objectName(): a for a in window.findChildren(QAction) if a.objectName()}
        assert actions["action_backups"].isEnabled()
        assert "pg_dump" not in actions["action_backups"].toolTip()
        assert not actions["action_use_local_file"].isEnabled()
    finally:
        database.close()


@pytest.fixture
def french(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The French of resources/translations/registre_fr.ts, built into tmp_path."""
    folder = tmp_path / "translations"
    folder.mkdir()
    source = ROOT / "resources" / "translations" / "registre_fr.ts"
    command = [str(LRELEASE), "-silent", str(source), "-qm", str(folder / "registre_fr.qm")]
    subprocess.run(command, check=True)
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    i18n.install_language(qapp, "fr")
    yield
    i18n.install_language(qapp, "en")


def _screenshot(qtbot: QtBot, widget: Any, name: str) -> None:
    qtbot.wait(10)
    SCREENSHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


def test_screenshot_of_the_dialog_in_english(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, address_of("postgresql://hq_officer@pg.hq.example.org/registre"))
    dialog._show("Connected (PostgreSQL 15.8): a Registre database.", ok=True)
    _screenshot(qtbot, dialog, "server_dialog_en")
    assert dialog.connect_button.text() == "Co&nnect"


def test_screenshot_of_the_dialog_in_french(qtbot: QtBot, french: None) -> None:
    dialog = _dialog(qtbot, address_of("postgresql://hq_officer@pg.hq.example.org/registre"))
    dialog._tested(type("Check", (), {"version": "15.8", "state": "empty"})())  # type: ignore[arg-type]
    _screenshot(qtbot, dialog, "server_dialog_fr")
    assert dialog.windowTitle() == "Se connecter à une base sur un serveur"
    assert "vide" in dialog.status.text()


@pytest.mark.postgresql_only
def test_connect_opens_a_new_server_database_and_remembers_it(
    qtbot: QtBot, empty_db_path: str
) -> None:
    url = empty_db_path
    dialog = _dialog(qtbot)
    _fill(dialog, url)
    dialog.tls_check.setChecked(False)  # the test cluster has no certificate
    dialog.test_connection()
    assert dialog.task is not None
    with qtbot.waitSignal(dialog.task.finished, timeout=15000):
        pass
    assert "The database is empty" in dialog.status.text()
    with qtbot.waitSignal(dialog.connected, timeout=20000) as connected:
        dialog.connect_to_server()
    database = connected.args[0]
    try:
        assert database.is_server and database.site_code is None  # migrated, site asked next
        assert load_settings().server_url == dialog.address().url()
    finally:
        database.close()


@pytest.mark.postgresql_only
def test_screenshots_of_the_main_window_on_a_server(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    load_demo(db)
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    window, _views = build_main_window(db, settings)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    window.menu("file").popup(window.mapToGlobal(window.rect().topLeft()))
    _screenshot(qtbot, window, "main_window_server")
    _screenshot(qtbot, window.menu("file"), "main_window_server_file_menu")
    window.menu("file").close()
    assert "postgresql+psycopg://" in window.windowTitle()
    assert window.server_label.text() == f"Server database: {db.location}"


def test_remembered_settings_survive_a_restart(tmp_path: Path) -> None:
    save_settings(load_settings().with_changes(server_url="postgresql://hq@pg/registre"))
    assert load_settings().server_url == "postgresql://hq@pg/registre"


@pytest.mark.postgresql_only
def test_screenshot_of_the_main_window_on_a_server_in_french(
    qtbot: QtBot, db: Database, tmp_path: Path, french: None
) -> None:
    load_demo(db)
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    window, _views = build_main_window(db, settings)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    _screenshot(qtbot, window, "main_window_server_fr")
    file_menu = window.menu("file")
    file_menu.popup(window.mapToGlobal(window.rect().topLeft()))
    _screenshot(qtbot, file_menu, "main_window_server_file_menu_fr")
    keys = [a.text().split("&")[1][0].lower() for a in file_menu.actions() if "&" in a.text()]
    assert len(keys) == len(set(keys)), keys  # each access key once
    file_menu.close()
    assert window.server_label.text().startswith("Base sur le serveur")
    backups = window.findChild(QAction, "action_backups")
    assert backups is not None and "pg_dump" in backups.toolTip()


def test_an_unreachable_remembered_server_offers_the_local_file(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, db: Database
) -> None:
    from desktop_app.ui.shell import startup

    url = "postgresql://hq@127.0.0.1:1/registre"
    save_settings(load_settings().with_changes(server_url=url))
    local = tmp_path / "local.db"
    opened: list[Path | str] = []

    def fake_open(target: Path | str, _parent: object = None) -> Database | None:
        opened.append(target)
        return None if target == url else db

    questions: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(startup, "open_or_explain", fake_open)
    monkeypatch.setattr(startup, "default_database_path", lambda: local)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    lock = startup.FileLock()
    try:
        assert startup._open_first(url, lock) is db
        assert opened == [url, local] and lock.path == local.absolute()
    finally:
        lock.release()
    assert "local file" in questions[0]
    assert load_settings().server_url == ""


def test_enter_in_the_password_connects(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, address_of("postgresql://nobody@127.0.0.1:1/registre"))
    dialog.tls_check.setChecked(False)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.password_edit.setFocus()
    qtbot.keyClicks(dialog.password_edit, "secret")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.task is not None
    with qtbot.waitSignal(dialog.task.finished, timeout=15000):
        pass
    assert "cannot be reached" in dialog.status.text()


def _window(qtbot: QtBot, database: Database, tmp_path: Path) -> Any:
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    window, _views = build_main_window(database, settings)
    qtbot.addWidget(window)
    return window


def test_use_the_local_file_reopens_the_window_on_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, template_db: Path | str
) -> None:
    from desktop_app.ui.server import server_dialog

    save_settings(load_settings().with_changes(server_url="postgresql://hq@pg/registre"))
    local = tmp_path / "local.db"
    monkeypatch.setattr(server_dialog, "default_database_path", lambda: local)
    current = open_database(databases.copy_database(template_db, tmp_path, "current"))
    window = _window(qtbot, current, tmp_path)
    assert server_dialog.use_local_file(window)
    try:
        assert window.property("restart_requested")
        assert window.database is not current and window.database.path == local.absolute()
        assert load_settings().server_url == ""
    finally:
        window.database.close()


@pytest.mark.postgresql_only
def test_connect_from_the_window_reopens_it_on_the_server(
    qtbot: QtBot, tmp_path: Path, empty_db_path: str
) -> None:
    from desktop_app.ui.server.server_dialog import open_server_dialog

    url = empty_db_path
    local = open_database(tmp_path / "office.db")
    window = _window(qtbot, local, tmp_path)
    dialog = open_server_dialog(window)
    _fill(dialog, url)
    dialog.tls_check.setChecked(False)
    with qtbot.waitSignal(dialog.connected, timeout=20000):
        dialog.connect_to_server()
    try:
        assert window.property("restart_requested")
        assert window.database.is_server
        assert window.database.location == server.masked(url)
    finally:
        window.database.close()
