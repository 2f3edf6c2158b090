"""Which device keys a receiver accepts bundles from (docs/bundle-format.md, "Trust").

A bundle is opened only when the key that signed its manifest is trusted: listed in the
receiving vault's trusted-device list, in the organisation profile's ``keys.devices``, or given
for one run (``--trust KEY``). A key revoked in the vault is refused even where the profile
still lists it; only an explicit ``--trust`` for one run overrides a revocation. The refusal
names the signer's fingerprint and says how to trust it. Pure values; safe from any thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Protocol

from sharedesk.core.errors import BundleError
from sharedesk.core.export.signing import fingerprint

HOW_TO_TRUST = ("check it against `sharedesk device show` on that laptop, then run "
                "`sharedesk devices trust KEY --name NAME` (or list it in the organisation "
                "profile's keys.devices, or pass --trust KEY for this run)")


class UntrustedSigner(BundleError):
    """The bundle verified, but its signing device key is not one this receiver trusts."""


class TrustCheck(Protocol):
    def check(self, public_b64: str, device_id: str) -> str:
        """The name under which the key is trusted, or raise UntrustedSigner."""
        ...


@dataclass(frozen=True)
class TrustedKeys:
    """Trusted device keys (canonical base64 -> the name they are trusted under), revoked keys,
    and keys trusted for this run only (which override a revocation)."""

    keys: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    revoked: frozenset[str] = frozenset()
    this_run: frozenset[str] = frozenset()

    @classmethod
    def of(cls, keys: Iterable[str] = (), *, this_run: Iterable[str] = ()) -> TrustedKeys:
        """Keys trusted without names (tests, ``--trust``)."""
        return cls(MappingProxyType({k: "" for k in keys}), this_run=frozenset(this_run))

    def merged(self, other: TrustedKeys) -> TrustedKeys:
        return TrustedKeys(MappingProxyType({**other.keys, **self.keys}),
                           self.revoked | other.revoked, self.this_run | other.this_run)

    def allows(self, public_b64: str) -> bool:
        if public_b64 in self.this_run:
            return True
        return public_b64 in self.keys and public_b64 not in self.revoked

    def check(self, public_b64: str, device_id: str) -> str:
        if public_b64 in self.this_run:
            return "--trust"
        if public_b64 in self.revoked:
            raise UntrustedSigner(
                f"the bundle is signed by device key {fingerprint(public_b64)} (device id "
                f"{_shown(device_id)}), which was revoked in this vault; nothing was opened")
        if public_b64 in self.keys:
            return self.keys[public_b64] or fingerprint(public_b64)
        raise UntrustedSigner(
            f"the bundle is signed by device key {fingerprint(public_b64)} (device id "
            f"{_shown(device_id)}), which is not a trusted device; nothing was opened. "
            f"To trust it, {HOW_TO_TRUST}")


@dataclass(frozen=True)
class LazyTrust:
    """``first`` and, only when it does not trust a key, ``more()`` (which may unlock a vault)."""

    first: TrustedKeys
    more: Callable[[], TrustedKeys | None]

    def check(self, public_b64: str, device_id: str) -> str:
        if self.first.allows(public_b64) or public_b64 in self.first.revoked:
            return self.first.check(public_b64, device_id)
        extra = self.more()
        return (self.first if extra is None else self.first.merged(extra)).check(public_b64,
                                                                                  device_id)


def _shown(device_id: str) -> str:
    # The claimed id is the sender's text: printable and short, or it is not shown.
    clean = "".join(c for c in device_id[:64] if c.isprintable())
    return repr(clean) if clean else "(none)"
