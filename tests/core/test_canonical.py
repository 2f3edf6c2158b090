"""Canonical JSON: RFC 8785 (the rfc8785 library) for new hashes and signatures, and everything
made before with the old form (canonical_v1) still verifying: records, bundles, the audit
chain, profile signatures."""

from __future__ import annotations

import base64
import json
import tomllib
from pathlib import Path
from typing import Any

import pyrage
import pytest
import rfc8785
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from sharedesk.core import orgkeys
from sharedesk.core.canonical import NotCanonicalisable, canonical, canonical_v1, matches
from sharedesk.core.errors import ProfileError
from sharedesk.core.export.bundle import export_bundle
from sharedesk.core.export.bundle_open import open_bundle
from sharedesk.core.export.trust import TrustedKeys
from sharedesk.core.flow import Session, load_flow_by_id
from sharedesk.core.profile import parse_profile
from sharedesk.core.records.model import DecisionRecord, new_id
from sharedesk.core.vault import KdfParams, Vault
from sharedesk.core.vault.audit import canonical as audit_canonical

FAST = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
SAFE = 2**53 - 1
text = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)  # no lone surrogates
bmp_text = st.text(st.characters(max_codepoint=0xFFFF, exclude_categories=("Cs",)), max_size=12)


def _json(keys: st.SearchStrategy[str], numbers: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    leaves = st.none() | st.booleans() | numbers | text
    return st.recursive(leaves, lambda inner: st.lists(inner, max_size=4)
                        | st.dictionaries(keys, inner, max_size=4), max_leaves=20)


# What records and audit events hold: text, whole numbers, true/false/null, lists, objects.
SAME = _json(bmp_text, st.integers(-SAFE, SAFE))
# Anything JSON: fractional numbers and keys beyond U+FFFF too.
ANY = _json(text, st.integers(-SAFE, SAFE) | st.floats(allow_nan=False, allow_infinity=False))


@settings(max_examples=300)
@given(SAME)
def test_old_and_new_forms_are_the_same_bytes_for_record_like_values(value: Any) -> None:
    assert canonical(value) == canonical_v1(value) == rfc8785.dumps(value)


@settings(max_examples=300)
@given(ANY)
def test_new_form_is_always_the_library_s(value: Any) -> None:
    assert canonical(value) == rfc8785.dumps(value)
    assert matches(value, canonical(value)) and matches(value, canonical_v1(value))


def test_where_the_forms_differ_both_are_accepted() -> None:
    value = {"\U0001f600": 1, "\uffff": 1.0, "big": 1e16}
    new, old = canonical(value), canonical_v1(value)
    # UTF-16 order puts U+1F600 (D83D DE00) before U+FFFF; code-point order after
    assert new == '{"big":10000000000000000,"\U0001f600":1,"\uffff":1}'.encode()
    assert old != new
    assert matches(value, old) and matches(value, new)
    assert not matches({**value, "big": 2e16}, old)


def test_what_json_cannot_hold_is_refused() -> None:
    with pytest.raises(NotCanonicalisable):
        canonical({"a": "\ud800"})
    with pytest.raises(NotCanonicalisable):
        canonical({"a": 2**60})


@settings(max_examples=200)
@given(st.integers(1, SAFE), text, text, st.none() | text, st.none() | text)
def test_audit_events_hash_the_same_in_both_forms(seq: int, at: str, kind: str,
                                                  record_id: str | None,
                                                  detail: str | None) -> None:
    assert audit_canonical(seq, at, kind, record_id, detail) == \
        audit_canonical(seq, at, kind, record_id, detail, version=1)


def _record() -> DecisionRecord:
    flow = load_flow_by_id("england-2018")
    session, _ = Session.replay(flow, {"purpose": "yes", "identifiable": "yes",
                                       "confidential": "yes", "consent": "no",
                                       "lawful_basis": "yes"})
    return DecisionRecord(
        id=new_id(), flow_id=flow.id, flow_version=flow.version, flow_sha256=flow.sha256,
        path=session.path, outcome=str(session.outcome),
        fields={"reasons": "Bruising seen at nursery \u2014 \U0001f9d2 \u2028 \x1f",
                "purpose": "Section 47 enquiry", "recipient": "Children's social care",
                "what_shared": "Attendance record", "lawful_basis": "public_task",
                "consent": "not_sought", "consent_reason": "Would increase risk",
                "informed": "no", "informed_reason": "Would increase risk",
                "decision_maker": "Zoë Ní Bhriain", "role": "DSL"}, created="")


def test_a_vault_and_a_bundle_made_with_the_old_form_verify_and_open(tmp_path: Path) -> None:
    with Vault.create(tmp_path / "v.sharedesk", "canonical passphrase one", kdf=FAST) as vault:
        stored = vault.records.finalise(_record())
        # what the old code stored and hashed: canonical_v1 of the same record
        assert stored.canonical_bytes() == canonical_v1(stored.to_dict())
        events = vault.audit_events(stored.id)
        assert events and vault.verify() == []
        from sharedesk.core.sync.credentials import device_key

        device = device_key(vault)
    org = pyrage.x25519.Identity.generate()
    path = tmp_path / "old.age"
    export_bundle([stored], {}, path, device=device, recipients=[str(org.to_public())],
                  include_pdfs=False, include_fhir=False)
    opened = open_bundle(path, [org], trust=TrustedKeys.of([device.public_b64]))
    assert [r.sha256() for r in opened.records] == [stored.sha256()]


def _old_signature(content: dict[str, Any], key: Ed25519PrivateKey) -> str:
    """A [signature] table as sharedesk wrote it before RFC 8785 (canonical version 1)."""
    signed = b"sharedesk-profile-v1\n" + canonical_v1(content)
    value = base64.b64encode(key.sign(signed)).decode("ascii")
    return (f'[signature]\nalgorithm = "ed25519"\n'
            f'public_key = "{orgkeys.public_key_text(key.public_key())}"\nvalue = "{value}"\n')


PROFILE = ('schema = 1\n\n[organisation]\nname = "Ysgol Gymraeg \u00e2\u0175\u0177 \U0001f3eb"\n'
           'jurisdiction = "Wales"\ndefault_flow = "england-2018"\n')


def test_a_profile_signed_with_the_old_form_still_verifies() -> None:
    key = Ed25519PrivateKey.generate()
    text = PROFILE + "\n" + _old_signature(tomllib.loads(PROFILE), key)
    profile = parse_profile(text, trusted_signing_key=key.public_key())
    assert profile.trusted and profile.signed_by == orgkeys.public_key_text(key.public_key())
    tampered = text.replace("Ysgol", "Ysgal")
    with pytest.raises(ProfileError, match="does not match the content"):
        parse_profile(tampered, trusted_signing_key=key.public_key())


def test_old_and_new_profile_signatures_are_the_same_bytes() -> None:
    key = Ed25519PrivateKey.generate()  # Ed25519 is deterministic: same bytes, same signature
    data = tomllib.loads(PROFILE)
    assert orgkeys.signature_table(data, key).split("value = ")[1] == \
        _old_signature(data, key).split("value = ")[1]


def test_content_differing_between_forms_verifies_either_way() -> None:
    key = Ed25519PrivateKey.generate()
    data = {"organisation": {"ratio": 1.0, "\U0001f600": "a", "\uffff": "b"}}
    assert canonical(data) != canonical_v1(data)
    for table in (orgkeys.signature_table(data, key), _old_signature(data, key)):
        signature = tomllib.loads(table)["signature"]
        assert orgkeys.verify_signature(data, signature) == \
            orgkeys.public_key_text(key.public_key())
        with pytest.raises(ProfileError):
            orgkeys.verify_signature({"organisation": {"ratio": 2.0}}, signature)


def test_record_canonical_bytes_are_jcs_a_receiver_can_recompute() -> None:
    record = _record()
    data = record.canonical_bytes()
    assert data == rfc8785.dumps(json.loads(data))
    assert DecisionRecord.from_dict(json.loads(data)).sha256() == record.sha256()


def test_a_tampered_audit_row_json_cannot_hold_is_reported_not_raised(tmp_path: Path) -> None:
    from sharedesk.core.vault.db import connect
    from sharedesk.core.vault.keyfile import read_keyfile, unwrap_passphrase

    path = tmp_path / "v.sharedesk"
    with Vault.create(path, "canonical passphrase two", kdf=FAST) as vault:
        vault.records.finalise(_record())
    conn = connect(path, unwrap_passphrase(read_keyfile(path), "canonical passphrase two"))
    try:  # a whole number beyond 2**53: RFC 8785 cannot write it, version 1 can
        conn.execute("UPDATE audit SET kind = ? WHERE seq = 2", (2**60,))
    finally:
        conn.close()
    with Vault.open(path, "canonical passphrase two") as vault:
        assert "audit: event 2 was altered" in vault.verify()
