"""sharedesk-intake: a reference case-system endpoint that receives sharedesk bundles.

It stores each sealed (age-encrypted) bundle exactly once in PostgreSQL, answers with a signed
receipt (``sharedesk-receipt-v1``), knows which laptops may send, and hands bundles to managers.
It never holds the organisation's decryption key: bundles stay end-to-end encrypted.
See docs/intake.md.
"""

from __future__ import annotations

__version__ = "0.1.0"
