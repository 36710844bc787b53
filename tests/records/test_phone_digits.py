"""The quick split of E.164 numbers used for search texts agrees with a full parse."""

from __future__ import annotations

import phonenumbers
import pytest

from desktop_app.records.phones import national_digits

PHONES = [
    "+22790123456",
    "+22376543210",
    "+33612345678",
    "+12025550123",
    "+390612345678",  # Italy keeps a leading zero in the national number
    "+2349012345678",
    "+999123",
    "90 12 34 56",
]


def parsed(e164: str) -> str:
    digits = "".join(c for c in e164 if c.isdigit())
    try:
        national = str(phonenumbers.parse(e164, None).national_number)
    except phonenumbers.NumberParseException:
        return digits
    return digits if national == digits else f"{digits} {national}"


@pytest.mark.parametrize("phone", PHONES)
def test_national_digits_agree_with_the_full_parser(phone: str) -> None:
    assert national_digits(phone) == parsed(phone)


def test_no_phone_gives_no_digits() -> None:
    assert national_digits(None) == national_digits("") == ""
