"""The encrypted vault (SQLCipher): key slots, schema migrations, records store, audit chain."""

from __future__ import annotations

from sharedesk.core.vault.attempts import backoff_seconds
from sharedesk.core.vault.attempts import pending as failed_attempts
from sharedesk.core.vault.attempts import wait_seconds as unlock_wait
from sharedesk.core.vault.audit import AuditEvent
from sharedesk.core.vault.keyfile import DEFAULT_KDF, KdfParams
from sharedesk.core.vault.vault import Vault, vault_files

__all__ = ["DEFAULT_KDF", "AuditEvent", "KdfParams", "Vault", "backoff_seconds",
           "failed_attempts", "unlock_wait", "vault_files"]
