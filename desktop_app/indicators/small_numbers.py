"""Small-number protection: in documents meant for sharing, a disaggregated figure from 1 to
below the threshold (the setting `small_number_threshold`, default 5) is shown as "< 5", so
that nobody is singled out by a small cell ("1 woman of the media, Tillabéri"). Zero stays 0:
it names nobody."""

from __future__ import annotations


def protected(count: int, threshold: int) -> str | None:
    """ "< 5" when `count` must be hidden, else None (show it)."""
    if 0 < count < threshold:
        return f"< {threshold}"
    return None
