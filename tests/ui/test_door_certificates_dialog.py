"""Activity ▸ Certificates of participation…: who met the completion rule, and a PDF of their
certificates only, each verified offline. The count is written by hand first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.activities.attendance import check_in
from desktop_app.door.certificates import (
    codes_in_file,
    organisation_public_key,
    read_public_key,
    verify,
)
from desktop_app.door.rules import set_door_rules
from desktop_app.registry.persons import PersonDetails
from desktop_app.store import Database
from desktop_app.ui.door.certificates_dialog import CertificatesDialog
from desktop_app.ui.door.menu import open_badges, open_certificates, open_expected_list
from desktop_app.ui.shell.core_views import build_main_window
from tests.ui.conftest import SCREENSHOTS

DAY1, DAY2 = dt.date(2022, 12, 5), dt.date(2022, 12, 6)


@pytest.fixture(autouse=True)
def _errors_told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: told.append(text))
    return told


def open_dialog(qtbot: QtBot, db: Database) -> CertificatesDialog:
    dialog = CertificatesDialog(db, 1)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def test_only_those_who_met_the_rule(
    qtbot: QtBot,
    seeded_db: Database,
    registry: list[PersonDetails],
    tmp_path: Path,
    _errors_told: list[str],
) -> None:
    traore, diallo, keita, coulibaly, sanogo = registry[:5]
    for person in (traore, keita, coulibaly):
        check_in(seeded_db, 1, person.id, DAY1)
        check_in(seeded_db, 1, person.id, DAY2)
    check_in(seeded_db, 1, diallo.id, DAY1)  # one day of two
    check_in(seeded_db, 1, sanogo.id, DAY1, role="facilitator")  # the team: no certificate
    check_in(seeded_db, 1, sanogo.id, DAY2, role="facilitator")
    # By hand, the default rule (80 % of 2 days: 1.6, so both days): TRAORE, KEITA and
    # COULIBALY Aminata completed; DIALLO Aminata did not (1 of 2); SANOGO facilitated.
    dialog = open_dialog(qtbot, seeded_db)
    assert dialog.rule.text().startswith("The rule: present at least 80% of the days, that is 2")
    assert dialog.completed_names() == ["COULIBALY Aminata", "KEITA Aminata", "TRAORE Aminata"]
    assert dialog.completed_title.text() == "Completed, a certificate each: 3"
    assert dialog.not_completed_title.text() == "Participants who did not meet the rule: 1"
    assert dialog.not_completed.item(0, 0).text() == "DIALLO Aminata"
    assert dialog.not_completed.item(0, 2).text() == "1 of 2"
    dialog.resize(640, 600)
    dialog.grab().save(str(SCREENSHOTS / "door_certificates_dialog.png"))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    task = dialog.save(tmp_path / "attestations.pdf")
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    assert dialog.written == (tmp_path / "attestations.pdf", 3), _errors_told
    public = read_public_key(organisation_public_key(seeded_db))
    names = sorted(
        verify(code, public).name for code in codes_in_file(tmp_path / "attestations.pdf")
    )
    assert names == ["Aminata COULIBALY", "Aminata KEITA", "Aminata TRAORE"]
    # Half the days is enough for the next cohort: DIALLO Aminata too.
    set_door_rules(seeded_db, 1, 50, None)
    dialog.refresh()
    assert len(dialog.completed_names()) == 4
    assert dialog.not_completed.rowCount() == 0


def test_nobody_completed_nothing_to_print(qtbot: QtBot, seeded_db: Database) -> None:
    dialog = open_dialog(qtbot, seeded_db)
    assert not dialog.save_button.isEnabled()
    assert dialog.message.text() == "Nobody met the rule yet: no certificate to print."
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.written is None


def test_the_door_menu_acts_on_the_current_activity(
    qtbot: QtBot, seeded_db: Database, settings: QSettings
) -> None:
    """Activity ▸ Expected list (Ctrl+Shift+L), Print badges (Ctrl+Shift+B), Certificates
    (Ctrl+Shift+T): enabled while an activity is chosen, each opening on it."""
    window, views = build_main_window(seeded_db, settings)
    qtbot.addWidget(window)
    window.show()
    keys = {"E&xpected list…": "Ctrl+Shift+L", "Print &badges…": "Ctrl+Shift+B"}
    keys["Certificates of &participation…"] = "Ctrl+Shift+T"
    actions = {a.text(): a for a in window.menu("activity").actions() if a.text() in keys}
    assert {text: a.shortcut().toString() for text, a in actions.items()} == keys
    views.activities.search_edit.setText("nothing of the kind")
    views.activities.refresh()
    assert not any(action.isEnabled() for action in actions.values())
    views.activities.search_edit.setText("")
    views.activities.refresh()
    assert views.activities.select_activity(1)
    assert all(action.isEnabled() for action in actions.values())
    opened = [open_expected_list(window), open_badges(window), open_certificates(window)]
    assert [type(d).__name__ for d in opened] == [
        "ExpectedListDialog", "BadgesDialog", "CertificatesDialog",
    ]  # fmt: skip
    assert all(d is not None and d.activity.id == 1 for d in opened)
    for dialog in opened:
        assert dialog is not None
        dialog.close()
