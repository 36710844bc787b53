"""Words printed on payment lists, in French and English: plain data keyed by language, as
reports/labels.py (a list is printed in the language its reader asks for)."""

from __future__ import annotations

from desktop_app.reports.labels import is_french

_LABELS: dict[str, tuple[str, str]] = {
    # key: (English, French)
    "payment_list": ("Payment list", "État de paiement"),
    "number": ("No.", "N°"),
    "name": ("Name", "Nom et prénoms"),
    "role": ("Role", "Qualité"),
    "days": ("Days", "Jours"),
    "per_diem": ("Per diem", "Per diem"),
    "transport": ("Transport", "Transport"),
    "adjustment": ("Adjustment", "Ajustement"),
    "total": ("Total", "Total"),
    "channel": ("Channel", "Mode"),
    "phone": ("Number", "Numéro"),
    "receipt": ("Signature on receipt", "Émargement"),
    "budget_line": ("Budget line", "Ligne budgétaire"),
    "currency": ("Currency", "Devise"),
    "status": ("Status", "Statut"),
    "draft": ("Draft: not approved", "Brouillon : non approuvé"),
    "approved": (
        "Approved by {name} on {date}",
        "Approuvé par {name} le {date}",
    ),
    "in_words": (
        "This list is closed at the sum of {words} ({figures}).",
        "Arrêté le présent état à la somme de {words} ({figures}).",
    ),
    "exceptions": ("Days paid without a signature", "Jours payés sans signature"),
    "adjustments": ("Adjustments", "Ajustements"),
    "prepared_by": ("Prepared by", "Établi par"),
    "approved_by": ("Approved by", "Approuvé par"),
    "sign_date": ("Date and signature", "Date et signature"),
    "amount": ("Amount", "Montant"),
    "month": ("Month", "Mois"),
    "project": ("Project", "Projet"),
    "office": ("Office", "Bureau"),
    "lists": ("Lists", "États"),
    "persons": ("Payees", "Bénéficiaires"),
    "consolidation": ("Payments by project, budget line, office and month",
                      "Paiements par projet, ligne budgétaire, bureau et mois"),
}  # fmt: skip

CHANNELS: dict[str, tuple[str, str]] = {
    "cash": ("Cash", "Espèces"),
    "orange_money": ("Orange Money", "Orange Money"),
    "moov_money": ("Moov Money", "Moov Money"),
    "airtel_money": ("Airtel Money", "Airtel Money"),
    "other_mobile": ("Mobile money", "Mobile money"),
}


def label(key: str, language: str, **values: object) -> str:
    english, french = _LABELS[key]
    return (french if is_french(language) else english).format(**values)


def channel_label(code: str, language: str) -> str:
    english, french = CHANNELS.get(code, (code, code))
    return french if is_french(language) else english


def amount(value: int, language: str) -> str:
    """1 497 500 in French (narrow no-break spaces), 1,497,500 in English."""
    if is_french(language):
        return f"{value:,}".replace(",", "\u202f")
    return f"{value:,}"
