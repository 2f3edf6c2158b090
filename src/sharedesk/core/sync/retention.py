"""Retention: purge record content a set number of days after the case system acknowledged it.

Only a record in a bundle acknowledged by a receipt signed by a pinned receipt key (HTTPS or a
receipt file; see core/sync/receipt.py) is ever purged, and only once
``retention.days_after_ack`` days have passed since that acknowledgement. The receipt is checked
again, against the keys pinned now, before anything is purged. A bundle acknowledged by an
unsigned receipt (no key was pinned), or marked delivered by hand, is never purged
automatically: a TLS proxy can answer like the case system, but cannot sign like it.
A record amended after its acknowledgement goes back in the outbox and is
kept until the bundle carrying the amendment is acknowledged (then counted from that one).
What remains is a stub and the audit trail (see ``vault/purge.py``).
Runs at the end of each sync and from ``sharedesk outbox purge``.
Thread rules: those of the Vault (calls serialised by its lock); safe from a worker thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sharedesk.core.errors import UsageError
from sharedesk.core.log import event
from sharedesk.core.sync.receipt import NO_KEY_PINNED, verifying_key
from sharedesk.core.vault import Vault
from sharedesk.core.vault.purge import PurgeItem
from sharedesk.core.vault.purge_run import BATCH as PURGE_BATCH

MAX_DAYS = 3650


@dataclass
class PurgeReport:
    cutoff: str
    due: list[PurgeItem]
    purged: list[str]
    dry_run: bool
    no_key: bool = False  # no receipt key pinned: nothing is ever purged

    def lines(self) -> list[str]:
        if self.no_key:
            return [f"nothing purged: {NO_KEY_PINNED}"]
        if not self.due:
            return [f"nothing to purge (content acknowledged before {self.cutoff} only)"]
        verb = "would purge" if self.dry_run else "purged"
        ids = [i.record_id for i in self.due] if self.dry_run else self.purged
        return [f"{verb} {len(ids)} record(s) acknowledged on or before {self.cutoff}"] + [
            f"  {record_id}" for record_id in ids]


def cutoff(days: int, now: datetime | None = None) -> str:
    """The acknowledgement time at or before which content is due for purging."""
    if not 0 <= days <= MAX_DAYS:
        raise UsageError(f"retention.days_after_ack must be 0 to {MAX_DAYS} days")
    moment = (now or datetime.now(UTC)) - timedelta(days=days)
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def due(vault: Vault, days: int, receipt_keys: Sequence[str], now: datetime | None = None,
        limit: int = 10_000) -> tuple[str, list[PurgeItem]]:
    """(cut-off, records whose content is due for purging), oldest acknowledgement first: only
    those whose bundle's receipt verifies under one of ``receipt_keys`` (none without keys)."""
    limit_at = cutoff(days, now)
    keys = list(receipt_keys)
    found = vault.outbox_store.purge_candidates(limit_at, keys, limit)
    return limit_at, [PurgeItem(c.record_id, c.bundle_id, c.receipt_sha256, c.acknowledged)
                      for c in found if c.receipt_sha256 and verifying_key(
                          keys, c.bundle_id, c.receipt_sha256, c.receipt_stored_at,
                          c.receipt_signature)]


def purge_due(vault: Vault, days: int, *, receipt_keys: Sequence[str],
              now: datetime | None = None, dry_run: bool = False,
              batch: int = PURGE_BATCH) -> PurgeReport:
    """Purge (or with ``dry_run`` only list) every record due; one transaction per ``batch``,
    then the search index rewritten once for the run, in short steps, finishing any rewrite an
    interrupted earlier run left pending (vault/purge_run.py).
    Without ``receipt_keys`` nothing is ever due (the report says a key must be pinned)."""
    limit_at, items = due(vault, days, receipt_keys, now)
    done: list[str] = []
    if not dry_run:
        done = vault.purge_run(items, batch=batch, rewrite_index=False)
        if done:
            event("retention.purged", count=len(done))
        # This run's rewrite, or one an earlier run left pending (stopped before it finished).
        vault.rewrite_search_index()
    return PurgeReport(limit_at, items, done, dry_run, no_key=not receipt_keys)
