"""`sharedesk device show`, `sharedesk devices trust|list|revoke`, and `bundle open` refusing
bundles from devices nobody enrolled. Real vaults, real age, real signatures, the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pyrage import x25519
from test_export_cli import FAST, PASS, _make_vault, _one_line_error, org, vault_path

from sharedesk.cli import main
from sharedesk.core.vault import Vault

__all__ = ["org", "vault_path"]  # fixtures


def _card(capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    capsys.readouterr()
    assert main(["device", "show", "--json"]) == 0
    card: dict[str, str] = json.loads(capsys.readouterr().out)
    assert sorted(card) == ["device_id", "fingerprint", "public_key"]
    return card


def test_bundle_open_trusts_only_enrolled_devices(
        tmp_path: Path, vault_path: Path, org: tuple[x25519.Identity, Path],
        capsys: pytest.CaptureFixture[str]) -> None:
    _make_vault(vault_path, 1)
    identity, key = org
    bundle = tmp_path / "b.age"
    assert main(["export", "--format", "bundle", "--out", str(bundle), "--no-pdf",
                 "--recipient", str(identity.to_public())]) == 0
    card = _card(capsys)
    assert main(["device", "show"]) == 0
    shown = capsys.readouterr().out
    assert card["fingerprint"] in shown and f"devices trust {card['public_key']}" in shown
    # This laptop opens its own bundle ("this laptop", from its own vault).
    assert main(["bundle", "open", str(bundle), "--identity", str(key),
                 "--out", str(tmp_path / "own")]) == 0
    assert "trusted as this laptop" in capsys.readouterr().out
    manager = tmp_path / "manager.sharedesk"
    Vault.create(manager, PASS, kdf=FAST).close()
    opening = ["bundle", "open", str(bundle), "--identity", str(key), "--vault", str(manager)]
    assert main(["devices", "list", "--vault", str(manager)]) == 0
    assert "no trusted devices" in capsys.readouterr().out
    assert main([*opening, "--out", str(tmp_path / "o1")]) == 1
    err = _one_line_error(capsys)
    assert card["fingerprint"] in err and "not a trusted device" in err
    assert not (tmp_path / "o1").exists()
    assert main(["devices", "trust", card["public_key"], "--name", "Sam, laptop 7",
                 "--vault", str(manager)]) == 0
    capsys.readouterr()
    assert main([*opening, "--out", str(tmp_path / "o2")]) == 0
    assert "trusted as Sam, laptop 7" in capsys.readouterr().out
    assert main(["devices", "list", "--json", "--vault", str(manager)]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert (row["name"], row["fingerprint"], row["revoked"]) == ("Sam, laptop 7",
                                                                 card["fingerprint"], None)
    assert main(["devices", "revoke", card["fingerprint"], "--vault", str(manager)]) == 0
    capsys.readouterr()
    assert main([*opening, "--out", str(tmp_path / "o3")]) == 1
    assert "revoked" in _one_line_error(capsys)
    assert main([*opening, "--out", str(tmp_path / "o4"), "--trust", card["public_key"]]) == 0
    assert "trusted as --trust" in capsys.readouterr().out
    with Vault.open(manager, PASS) as vault:
        kinds = [(e.kind, e.detail.get("fingerprint")) for e in vault.audit_events()
                 if e.kind.startswith("device_")]
        assert kinds == [("device_trusted", card["fingerprint"]),
                         ("device_revoked", card["fingerprint"])]


def test_bad_keys_and_names_are_one_line_errors(
        tmp_path: Path, vault_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _make_vault(vault_path, 1)
    assert main(["devices", "trust", "not-a-key", "--name", "x"]) == 2
    assert "is not a device key" in _one_line_error(capsys)
    card = _card(capsys)
    assert main(["devices", "trust", card["public_key"], "--name", " "]) == 2
    assert "give the device a name" in _one_line_error(capsys)
    assert main(["devices", "revoke", card["fingerprint"]]) == 2
    assert "no trusted device" in _one_line_error(capsys)
    assert main(["import", str(tmp_path / "none.age"), "--identity", str(tmp_path / "k"),
                 "--trust", "AAAA"]) == 2
    assert "is not a device key" in _one_line_error(capsys)
