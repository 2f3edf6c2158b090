"""The manager's team overview (issue 14) on a real vault: every figure, and the records
behind it, agree with what was recorded, amendments and countersignatures included."""

from __future__ import annotations

from datetime import date
from types import MappingProxyType

from sync_kit import FIELDS

from sharedesk.core.flow import Session, load_flow_by_id
from sharedesk.core.records.model import DecisionRecord, new_id
from sharedesk.core.sync.countersigning import countersign_record
from sharedesk.core.vault import Vault
from sharedesk.core.vault.overview import Figure

TODAY = date(2026, 11, 30)
SHARE = {"purpose": "yes", "identifiable": "yes", "confidential": "yes", "consent": "no",
         "lawful_basis": "yes"}
WITH_CONSENT = {"purpose": "yes", "identifiable": "yes", "confidential": "yes",
                "consent": "yes"}


def _record(vault: Vault, answers: dict[str, str], maker: str, **fields: str) -> str:
    flow = load_flow_by_id("england-2018")
    session, _ = Session.replay(flow, answers)
    values = {**FIELDS, "decision_maker": maker, **fields}
    if answers.get("consent") == "yes":
        values.pop("consent_reason", None)
        values["consent"] = "given"
    record = DecisionRecord(id=new_id(), flow_id=flow.id, flow_version=flow.version,
                            flow_sha256=flow.sha256, path=session.path,
                            outcome=str(session.outcome),
                            fields=MappingProxyType(values), created="")
    return vault.records.finalise(record).id


def test_overview_figures_and_the_records_behind_them(vault: Vault) -> None:
    sam = [_record(vault, SHARE, "Sam Okafor") for _ in range(3)]
    priya = [_record(vault, SHARE, "Priya Shah", review_date="2026-11-01"),
             _record(vault, SHARE, "Priya Shah", review_date="2027-06-01")]
    consented = _record(vault, WITH_CONSENT, "Priya Shah")
    countersign_record(vault, sam[0], outcome="agreed", comment="", by="Lead")
    # an amendment that records consent as given takes the record out of "without consent"
    vault.records.amend(sam[1], "Sam Okafor", "Consent obtained later",
                        {"consent": "given", "consent_reason": ""})
    view = vault.overview(TODAY)
    month = vault.records.get(sam[0]).created[:7]  # type: ignore[union-attr]
    assert view.total == 6
    assert view.by_practitioner == [("Priya Shah", 3), ("Sam Okafor", 3)]
    assert dict(view.by_outcome)[vault.records.get(consented).outcome] >= 1  # type: ignore[union-attr]
    assert view.by_month == [(month, 6)]
    assert view.reviews_due == 1
    assert view.awaiting_countersignature == 5
    assert view.do_not_share == sum(n for o, n in view.by_outcome if o == "do_not_share")
    without = {r.id for r in vault.figure_rows(Figure("without_consent"), TODAY)}
    assert view.without_consent == len(without)
    assert sam[1] not in without and consented not in without and sam[0] in without
    assert [r.id for r in vault.figure_rows(Figure("reviews_due"), TODAY)] == [priya[0]]
    rows = vault.figure_rows(Figure("practitioner", "Sam Okafor"), TODAY)
    assert [r.id for r in rows] == sam[::-1] and {r.practitioner for r in rows} == {"Sam Okafor"}
    assert sam[0] not in {r.id for r in vault.figure_rows(Figure("awaiting_countersignature"),
                                                          TODAY)}
    assert len(vault.figure_rows(Figure("month", month), TODAY, limit=2)) == 2
    cell_total = sum(n for m, o, mo, n in view.cells if m == "Sam Okafor")
    assert cell_total == 3


def test_purged_and_drafts_are_left_out(vault: Vault) -> None:
    from sharedesk.core.vault.purge import PurgeItem

    kept = _record(vault, SHARE, "Sam Okafor")
    gone = _record(vault, SHARE, "Sam Okafor")
    vault.purge([PurgeItem(gone, "b", None, "2026-11-01T00:00:00Z")])
    view = vault.overview(TODAY)
    assert view.total == 1 and view.awaiting_countersignature == 1
    assert [r.id for r in vault.figure_rows(Figure("practitioner", "Sam Okafor"), TODAY)] == [kept]


def test_facts_follow_amendments_and_a_schema_9_vault_is_backfilled(vault: Vault) -> None:
    from sync_kit import PASS

    from sharedesk.core.vault.db import connect
    from sharedesk.core.vault.keyfile import read_keyfile, unwrap_passphrase

    ids = [_record(vault, SHARE, "Sam Okafor") for _ in range(3)]
    vault.records.amend(ids[0], "Sam Okafor", "Consent obtained", {"consent": "given",
                                                                   "consent_reason": ""})
    before = vault.overview(TODAY)
    assert before.without_consent == 2
    path = vault.path
    vault.close()
    conn = connect(path, unwrap_passphrase(read_keyfile(path), PASS))
    try:  # the file as schema 9 left it: no team_facts
        conn.execute("DROP TABLE team_facts")
        conn.execute("PRAGMA user_version = 9")
        conn.commit()
    finally:
        conn.close()
    with Vault.open(path, PASS) as upgraded:
        after = upgraded.overview(TODAY)
        assert (after.total, after.without_consent, after.by_practitioner) == (
            3, 2, [("Sam Okafor", 3)])
        assert upgraded.verify() == []
