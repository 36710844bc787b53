"""An activity's payment rules: what a day of presence is worth, by role, category and
residence; transport; lump sums; the team; currency and rounding.

Rules are stored as JSON (`PaymentRules` table): per activity, or as a named template that an
activity's rules are copied from. Amounts are whole francs (XOF has no cents).

A day's per diem for a person is read in this order: the team (a team role, when the team is
paid) at its role's rate; a participant at their category's rate, else at the participant rate;
any other role (an observer) at its role's rate, else nothing. Residents and non-residents have
rates of their own: a rate missing for non-residents falls back to the residents' one.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from desktop_app.messages import QT_TRANSLATE_NOOP
from desktop_app.records.validation import Problems
from desktop_app.vocabularies import team_roles

CURRENCIES = ("XOF", "XAF", "EUR", "USD")
ROUNDINGS = (1, 5, 25)  # 1: no rounding
TRANSPORT_MODES = ("none", "flat", "zone")
TRANSPORT_PER = ("day", "activity")
TEAM_POLICIES = ("own", "excluded")
PARTICIPANT = "participant"
MAX_AMOUNT = 100_000_000  # far above any per diem: a typing slip, not a rate


@dataclass(frozen=True)
class LumpSum:
    label: str  # "kit", "communication"…
    amount: int


@dataclass(frozen=True)
class PaymentRules:
    currency: str = "XOF"
    rounding: int = 5
    # role code -> daily rate; "category:<code>" -> daily rate of participants of that category
    resident_rates: dict[str, int] = field(default_factory=dict)
    non_resident_rates: dict[str, int] = field(default_factory=dict)
    transport_mode: str = "none"
    transport_per: str = "day"
    transport_flat: int = 0
    transport_zones: dict[str, int] = field(default_factory=dict)
    lump_sums: tuple[LumpSum, ...] = ()
    team: str = "own"

    def day_rate(self, role: str, category: str | None, resident: bool) -> int:
        """The per diem of one day, before rounding (see the module's order)."""
        if role in team_roles():
            return 0 if self.team == "excluded" else self._rate(role, resident)
        if role == PARTICIPANT and category:
            key = f"category:{category}"
            if key in self.resident_rates or key in self.non_resident_rates:
                return self._rate(key, resident)
        return self._rate(role, resident)

    def _rate(self, key: str, resident: bool) -> int:
        if not resident and key in self.non_resident_rates:
            return self.non_resident_rates[key]
        return self.resident_rates.get(key, 0)

    def is_paid_role(self, role: str) -> bool:
        return not (role in team_roles() and self.team == "excluded")

    def rounded(self, amount: int) -> int:
        """To the nearest multiple of the rounding, halves up (12,5 → 25 at 25 francs)."""
        step = self.rounding
        return ((amount + step // 2) // step) * step if step > 1 else amount


def to_json(rules: PaymentRules) -> dict[str, Any]:
    return {
        "currency": rules.currency,
        "rounding": rules.rounding,
        "resident_rates": dict(rules.resident_rates),
        "non_resident_rates": dict(rules.non_resident_rates),
        "transport_mode": rules.transport_mode,
        "transport_per": rules.transport_per,
        "transport_flat": rules.transport_flat,
        "transport_zones": dict(rules.transport_zones),
        "lump_sums": [{"label": s.label, "amount": s.amount} for s in rules.lump_sums],
        "team": rules.team,
    }


def from_json(data: dict[str, Any]) -> PaymentRules:
    """Rules read back; keys a newer or older program wrote and this one lacks keep defaults."""
    base = PaymentRules()
    return replace(
        base,
        currency=str(data.get("currency", base.currency)),
        rounding=int(data.get("rounding", base.rounding)),
        resident_rates=_amounts(data.get("resident_rates")),
        non_resident_rates=_amounts(data.get("non_resident_rates")),
        transport_mode=str(data.get("transport_mode", base.transport_mode)),
        transport_per=str(data.get("transport_per", base.transport_per)),
        transport_flat=int(data.get("transport_flat", 0)),
        transport_zones=_amounts(data.get("transport_zones")),
        lump_sums=tuple(
            LumpSum(str(s["label"]), int(s["amount"])) for s in data.get("lump_sums") or ()
        ),
        team=str(data.get("team", base.team)),
    )


def _amounts(value: object) -> dict[str, int]:
    if not isinstance(value, dict):
        return {}
    return {str(key): int(amount) for key, amount in value.items()}


def check(rules: PaymentRules) -> None:
    """ValidationError naming every wrong setting; nothing is stored then."""
    problems = Problems()
    if rules.currency not in CURRENCIES:
        problems.add(
            "currency",
            QT_TRANSLATE_NOOP("Validation", "Unknown currency {value}: use one of {choices}."),
            value=rules.currency,
            choices=", ".join(CURRENCIES),
        )
    if rules.rounding not in ROUNDINGS:
        problems.add(
            "rounding",
            QT_TRANSLATE_NOOP("Validation", "Amounts are rounded to 1, 5 or 25 francs."),
        )
    if rules.transport_mode not in TRANSPORT_MODES or rules.transport_per not in TRANSPORT_PER:
        problems.add(
            "transport",
            QT_TRANSLATE_NOOP(
                "Validation", "Transport is none, flat or by zone; paid per day or once."
            ),
        )
    if rules.team not in TEAM_POLICIES:
        problems.add(
            "team",
            QT_TRANSLATE_NOOP("Validation", "The team is paid at its own rates or excluded."),
        )
    amounts = [
        *rules.resident_rates.values(),
        *rules.non_resident_rates.values(),
        *rules.transport_zones.values(),
        rules.transport_flat,
        *(s.amount for s in rules.lump_sums),
    ]
    if any(a < 0 or a > MAX_AMOUNT for a in amounts):
        problems.add(
            "amounts",
            QT_TRANSLATE_NOOP(
                "Validation", "An amount is negative or above {limit}: check the rates."
            ),
            limit=f"{MAX_AMOUNT:,}".replace(",", " "),
        )
    if any(not s.label.strip() for s in rules.lump_sums):
        problems.add("lump_sums", QT_TRANSLATE_NOOP("Validation", "Every lump sum needs a label."))
    problems.raise_if_any()


def parse_amount_lines(text: str, field: str) -> dict[str, int]:
    """ "Niamey = 0" / "Tillabéri = 15 000", one a line, as typed in the window's boxes;
    ValidationError on `field` naming the first line that is not NAME = AMOUNT."""
    found: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        name, _, figure = line.rpartition("=")
        digits = "".join(figure.split()).replace(".", "").replace(",", "")
        if not name.strip() or not digits.isdigit():
            problems = Problems()
            problems.add(
                field,
                QT_TRANSLATE_NOOP(
                    "Validation", "Line {line} is not a name, an equals sign and an amount: {typed}"
                ),
                line=number,
                typed=line.strip(),
            )
            problems.raise_if_any()
        found[name.strip()] = int(digits)
    return found
