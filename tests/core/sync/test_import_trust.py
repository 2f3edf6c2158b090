"""Importing bundles: only from trusted devices, each record validated, bundle ids never reused.

Real vaults (SQLCipher), real age encryption, real Ed25519 signatures; the bundles with bad
records are made by sharedesk's own writer from records it would never finalise.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest
from pyrage import x25519
from sync_kit import FAST, PASS, finalise_records

from sharedesk.core.errors import BundleConflict, BundleError, ProfileError, UsageError
from sharedesk.core.export.bundle import export_bundle
from sharedesk.core.export.bundle_open import open_bundle
from sharedesk.core.export.signing import DeviceKey, fingerprint
from sharedesk.core.export.trust import TrustedKeys, UntrustedSigner
from sharedesk.core.flow import Flow
from sharedesk.core.profile import parse_profile
from sharedesk.core.records.model import DecisionRecord
from sharedesk.core.sync import devices
from sharedesk.core.sync.credentials import device_key
from sharedesk.core.sync.importer import import_bundle
from sharedesk.core.vault import Vault


def _bundle(vault: Vault, flows: dict[str, Flow], org: x25519.Identity, path: Path,
            records: list[DecisionRecord] | None = None, **options: Any) -> Path:
    records = records if records is not None else [vault.records.get(i)
                                                   for i in finalise_records(vault, 2)]
    export_bundle(records, flows, path, device=device_key(vault),
                  recipients=[str(org.to_public())], include_pdfs=False, **options)
    return path


def _state(vault: Vault) -> tuple[int, list[tuple[str, str | None]]]:
    return vault.records.count(), [(e.kind, e.record_id) for e in vault.audit_events()]


@pytest.fixture
def manager(tmp_path: Path) -> Any:
    with Vault.create(tmp_path / "manager.sharedesk", PASS, kdf=FAST) as v:
        yield v


def test_unknown_signer_is_refused_naming_its_fingerprint_and_nothing_is_imported(
        vault: Vault, manager: Vault, flows: dict[str, Flow], org: x25519.Identity,
        tmp_path: Path) -> None:
    path = _bundle(vault, flows, org, tmp_path / "b.age")
    before = _state(manager)
    with pytest.raises(UntrustedSigner) as info:
        import_bundle(manager, open_bundle(path, [org], trust=devices.trusted_keys(manager)))
    message = str(info.value)
    assert device_key(vault).fingerprint in message and "\n" not in message
    assert "sharedesk devices trust KEY --name NAME" in message
    assert _state(manager) == before


def test_trusted_by_vault_list_then_revoked(vault: Vault, manager: Vault, flows: dict[str, Flow],
                                            org: x25519.Identity, tmp_path: Path) -> None:
    key = device_key(vault)
    devices.trust(manager, key.public_b64, "Sam Okafor, laptop 7")
    [listed] = devices.devices(manager)
    assert (listed.name, listed.fingerprint, listed.revoked) == (
        "Sam Okafor, laptop 7", key.fingerprint, None)
    opened = open_bundle(_bundle(vault, flows, org, tmp_path / "1.age"), [org],
                         trust=devices.trusted_keys(manager))
    report = import_bundle(manager, opened)
    assert len(report.added) == 2 and opened.trusted_as == "Sam Okafor, laptop 7"
    [event] = [e for e in manager.audit_events() if e.kind == "bundle_imported"]
    assert event.detail["signer"] == key.fingerprint
    assert event.detail["device_id"] == key.device_id
    assert event.detail["manifest_sha256"] == opened.manifest_sha256
    assert [e.detail["fingerprint"] for e in manager.audit_events()
            if e.kind == "device_trusted"] == [key.fingerprint]
    devices.revoke(manager, key.fingerprint)
    before = _state(manager)
    with pytest.raises(UntrustedSigner, match="revoked"):
        open_bundle(_bundle(vault, flows, org, tmp_path / "2.age"), [org],
                    trust=devices.trusted_keys(manager))
    assert _state(manager)[0] == before[0]
    with pytest.raises(UsageError, match="no trusted device"):
        devices.revoke(manager, key.fingerprint)  # already revoked


def test_trusted_by_profile_unless_revoked_here_and_by_trust_for_one_run(
        vault: Vault, manager: Vault, flows: dict[str, Flow], org: x25519.Identity,
        tmp_path: Path) -> None:
    key = device_key(vault)
    profile = parse_profile(f"""schema = 1
[organisation]
name = "Example Council"
jurisdiction = "England"
default_flow = "england-2018"
[[keys.devices]]
name = "Sam's laptop"
public_key = "{key.public_b64}"
""")
    assert profile.devices == (("Sam's laptop", key.public_b64),)
    path = _bundle(vault, flows, org, tmp_path / "b.age")
    opened = open_bundle(path, [org], trust=devices.trusted_keys(manager, profile.devices))
    assert opened.trusted_as == "Sam's laptop"
    devices.trust(manager, key.public_b64, "Sam")
    devices.revoke(manager, key.public_b64)
    with pytest.raises(UntrustedSigner, match="revoked"):
        open_bundle(path, [org], trust=devices.trusted_keys(manager, profile.devices))
    # --trust KEY is an explicit decision for this run: it overrides the list.
    opened = open_bundle(path, [org], trust=devices.trusted_keys(manager, (), [key.public_b64]))
    assert opened.trusted_as == "--trust"
    with pytest.raises(UsageError, match="not a device key"):
        devices.trusted_keys(manager, (), ["not-a-key"])
    with pytest.raises(ProfileError, match=r"keys\.devices"):
        parse_profile('schema = 1\n[organisation]\nname = "X"\njurisdiction = "England"\n'
                      'default_flow = "england-2018"\n'
                      '[[keys.devices]]\nname = "x"\npublic_key = "AAAA"\n')


def test_a_reused_bundle_id_with_other_content_is_refused(
        vault: Vault, manager: Vault, flows: dict[str, Flow], org: x25519.Identity,
        tmp_path: Path) -> None:
    trust = TrustedKeys.of([device_key(vault).public_b64])
    first = _bundle(vault, flows, org, tmp_path / "1.age", bundle_id="b-7")
    import_bundle(manager, open_bundle(first, [org], trust=trust))
    again = import_bundle(manager, open_bundle(first, [org], trust=trust))
    assert len(again.unchanged) == 2, "the same bundle again is harmless"
    other = _bundle(vault, flows, org, tmp_path / "2.age", bundle_id="b-7")
    before = _state(manager)
    with pytest.raises(BundleConflict, match="b-7 refused: a different bundle with this id"):
        import_bundle(manager, open_bundle(other, [org], trust=trust))
    assert _state(manager) == before


def _fields(record: DecisionRecord, **changes: object) -> DecisionRecord:
    return replace(record, fields=MappingProxyType({**record.fields, **changes}))


BAD: dict[str, tuple[Callable[[DecisionRecord], DecisionRecord], str]] = {
    "id": (lambda r: replace(r, id="not-a-uuid"), "id must be a UUID"),
    "path_id": (lambda r: replace(r, id="../../etc/passwd"), r"\(id '\.\./\.\./etc/passwd'\): id "),
    "created": (lambda r: replace(r, created="yesterday"), "created must be a UTC time"),
    "finalised": (lambda r: replace(r, finalised="2026-13-40T99:00:00Z"),
                  "finalised must be a UTC time"),
    "long": (lambda r: _fields(r, reasons="x" * 20_001), "fields.reasons is longer than"),
    "value": (lambda r: _fields(r, consent="maybe"), "fields.consent Choose one of"),
    "unknown": (lambda r: _fields(r, nickname="x"), "fields.nickname is not a field"),
    "type": (lambda r: _fields(r, reasons=7), "fields.reasons must be text"),
    "outcome": (lambda r: replace(r, outcome="share_everything"), "outcome"),
    "date": (lambda r: _fields(r, review_date="2027-02-30"), "fields.review_date "),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bundle_with_one_invalid_record_is_refused_whole(
        case: str, vault: Vault, manager: Vault, flows: dict[str, Flow], org: x25519.Identity,
        tmp_path: Path) -> None:
    good = [vault.records.get(i) for i in finalise_records(vault, 2)]
    change, message = BAD[case]
    records = [good[0], change(good[1])]
    path = _bundle(vault, flows, org, tmp_path / "b.age", records, include_fhir=False)
    trust = TrustedKeys.of([device_key(vault).public_b64])
    before = _state(manager)
    with pytest.raises(BundleError, match=message) as info:
        import_bundle(manager, open_bundle(path, [org], trust=trust))
    text = str(info.value)
    assert text.startswith("record 2 (") and "nothing was imported" in text and "\n" not in text
    assert _state(manager) == before


def test_a_record_whose_path_contradicts_its_outcome_is_refused(
        vault: Vault, manager: Vault, flows: dict[str, Flow], org: x25519.Identity,
        tmp_path: Path) -> None:
    [record] = [vault.records.get(i) for i in finalise_records(vault, 1)]
    flipped = replace(record, outcome="do_not_share")  # the path reached "share"
    path = _bundle(vault, flows, org, tmp_path / "b.age", [flipped], include_fhir=False)
    before = _state(manager)
    with pytest.raises(BundleConflict, match=f"record {record.id}: outcome: The outcome does not"):
        import_bundle(manager, open_bundle(path, [org],
                                           trust=TrustedKeys.of([device_key(vault).public_b64])))
    assert _state(manager) == before


def test_fingerprint_format_is_sha256_base64_unpadded() -> None:
    key = DeviceKey.from_bytes("d-1", bytes(range(32)))
    printed = fingerprint(key.public_b64)
    assert printed == key.fingerprint and printed.startswith("SHA256:")
    assert len(printed) == len("SHA256:") + 43 and "=" not in printed
    vector = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="  # docs/bundle-format.md
    assert fingerprint(vector) == "SHA256:Yw3NKWbEM2aRElRIu7JbT/QSpJxzLbLIq8G4WBvXEN0"
    assert key.card() == {"device_id": "d-1", "public_key": key.public_b64,
                          "fingerprint": printed}
