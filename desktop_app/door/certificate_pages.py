"""The certificates of an activity as pages to print, in French or English: the organisation's
name and logo, the person, the activity, the days present, and the QR code that carries the
signed certificate with the organisation's public key beside it. `reports/pdf_cards` draws them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop_app.activities.activities import get_activity
from desktop_app.door.badge_sheet import qr_matrix
from desktop_app.door.certificates import (
    Completed,
    completed_certificates,
    organisation_public_key,
)
from desktop_app.records.countries import find_country
from desktop_app.reports import labels
from desktop_app.reports.cards import CertificateBook, CertificatePage
from desktop_app.store import Database

TEXTS = {  # English, French
    "title": ("Certificates of participation", "Attestations de participation"),
    "heading": ("CERTIFICATE OF PARTICIPATION", "ATTESTATION DE PARTICIPATION"),
    "for": (
        "took part in the {kind} “{title}”",
        "a participé à l'activité « {title} » ({kind})",
    ),
    "held": ("held {dates} in {place}", "tenue {dates} à {place}"),
    "days": (
        "present {days} of its {count} days (the rule: {rule}% of the days)",
        "présent(e) {days} jour(s) sur {count} (règle\u202f: {rule}\u202f% des jours)",
    ),
    "done": ("{place}, {date}", "Fait à {place}, le {date}"),
    "number": ("Certificate no. {number}", "Attestation n° {number}"),
    "check": (
        "Check it offline: registre verify-certificate, with the code of this QR code.",
        "Vérifiable hors ligne\u202f: registre verify-certificate, avec le code de ce QR.",
    ),
    "key": ("Public key of {issuer}: {key}", "Clé publique de {issuer}\u202f: {key}"),
}


def _text(name: str, language: str, **values: object) -> str:
    english, french = TEXTS[name]
    return (french if labels.is_french(language) else english).format(**values)


def _place(city: str, country: str, language: str) -> str:
    found = find_country(country)
    name = found.name(language) if found is not None else country
    return f"{city} ({name})" if name else city


def _page(done: Completed, language: str, public_key: str) -> CertificatePage:
    cert = done.certificate
    dates = labels.label(
        "from_to",
        language,
        start=labels.format_date(cert.start, language),
        end=labels.format_date(cert.end, language),
    )
    if cert.start == cert.end:
        dates = labels.format_date(cert.start, language)
    kind = labels.kind_label(cert.kind, language).lower()
    return CertificatePage(
        heading=_text("heading", language),
        name=cert.name,
        lines=(
            _text("for", language, kind=kind, title=cert.activity),
            _text("held", language, dates=dates, place=cert.place),
            _text(
                "days",
                language,
                days=cert.days_present,
                count=cert.day_count,
                rule=cert.rule_percent,
            ),
        ),
        qr=qr_matrix(done.code, error="m"),
        check_lines=(
            _text("number", language, number=cert.number),
            _text("check", language),
            _text("key", language, issuer=cert.issuer or "Registre", key=public_key),
        ),
        place_and_date=_text(
            "done",
            language,
            place=cert.place.split(" (")[0],
            date=labels.format_date(cert.issued, language),
        ),
    )


def certificate_book(
    database: Database,
    activity_id: int,
    *,
    language: str,
    issuer: str,
    logo: Path | None = None,
    issued: dt.date | None = None,
) -> tuple[CertificateBook, list[Completed]]:
    """The certificates of those who completed the activity, one page each, and what each
    carries (an empty book when nobody met the rule)."""
    activity = get_activity(database, activity_id)
    place = _place(activity.city, activity.country, language)
    done = completed_certificates(
        database,
        activity_id,
        issuer=issuer,
        place=place,
        issued=issued or dt.date.today(),
    )
    public_key = organisation_public_key(database)
    pages = tuple(_page(item, language, public_key) for item in done)
    title = f"{_text('title', language)} — {activity.title}"
    keywords = " ".join(item.code for item in done)
    return CertificateBook(title, pages, issuer, logo, keywords), done
