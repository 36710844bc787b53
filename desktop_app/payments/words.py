"""Amounts in words, as a payment list writes them under its totals: "cent vingt-cinq mille
francs CFA", "one hundred and twenty-five thousand CFA francs" (num2words)."""

from __future__ import annotations

from num2words import num2words

# currency -> (French singular, plural; English singular, plural)
_NAMES = {
    "XOF": ("franc CFA", "francs CFA", "CFA franc", "CFA francs"),
    "XAF": ("franc CFA", "francs CFA", "CFA franc", "CFA francs"),
    "EUR": ("euro", "euros", "euro", "euros"),
    "USD": ("dollar", "dollars", "US dollar", "US dollars"),
}


def amount_in_words(amount: int, currency: str = "XOF", language: str = "fr") -> str:
    french = language.startswith("fr")
    names = _NAMES.get(currency, (currency, currency, currency, currency))
    number = num2words(amount, lang="fr" if french else "en")
    if french:
        unit = names[0] if amount in (0, 1) else names[1]
        # "un million de francs", but "un million cinq cent mille francs"
        if number.endswith(("million", "millions", "milliard", "milliards")):
            return f"{number} de {unit}"
        return f"{number} {unit}"
    return f"{number} {names[2] if amount == 1 else names[3]}"
