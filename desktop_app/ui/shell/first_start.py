"""First start: which office this installation belongs to, and the demo activities on offer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.messages import RegistreError
from desktop_app.records.validation import ValidationError
from desktop_app.registry import sites
from desktop_app.store import Database
from desktop_app.ui.common.text import error_text
from desktop_app.ui.widgets.country_edit import CountryEdit
from desktop_app.ui.widgets.field_messages import FieldMessages


class FirstStartDialog(QDialog):
    """Asks for the site (code, name, country) and offers to add the demo activities."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setObjectName("FirstStartDialog")
        self.setWindowTitle(self.tr("Welcome to Registre"))
        self.messages = FieldMessages()
        intro = QLabel(
            self.tr(
                "This installation records the activities of one office. "
                "Which office is it? The code travels with every record you create "
                "and cannot be changed later."
            )
        )
        intro.setWordWrap(True)
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("e.g. NE-NIA"))
        self.code_edit.setMaxLength(16)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Niamey office"))
        self.country_edit = CountryEdit()
        form = QFormLayout()
        for field, text, edit in (
            ("code", self.tr("Site &code:"), self.code_edit),
            ("name", self.tr("Site &name:"), self.name_edit),
            ("country", self.tr("C&ountry:"), self.country_edit),
        ):
            edit.setObjectName(f"site_{field}")
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, self.messages.wrap(field, edit))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.demo_check = QCheckBox(
            self.tr("&Add the demo activities of a field newsletter, to try the program")
        )
        self.demo_check.setObjectName("add_demo")
        self.other_errors = QLabel()
        self.other_errors.setWordWrap(True)
        self.other_errors.setStyleSheet("color: #b00020;")
        self.other_errors.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.demo_check)
        layout.addWidget(self.other_errors)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        """Create the site (and the demo activities); on bad input stay open with messages."""
        self.other_errors.hide()
        try:
            sites.init_site(
                self.database,
                self.code_edit.text(),
                self.name_edit.text(),
                self.country_edit.text(),
            )
        except ValidationError as error:
            unplaced = self.messages.show(error.fields)
            if unplaced:
                self.other_errors.setText("\n".join(unplaced))
                self.other_errors.show()
            return
        except RegistreError as error:
            self.other_errors.setText(error_text(error))
            self.other_errors.show()
            return
        if self.demo_check.isChecked():
            try:
                from desktop_app.demo.loading import load_demo  # not at every start

                load_demo(self.database)
            except RegistreError as error:  # the site exists: go on without the demo
                QMessageBox.warning(self, self.tr("Demo activities"), error_text(error))
        super().accept()


def ensure_site(database: Database, parent: QWidget | None = None) -> bool:
    """True when the database has a site, after asking for it at first start."""
    if database.site_code:
        return True
    dialog = FirstStartDialog(database, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted and bool(database.site_code)
