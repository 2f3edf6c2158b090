"""NHS numbers: ten digits whose last is a modulus 11 check digit (NHS Data Dictionary).

Pure functions. A number is typed as printed on letters ("943 476 5919") or run together;
``normalise`` keeps the digits, ``problem`` says what is wrong without repeating the number.
"""

from __future__ import annotations

import re

SYSTEM = "https://fhir.nhs.uk/Id/nhs-number"  # the FHIR identifier system for NHS numbers
_SEPARATORS = re.compile(r"[\s-]")


def normalise(text: str) -> str:
    """The digits of ``text`` when it is a spaced or hyphenated number, else ``text`` stripped."""
    joined = _SEPARATORS.sub("", text)
    return joined if joined.isascii() and joined.isdigit() else text.strip()


def check_digit(first_nine: str) -> int | None:
    """The check digit for nine digits, or None when none exists (a remainder giving 10)."""
    total = sum(int(d) * w for d, w in zip(first_nine, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        return 0
    return None if check == 10 else check


def problem(text: str) -> str | None:
    """Why ``text`` is not a valid NHS number, or None when it is one."""
    digits = normalise(text)
    if not (len(digits) == 10 and digits.isascii() and digits.isdigit()):
        return "An NHS number has 10 digits."
    if check_digit(digits[:9]) != int(digits[9]):
        return "NHS number check digit is wrong"
    return None


def is_valid(text: str) -> bool:
    return problem(text) is None
