"""The settings dialog: the site, the organisation on reports, activities, language, backups,
and the protection of the database file (encryption).

The site's name and country are saved in the database (services.site_settings); everything
else in the user's settings file (desktop_app.settings). Encrypting, decrypting or changing the
passphrase happens at once (ui/protection/dialog.py), then `database_reopened` gives the
database opened with its new key: the main window reopens on it. Also a menu plugin:
`install(window)` adds Tools > Settings… to the main window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.messages import RegistreError
from desktop_app.records.validation import ValidationError
from desktop_app.registry import site_settings, sites
from desktop_app.settings import Settings, load_settings, save_settings
from desktop_app.store import Database
from desktop_app.ui.common.text import error_text
from desktop_app.ui.protection.settings import ProtectionGroup
from desktop_app.ui.widgets.country_edit import CountryEdit
from desktop_app.ui.widgets.field_messages import FieldMessages

if TYPE_CHECKING:
    from desktop_app.ui.shell.main_window import MainWindow


def _country_edit() -> CountryEdit:
    return CountryEdit()


def _browse_row(edit: QLineEdit, button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(button)
    return row


class SettingsDialog(QDialog):
    """Edits every setting; OK saves the site through the services and the rest to the file."""

    saved = Signal(object)  # the new Settings
    database_reopened = Signal(object)  # the Database, encrypted, decrypted or re-keyed

    def __init__(
        self,
        database: Database,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.settings = settings if settings is not None else load_settings()
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self.messages = FieldMessages()
        layout = QVBoxLayout(self)
        layout.addWidget(self._site_group())
        layout.addWidget(self._reports_group())
        layout.addWidget(self._activities_group())
        layout.addWidget(self._backups_group())
        layout.addWidget(self._export_group())
        self.protection = ProtectionGroup(database, self.edited_backup_folder, self)
        self.protection.database_reopened.connect(self._converted)
        layout.addWidget(self.protection)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._load()
        self.protection.show_state()  # the plain backups of the folder the form now shows
        self.backup_dir.editingFinished.connect(self.protection.show_state)

    # Building ----------------------------------------------------------------------------

    def _form(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        group = QGroupBox(title)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        return group, form

    def _row(self, form: QFormLayout, text: str, field: QWidget, name: str = "") -> None:
        label = QLabel(text)
        label.setBuddy(field)
        form.addRow(label, self.messages.wrap(name, field) if name else field)

    def _site_group(self) -> QGroupBox:
        group, form = self._form(self.tr("This office"))
        self.site_code = QLabel()
        self.site_code.setObjectName("site_code")
        self.site_code.setToolTip(
            self.tr("The code travels with every record this office creates: it cannot change.")
        )
        self.site_name = QLineEdit()
        self.site_name.setObjectName("site_name")
        self.site_country = _country_edit()
        self.site_country.setObjectName("site_country")
        form.addRow(self.tr("Site code:"), self.site_code)
        self._row(form, self.tr("Site &name:"), self.site_name, "name")
        self._row(form, self.tr("Site co&untry:"), self.site_country, "country")
        return group

    def _reports_group(self) -> QGroupBox:
        group, form = self._form(self.tr("Reports"))
        self.organisation = QLineEdit()
        self.organisation.setObjectName("organisation_name")
        self.logo = QLineEdit()
        self.logo.setObjectName("logo_path")
        self.logo.setPlaceholderText(self.tr("no logo"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_logo)
        self._row(form, self.tr("&Organisation name:"), self.organisation)
        self._row(form, self.tr("&Logo:"), _browse_row(self.logo, browse))
        return group

    def _activities_group(self) -> QGroupBox:
        group, form = self._form(self.tr("Activities and counting"))
        self.default_country = _country_edit()
        self.default_country.setObjectName("default_country")
        self.default_city = QLineEdit()
        self.default_city.setObjectName("default_city")
        self.youth = QSpinBox()
        self.youth.setObjectName("youth_threshold")
        self.youth.setRange(1, 120)
        self.youth.setPrefix(self.tr("under "))
        self.youth.setSuffix(self.tr(" years"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("As the system"), "system")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self._row(form, self.tr("Default coun&try:"), self.default_country)
        self._row(form, self.tr("Default &city:"), self.default_city)
        self._row(form, self.tr("&Youth:"), self.youth)
        self._row(form, self.tr("Lan&guage:"), self.language)
        note = QLabel(self.tr("A new language applies at the next start."))
        note.setWordWrap(True)
        form.addRow(note)
        self.record_disability = QCheckBox(self.tr("Ask the &questions on disability"))
        self.record_disability.setObjectName("record_disability")
        self.record_disability.setToolTip(
            self.tr(
                "The Washington Group's six optional questions in the person form, asked with"
                " the person's consent;"
                " indicators can then be disaggregated by disability status. Off, the answers"
                " already recorded are kept but shown nowhere."
            )
        )
        form.addRow(self.record_disability)
        return group

    def _backups_group(self) -> QGroupBox:
        group, form = self._form(self.tr("Backups"))
        self.backup_dir = QLineEdit()
        self.backup_dir.setObjectName("backup_dir")
        # A server database has no file: the default folder is then beside the user's files.
        default_folder = Settings().backup_folder(self.database.path or Path.home() / "registre.db")
        self.backup_dir.setPlaceholderText(str(default_folder))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_backup_dir)
        self.keep_daily = QSpinBox()
        self.keep_daily.setObjectName("keep_daily")
        self.keep_daily.setRange(1, 366)
        self.keep_weekly = QSpinBox()
        self.keep_weekly.setObjectName("keep_weekly")
        self.keep_weekly.setRange(0, 520)
        self._row(form, self.tr("&Folder:"), _browse_row(self.backup_dir, browse))
        self._row(form, self.tr("Keep &daily backups:"), self.keep_daily)
        self._row(form, self.tr("Keep &weekly backups:"), self.keep_weekly)
        return group

    def _export_group(self) -> QGroupBox:
        group, form = self._form(self.tr("Export for HQ"))
        self.photos_travel = QCheckBox(self.tr("&Photos of signed sheets travel to HQ"))
        self.photos_travel.setObjectName("photos_travel")
        # A tooltip, not a note: the dialog is as tall as a small laptop's screen already.
        self.photos_travel.setToolTip(
            self.tr(
                "In a file beside the workbook, to send with it. They show names and "
                "signatures; never in a pseudonymised export, nor beside a protected workbook."
            )
        )
        form.addRow(self.photos_travel)
        return group

    def edited_backup_folder(self) -> Path | None:
        typed = self.backup_dir.text().strip()
        return Path(typed).expanduser() if typed else None

    def _converted(self, database: Database) -> None:
        self.database = database
        self.database_reopened.emit(database)

    # Values ------------------------------------------------------------------------------

    def _load(self) -> None:
        site = sites.local_site(self.database)
        self.site_code.setText(site.code if site else "")
        self.site_name.setText(site.name if site else "")
        self.site_country.setText(site.country if site else "")
        s = self.settings
        self.organisation.setText(s.organisation_name)
        self.logo.setText(s.logo_path)
        self.default_country.setText(s.default_country)
        self.default_city.setText(s.default_city)
        self.youth.setValue(s.youth_threshold)
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        self.record_disability.setChecked(s.record_disability)
        self.backup_dir.setText(s.backup_dir)
        self.keep_daily.setValue(s.keep_daily)
        self.keep_weekly.setValue(s.keep_weekly)
        self.photos_travel.setChecked(s.photos_travel)

    def edited_settings(self) -> Settings:
        """The settings as the form shows them (raises RegistreError for a bad value)."""
        return self.settings.with_changes(
            organisation_name=self.organisation.text().strip(),
            logo_path=self.logo.text().strip(),
            default_country=self.default_country.code(),
            default_city=self.default_city.text().strip(),
            youth_threshold=self.youth.value(),
            language=str(self.language.currentData()),
            record_disability=self.record_disability.isChecked(),
            backup_dir=self.backup_dir.text().strip(),
            keep_daily=self.keep_daily.value(),
            keep_weekly=self.keep_weekly.value(),
            photos_travel=self.photos_travel.isChecked(),
        )

    def accept(self) -> None:
        self.messages.clear()
        try:
            changed = self.edited_settings()
            if sites.local_site(self.database) is not None:
                site_settings.update_local_site(
                    self.database, self.site_name.text(), self.site_country.text()
                )
            save_settings(changed)
        except ValidationError as error:
            unplaced = self.messages.show(error.fields)
            if unplaced:
                QMessageBox.warning(self, self.windowTitle(), "\n".join(unplaced))
            return
        except (RegistreError, OSError) as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            return
        self.settings = changed
        self.saved.emit(changed)
        super().accept()

    # Choosers ----------------------------------------------------------------------------

    def _choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Logo for reports"),
            str(Path(self.logo.text()).parent) if self.logo.text() else "",
            self.tr("Images (*.png *.jpg *.jpeg *.svg)"),
        )
        if path:
            self.logo.setText(path)

    def _choose_backup_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self.backup_dir.text()
        )
        if folder:
            self.backup_dir.setText(folder)


def open_settings(window: MainWindow) -> SettingsDialog:
    dialog = SettingsDialog(window.database, parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.database_reopened.connect(lambda database: _reopen(window, dialog, database))
    dialog.open()
    return dialog


def _reopen(window: MainWindow, dialog: SettingsDialog, database: Database) -> None:
    """The file was converted: the window starts again on the database opened anew."""
    dialog.reject()
    window.reopen(database)
