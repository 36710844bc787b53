"""Typing secrets: a new passphrase or password twice with a strength hint, and a one-line prompt.

Secrets typed here live only in the widgets and in the call that uses them: never in the
settings, never in a log.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFormLayout, QInputDialog, QLabel, QLineEdit, QWidget

MINIMUM_LENGTH = 8
GOOD_LENGTH = 12
STRONG_LENGTH = 20
HINT_STYLES = {
    "short": "color: #b00020;",
    "fair": "color: #8a5a00;",
    "good": "color: #1b5e20;",
    "strong": "color: #1b5e20; font-weight: bold;",
}


def secret_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def strength(secret: str) -> str:
    """ "", "short", "fair", "good" or "strong", by length: a long sentence beats clever symbols."""
    if not secret:
        return ""
    if len(secret) < MINIMUM_LENGTH:
        return "short"
    if len(secret) < GOOD_LENGTH:
        return "fair"
    return "good" if len(secret) < STRONG_LENGTH else "strong"


def strength_text(level: str) -> str:
    texts = {
        "short": QCoreApplication.translate("PasswordPrompt", "Too short: at least 8 characters."),
        "fair": QCoreApplication.translate(
            "PasswordPrompt", "Fair. Longer is stronger: a sentence of four or more words."
        ),
        "good": QCoreApplication.translate("PasswordPrompt", "Good."),
        "strong": QCoreApplication.translate("PasswordPrompt", "Strong."),
    }
    return texts.get(level, "")


class NewSecretFields(QObject):
    """A new secret typed twice, its strength by length, and whether the two agree.

    `secret()` is the secret once it is long enough and typed the same twice, else None;
    `problem()` says what is wrong. `add_to` adds the two fields to a QFormLayout; put `hint`
    below the form, full width (a wrapped label in a form row gets too little height).
    """

    changed = Signal()

    def __init__(self, name: str = "new_secret", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.first = secret_edit(f"{name}_first")
        self.second = secret_edit(f"{name}_second")
        self.hint = QLabel()
        self.hint.setObjectName(f"{name}_hint")
        self.hint.setWordWrap(True)
        for edit in (self.first, self.second):
            edit.textChanged.connect(self._update)
        self._update()

    def add_to(self, form: QFormLayout, first_label: str, second_label: str) -> None:
        for text, edit in ((first_label, self.first), (second_label, self.second)):
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, edit)

    def problem(self) -> str:
        first, second = self.first.text(), self.second.text()
        if not first:
            return QCoreApplication.translate("PasswordPrompt", "Type the new one twice.")
        if len(first) < MINIMUM_LENGTH:
            return strength_text("short")
        if first != second:
            return QCoreApplication.translate("PasswordPrompt", "The two entries differ.")
        return ""

    def secret(self) -> str | None:
        return None if self.problem() else self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _update(self) -> None:
        level = strength(self.first.text())
        text = strength_text(level)
        second = self.second.text()
        if level not in ("", "short") and second and second != self.first.text():
            text += " " + QCoreApplication.translate("PasswordPrompt", "The two entries differ.")
        self.hint.setText(text)
        self.hint.setStyleSheet(HINT_STYLES.get(level, ""))
        self.hint.setHidden(not text)  # an empty wrapped label would still take a line
        self.changed.emit()


def ask_secret(parent: QWidget | None, title: str, prompt: str) -> str | None:
    """One secret typed in a password box (no echo); None when the user cancels."""
    text, accepted = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Password)
    return text if accepted and text else None
