"""Shared pieces of the fuzz tests (tests/core/test_fuzz_*.py): mutations and the one assertion.

Every fuzz test hands a mutated real file to the real command line (``sharedesk.cli.main``,
in-process: a subprocess per case would cost ~0.5 s of imports) and asserts that

- no exception escapes ``main`` (an escaping exception is what a user sees as a traceback);
- a failure is a status > 0 with one ``sharedesk: ...`` line per problem on stderr;
- when the command fails, nothing on disk changed (every file's sha256 before and after).

``SHAREDESK_FUZZ_EXAMPLES`` sets the number of cases per input kind (default 200, which keeps
the suite's cost moderate); run e.g. ``SHAREDESK_FUZZ_EXAMPLES=3000 pytest tests/core -k fuzz
--hypothesis-show-statistics`` for a long run.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, event, settings
from hypothesis import strategies as st

from sharedesk.cli import main

EXAMPLES = int(os.environ.get("SHAREDESK_FUZZ_EXAMPLES", "200"))

# No "explain" phase: on a failure it reruns each case hundreds of times (minutes here).
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                phases=[Phase.explicit, Phase.generate, Phase.shrink],
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large])

# Text that breaks parsers: structure, escapes, YAML tags and aliases, TOML tables, surrogates.
TOKENS = [
    "[", "]", "{", "}", ",", ":", '"', "'", "\\", "\n", "\t", "\r", " ", "#", "- ", "---", "...",
    "&a ", "*a", "<<: *a", "!!python/object:os.system ", "!!binary ", "!<tag:x> ", "? ",
    "[[x]]\n", "[x]\n", "x = ", '"""', "'''", "\\ud800", "\\udfff", "\\U0010ffff", "\\x00",
    "\ufeff", "\x00", "\u2028", "é", "1e999", "-0", "NaN", "Infinity", "99999999999999999999999",
    "true", "null", "~", "yes", "no", "2024-13-45T99:99:99Z", "0x7f", "+inf",
    "[" * 40, "]" * 40, "{" * 40, "[" * 3000, '{"a":' * 50,
]


def json_values() -> st.SearchStrategy[Any]:
    """JSON values with the awkward cases: lone surrogates, huge and odd numbers, deep lists."""
    text = st.one_of(st.text(max_size=30), st.integers(1000, 6000).map(lambda n: "x" * n),
                     st.sampled_from(["\ud800", "a\udfffb", "", " ", "yes", "../../etc/passwd",
                                      "age1", "AAAA"]))
    scalars = st.one_of(st.none(), st.booleans(), st.integers(-(2**70), 2**70),
                        st.floats(allow_nan=True, allow_infinity=True), text)
    nested = st.integers(33, 200).map(lambda n: json.loads("[" * n + "]" * n))
    return st.one_of(scalars, nested, st.recursive(
        scalars, lambda kids: st.one_of(st.lists(kids, max_size=4),
                                        st.dictionaries(st.text(max_size=12), kids, max_size=4)),
        max_leaves=8))


def _paths(value: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [here]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*here, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*here, index))
    return found


def mutate_tree(data: Any, draw: Callable[..., Any]) -> Any:
    """``data`` (a JSON tree, copied) with 1-3 values replaced, deleted or added."""
    data = json.loads(json.dumps(data))
    for _ in range(draw(st.integers(1, 3))):
        paths = _paths(data)
        path = draw(st.sampled_from(paths))
        value = draw(json_values())
        if not path:
            data = value
            continue
        parent = data
        for step in path[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "delete":
            del parent[path[-1]]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(st.text(max_size=12))] = value
        elif action == "add" and isinstance(parent, list):
            parent.insert(path[-1], value)
        else:
            parent[path[-1]] = value
    return data


def mutate_text(text: str, draw: Callable[..., Any]) -> str:
    """``text`` with 1-4 splices: a token inserted, a range deleted, duplicated or replaced."""
    for _ in range(draw(st.integers(1, 4))):
        size = len(text)
        at = draw(st.integers(0, size))
        end = draw(st.integers(at, min(size, at + 200)))
        action = draw(st.sampled_from(["insert", "delete", "duplicate", "replace", "bytes"]))
        if action == "insert":
            text = text[:at] + draw(st.sampled_from(TOKENS)) + text[at:]
        elif action == "delete":
            text = text[:at] + text[end:]
        elif action == "duplicate":
            text = text[:end] + text[at:end] + text[end:]
        elif action == "replace":
            text = text[:at] + draw(st.sampled_from(TOKENS)) + text[end:]
        else:
            text = text[:at] + draw(st.text(max_size=8)) + text[end:]
    return text


def write_mutant(path: Path, content: str | bytes) -> None:
    """Write a mutant as bytes: lone surrogates go out as invalid UTF-8 (surrogatepass)."""
    raw = content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass")
    path.write_bytes(raw)


def digest(directory: Path, *, skip: tuple[str, ...] = (".attempts",)) -> dict[str, str]:
    """sha256 of every file under ``directory`` (the failed-unlock counter aside)."""
    return {str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(directory.rglob("*")) if p.is_file() and not p.name.endswith(skip)}


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the real command line in-process; any exception escaping it fails the test."""
    capsys.readouterr()
    status = main(args)
    out, err = capsys.readouterr()
    event(f"exit status {status}")  # the spread shows in --hypothesis-show-statistics
    assert isinstance(status, int) and status >= 0
    assert "Traceback" not in err and "Traceback" not in out
    if status:
        assert err or out, "a failure must say why"
    for line in err.splitlines():
        assert line.startswith("sharedesk"), err
    return status, out, err
