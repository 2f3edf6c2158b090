"""The words sharedesk stores for a record's state, its journey to the case system and its audit
events: one ``StrEnum`` per concept, used everywhere instead of string literals.

The values are what vaults hold today (``decisions.status``, ``decisions.export_status``,
``outbox_bundles.state`` and ``error_kind``, ``audit.kind``) and never change: a renamed member
keeps its stored value, so existing vaults read the same with no migration. Display labels for
them live in one GUI module (``sharedesk.gui.labels``), keyed by these enums.
"""

from __future__ import annotations

from enum import StrEnum

from sharedesk.core.flow.model import Outcome

__all__ = ["AuditKind", "BundleError", "CountersignOutcome", "ExportStatus", "Outcome",
           "RecordStatus"]


class RecordStatus(StrEnum):
    """``decisions.status``: a draft, a finalised record, or a finalised record whose content was
    removed after its retention period (a stub keeping ids and hashes)."""

    DRAFT = "draft"
    FINAL = "final"
    PURGED = "purged"


class CountersignOutcome(StrEnum):
    """A manager's countersignature of a finalised record (signed; see records/countersign.py)."""

    AGREED = "agreed"
    AGREED_WITH_COMMENTS = "agreed_with_comments"
    ESCALATED = "escalated"


class ExportStatus(StrEnum):
    """Where a finalised record is on its way to the case system (``decisions.export_status``).

    A bundle in the outbox (``outbox_bundles.state``) takes the first five; its records follow it.
    """

    PENDING = "pending"            # waiting for a bundle or in one not yet sent
    EXPORTED = "exported"          # a copy saved by hand; still waiting to be delivered
    AWAITING_RECEIPT = "uploaded"  # delivered where the receiver will find it; no receipt yet
    ACKNOWLEDGED = "acknowledged"  # receipt (or an audited "mark delivered"): journey over
    FAILED = "failed"              # stopped: someone must act (the bundle's error says what)
    IMPORTED = "imported"          # made on another device, which sends it (queued by hand here)


class BundleError(StrEnum):
    """``outbox_bundles.error_kind``: why the last delivery attempt of a bundle did not end it."""

    RETRY = "retry"          # transient: tried again after the back-off
    FAILED = "failed"        # stopped; the message says what to do
    CONFLICT = "conflict"    # the receiver holds other bytes under this id: never resent as is
    REQUEUED = "requeued"    # its records were released into a new bundle; kept for the record


class AuditKind(StrEnum):
    """``audit.kind``: what an audit event records. Details carry ids, counts and hashes only."""

    CREATED = "created"
    UNLOCKED = "unlocked"
    FAILED_UNLOCK = "failed_unlock"
    RECOVERY_USED = "recovery_used"
    PASSPHRASE_CHANGED = "passphrase_changed"  # noqa: S105 - an event name
    RECOVERY_CHANGED = "recovery_changed"
    BACKED_UP = "backed_up"
    RESTORED = "restored"
    MIGRATED = "migrated"
    FINALISED = "finalised"
    IMPORTED = "imported"          # a record made on another device came in with a bundle
    AMENDED = "amended"
    COUNTERSIGNED = "countersigned"
    DRAFT_DELETED = "draft_deleted"
    VIEWED_IN_BULK = "viewed_in_bulk"
    EXPORTED = "exported"          # put in a bundle, or exported / saved by hand
    SENT = "uploaded"              # delivered where the receiver will find it; receipt to come
    ACKNOWLEDGED = "acknowledged"
    QUEUED = "queued"              # sent again: amended after it went out, or an imported record
    PURGED = "purged"
    BUNDLE_IMPORTED = "bundle_imported"
    DEVICE_TRUSTED = "device_trusted"
    DEVICE_REVOKED = "device_revoked"
