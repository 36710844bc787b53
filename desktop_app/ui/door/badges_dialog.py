"""Print badges: for everyone on the expected list and checked in, or for the persons ticked;
on A4 sheets of 8 or one per A6 page; a lost badge reprinted (new code, the old one revoked)
or revoked by its code.

The PDF is written off the UI thread, page by page with a progress bar (hundreds of badges
take a while), and moved in place only when whole (`pdf_files.write_pdf`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.activities.activities import get_activity
from desktop_app.door.badge_sheet import BadgeHolder, badge_holders, badge_sheet
from desktop_app.door.badges import revoke_badge
from desktop_app.messages import RegistreError
from desktop_app.registry.persons import get_person
from desktop_app.reports.cards import A4_OF_8, A6
from desktop_app.reports.pdf_cards import render_badges
from desktop_app.store import Database
from desktop_app.ui.common.actions import make_action
from desktop_app.ui.common.i18n import current_language
from desktop_app.ui.common.text import error_text
from desktop_app.ui.common.worker import CancelCheck, ProgressCallback, Task
from desktop_app.ui.door.pdf_files import (
    ask_pdf_path,
    letterhead,
    no_default_button,
    write_pdf,
)

PERSON_ROLE = Qt.ItemDataRole.UserRole


class BadgesDialog(QDialog):
    def __init__(self, database: Database, activity_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("BadgesDialog")
        self.database = database
        self.activity = get_activity(database, activity_id)
        self.written: tuple[Path, int, int] | None = None  # file, badges, pages
        self.setWindowTitle(self.tr("Badges — {title}").format(title=self.activity.title))
        self._build()
        self.refresh_persons()
        self._who_changed()
        no_default_button(self)

    def _build(self) -> None:
        self.everyone = QRadioButton()
        self.everyone.setChecked(True)
        self.chosen = QRadioButton(self.tr("&Only the persons ticked below (Space ticks)"))
        group = QButtonGroup(self)
        group.addButton(self.everyone)
        group.addButton(self.chosen)
        self.everyone.toggled.connect(lambda _on: self._who_changed())
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("badges_filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter the names (↓ to the list)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.filter_edit.returnPressed.connect(self._to_list)
        self.persons = QListWidget()
        self.persons.setObjectName("badges_persons")
        self.persons.itemChanged.connect(lambda _item: self._who_changed())
        self.layout_combo = QComboBox()
        self.layout_combo.addItem(self.tr("A4 sheets of 8 badges, to cut"), A4_OF_8)
        self.layout_combo.addItem(self.tr("A6, one badge a page"), A6)
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("French"), "fr")
        self.language_combo.addItem(self.tr("English"), "en")
        self.language_combo.setCurrentIndex(0 if current_language() == "fr" else 1)
        self.reprint = QCheckBox(
            self.tr("Lost &badges: print new codes, the old ones stop checking anyone in")
        )

        who = QGroupBox(self.tr("Who"))
        who_layout = QVBoxLayout(who)
        who_layout.addWidget(self.everyone)
        who_layout.addWidget(self.chosen)
        who_layout.addWidget(self.filter_edit)
        who_layout.addWidget(self.persons, 1)
        who_layout.addWidget(self.reprint)
        form = QFormLayout()
        layout_label = QLabel(self.tr("&Paper:"))
        layout_label.setBuddy(self.layout_combo)
        form.addRow(layout_label, self.layout_combo)
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_combo)
        form.addRow(language_label, self.language_combo)

        revoke = QGroupBox(self.tr("Revoke a lost badge without printing"))
        self.revoke_edit = QLineEdit()
        self.revoke_edit.setObjectName("badges_revoke_code")
        self.revoke_edit.setPlaceholderText(self.tr("The code under its QR code, or scan it"))
        self.revoke_edit.returnPressed.connect(self.revoke)
        revoke_button = QPushButton(self.tr("Re&voke"))
        revoke_button.clicked.connect(self.revoke)
        revoke_row = QHBoxLayout(revoke)
        revoke_row.addWidget(self.revoke_edit, 1)
        revoke_row.addWidget(revoke_button)

        self.message = QLabel()
        self.message.setObjectName("badges_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        # An action, not the box's accept button: that one would take every Enter typed.
        self.save_button = buttons.addButton(
            self.tr("&Save the PDF… (Ctrl+S)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.clicked.connect(lambda _checked=False: self.save())
        buttons.rejected.connect(self.reject)
        self.addAction(make_action(self, "", self.save, QKeySequence.StandardKey.Save))
        layout = QVBoxLayout(self)
        layout.addWidget(who, 1)
        layout.addLayout(form)
        layout.addWidget(revoke)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(620, 640)

    # Who ---------------------------------------------------------------------------------

    def refresh_persons(self) -> None:
        holders = badge_holders(self.database, self.activity.id)
        ticked = set(self.ticked_ids())
        self.persons.blockSignals(True)
        self.persons.clear()
        for holder in holders:
            item = QListWidgetItem(self._label(holder))
            item.setData(PERSON_ROLE, holder.person_id)
            checked = holder.person_id in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.persons.addItem(item)
        self.persons.blockSignals(False)
        self.everyone.setText(
            self.tr("&Everyone: the expected list and those checked in (%n)", "", len(holders))
        )

    def _label(self, holder: BadgeHolder) -> str:
        label = f"{holder.family_name} {holder.given_names}".strip()
        if holder.organisation:
            label += f" — {holder.organisation}"
        return label + ("" if holder.has_badge else self.tr(" (no badge yet)"))

    def ticked_ids(self) -> list[int]:
        return [
            int(item.data(PERSON_ROLE))
            for item in (self.persons.item(i) for i in range(self.persons.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def tick(self, person_ids: list[int]) -> None:
        """Tick these persons (and choose "only the persons ticked")."""
        wanted = set(person_ids)
        for i in range(self.persons.count()):
            item = self.persons.item(i)
            if int(item.data(PERSON_ROLE)) in wanted:
                item.setCheckState(Qt.CheckState.Checked)
        self.chosen.setChecked(True)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for i in range(self.persons.count()):
            item = self.persons.item(i)
            label = item.text().casefold()
            item.setHidden(not all(word in label for word in words))

    def _to_list(self) -> None:
        for i in range(self.persons.count()):
            if not self.persons.item(i).isHidden():
                self.persons.setCurrentRow(i)
                self.persons.setFocus()
                return

    def _who_changed(self) -> None:
        only = self.chosen.isChecked()
        self.reprint.setEnabled(only)  # never every badge of the event at once
        if not only:
            self.reprint.setChecked(False)
        count = len(self.ticked_ids()) if only else self.persons.count()
        self.save_button.setEnabled(count > 0)
        if count == 0 and not only:
            self.message.setText(
                self.tr("Nobody is on the expected list or checked in yet: add the list first.")
            )
        elif self.message.property("from_who"):
            self.message.clear()
        self.message.setProperty("from_who", count == 0 and not only)

    # Revoking ----------------------------------------------------------------------------

    def revoke(self) -> None:
        code = self.revoke_edit.text()
        if not code.strip():
            self.message.setText(self.tr("Type or scan the code of the lost badge first."))
            return
        try:
            person_id = revoke_badge(self.database, code)
        except RegistreError as error:
            self.message.setText(error_text(error))
            return
        person = get_person(self.database, person_id)
        self.revoke_edit.clear()
        self.message.setText(
            self.tr("Badge revoked: it checks nobody in. {name} needs a new one.").format(
                name=f"{person.family_name} {person.given_names}".strip()
            )
        )
        self.refresh_persons()

    # Saving ------------------------------------------------------------------------------

    def save(self, path: Path | None = None) -> Task | None:
        only = self.chosen.isChecked()
        person_ids = self.ticked_ids() if only else None
        if only and not person_ids:
            self.message.setText(self.tr("Tick the persons whose badges to print."))
            return None
        if path is None:
            path = ask_pdf_path(self, f"badges-{self.activity.id}.pdf")
            if path is None:
                return None
        target = path
        database, activity_id = self.database, self.activity.id
        language = str(self.language_combo.currentData())
        layout = str(self.layout_combo.currentData())
        reprint = self.reprint.isChecked()
        issuer, logo = letterhead()

        def render(partial: Path, progress: ProgressCallback, cancelled: CancelCheck) -> object:
            sheet = badge_sheet(
                database,
                activity_id,
                language=language,
                person_ids=person_ids,
                reprint=reprint,
                layout=layout,
                issuer=issuer,
                logo=logo,
            )
            pages = render_badges(sheet, partial, progress, cancelled)
            return target, len(sheet.cards), pages

        return write_pdf(self, self.tr("Writing the badges…"), target, render, self._written)

    def _written(self, result: tuple[Path, int, int]) -> None:
        self.written = result
        path, badges, pages = result
        written = self.tr("%n badges written in {path}", "", badges).format(path=path)
        pages_text = self.tr("%n pages", "", pages)
        self.message.setText(f"{written} ({pages_text})")
        self.reprint.setChecked(False)  # printed once: a second save reuses the new codes
        self.refresh_persons()
