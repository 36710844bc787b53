"""The person form's section on functioning: the Washington Group's six questions, each a
combo of its answers, asked only with the person's consent (docs/disability.md).

Shown only while the setting `record_disability` is on; the form then sends the answers, else
it sends none and those stored stay as they are. Unticking the consent empties the answers:
none is kept without it. Every question has its number as a keyboard shortcut (Alt+1 … Alt+6).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
)

from desktop_app.disability.answers import DisabilityAnswers
from desktop_app.disability.questions import ANSWERS, COLUMNS, DOMAIN_KEYS, answer_label, question
from desktop_app.ui.common.text import language
from desktop_app.ui.widgets.field_messages import FieldMessages


class DisabilitySection(QGroupBox):
    changed = Signal()

    def __init__(self, messages: FieldMessages) -> None:
        super().__init__(self.tr("Functioning (Washington Group questions)"))
        self.setObjectName("person_disability")
        words = language()
        self.consent = QCheckBox(self.tr("Agrees to ans&wer the questions on functioning"))
        self.consent.setObjectName("person_disability_consent")
        self.consent_date = QDateEdit()
        self.consent_date.setObjectName("person_disability_consent_date")
        self.consent_date.setCalendarPopup(True)
        self.consent_date.setDisplayFormat("dd/MM/yyyy" if words == "fr" else "d MMM yyyy")
        self.consent_date.setMaximumDate(QDate.currentDate())
        grid = QGridLayout(self)
        grid.setColumnStretch(0, 1)
        consent_row = QHBoxLayout()
        consent_row.addWidget(messages.wrap("disability_consent", self.consent), 1)
        date_label = QLabel(self.tr("Consent &dated:"))
        date_label.setBuddy(self.consent_date)
        consent_row.addWidget(date_label)
        consent_row.addWidget(messages.wrap("disability_consent_date", self.consent_date))
        grid.addLayout(consent_row, 0, 0, 1, 2)
        self.combos: dict[str, QComboBox] = {}
        for number, domain in enumerate(DOMAIN_KEYS, start=1):
            combo = QComboBox()
            combo.setObjectName(f"person_{COLUMNS[domain]}")
            combo.addItem(self.tr("not asked"), None)
            for code in ANSWERS:
                combo.addItem(answer_label(code, words), code)
            combo.setMinimumWidth(210)
            label = QLabel(f"&{number}. {question(domain, words)}")
            label.setWordWrap(True)
            label.setBuddy(combo)
            grid.addWidget(label, number, 0)
            grid.addWidget(messages.wrap(COLUMNS[domain], combo), number, 1)
            combo.currentIndexChanged.connect(self.changed)
            self.combos[domain] = combo
        self.consent.toggled.connect(self._consent_toggled)
        self.consent_date.dateChanged.connect(self.changed)
        self._consent_toggled(False)

    def _consent_toggled(self, given: bool) -> None:
        self.consent_date.setEnabled(given)
        for combo in self.combos.values():
            combo.setEnabled(given)
            if not given:
                combo.setCurrentIndex(0)
        self.changed.emit()

    def show_answers(self, answers: DisabilityAnswers) -> None:
        self.consent.setChecked(answers.consent)
        day = answers.consent_date or dt.date.today()
        self.consent_date.setDate(QDate(day.year, day.month, day.day))
        for domain, combo in self.combos.items():
            combo.setCurrentIndex(max(0, combo.findData(answers.answer(domain))))

    def answers(self) -> DisabilityAnswers:
        day = self.consent_date.date()
        return DisabilityAnswers(
            self.consent.isChecked(),
            dt.date(day.year(), day.month(), day.day()) if self.consent.isChecked() else None,
            {
                domain: combo.currentData()
                for domain, combo in self.combos.items()
                if combo.currentData()
            },
        )
