"""Partner institutions of an activity: picked from the registry, or typed to be created on save."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.registry.organisations import OrganisationInfo, list_organisations
from desktop_app.store import Database

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # organisation id, or None for a name to create
LABEL_ROLE = Qt.ItemDataRole.UserRole + 2  # the name without the "(new)" mark


class PartnerList(QListWidget):
    """Delete removes the selected partner."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentItem():
            self.takeItem(self.currentRow())
            self.parent_picker().changed.emit()
            return
        super().keyPressEvent(event)

    def parent_picker(self) -> PartnerPicker:
        widget = self.parentWidget()
        assert isinstance(widget, PartnerPicker)
        return widget


class PartnerPicker(QWidget):
    changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._known: dict[str, OrganisationInfo] = {}
        self.edit = QLineEdit()
        self.edit.setObjectName("partner_edit")
        self.edit.setPlaceholderText(self.tr("Name or acronym, then Enter (a new name is created)"))
        self.completions = QStringListModel(self)
        completer = QCompleter(self.completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.edit.setCompleter(completer)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAutoDefault(False)
        self.list = PartnerList(self)
        self.list.setObjectName("partner_list")
        self.list.setMaximumHeight(90)
        self.list.setToolTip(self.tr("Delete removes the selected partner"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.edit.returnPressed.connect(self.add_typed)
        self.add_button.clicked.connect(self.add_typed)
        self.reload_registry()

    def reload_registry(self) -> None:
        organisations = list_organisations(self.database)
        self._known = {o.label: o for o in organisations}
        self.completions.setStringList(list(self._known))

    def set_partners(self, partners: tuple[OrganisationInfo, ...]) -> None:
        self.list.clear()
        for partner in partners:
            self._add_item(partner.label, partner.id)

    def add_typed(self) -> None:
        """Add the typed partner: the registry's when the text names one, else a new name."""
        text = self.edit.text().strip()
        if not text:
            return
        known = self._known.get(text) or self._match(text)
        if known is not None:
            self._add_item(known.label, known.id)
        else:
            self._add_item(text, None)
        self.edit.clear()
        self.changed.emit()

    def _match(self, text: str) -> OrganisationInfo | None:
        wanted = text.casefold()
        for organisation in self._known.values():
            if wanted in (organisation.name.casefold(), (organisation.acronym or "").casefold()):
                return organisation
        return None

    def _add_item(self, label: str, organisation_id: int | None) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(LABEL_ROLE) == label:
                return
        text = label if organisation_id else self.tr("{name} (new)").format(name=label)
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, organisation_id)
        item.setData(LABEL_ROLE, label)
        self.list.addItem(item)

    def partner_ids(self) -> tuple[int, ...]:
        ids = (self.list.item(row).data(ID_ROLE) for row in range(self.list.count()))
        return tuple(int(i) for i in ids if i is not None)

    def partner_names(self) -> tuple[str, ...]:
        """Names typed that are not in the registry yet: created when the activity is saved."""
        items = (self.list.item(row) for row in range(self.list.count()))
        return tuple(str(item.data(LABEL_ROLE)) for item in items if item.data(ID_ROLE) is None)
