"""Phone numbers in E.164 ("+22790123456"), read with the `phonenumbers` library.

A number written without its country code takes the site's country (Niger +227, Mali +223).
The library (its metadata of every country: 18 ms of processor time) is imported when a number
is first read, not when the window starts.
"""

from __future__ import annotations

from functools import cache

from desktop_app.messages import QT_TRANSLATE_NOOP, UserMessage
from desktop_app.records.validation import CONTEXT, ValidationError


def parse_phone(
    raw: str | None, default_country: str | None, *, field: str = "phone"
) -> str | None:
    """The E.164 form of `raw`, None when empty; ValidationError on `field` when invalid."""
    text = (raw or "").strip()
    if not text:
        return None
    if text.startswith("00"):
        text = "+" + text[2:]
    import phonenumbers

    try:
        number = phonenumbers.parse(text, (default_country or "").upper() or None)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(
            {
                field: UserMessage(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "{value} is not a valid phone number (for example +227 90 12 34 56).",
                    ),
                    {"value": raw},
                )
            }
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@cache
def _country_codes() -> frozenset[str]:
    import phonenumbers

    return frozenset(str(code) for code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE)


def national_digits(e164: str | None) -> str:
    """Digits of an E.164 number with and without the country code: "22790123456 90123456".

    Bulk imports call this 100,000 times: a plain +<digits> number is split at its country code
    (E.164 country codes are prefix-free) without a full parse.
    """
    if not e164:
        return ""
    if e164.startswith("+") and e164[1:].isdigit():
        digits = e164[1:]
        codes = _country_codes()
        for length in (1, 2, 3):
            if digits[:length] in codes:
                rest = digits[length:]
                if rest and not rest.startswith("0"):  # a leading zero: let the parser decide
                    return f"{digits} {rest}"
                break
    return _parsed_national_digits(e164)


def _parsed_national_digits(e164: str) -> str:
    import phonenumbers

    digits = "".join(c for c in e164 if c.isdigit())
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return digits
    national = str(number.national_number)
    return digits if national == digits else f"{digits} {national}"
