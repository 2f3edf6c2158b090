"""What a transport reports after trying to deliver a bundle, and the shape every transport has."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol


class AttemptKind(StrEnum):
    """How one delivery attempt ended (logged; the outbox turns it into a bundle state)."""

    ACKNOWLEDGED = "acknowledged"  # the receiver confirmed it holds exactly these bytes
    SENT = "uploaded"              # written where the receiver will find it; receipt to come
    RETRY = "retry"                # transient failure: try again after the backoff
    FAILED = "failed"              # stop: someone must act (the message says what)
    CONFLICT = "conflict"          # the receiver holds different bytes under this id: never overwrite


@dataclass(frozen=True)
class Outcome:
    kind: AttemptKind
    message: str = ""
    receipt_sha256: str | None = None
    http_status: int | None = None
    retry_after: float = 0.0
    # Set only for a receipt that verified under a pinned receipt key (core/sync/receipt.py):
    # the key (base64), the receipt's stored_at and its signature, kept so retention can check
    # the receipt again before it purges anything.
    receipt_key: str | None = None
    receipt_stored_at: str | None = None
    receipt_signature: str | None = None


class Transport(Protocol):
    """Delivers an encrypted bundle. ``deliver`` may block on the network: call it off the GUI
    thread. Implementations never raise for delivery problems; they return an Outcome."""

    name: str
    receipt_keys: tuple[str, ...]  # pinned receipt keys (base64); empty: receipts unsigned

    def deliver(self, bundle_id: str, data: bytes, sha256: str) -> Outcome: ...

    def check_receipt(self, bundle_id: str, sha256: str) -> Outcome | None:
        """For transports acknowledged later (a receipt file): the acknowledgement, if any."""
        ...
