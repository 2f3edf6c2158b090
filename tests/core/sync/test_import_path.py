"""Import refuses, whole, a bundle whose record contradicts the path it was made on.

Real vaults, real age encryption and signatures; the bad record is written by sharedesk's own
bundle writer, as a tampered or older device could have produced it.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pyrage import x25519
from sync_kit import FAST, PASS, finalise_records

from sharedesk.core.errors import BundleConflict
from sharedesk.core.export.bundle import export_bundle
from sharedesk.core.export.bundle_open import open_bundle
from sharedesk.core.export.trust import TrustedKeys
from sharedesk.core.flow import Flow, Session
from sharedesk.core.sync.credentials import device_key
from sharedesk.core.sync.importer import import_bundle
from sharedesk.core.vault import Vault


@pytest.fixture
def manager(tmp_path: Path) -> Any:
    with Vault.create(tmp_path / "manager.sharedesk", PASS, kdf=FAST) as v:
        yield v


def test_a_record_contradicting_its_path_refuses_the_bundle_whole(
        vault: Vault, manager: Vault, flows: dict[str, Flow], org: x25519.Identity,
        tmp_path: Path) -> None:
    good, other = (vault.records.get(i) for i in finalise_records(vault, 2))
    assert other.fields["consent"] == "not_sought"
    # the same record, but on the route where "Do you have consent?" was answered "yes"
    session, _ = Session.replay(flows["england-2018"], {
        "purpose": "yes", "identifiable": "yes", "confidential": "yes", "consent": "yes"})
    forged = replace(other, path=session.path)
    path = tmp_path / "b.age"
    export_bundle([good, forged], flows, path, device=device_key(vault),
                  recipients=[str(org.to_public())], include_pdfs=False, include_fhir=False)
    before = (manager.records.count(), [(e.kind, e.record_id) for e in manager.audit_events()])
    with pytest.raises(BundleConflict) as info:
        import_bundle(manager, open_bundle(path, [org],
                                           trust=TrustedKeys.of([device_key(vault).public_b64])))
    text = str(info.value)
    assert text.endswith(
        f"record {other.id} contradicts its path: consent: the path answered 'yes' (consent "
        "given), the record says 'not_sought'; nothing was imported")
    assert "\n" not in text
    after = (manager.records.count(), [(e.kind, e.record_id) for e in manager.audit_events()])
    assert after == before and after[0] == 0
