"""Countersignatures (issue 14): made offline with the vault's device key, stored beside the
record (its finalised hash never changes), audited, shown in the PDF, carried in JSON, FHIR
and bundles, verified on import. Real vaults, real age, real Ed25519, real PDFs (pypdf).

The verification test rebuilds the signed bytes from the documented format alone
(docs/bundle-format.md) with ``cryptography``, not with sharedesk's helpers.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pypdf import PdfReader
from pyrage import x25519
from sync_kit import FAST, PASS, finalise_records

from sharedesk.core.errors import BundleError, RecordPurged, UsageError
from sharedesk.core.export.bundle import export_bundle
from sharedesk.core.export.bundle_open import open_bundle
from sharedesk.core.export.fhir import record_resources
from sharedesk.core.export.json_export import export_json
from sharedesk.core.export.pdf import pdf_bytes
from sharedesk.core.flow import Flow
from sharedesk.core.records.model import Countersignature
from sharedesk.core.sync import devices
from sharedesk.core.sync.countersigning import countersign_record
from sharedesk.core.sync.credentials import device_key
from sharedesk.core.sync.importer import import_bundle
from sharedesk.core.vault import Vault, probe
from sharedesk.core.vault.purge import PurgeItem


def _documented_check(record_json: dict[str, Any], cs: dict[str, str]) -> None:
    """Verify as a third party would from docs/bundle-format.md alone."""
    finalised = {k: v for k, v in record_json.items()
                 if k not in ("countersignatures", "sha256", "effective_fields")}
    finalised["amendments"] = []
    canonical = json.dumps(finalised, sort_keys=True, separators=(",", ":"),
                           ensure_ascii=False).encode("utf-8")
    record_sha256 = hashlib.sha256(canonical).hexdigest()
    comment_sha = hashlib.sha256(cs["comment"].encode("utf-8")).hexdigest()
    signed = (f"sharedesk-countersign-v1\n{record_sha256}\n{cs['outcome']}\n{cs['at']}\n"
              f"{comment_sha}").encode()
    key = Ed25519PublicKey.from_public_bytes(base64.b64decode(cs["public_key"]))
    key.verify(base64.b64decode(cs["signature"]), signed)  # raises InvalidSignature


def test_countersign_is_stored_beside_the_record_and_verifies_from_the_documented_format(
        vault: Vault, tmp_path: Path) -> None:
    [rid] = finalise_records(vault, 1)
    vault.records.amend(rid, "Sam Okafor", "School confirmed",
                        {"reasons": "Risk of significant harm, confirmed by school"})
    before = vault.records.get(rid)
    assert before is not None
    stored = probe.rows(vault, "SELECT sha256, body FROM decisions WHERE id = ?", (rid,))[0]
    signed = countersign_record(vault, rid, outcome="agreed_with_comments",
                                comment="Agreed; review in 3 months. “Quoted”", by="Ana Lee",
                                role="Safeguarding lead")
    after = vault.records.get(rid)
    assert after is not None and after.countersignatures == (signed,)
    # the finalised record, its stored hash and body are unchanged
    assert probe.rows(vault, "SELECT sha256, body FROM decisions WHERE id = ?", (rid,))[0] == stored
    assert after.finalised_sha256() == before.finalised_sha256()
    assert signed.public_key == device_key(vault).public_b64
    # the JSON export carries it, and it verifies from the documented format
    out = export_json([after], tmp_path / "r.json")
    [exported] = json.loads(out.path.read_text())["records"]
    [cs] = exported["countersignatures"]
    assert cs == signed.to_dict()
    _documented_check(exported, cs)
    # audited, with the signer's fingerprint and not the comment's text
    [event] = [e for e in vault.audit_events(rid) if e.kind == "countersigned"]
    assert event.detail["outcome"] == "agreed_with_comments"
    assert event.detail["signer"] == device_key(vault).fingerprint
    assert "Quoted" not in json.dumps(event.detail)


def test_a_changed_comment_or_record_no_longer_verifies(vault: Vault, tmp_path: Path) -> None:
    [rid] = finalise_records(vault, 1)
    countersign_record(vault, rid, outcome="escalated", comment="Refer to MASH today",
                       by="Ana Lee")
    record = vault.records.get(rid)
    assert record is not None
    data = json.loads(record.canonical_bytes())
    [cs] = data["countersignatures"]
    _documented_check(data, cs)
    with pytest.raises(InvalidSignature):
        _documented_check(data, {**cs, "comment": "Refer to MASH next week"})
    data["fields"]["reasons"] = "something else"
    with pytest.raises(InvalidSignature):
        _documented_check(data, cs)


def test_repeat_by_same_key_and_outcome_is_refused_and_nothing_written(vault: Vault) -> None:
    [rid] = finalise_records(vault, 1)
    countersign_record(vault, rid, outcome="agreed", comment="", by="Ana Lee")
    events = len(vault.audit_events())
    with pytest.raises(UsageError, match="already countersigned 'agreed'") as info:
        countersign_record(vault, rid, outcome="agreed", comment="again", by="Ana Lee")
    assert "\n" not in str(info.value)
    assert len(vault.audit_events()) == events
    # another outcome by the same key is a new review
    countersign_record(vault, rid, outcome="escalated", comment="New information", by="Ana Lee")
    record = vault.records.get(rid)
    assert record is not None
    assert [c.outcome for c in record.countersignatures] == ["agreed", "escalated"]


def test_purged_record_and_bad_requests_are_refused_with_nothing_written(vault: Vault) -> None:
    [rid, other] = finalise_records(vault, 2)
    vault.purge([PurgeItem(record_id=rid, bundle_id="b", receipt_sha256="0" * 64,
                           acknowledged="2026-11-01T00:00:00Z")])
    events = len(vault.audit_events())
    with pytest.raises(RecordPurged, match="purged"):
        countersign_record(vault, rid, outcome="agreed", comment="", by="Ana Lee")
    with pytest.raises(UsageError, match="needs a comment"):
        countersign_record(vault, other, outcome="escalated", comment=" ", by="Ana Lee")
    with pytest.raises(UsageError, match="who countersigns"):
        countersign_record(vault, other, outcome="agreed", comment="", by="")
    with pytest.raises(UsageError, match="unknown countersign outcome"):
        countersign_record(vault, other, outcome="maybe", comment="x", by="Ana Lee")
    assert len(vault.audit_events()) == events
    assert probe.rows(vault, "SELECT count(*) FROM countersignatures")[0][0] == 0


def test_pdf_and_fhir_show_the_countersignature(vault: Vault, flows: dict[str, Flow]) -> None:
    [rid] = finalise_records(vault, 1)
    signed = countersign_record(vault, rid, outcome="escalated", comment="Refer to MASH today",
                                by="Ana Lee", role="Named nurse")
    record = vault.records.get(rid)
    assert record is not None
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf_bytes(record, flows))).pages)
    text = " ".join(text.split())
    assert "Countersignatures" in text and "Escalated" in text
    assert "Ana Lee (Named nurse)" in text and "Refer to MASH today" in text
    assert "signature verified" in text and record.finalised_sha256() in text
    provenance = [r for r in record_resources(record, flows["england-2018"])
                  if r["resourceType"] == "Provenance" and "signature" in r]
    assert len(provenance) == 1
    assert provenance[0]["signature"][0]["data"] == signed.signature
    assert provenance[0]["activity"]["coding"][0]["code"] == "escalated"


@pytest.fixture
def manager(tmp_path: Path) -> Any:
    with Vault.create(tmp_path / "manager.sharedesk", PASS, kdf=FAST) as v:
        yield v


def test_bundle_carries_countersignatures_and_import_verifies_them(
        vault: Vault, manager: Vault, flows: dict[str, Flow], org: x25519.Identity,
        tmp_path: Path) -> None:
    [rid] = finalise_records(vault, 1)
    countersign_record(vault, rid, outcome="agreed", comment="", by="Deputy DSL")
    record = vault.records.get(rid)
    assert record is not None
    devices.trust(manager, device_key(vault).public_b64, "Deputy laptop")
    good = tmp_path / "good.age"
    export_bundle([record], flows, good, device=device_key(vault),
                  recipients=[str(org.to_public())], include_pdfs=False)
    import_bundle(manager, open_bundle(good, [org], trust=devices.trusted_keys(manager)))
    held = manager.records.get(rid)
    assert held is not None and held.countersignatures == record.countersignatures
    assert held.finalised_sha256() == record.finalised_sha256()
    stored = probe.rows(manager, "SELECT sha256 FROM decisions WHERE id = ?", (rid,))[0][0]
    assert stored == record.finalised_sha256()

    # a bundle whose countersignature was altered (validly signed manifest) is refused whole
    [other] = finalise_records(vault, 1)
    plain = vault.records.get(other)
    assert plain is not None
    forged_cs = replace(record.countersignatures[0], outcome="escalated")
    forged = replace(plain, countersignatures=(forged_cs,))
    bad = tmp_path / "bad.age"
    export_bundle([forged], flows, bad, device=device_key(vault),
                  recipients=[str(org.to_public())], include_pdfs=False)
    count = manager.records.count()
    with pytest.raises(BundleError, match=r"countersignatures\[0\].*does not verify"):
        import_bundle(manager, open_bundle(bad, [org], trust=devices.trusted_keys(manager)))
    assert manager.records.count() == count


def test_a_countersignature_made_later_merges_into_a_record_already_imported(
        vault: Vault, manager: Vault, flows: dict[str, Flow], org: x25519.Identity,
        tmp_path: Path) -> None:
    [rid] = finalise_records(vault, 1)
    devices.trust(manager, device_key(vault).public_b64, "Laptop")
    trust = devices.trusted_keys(manager)

    def send(name: str) -> Any:
        record = vault.records.get(rid)
        path = tmp_path / name
        export_bundle([record], flows, path, device=device_key(vault),
                      recipients=[str(org.to_public())], include_pdfs=False)
        return import_bundle(manager, open_bundle(path, [org], trust=trust))

    assert send("1.age").added == [rid]
    countersign_record(vault, rid, outcome="agreed", comment="", by="Deputy DSL")
    assert send("2.age").amended == [rid]
    assert send("3.age").unchanged == [rid]
    held = manager.records.get(rid)
    assert held is not None and len(held.countersignatures) == 1
    assert isinstance(held.countersignatures[0], Countersignature)


def test_pdf_pack_has_a_cover_sheet_then_each_record(vault: Vault, flows: dict[str, Flow],
                                                     tmp_path: Path) -> None:
    from sharedesk.core.export.pdf import export_pdf

    ids = finalise_records(vault, 3)
    countersign_record(vault, ids[1], outcome="agreed_with_comments", comment="Review in May",
                       by="Ana Lee")
    vault.records.amend(ids[2], "Sam Okafor", "Typo", {"purpose": "Section 47 enquiry (CP)"})
    records = [vault.records.get(i) for i in ids]
    out = export_pdf(records, flows, tmp_path / "pack.pdf")
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(out.path).pages]
    assert "cover sheet" in pages[0] and "3 records follow" in pages[0]
    for number, rid in enumerate(ids, start=1):
        assert f"{number}. {rid}" in pages[0]
    assert "countersigned: Agreed with comments" in pages[0] and "amendments 1" in pages[0]
    owners = [next(i for i, p in enumerate(pages) if f"Decision record {rid}" in p) for rid in ids]
    assert 0 < owners[0] < owners[1] < owners[2]
    assert any("Review in May" in p for p in pages[owners[1]:owners[2]])
