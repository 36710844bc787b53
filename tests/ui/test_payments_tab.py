"""The Payments tab of an activity and HQ's consolidation, driven as a finance officer does;
screenshots in screenshots/payments_*.png (git-ignored)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from desktop_app.payments import settings
from desktop_app.payments.approval import approval_of
from desktop_app.store import Database
from desktop_app.ui.activities.activity_form import ActivityForm
from desktop_app.ui.common.i18n import install_language
from desktop_app.ui.payments.consolidation import ConsolidationDialog
from desktop_app.ui.payments.dialogs import ApproveDialog
from desktop_app.ui.payments.tab import PaymentsTab
from tests.payments.training import RULES, build_training
from tests.ui.conftest import SCREENSHOTS

CTRL = Qt.KeyboardModifier.ControlModifier


def _form(qtbot: QtBot, db: Database, activity_id: int) -> ActivityForm:
    form = ActivityForm(db, activity_id)
    qtbot.addWidget(form)
    form.resize(1100, 720)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    return form


def _tab(form: ActivityForm) -> PaymentsTab:
    assert form.payments is not None
    form.tabs.setCurrentWidget(form.payments)
    return form.payments


def _controls(tab: PaymentsTab) -> dict[str, list[str]]:
    tree = tab.controls
    found: dict[str, list[str]] = {}
    for index in range(tree.topLevelItemCount()):
        parent = tree.topLevelItem(index)
        assert parent is not None
        children = [parent.child(i) for i in range(parent.childCount())]
        found[parent.text(0)] = [c.text(0) for c in children if isinstance(c, QTreeWidgetItem)]
    return found


def test_the_list_and_its_controls_on_the_payments_tab(qtbot: QtBot, db: Database) -> None:
    training = build_training(db)
    form = _form(qtbot, db, training.activity_id)
    tab = _tab(form)
    assert tab.model.rowCount() == 28
    assert "1,497,500 XOF" in tab.totals.text()
    assert "Draft" in tab.status.text()
    unpaid = [tab.unpaid.item(i).text() for i in range(tab.unpaid.count())]  # type: ignore[union-attr]
    assert unpaid == ["BARO Aïcha — 7 Dec 2022"]
    controls = _controls(tab)
    assert controls["Paid without a signature (1)"] == ["DJIBO Moussa"]
    assert sorted(controls["One number for several persons (2)"]) == [
        "CISSÉ Moussa",
        "DIALLO Aïcha",
    ]
    assert controls["Paid by two activities on the same day (1)"] == ["KOUYATÉ Idrissa"]
    SCREENSHOTS.mkdir(exist_ok=True)
    tab.pages.setCurrentIndex(1)
    form.grab().save(str(SCREENSHOTS / "payments_list_en.png"))
    tab.pages.setCurrentIndex(2)
    form.grab().save(str(SCREENSHOTS / "payments_controls_en.png"))
    tab.pages.setCurrentIndex(0)
    form.grab().save(str(SCREENSHOTS / "payments_rules_en.png"))


def test_rules_typed_are_saved_with_the_activity_and_bad_ones_change_nothing(
    qtbot: QtBot, db: Database
) -> None:
    training = build_training(db)
    form = _form(qtbot, db, training.activity_id)
    tab = _tab(form)
    row = tab.rules_panel._keys.index("participant")
    tab.rules_panel.rates.item(row, 1).setText("12000")  # type: ignore[union-attr]
    assert form.isWindowModified()
    qtbot.keyClick(form.title_edit, Qt.Key.Key_S, CTRL)
    assert not form.isWindowModified()
    stored = settings.rules_of(db, training.activity_id)
    assert stored is not None and stored.resident_rates["participant"] == 12_000
    # 65 days of resident participants (20 × 3, 2 and 3) at 2,000 more: 1,497,500 + 130,000
    assert "1,627,500 XOF" in tab.totals.text()
    tab.rules_panel.lumps_edit.setPlainText("kit = cinq mille")
    assert not form.save()
    assert tab.error.isVisible() and "Line 1" in tab.error.text()
    assert settings.rules_of(db, training.activity_id) == stored


def test_approving_freezes_the_list_and_hq_consolidates_it(qtbot: QtBot, db: Database) -> None:
    training = build_training(db)
    form = _form(qtbot, db, training.activity_id)
    tab = _tab(form)
    dialog = ApproveDialog(db, training.activity_id, tab)
    qtbot.addWidget(dialog)
    dialog.accepted.connect(tab._done)
    dialog.open()
    dialog._accept()  # no approver: refused, nothing written
    assert dialog.error.isVisible() and approval_of(db, training.activity_id) is None
    qtbot.keyClicks(dialog.approver_edit, "Mariama SOUMANA")
    qtbot.keyClicks(dialog.budget_edit, "3.1.2")
    dialog._accept()
    assert "Approved by Mariama SOUMANA" in tab.status.text()
    assert not tab.approve_button.isEnabled()
    settings.set_rules(db, training.activity_id, RULES)  # unchanged rules: no change flagged
    consolidation = ConsolidationDialog(db)
    qtbot.addWidget(consolidation)
    consolidation.show()
    cells = [consolidation.table.item(0, c).text() for c in range(9)]  # type: ignore[union-attr]
    assert cells == ["SSG-NE-24", "3.1.2", "NE-NIA", "2022-12", "1", "28", "83", "1,497,500", "XOF"]
    consolidation.grab().save(str(SCREENSHOTS / "payments_consolidation_en.png"))


def test_the_payments_tab_in_french(qtbot: QtBot, qapp: QApplication, db: Database) -> None:
    training = build_training(db)
    install_language(qapp, "fr")
    try:
        form = _form(qtbot, db, training.activity_id)
        tab = _tab(form)
        assert form.tabs.tabText(form.tabs.indexOf(tab)) == "Pa&iements"
        assert "1\u202f497\u202f500 XOF" in tab.totals.text()
        assert "un million quatre cent quatre-vingt-dix-sept mille" in tab.totals.text()
        assert "Payés sans signature (1)" in _controls(tab)
        for page, name in ((0, "rules"), (1, "list"), (2, "controls")):
            tab.pages.setCurrentIndex(page)
            form.grab().save(str(SCREENSHOTS / f"payments_{name}_fr.png"))
    finally:
        install_language(qapp, "en")
