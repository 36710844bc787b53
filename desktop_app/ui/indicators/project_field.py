"""The project of an activity: a list of the projects ("PAG — Gouvernance"), searched as one
types, which still takes a code that is not a project yet (kept as typed, with a hint saying
where to create it): an activity belongs to a project by its code (docs/indicators.md)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QVBoxLayout, QWidget

from desktop_app.indicators import frameworks
from desktop_app.store import Database


class _Combo(QComboBox):
    """Reads the projects again each time its list opens (one may have been added meanwhile)."""

    def __init__(self, before_popup: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._before_popup = before_popup

    def showPopup(self) -> None:
        self._before_popup()
        super().showPopup()


class ProjectField(QWidget):
    """`code()` is the chosen project's code, or the text typed when it names none; `edited`
    when the user types or chooses."""

    edited = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.combo = _Combo(self.reload, self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(20)
        line = self.combo.lineEdit()
        assert line is not None  # an editable combo has one
        line.setPlaceholderText(self.tr("Choose a project, or type its code"))
        self.hint = QLabel(self)
        self.hint.setObjectName("activity_project_hint")
        self.hint.setWordWrap(True)
        font = self.hint.font()
        font.setItalic(True)
        self.hint.setFont(font)
        self.hint.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.combo)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.combo)
        self._codes: dict[str, str] = {}  # lower-case code -> code
        self.reload()
        line.textChanged.connect(lambda _text: self._update_hint())
        line.textEdited.connect(lambda _text: self._typed())
        self.combo.activated.connect(lambda _index: self._typed())

    def reload(self) -> None:
        """The projects read again; what the field holds is kept."""
        kept = self.combo.currentText()
        projects = frameworks.list_projects(self.database)
        self.combo.blockSignals(True)
        self.combo.clear()
        for project in projects:
            self.combo.addItem(f"{project.code} — {project.name}", project.code)
        self.combo.setEditText(kept)
        self.combo.blockSignals(False)
        self._codes = {p.code.casefold(): p.code for p in projects}
        completer = self.combo.completer()
        if completer is not None:  # found by any part of its code or name, offered, not forced
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._update_hint()

    def project_codes(self) -> list[str]:
        return [str(self.combo.itemData(i)) for i in range(self.combo.count())]

    def code(self) -> str:
        text = self.combo.currentText().strip()
        index = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.combo.itemData(index))
        return self._codes.get(text.casefold(), text)  # "pag" is project PAG

    def set_code(self, code: str | None) -> None:
        index = self.combo.findData(code) if code else -1
        if index >= 0:
            self.combo.setCurrentIndex(index)
        else:
            self.combo.setEditText(code or "")  # a code that is not a project: kept as it is
        self._update_hint()

    def is_project(self) -> bool:
        return self.code().casefold() in self._codes

    def _typed(self) -> None:
        self._update_hint()
        self.edited.emit()

    def _update_hint(self) -> None:
        code = self.code()
        self.hint.setText(
            self.tr(
                "{code} is not a project yet; it is kept as typed. Create it in View ▸ Projects"
                " and indicators (Ctrl+Shift+9) to count this activity in its indicators."
            ).format(code=code)
        )
        self.hint.setVisible(bool(code) and not self.is_project())
