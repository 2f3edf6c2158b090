"""A passphrase strength estimate from length and variety (no Qt, no word lists to ship).

This is a guide for the meter, not a guarantee: it rewards length above all (a long passphrase of
ordinary words beats a short jumble), and discounts repeated characters, runs like "abcd"/"1234"
and a few passphrases everyone tries. Creating a vault needs MIN_LENGTH characters.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

MIN_LENGTH = 12
_COMMON = frozenset({
    "password", "passphrase", "qwerty", "letmein", "welcome", "sharedesk", "safeguarding",
    "iloveyou", "monkey", "dragon", "123456", "football", "changeme",
})
LEVELS = ("too short", "weak", "fair", "good", "strong")


@dataclass(frozen=True)
class Strength:
    bits: float
    level: int  # index into LEVELS

    @property
    def label(self) -> str:
        return LEVELS[self.level]

    @property
    def percent(self) -> int:
        return min(100, int(self.bits))


def _pool(text: str) -> int:
    pool = 0
    if any(c.islower() for c in text):
        pool += 26
    if any(c.isupper() for c in text):
        pool += 26
    if any(c.isdigit() for c in text):
        pool += 10
    if any(c == " " for c in text):
        pool += 1
    if any(not c.isalnum() and c != " " for c in text):
        pool += 32
    return max(pool, 1)


def _effective_length(text: str) -> float:
    """Length with repeats and ascending/descending runs counted at a quarter."""
    length = 0.0
    for i, ch in enumerate(text):
        if i and (ch == text[i - 1] or abs(ord(ch) - ord(text[i - 1])) == 1):
            length += 0.25
        else:
            length += 1
    return length


def estimate(passphrase: str) -> Strength:
    if not passphrase:
        return Strength(0.0, 0)
    lowered = passphrase.lower()
    bits = _effective_length(passphrase) * math.log2(_pool(passphrase))
    for word in _COMMON:
        if word in lowered:
            bits -= len(word) * math.log2(_pool(passphrase)) * 0.75
    bits = max(bits, 0.0)
    if len(passphrase) < MIN_LENGTH:
        return Strength(bits, 0)
    level = 1 if bits < 50 else 2 if bits < 65 else 3 if bits < 85 else 4
    return Strength(bits, level)
