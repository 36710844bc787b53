"""Certificates of participation: one for each participant who met the activity's completion
rule (the counting rules' `COMPLETION`, docs/domain.md), signed with the organisation's key.

A certificate's QR code carries its data and an Ed25519 signature (the `cryptography`
package): "RC1.<data>.<signature>", both base64url, the data a small JSON object (who, which
activity, when, days present, the rule, the issuer). Anyone holding the organisation's public
key (printed on the certificate and on the organisation's documents) checks it offline:
`registre verify-certificate FILE|CODE`. A changed name, day or date breaks the signature.

The signing key is made once per database and kept in `local_secret`, which never travels.
An organisation that wants one key for all its offices exports it from one database and
imports it into the others (`registre certificate-key`); its public key is what gets printed.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import literal, select

from desktop_app.activities.activities import get_activity
from desktop_app.activities.counting_lists import StandingRow, standing_rows
from desktop_app.activities.counting_rules import COMPLETION, PARTICIPANTS
from desktop_app.door.rules import door_rules
from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage
from desktop_app.store import Database
from desktop_app.store.models import LocalSecret, Person

KEY_NAME = "certificate_key"
PREFIX = "RC1"
CODE = re.compile(rf"{PREFIX}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


def _error(text: str, **params: object) -> RegistreError:
    return RegistreError(UserMessage("Door", text, dict(params)))


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


# The organisation's key -------------------------------------------------------------------


def _private_key(database: Database) -> Ed25519PrivateKey:
    """This database's signing key, made on first use."""
    with database.session() as session:
        stored = session.get(LocalSecret, KEY_NAME)
        if stored is None:
            key = Ed25519PrivateKey.generate()
            session.add(LocalSecret(name=KEY_NAME, value=key.private_bytes_raw().hex()))
            return key
        return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(stored.value))


def public_key_text(public: Ed25519PublicKey) -> str:
    """The public key as people copy it: base32 in groups of four ("ABCD EFGH …")."""
    raw = public.public_bytes(Encoding.Raw, PublicFormat.Raw)
    text = base64.b32encode(raw).decode("ascii").rstrip("=")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def organisation_public_key(database: Database) -> str:
    return public_key_text(_private_key(database).public_key())


def read_public_key(text: str) -> Ed25519PublicKey:
    compact = re.sub(r"\s+", "", text).upper()
    try:
        raw = base64.b32decode(compact + "=" * (-len(compact) % 8))
        return Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError):
        raise _error(
            QT_TRANSLATE_NOOP("Door", "{key} is not a public key of Registre's certificates."),
            key=text.strip(),
        ) from None


def export_key(database: Database, path: Path) -> None:
    """The signing key in a file, to import into the organisation's other databases. Whoever
    holds it can sign certificates: keep it like a password."""
    path.write_text(_private_key(database).private_bytes_raw().hex() + "\n", encoding="ascii")


def import_key(database: Database, path: Path) -> str:
    """Sign with the key exported from another database; its public key."""
    try:
        key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(path.read_text("ascii").strip()))
    except (OSError, UnicodeDecodeError, ValueError):
        raise _error(
            QT_TRANSLATE_NOOP("Door", "{path} does not hold a certificate signing key."),
            path=str(path),
        ) from None
    with database.session() as session:
        stored = session.get(LocalSecret, KEY_NAME)
        if stored is None:
            session.add(LocalSecret(name=KEY_NAME, value=key.private_bytes_raw().hex()))
        else:
            stored.value = key.private_bytes_raw().hex()
    return public_key_text(key.public_key())


# Certificates -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Certificate:
    """What a certificate says, as signed."""

    number: str  # the same for one person at one activity, wherever it is issued
    name: str
    activity: str
    kind: str
    start: dt.date
    end: dt.date
    place: str
    days_present: int
    day_count: int
    rule_percent: int
    issuer: str
    issued: dt.date

    def data(self) -> dict[str, object]:
        return {
            "v": 1,
            "id": self.number,
            "n": self.name,
            "a": self.activity,
            "k": self.kind,
            "s": self.start.isoformat(),
            "e": self.end.isoformat(),
            "p": self.place,
            "d": self.days_present,
            "t": self.day_count,
            "r": self.rule_percent,
            "o": self.issuer,
            "i": self.issued.isoformat(),
        }

    @classmethod
    def from_data(cls, data: dict[str, object]) -> Certificate:
        def text(key: str) -> str:
            return str(data[key])

        def number(key: str) -> int:
            value = data[key]
            if not isinstance(value, int):
                raise ValueError(key)
            return value

        return cls(
            number=text("id"),
            name=text("n"),
            activity=text("a"),
            kind=text("k"),
            start=dt.date.fromisoformat(text("s")),
            end=dt.date.fromisoformat(text("e")),
            place=text("p"),
            days_present=number("d"),
            day_count=number("t"),
            rule_percent=number("r"),
            issuer=text("o"),
            issued=dt.date.fromisoformat(text("i")),
        )


def sign(database: Database, certificate: Certificate) -> str:
    """The certificate's code: its data and the organisation's signature of them."""
    data = json.dumps(certificate.data(), ensure_ascii=False, separators=(",", ":")).encode()
    signature = _private_key(database).sign(data)
    return f"{PREFIX}.{_b64(data)}.{_b64(signature)}"


def verify(code: str, public: Ed25519PublicKey) -> Certificate:
    """The certificate a code carries, when the key's owner signed exactly these data; else
    RegistreError saying it is not genuine."""
    match = CODE.fullmatch(code.strip())
    if match is None:
        raise _error(QT_TRANSLATE_NOOP("Door", "This is not the code of a certificate."))
    _prefix, data_text, signature_text = code.strip().split(".")
    try:
        data = _unb64(data_text)
        public.verify(_unb64(signature_text), data)
    except (InvalidSignature, binascii.Error, ValueError):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Door",
                "NOT GENUINE: this certificate was changed after it was signed, or was not "
                "signed with this organisation's key.",
            )
        ) from None
    try:
        return Certificate.from_data(json.loads(data))
    except (KeyError, ValueError, TypeError):
        raise _error(QT_TRANSLATE_NOOP("Door", "This is not the code of a certificate.")) from None


def codes_in_file(path: Path) -> list[str]:
    """The certificate codes a PDF written by Registre carries (in its metadata), or a text
    file holds."""
    try:
        data = path.read_bytes()
    except OSError:
        raise _error(QT_TRANSLATE_NOOP("Door", "Cannot read {path}."), path=str(path)) from None
    return list(dict.fromkeys(CODE.findall(data.decode("latin-1"))))


def certificate_number(activity_uuid: str, person_uuid: str) -> str:
    digest = hashlib.sha256(f"certificate:{activity_uuid}:{person_uuid}".encode()).hexdigest()
    return digest[:12].upper()


@dataclass(frozen=True)
class Attendee:
    """A participant of the activity, with the days they were present as a participant."""

    person_id: int
    family_name: str
    given_names: str
    organisation: str
    days_present: int


@dataclass(frozen=True)
class CompletionList:
    """Who met the activity's completion rule, and the participants who did not: the list a
    coordinator checks before printing certificates. Nothing is signed or written."""

    rule_percent: int
    day_count: int
    completed: tuple[Attendee, ...]  # by name: the persons the count "completed" counts
    not_completed: tuple[Attendee, ...]

    @property
    def days_needed(self) -> int:
        """The fewest days that meet the rule (`days × 100 ≥ day count × percent`)."""
        return -(-self.day_count * self.rule_percent // 100)


def completion_list(database: Database, activity_id: int) -> CompletionList:
    activity = get_activity(database, activity_id)
    rule = door_rules(database, activity_id).completion_percent
    with database.session() as session:
        ids = select(literal(activity_id))
        done = standing_rows(session, ids, COMPLETION)
        everyone = standing_rows(session, ids, PARTICIPANTS)
    completed_ids = {row.person_id for row in done}

    def attendee(row: StandingRow) -> Attendee:
        return Attendee(
            row.person_id, row.family_name, row.given_names, row.organisation, row.participant_days
        )

    return CompletionList(
        rule,
        len(activity.days),
        tuple(attendee(row) for row in done),
        tuple(attendee(row) for row in everyone if row.person_id not in completed_ids),
    )


@dataclass(frozen=True)
class Completed:
    person_id: int
    certificate: Certificate
    code: str


def completed_certificates(
    database: Database, activity_id: int, *, issuer: str, place: str, issued: dt.date
) -> list[Completed]:
    """A signed certificate for each participant who met the activity's completion rule: the
    persons the count "completed" counts, no one else."""
    activity = get_activity(database, activity_id)
    rule = door_rules(database, activity_id).completion_percent
    with database.session() as session:
        rows = standing_rows(session, select(literal(activity_id)), COMPLETION)
        uuids = dict(
            session.execute(
                select(Person.id, Person.uuid).where(Person.id.in_([r.person_id for r in rows]))
            ).all()
        )
    day_count = len(activity.days)
    made: list[Completed] = []
    for row in rows:
        certificate = Certificate(
            number=certificate_number(activity.uuid, uuids[row.person_id]),
            name=f"{row.given_names} {row.family_name}".strip(),
            activity=activity.title,
            kind=activity.kind,
            start=activity.start_date,
            end=activity.end_date,
            place=place,
            days_present=row.participant_days,
            day_count=day_count,
            rule_percent=rule,
            issuer=issuer,
            issued=issued,
        )
        made.append(Completed(row.person_id, certificate, sign(database, certificate)))
    return made
