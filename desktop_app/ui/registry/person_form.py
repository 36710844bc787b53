"""Edit one person of the registry, with the history of the activities they attended."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.access.roles import access_of
from desktop_app.messages import RegistreError
from desktop_app.records.validation import ValidationError
from desktop_app.registry.organisations import list_organisations
from desktop_app.registry.persons import (
    PersonDetails,
    PersonFields,
    edit_person,
    get_person,
    person_history,
)
from desktop_app.settings import load_settings
from desktop_app.store import Database
from desktop_app.store.errors import RecordChangedElsewhere
from desktop_app.store.vocabulary import person_categories
from desktop_app.ui.access.history_dialog import HistoryDialog
from desktop_app.ui.access.role_words import read_only_reason
from desktop_app.ui.common.text import error_text, language
from desktop_app.ui.models.persons import PersonHistoryModel
from desktop_app.ui.registry.disability_section import DisabilitySection
from desktop_app.ui.registry.person_duplicates import LikelyDuplicates
from desktop_app.ui.widgets.birth_edit import BirthEdit
from desktop_app.ui.widgets.changed_elsewhere import ChangedElsewhereBar
from desktop_app.ui.widgets.country_edit import CountryEdit
from desktop_app.ui.widgets.editor_dialog import EditorDialog
from desktop_app.ui.widgets.field_messages import ERROR_STYLE, FieldMessages

# What the services may say of the date of birth, a birth year or an age: all shown by the one
# field where they are typed.
BIRTH_FIELDS = ("birth_year", "age")


class PersonForm(EditorDialog):
    saved = Signal(object)

    def __init__(self, database: Database, person_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("PersonForm")
        self.database = database
        self.person_id = person_id
        self.messages = FieldMessages()
        self.loaded_revision: int | None = None  # the revision the form shows, checked at save
        self._build()
        self._load(get_person(database, person_id))
        self.history.set_rows(person_history(database, person_id))
        self.loading = False
        self.setWindowModified(False)
        self.family_edit.setFocus()

    def _build(self) -> None:
        self.family_edit = QLineEdit()
        self.given_edit = QLineEdit()
        self.sex_combo = QComboBox()
        self.sex_combo.addItem(self.tr("not stated"), None)
        self.sex_combo.addItem(self.tr("F (woman)"), "F")
        self.sex_combo.addItem(self.tr("M (man)"), "M")
        self.birth_edit = BirthEdit()
        self.age_band_edit = QLineEdit()
        self.age_band_edit.setPlaceholderText(self.tr("when only a band is known, e.g. 18-29"))
        self.organisation_edit = QLineEdit()
        self._organisations = {o.label: o.id for o in list_organisations(self.database)}
        names = QStringListModel(list(self._organisations), self)
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation_edit.setCompleter(completer)
        self.position_edit = QLineEdit()
        self.category_combo = QComboBox()
        self.category_combo.addItem(self.tr("not stated"), None)
        for term in person_categories():
            self.category_combo.addItem(term.label(language()), term.code)
        self.region_edit = QLineEdit()
        self.nationality_edit = CountryEdit()
        self.phone_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.consent_check = QCheckBox(self.tr("Agrees to be &contacted"))
        form = QFormLayout()
        rows: list[tuple[str, str, QWidget]] = [
            ("family_name", self.tr("&Family name:"), self.family_edit),
            ("given_names", self.tr("&Given names:"), self.given_edit),
            ("sex", self.tr("Se&x:"), self.sex_combo),
            ("birth_date", self.tr("&Born:"), self.birth_edit),
            ("age_band", self.tr("&Age band:"), self.age_band_edit),
            ("organisation_name", self.tr("&Organisation:"), self.organisation_edit),
            ("position", self.tr("Posi&tion:"), self.position_edit),
            ("category", self.tr("Categor&y:"), self.category_combo),
            ("region", self.tr("&Region or origin:"), self.region_edit),
            ("nationality", self.tr("&Nationality:"), self.nationality_edit),
            ("phone", self.tr("&Phone:"), self.phone_edit),
            ("email", self.tr("&E-mail:"), self.email_edit),
            ("consent_contact", "", self.consent_check),
        ]
        for field, text, editor in rows:
            editor.setObjectName(f"person_{field}")
            label = QLabel(text)
            label.setBuddy(editor)
            form.addRow(label, self.messages.wrap(field, editor))
        # The Washington Group questions, only where the settings allow them.
        self.disability: DisabilitySection | None = None
        if load_settings().record_disability:
            self.disability = DisabilitySection(self.messages)
            self.disability.changed.connect(self.mark_changed)
        self.duplicates = LikelyDuplicates(self.database, self.person_id)
        self.history = PersonHistoryModel(self)
        self.history_table = QTableView()
        self.history_table.setObjectName("person_history")
        self.history_table.setModel(self.history)
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.verticalHeader().hide()
        header = self.history_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PersonHistoryModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.other_errors = QLabel()
        self.other_errors.setStyleSheet(ERROR_STYLE)
        self.other_errors.setWordWrap(True)
        self.other_errors.hide()
        self.changed_elsewhere = ChangedElsewhereBar()
        self.changed_elsewhere.reload_requested.connect(self.reload)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.accepted.connect(self.save_and_close)
        buttons.rejected.connect(self.reject)
        self.history_button = buttons.addButton(
            self.tr("&History of changes…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.history_button.setToolTip(self.tr("Who changed this person, when, and what"))
        self.history_button.clicked.connect(self.show_changes)
        access = access_of(self.database)
        if not access.may_change:  # the server would refuse it: say so before the typing
            self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
            self.save_button.setEnabled(False)
            self.save_button.setToolTip(read_only_reason(access))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if self.disability is not None:
            layout.addWidget(self.disability)
        layout.addWidget(self.duplicates)
        layout.addWidget(QLabel(self.tr("<b>Activities attended</b>")))
        layout.addWidget(self.history_table, 1)
        layout.addWidget(self.other_errors)
        layout.addWidget(self.changed_elsewhere)
        layout.addWidget(buttons)
        self.resize(760, 740 if self.disability is not None else 720)
        for line in (
            self.family_edit,
            self.given_edit,
            self.birth_edit,
            self.age_band_edit,
            self.organisation_edit,
            self.position_edit,
            self.region_edit,
            self.nationality_edit,
            self.phone_edit,
            self.email_edit,
        ):
            line.textEdited.connect(self.mark_changed)
        for combo in (self.sex_combo, self.category_combo):
            combo.currentIndexChanged.connect(self.mark_changed)
        self.consent_check.toggled.connect(self.mark_changed)
        self.family_edit.textEdited.connect(lambda _text: self._update_title())
        for line in (self.family_edit, self.given_edit, self.phone_edit, self.email_edit):
            line.textEdited.connect(lambda _text: self.duplicates.look_up(self.fields()))

    def show_changes(self) -> HistoryDialog:
        name = f"{self.family_edit.text().upper()} {self.given_edit.text()}".strip()
        dialog = HistoryDialog(self.database, self, person_id=self.person_id, person_name=name)
        dialog.show()
        return dialog

    def _load(self, person: PersonDetails) -> None:
        self.loaded_revision = person.revision
        self.family_edit.setText(person.family_name)
        self.given_edit.setText(person.given_names)
        self.sex_combo.setCurrentIndex(max(0, self.sex_combo.findData(person.sex)))
        self.birth_edit.show_birth(person.birth_date, person.birth_year)
        self.age_band_edit.setText(person.age_band or "")
        self.organisation_edit.setText(person.organisation or "")
        self.position_edit.setText(person.position or "")
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(person.category)))
        self.region_edit.setText(person.region or "")
        self.nationality_edit.setText(person.nationality or "")
        self.phone_edit.setText(person.phone or "")
        self.email_edit.setText(person.email or "")
        self.consent_check.setChecked(person.consent_contact)
        if self.disability is not None:
            self.disability.show_answers(person.disability)
        self._update_title()

    def reload(self) -> None:
        """Show the person as saved now (after someone else changed them), dropping the edit."""
        self.loading = True
        self._load(get_person(self.database, self.person_id))
        self.history.set_rows(person_history(self.database, self.person_id))
        self.loading = False
        self.messages.clear()
        self.other_errors.hide()
        self.changed_elsewhere.hide()
        self.setWindowModified(False)

    def _update_title(self) -> None:
        name = f"{self.family_edit.text().upper()} {self.given_edit.text()}".strip()
        self.setWindowTitle(self.tr("Person — {name}").format(name=name) + "[*]")

    def unsaved_question(self) -> str:
        return self.tr("This person has changes that are not saved. Save them?")

    def fields(self) -> PersonFields:
        organisation = self.organisation_edit.text().strip()
        organisation_id = self._organisations.get(organisation)  # picked from the registry
        birth = self.birth_edit.birth("birth_date")
        return PersonFields(
            family_name=self.family_edit.text(),
            given_names=self.given_edit.text(),
            sex=self.sex_combo.currentData(),
            birth_year=birth.birth_year,
            birth_date=birth.birth_date,
            age=birth.age,
            age_band=self.age_band_edit.text() or None,
            organisation_id=organisation_id,
            organisation_name=None if organisation_id is not None else (organisation or None),
            position=self.position_edit.text() or None,
            category=self.category_combo.currentData(),
            region=self.region_edit.text() or None,
            nationality=self.nationality_edit.text() or None,
            phone=self.phone_edit.text() or None,
            email=self.email_edit.text() or None,
            consent_contact=self.consent_check.isChecked(),
            disability=self.disability.answers() if self.disability is not None else None,
        )

    def save(self) -> bool:
        self.messages.clear()
        self.other_errors.hide()
        self.changed_elsewhere.hide()
        try:
            details = edit_person(
                self.database,
                self.person_id,
                self.fields(),
                expected_revision=self.loaded_revision,
            )
        except RecordChangedElsewhere as error:
            self.changed_elsewhere.show_error(error)  # the fields keep what the user typed
            return False
        except ValidationError as error:
            fields = dict(error.fields)
            if "organisation_id" in fields:
                fields["organisation_name"] = fields.pop("organisation_id")
            for name in BIRTH_FIELDS:
                if name in fields:
                    fields.setdefault("birth_date", fields.pop(name))
            unplaced = self.messages.show(fields)
            if unplaced:
                self.other_errors.setText("\n".join(unplaced))
                self.other_errors.show()
            return False
        except RegistreError as error:
            self.other_errors.setText(error_text(error))
            self.other_errors.show()
            return False
        self._organisations = {o.label: o.id for o in list_organisations(self.database)}
        self.loading = True
        self._load(details)
        self.loading = False
        self.setWindowModified(False)
        self.saved.emit(details)
        return True
