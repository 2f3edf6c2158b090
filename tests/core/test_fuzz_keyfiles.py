"""Fuzz: mutated vault key files (``<vault>.keys``) given to `sharedesk records` and
`sharedesk vault verify` with the right passphrase.

A mutant either still opens the vault (only harmless edits can: the slot metadata is the
AEAD's associated data) or fails with one line, leaving every vault file byte-identical.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fuzz_kit import FUZZ, digest, mutate_text, mutate_tree, run_cli, write_mutant
from hypothesis import given
from hypothesis import strategies as st

from sharedesk.core.vault import KdfParams, Vault, vault_files

PASS = "fuzz key files passphrase"
FAST = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
CHEAP_MEMORY_KIB = 65536  # see _cheap


class Files(dict[Path, bytes]):
    def __repr__(self) -> str:  # hypothesis prints fixtures of a failing case: not 300 kB
        return f"Files({[p.name for p in self]})"


@pytest.fixture
def pristine(sharedesk_home: Path, monkeypatch: pytest.MonkeyPatch) -> dict[Path, bytes]:
    path = sharedesk_home / "vault.sharedesk"
    Vault.create(path, PASS, kdf=FAST).close()
    monkeypatch.setenv("SHAREDESK_PASSPHRASE", PASS)
    return Files({p: p.read_bytes() for p in vault_files(path) if p.exists()})


def _restore(pristine: dict[Path, bytes]) -> Path:
    """Put the vault back as created: each case starts from the same files, no WAL, no
    failed-attempt count (which would make the next unlock wait)."""
    vault = next(iter(pristine))
    for extra in (*vault_files(vault), vault.with_name(vault.name + ".attempts")):
        if extra not in pristine:
            extra.unlink(missing_ok=True)
    for path, raw in pristine.items():
        path.write_bytes(raw)
    return vault


def _cheap(data: Any) -> Any:
    """Keep a mutated Argon2 cost affordable for a 2-core CI box (the limits themselves are
    tested: KdfParams refuses memory over MAX_MEMORY_KIB)."""
    slots = data.get("slots") if isinstance(data, dict) else None
    for slot in slots if isinstance(slots, list) else []:
        kdf = slot.get("kdf") if isinstance(slot, dict) else None
        if isinstance(kdf, dict):
            for name, cap in (("memory_kib", CHEAP_MEMORY_KIB), ("time_cost", 4),
                              ("parallelism", 4)):
                value = kdf.get(name)
                if isinstance(value, int) and not isinstance(value, bool) and value > cap:
                    kdf[name] = cap + 1 if name == "memory_kib" else cap
    return data


@FUZZ
@given(data=st.data())
def test_mutated_key_files(pristine: dict[Path, bytes], capsys: pytest.CaptureFixture[str],
                           data: st.DataObject) -> None:
    vault = _restore(pristine)
    keys = vault.with_name(vault.name + ".keys")
    original = json.loads(pristine[keys])
    if data.draw(st.booleans()):
        mutant = json.dumps(_cheap(mutate_tree(original, data.draw)), indent=2,
                            ensure_ascii=data.draw(st.booleans()))
    else:
        text = mutate_text(pristine[keys].decode("utf-8"), data.draw)
        try:
            text = json.dumps(_cheap(json.loads(text)))
        except (ValueError, RecursionError):
            pass  # not JSON any more: written as it is
        mutant = text
    write_mutant(keys, mutant)
    before = digest(vault.parent)
    command = data.draw(st.sampled_from([["records"], ["vault", "verify"]]))
    status, _, _ = run_cli([*command, "--vault", str(vault)], capsys)
    if status:
        assert digest(vault.parent) == before
