"""Canonical JSON for what sharedesk hashes and signs: RFC 8785 (JCS), with the older form kept.

Version 2 (``canonical``) is the JSON Canonicalization Scheme of RFC 8785, made by the
``rfc8785`` library (Trail of Bits): any JCS implementation in any language gives the same
bytes, so a case system can check a record hash or a profile signature without sharedesk.
Version 1 (``canonical_v1``) is what sharedesk used before: Python's ``json.dumps`` with sorted
keys, no spaces and UTF-8. The two give the same bytes for every value made only of text,
whole numbers, true/false/null, lists and objects whose keys have no character beyond U+FFFF
(RFC 8785 orders keys by UTF-16 code units, Python by code points) -- which covers every
record (fixed ASCII keys) and every audit event -- and differ for fractional numbers (JCS
writes them as ECMAScript does) and for such keys. ``matches`` accepts either version, so
data made before version 2 stays verifiable, and nothing carries a version marker: an older
sharedesk reading a record, bundle or profile made now finds the same bytes it would have made
(tests/core/test_canonical.py checks both claims with hypothesis).

Speed: the library is pure Python (about 5x json.dumps on a record). For the values where the
two versions are proven identical (above), ``canonical`` lets the C json encoder write the
bytes (a record costs about 1.5x what it did); everything else goes through ``rfc8785``.
Pure functions; safe from any thread.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

import rfc8785

from sharedesk.core.errors import SharedeskError

VERSION = 2  # what new hashes and signatures use
VERSIONS = (1, 2)


class NotCanonicalisable(SharedeskError):
    """A value JSON cannot hold (a lone surrogate, an integer beyond 2**53, a NaN)."""

    exit_code = 2


def canonical_v1(value: Any) -> bytes:
    """Version 1: sorted keys, compact separators, UTF-8 (non-JSON values as ``str``)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      default=str).encode("utf-8")


def canonical(value: Any, version: int = VERSION) -> bytes:
    """``value`` in canonical form ``version`` (2: RFC 8785). Dates and times (from TOML) are
    written as text, as version 1 wrote them. NotCanonicalisable for what JSON cannot hold."""
    if version == 1:
        try:
            return canonical_v1(value)
        except (UnicodeEncodeError, ValueError) as exc:
            raise NotCanonicalisable(f"cannot be written as canonical JSON ({exc})") from None
    if version != 2:
        raise NotCanonicalisable(f"unknown canonical JSON version {version!r}")
    try:
        if _same_in_both(value):
            return canonical_v1(value)
        return rfc8785.dumps(_plain(value))
    except (rfc8785.CanonicalizationError, UnicodeEncodeError, ValueError) as exc:
        raise NotCanonicalisable(f"cannot be written as canonical JSON ({exc})") from None
    except RecursionError:
        raise NotCanonicalisable("cannot be written as canonical JSON (nested too deeply)")\
            from None


def matches(value: Any, data: bytes) -> bool:
    """True when ``data`` is ``value`` in canonical form version 2, or version 1 (made before)."""
    for version in (2, 1):
        try:
            if canonical(value, version) == data:
                return True
        except NotCanonicalisable:
            continue
    return False


_MAX_SAFE_INTEGER = 2**53 - 1  # RFC 8785 numbers are IEEE 754 doubles


def _same_in_both(value: Any) -> bool:
    """True when version 1 writes ``value`` exactly as RFC 8785 does: only text, whole numbers
    within +-(2**53 - 1), true/false/null, lists and objects whose keys have no character
    beyond U+FFFF (there code-point order is UTF-16 order). Written for speed: a record is
    checked in about a third of the time json.dumps takes to write it."""
    if value is None or isinstance(value, str | bool):
        return True
    if type(value) is dict:
        for key, item in value.items():
            if not isinstance(key, str) or not (key.isascii() or max(key) <= "\uffff"):
                return False
            if not (item is None or isinstance(item, str)) and not _same_in_both(item):
                return False
        return True
    if type(value) is list:
        return all(item is None or isinstance(item, str) or _same_in_both(item)
                   for item in value)
    if type(value) is int:
        return -_MAX_SAFE_INTEGER <= value <= _MAX_SAFE_INTEGER
    return False  # floats, tuples, dates, other mappings: the library decides


def _plain(value: Any) -> Any:
    """Tuples as lists and dates as text, as ``json.dumps(default=str)`` treated them."""
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dt.date | dt.time):
        return str(value)
    return value


__all__ = ["VERSION", "VERSIONS", "NotCanonicalisable", "canonical", "canonical_v1", "matches"]
