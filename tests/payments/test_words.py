"""Amounts in words against a table written by hand, in French and English."""

from __future__ import annotations

import pytest

from desktop_app.payments.words import amount_in_words

TABLE = [
    (0, "zéro franc CFA", "zero CFA francs"),
    (1, "un franc CFA", "one CFA franc"),
    (21, "vingt et un francs CFA", "twenty-one CFA francs"),
    (80, "quatre-vingts francs CFA", "eighty CFA francs"),
    (81, "quatre-vingt-un francs CFA", "eighty-one CFA francs"),
    (100, "cent francs CFA", "one hundred CFA francs"),
    (200, "deux cents francs CFA", "two hundred CFA francs"),
    (1_000, "mille francs CFA", "one thousand CFA francs"),
    (80_000, "quatre-vingt mille francs CFA", "eighty thousand CFA francs"),
    (
        125_000,
        "cent vingt-cinq mille francs CFA",
        "one hundred and twenty-five thousand CFA francs",
    ),
    (1_000_000, "un million de francs CFA", "one million CFA francs"),
    (2_000_000, "deux millions de francs CFA", "two million CFA francs"),
    (
        1_500_025,
        "un million cinq cent mille vingt-cinq francs CFA",
        "one million, five hundred thousand and twenty-five CFA francs",
    ),
]


@pytest.mark.parametrize(("amount", "french", "english"), TABLE)
def test_amounts_in_words(amount: int, french: str, english: str):
    assert amount_in_words(amount, "XOF", "fr") == french
    assert amount_in_words(amount, "XOF", "en") == english


def test_euros_are_named_as_euros():
    assert amount_in_words(2, "EUR", "fr") == "deux euros"
