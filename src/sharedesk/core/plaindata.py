"""Checks on data parsed from files a user or an attacker can hand us (JSON, YAML, TOML).

The parsers accept two things the rest of the code cannot handle:

- very deep nesting (``[[[[...]]]]``): the parsers and every walk over the result recurse, so
  tens of thousands of levels raise RecursionError far from the file that caused it;
- lone surrogates (``"\\ud800"`` in JSON, YAML double quotes): a valid escape, but not a Unicode
  scalar value, so the text cannot be encoded as UTF-8 when it is saved, hashed or exported.

``problem`` finds either in an already parsed value (iteratively, and visiting a shared YAML
alias once, so an alias "bomb" costs no more than its distinct nodes); ``parse_json`` parses
JSON text with both checks. Pure functions; safe from any thread.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sharedesk.core.errors import SharedeskError

# Sharedesk's own files nest a few levels (a decision file 3, a flow 5, a profile 3, a key
# file 4); 32 leaves room for hand-written variants and stays far below the recursion limit.
MAX_DEPTH = 32


def problem(value: Any, max_depth: int = MAX_DEPTH) -> str | None:
    """Why ``value`` (parsed JSON/YAML/TOML) is unfit, in a few plain words, or None."""
    seen: set[int] = set()
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            if not _encodes(item):
                return "holds text that is not valid Unicode (a lone surrogate such as \\ud800)"
            continue
        if not isinstance(item, dict | list | tuple):
            continue
        if depth >= max_depth:
            return f"nested more than {max_depth} levels deep"
        if id(item) in seen:
            continue
        seen.add(id(item))
        children = [*item.keys(), *item.values()] if isinstance(item, dict) else list(item)
        stack.extend((child, depth + 1) for child in children)
    return None


def _encodes(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def parse_json(text: str | bytes, label: str,
               error: Callable[[str], SharedeskError]) -> Any:
    """Parse JSON from ``label``; raise ``error("label:line: ...")`` for anything unfit.

    Bytes must be UTF-8. Rejects malformed JSON, nesting over MAX_DEPTH and lone surrogates.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise error(f"{label}:{exc.lineno}: not valid JSON ({exc.msg})") from None
    except UnicodeDecodeError:
        raise error(f"{label} is not UTF-8 text") from None
    except RecursionError:
        raise error(f"{label}: nested more than {MAX_DEPTH} levels deep") from None
    found = problem(data)
    if found:
        raise error(f"{label}: {found}")
    return data
