"""Create or edit an activity: every field, messages next to the fields, Ctrl+S, unsaved prompt."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.activities.activities import (
    STATUSES,
    ActivityDetails,
    ActivityFields,
    create_activity,
    edit_activity,
    get_activity,
)
from desktop_app.activities.counting_rules import DEFAULT_COMPLETION_PERCENT
from desktop_app.door.rules import DoorRules, checked_rules, door_rules, set_door_rules
from desktop_app.messages import RegistreError
from desktop_app.records.validation import ValidationError
from desktop_app.settings import load_settings
from desktop_app.store import Database
from desktop_app.store.errors import RecordChangedElsewhere
from desktop_app.store.vocabulary import activity_kinds
from desktop_app.ui.common.formats import status_label
from desktop_app.ui.common.text import error_text, language
from desktop_app.ui.indicators.project_field import ProjectField
from desktop_app.ui.payments.tab import PaymentsTab
from desktop_app.ui.widgets.changed_elsewhere import ChangedElsewhereBar
from desktop_app.ui.widgets.country_edit import CountryEdit
from desktop_app.ui.widgets.editor_dialog import EditorDialog
from desktop_app.ui.widgets.field_messages import ERROR_STYLE, FieldMessages
from desktop_app.ui.widgets.partner_picker import PartnerPicker
from desktop_app.ui.widgets.tags_edit import TagsEdit

NARRATIVE_FIELDS = ("objectives", "topics", "outcomes", "follow_up", "notes")


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class ActivityForm(EditorDialog):
    """Non-modal window. `saved(ActivityDetails)` after each successful save."""

    saved = Signal(object)

    def __init__(
        self,
        database: Database,
        activity_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ActivityForm")
        self.database = database
        self.activity_id = activity_id
        self.messages = FieldMessages()
        self.loaded_revision: int | None = None  # the revision the form shows, checked at save
        self._build()
        if activity_id is not None:
            self._load(get_activity(database, activity_id))
        else:
            today = dt.date.today()
            self.start_edit.setDate(to_qdate(today))
            self.end_edit.setDate(to_qdate(today))
            settings = load_settings()
            self.country_edit.setText(settings.default_country or database.site_country or "")
            self.city_edit.setText(settings.default_city)
            self.office_edit.setText(database.site_code or "")
        self.loading = False
        self.setWindowModified(False)
        self._update_title()
        self.title_edit.setFocus()

    # Building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.title_edit = QLineEdit()
        self.kind_combo = QComboBox()
        for term in activity_kinds():
            self.kind_combo.addItem(term.label(language()), term.code)
        self.status_combo = QComboBox()
        for status in STATUSES:
            self.status_combo.addItem(status_label(status), status)
        self.status_combo.setCurrentIndex(STATUSES.index("held"))
        date_format = "dd/MM/yyyy" if language() == "fr" else "d MMM yyyy"
        self.start_edit = QDateEdit()
        self.end_edit = QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format)
        self.country_edit = CountryEdit()
        self.city_edit = QLineEdit()
        self.venue_edit = QLineEdit()
        self.office_edit = QLineEdit()
        self.project_field = ProjectField(self.database)
        self.partners = PartnerPicker(self.database)
        self.tags_edit = TagsEdit(self.database)
        # At the door (docs/door.md): 0 is the default rule, shown as such.
        self.completion_spin = QSpinBox()
        self.completion_spin.setRange(0, 100)
        self.completion_spin.setSuffix(self.tr("% of the days"))
        self.completion_spin.setSpecialValueText(
            self.tr("Default: {percent}% of the days").format(percent=DEFAULT_COMPLETION_PERCENT)
        )
        self.completion_spin.setToolTip(
            self.tr(
                "A participant present this share of the days completed the activity: the "
                "reports' “completed” and the certificates of participation."
            )
        )
        self.late_edit = QLineEdit()
        self.late_edit.setPlaceholderText(self.tr("08:30 (empty: nobody is late)"))
        self.loaded_rules: DoorRules | None = None
        self.narrative = {name: QPlainTextEdit() for name in NARRATIVE_FIELDS}

        general = QWidget()
        form = QFormLayout(general)
        rows: list[tuple[str, str, QWidget]] = [
            ("title", self.tr("&Title:"), self.title_edit),
            ("kind", self.tr("&Kind:"), self.kind_combo),
            ("status", self.tr("Stat&us:"), self.status_combo),
            ("start_date", self.tr("&Start date:"), self.start_edit),
            ("end_date", self.tr("&End date:"), self.end_edit),
            ("country", self.tr("C&ountry:"), self.country_edit),
            ("city", self.tr("C&ity:"), self.city_edit),
            ("venue", self.tr("&Venue:"), self.venue_edit),
            ("office", self.tr("Organising o&ffice:"), self.office_edit),
            ("project_code", self.tr("&Project:"), self.project_field),
            ("partners", self.tr("P&artners:"), self.partners),
            ("tags", self.tr("Ta&gs:"), self.tags_edit),
            ("completion_percent", self.tr("Co&mpletion:"), self.completion_spin),
            ("late_after", self.tr("&Late after:"), self.late_edit),
        ]
        for field, text, editor in rows:
            editor.setObjectName(f"activity_{field}")
            label = QLabel(text)
            label.setBuddy(
                self.partners.edit if editor is self.partners else editor.focusProxy() or editor
            )
            form.addRow(label, self.messages.wrap(field, editor))
        content = QWidget()
        content_form = QFormLayout(content)
        titles = {
            "objectives": self.tr("O&bjectives:"),
            "topics": self.tr("To&pics (agenda):"),
            "outcomes": self.tr("Outcomes and &recommendations:"),
            "follow_up": self.tr("&Follow-up:"),
            "notes": self.tr("&Notes:"),
        }
        for name, editor in self.narrative.items():
            editor.setObjectName(f"activity_{name}")
            editor.setTabChangesFocus(True)
            label = QLabel(titles[name])
            label.setBuddy(editor)
            content_form.addRow(label, self.messages.wrap(name, editor))
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("Activity"))
        self.tabs.addTab(content, self.tr("Content"))
        self.payments: PaymentsTab | None = None
        if self.activity_id is not None:  # a new activity has no presences to pay yet
            self.payments = PaymentsTab(self.database, self.activity_id)
            self.payments.changed.connect(self.mark_changed)
            self.tabs.addTab(self.payments, self.tr("Pa&yments"))

        self.other_errors = QLabel()
        self.other_errors.setStyleSheet(ERROR_STYLE)
        self.other_errors.setWordWrap(True)
        self.other_errors.hide()
        self.changed_elsewhere = ChangedElsewhereBar()
        self.changed_elsewhere.reload_requested.connect(self.reload)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(self.tr("Save (Ctrl+S)"))
        buttons.accepted.connect(self.save_and_close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.other_errors)
        layout.addWidget(self.changed_elsewhere)
        layout.addWidget(buttons)
        self.resize(640, 600)

        for line in (
            self.title_edit,
            self.country_edit,
            self.city_edit,
            self.venue_edit,
            self.office_edit,
            self.tags_edit,
            self.late_edit,
        ):
            line.textEdited.connect(self.mark_changed)
        self.project_field.edited.connect(self.mark_changed)
        self.completion_spin.valueChanged.connect(self.mark_changed)
        self.title_edit.textEdited.connect(lambda _text: self._update_title())
        for combo in (self.kind_combo, self.status_combo):
            combo.currentIndexChanged.connect(self.mark_changed)
        for date_edit in (self.start_edit, self.end_edit):
            date_edit.dateChanged.connect(self.mark_changed)
        self.start_edit.dateChanged.connect(self._keep_end_after_start)
        for editor in self.narrative.values():
            editor.textChanged.connect(self.mark_changed)
        self.partners.changed.connect(self.mark_changed)

    def _load(self, activity: ActivityDetails) -> None:
        self.loaded_revision = activity.revision
        self.title_edit.setText(activity.title)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(activity.kind)))
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(activity.status)))
        self.start_edit.setDate(to_qdate(activity.start_date))
        self.end_edit.setDate(to_qdate(activity.end_date))
        self.country_edit.setText(activity.country)
        self.city_edit.setText(activity.city)
        self.venue_edit.setText(activity.venue or "")
        self.office_edit.setText(activity.office or "")
        self.project_field.set_code(activity.project_code)
        for name, editor in self.narrative.items():
            editor.setPlainText(getattr(activity, name) or "")
        self.partners.set_partners(activity.partners)
        self.tags_edit.set_tags(activity.tags)
        rules = door_rules(self.database, activity.id)
        self.loaded_rules = rules
        self.completion_spin.setValue(rules.completion_percent if rules.own_completion else 0)
        self.late_edit.setText(rules.late_after)

    def reload(self) -> None:
        """Show the activity as saved now (after someone else changed it), dropping the edit."""
        if self.activity_id is None:
            return
        self.loading = True
        self._load(get_activity(self.database, self.activity_id))
        self.loading = False
        self.messages.clear()
        self.other_errors.hide()
        self.changed_elsewhere.hide()
        self.setWindowModified(False)
        self._update_title()

    # State -------------------------------------------------------------------------------

    def _keep_end_after_start(self, start: QDate) -> None:
        if self.end_edit.date() < start:
            self.end_edit.setDate(start)

    def _update_title(self) -> None:
        title = self.title_edit.text().strip()
        caption = self.tr("New activity") if self.activity_id is None else self.tr("Activity")
        name = f" — {title}" if title else ""
        self.setWindowTitle(f"{caption}{name}[*]")

    def fields(self) -> ActivityFields:
        narrative = {name: editor.toPlainText() for name, editor in self.narrative.items()}
        return ActivityFields(
            title=self.title_edit.text(),
            kind=str(self.kind_combo.currentData()),
            start_date=from_qdate(self.start_edit.date()),
            end_date=from_qdate(self.end_edit.date()),
            country=self.country_edit.text(),
            city=self.city_edit.text(),
            status=str(self.status_combo.currentData()),
            venue=self.venue_edit.text(),
            office=self.office_edit.text(),
            project_code=self.project_field.code(),
            partner_ids=self.partners.partner_ids(),
            partner_names=self.partners.partner_names(),
            tags=self.tags_edit.tags(),
            **narrative,
        )

    def door_rules_typed(self) -> tuple[int | None, str]:
        """The completion rule (None: the default) and the late time as typed."""
        percent = self.completion_spin.value()
        return (percent or None), self.late_edit.text().strip()

    def _rules_changed(self) -> bool:
        percent, late = self.door_rules_typed()
        loaded = self.loaded_rules
        if loaded is None:  # a new activity: the defaults need no writing
            return percent is not None or bool(late)
        own = loaded.completion_percent if loaded.own_completion else None
        minutes = checked_rules(percent, late)
        return (own, loaded.late_after_minutes) != (percent, minutes)

    # Saving and closing ------------------------------------------------------------------

    def save(self) -> bool:
        """Create or edit; on bad input the messages sit next to the fields and nothing changes."""
        self.messages.clear()
        self.other_errors.hide()
        self.changed_elsewhere.hide()
        if self.payments is not None and not self.payments.save():
            self.tabs.setCurrentWidget(self.payments)
            return False
        try:
            checked_rules(*self.door_rules_typed())  # refused before anything is written
            if self.activity_id is None:
                details = create_activity(self.database, self.fields())
                self.activity_id = details.id
            else:
                details = edit_activity(
                    self.database,
                    self.activity_id,
                    self.fields(),
                    expected_revision=self.loaded_revision,
                )
            if self._rules_changed():
                self.loaded_rules = set_door_rules(
                    self.database, details.id, *self.door_rules_typed()
                )
                details = get_activity(self.database, details.id)  # its new revision
        except RecordChangedElsewhere as error:
            self.changed_elsewhere.show_error(error)  # the fields keep what the user typed
            return False
        except ValidationError as error:
            general = {"title", "kind", "status", "start_date", "end_date", "country", "city"}
            general |= {"completion_percent", "late_after", "tags"}
            if set(error.fields) & general:
                self.tabs.setCurrentIndex(0)
            elif set(error.fields) & set(NARRATIVE_FIELDS):
                self.tabs.setCurrentIndex(1)
            self._show_other(self.messages.show(error.fields))
            return False
        except RegistreError as error:
            self._show_other([error_text(error)])
            return False
        self.loading = True
        self.partners.reload_registry()
        self.partners.set_partners(details.partners)
        self.tags_edit.set_tags(details.tags)
        self.tags_edit.reload_tags()
        self.loading = False
        self.loaded_revision = details.revision
        self.setWindowModified(False)
        self._update_title()
        self.saved.emit(details)
        return True

    def _show_other(self, texts: list[str]) -> None:
        if texts:
            self.other_errors.setText("\n".join(texts))
            self.other_errors.show()

    def unsaved_question(self) -> str:
        return self.tr("This activity has changes that are not saved. Save them?")
