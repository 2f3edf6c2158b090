"""The organisation profile: one TOML file an administrator writes once and every laptop imports.

It carries the organisation's name, jurisdiction and default flow, local safeguarding contacts,
the age recipients exports are encrypted to, the recovery public key, the case-system endpoint,
and the retention and idle-lock policy. The schema is documented in docs/admin-guide.md.

A profile may carry a ``[signature]`` table (Ed25519, see core/orgkeys.py). A laptop that holds
the organisation's signing public key passes it as ``trusted_signing_key``; then an unsigned
profile, one signed by another key, or one changed after signing is rejected.

Loading reads the profile file and the pinned signing key, if any, and writes nothing; it is
safe from any thread. ``import_profile`` writes into the data directory (see its contract).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from sharedesk.core import orgkeys, paths, plaindata
from sharedesk.core.errors import ProfileError
from sharedesk.core.fsutil import write_atomic
from sharedesk.core.orgkeys import (
    pin_signing_key,
    pinned_signing_key,
    same_key_or_fail,
)
from sharedesk.core.profile_check import (
    CONTACT_FIELDS,
    CONTACT_ROLES,
    SCHEMA,
    SCHEMA_VERSION,
    Checker,
)
from sharedesk.core.settings import Settings

MAX_PROFILE_BYTES = 256 * 1024

__all__ = ["CONTACT_FIELDS", "CONTACT_ROLES", "SCHEMA", "SCHEMA_VERSION",
           "Contact", "Contacts", "Profile", "ShareContact", "apply_profile", "current_profile",
           "import_profile",
           "load_profile", "parse_profile", "pin_signing_key", "pinned_signing_key",
           "profile_changes", "profile_warnings", "recipient_choices"]

IMPORTED_PROFILE_FILE = "organisation-profile.toml"


@dataclass(frozen=True)
class Contact:
    name: str = ""
    role: str = ""
    phone: str = ""
    email: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.name or self.role or self.phone or self.email)


@dataclass(frozen=True)
class ShareContact:
    """Someone decisions are often shared with (``[[contacts.share_with]]``)."""

    name: str = ""
    organisation: str = ""
    role: str = ""

    @property
    def label(self) -> str:
        """As the record's recipient field asks for it: organisation, role, name."""
        return ", ".join(p for p in (self.organisation, self.role, self.name) if p)


@dataclass(frozen=True)
class Contacts:
    front_door: Contact = Contact()          # children's social care front door (MASH)
    police: Contact = Contact()
    out_of_hours: Contact = Contact()        # out-of-hours social care / emergency duty team
    dsl: Contact = Contact()                 # designated safeguarding lead
    caldicott_guardian: Contact = Contact()

    def items(self) -> Iterator[tuple[str, str, Contact]]:
        """(key, label, contact) in display order."""
        for f in fields(self):
            yield f.name, CONTACT_ROLES[f.name], getattr(self, f.name)


@dataclass(frozen=True)
class Profile:
    name: str
    jurisdiction: str
    default_flow: str
    contacts: Contacts
    recipients: tuple[str, ...]          # age X25519 recipients ("age1...") exports go to
    recovery_key: str | None             # age X25519 recipient for vault recovery slots
    endpoint: str | None                 # case-system base URL (https, or http to loopback)
    ca_bundle: Path | None               # organisation CA bundle for the endpoint
    retention_days: int
    idle_lock_minutes: int
    source: Path | None = None
    signed_by: str | None = None         # base64 Ed25519 public key that signed it, if signed
    trusted: bool = False                # signed by the key the caller said to trust
    receipt_keys: tuple[str, ...] = ()   # base64 Ed25519 keys that sign the case system's receipts
    devices: tuple[tuple[str, str], ...] = ()  # (name, base64 Ed25519 key) trusted to send bundles
    share_with: tuple[ShareContact, ...] = ()  # offered as a record's recipient
    proxy: str | None = None             # sync.proxy for uploads; None: the laptop's own setting
    desk_mode: str | None = None         # policy.desk_mode: "manager" opens the manager's desk

    @property
    def signer_fingerprint(self) -> str | None:
        return orgkeys.fingerprint(self.signed_by) if self.signed_by else None


class _Pinned:
    def __repr__(self) -> str:
        return "PINNED"


PINNED = _Pinned()  # default trust: the key pinned for this user, if any


def load_profile(path: str | Path, *,
                 trusted_signing_key: Ed25519PublicKey | _Pinned | None = PINNED) -> Profile:
    """Read, verify and validate a profile file; raise ProfileError ("file:line: problem").

    With a ``trusted_signing_key`` the profile must be signed by exactly that key. By default
    that is the key pinned for this user (``pin_signing_key``), so on a configured laptop every
    caller refuses unsigned or foreign profiles; with no key pinned, or ``None``, a signature
    that is present is still checked (a damaged or edited signed profile is rejected).
    """
    trusted = pinned_signing_key() if isinstance(trusted_signing_key, _Pinned) \
        else trusted_signing_key
    source = Path(path)
    text = _read_text(source)
    return parse_profile(text, source=source, trusted_signing_key=trusted)


def _read_text(source: Path) -> str:
    try:
        with source.open("rb") as handle:
            raw = handle.read(MAX_PROFILE_BYTES + 1)
    except OSError as exc:
        raise ProfileError(f"cannot read profile {source}: {exc.strerror or exc}") from None
    if len(raw) > MAX_PROFILE_BYTES:
        raise ProfileError(f"{source}: too large for a profile (over {MAX_PROFILE_BYTES} bytes)")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ProfileError(f"{source}: not UTF-8 text") from None


def parse_profile(text: str, *, source: Path | None = None,
                  trusted_signing_key: Ed25519PublicKey | None = None) -> Profile:
    """As ``load_profile`` for text already read (``source`` names it in errors, anchors paths)."""
    label = str(source) if source else "<profile>"
    data = parse_toml(text, label)
    signed_by = _check_signature(data, text, label, trusted_signing_key)
    check = Checker(data, text, label)
    check.known_keys()
    org = check.table("organisation", required=True)
    keys = check.table("keys")
    case = check.table("case_system")
    policy = check.table("policy")
    contacts = check.table("contacts")
    ca_text = check.text(case, "case_system", "ca_bundle")
    ca_bundle = Path(ca_text) if ca_text else None
    if ca_bundle is not None and not ca_bundle.is_absolute() and source is not None:
        ca_bundle = source.resolve().parent / ca_bundle  # shipped beside the profile
    return Profile(
        name=check.text(org, "organisation", "name", required=True),
        jurisdiction=check.jurisdiction(org),
        default_flow=check.flow(org),
        contacts=Contacts(**{role: Contact(**check.contact(contacts, role))
                             for role in CONTACT_ROLES}),
        recipients=check.recipients(keys),
        recovery_key=check.recipient(keys, "keys", "recovery") or None,
        endpoint=check.endpoint(case) or None,
        ca_bundle=ca_bundle,
        retention_days=check.number(policy, "retention_days", "retention.days_after_ack"),
        idle_lock_minutes=check.number(policy, "idle_lock_minutes", "security.idle_lock_minutes"),
        source=source.resolve() if source else None,
        signed_by=signed_by,
        trusted=trusted_signing_key is not None,
        receipt_keys=check.receipt_keys(case),
        devices=check.devices(keys),
        share_with=tuple(ShareContact(**e) for e in check.share_with(contacts)),
        proxy=check.proxy(case),
        desk_mode=check.desk_mode(policy),
    )


def parse_toml(text: str, label: str) -> dict[str, Any]:
    """TOML text as a dict; ProfileError for bad TOML, deep nesting or lone surrogates."""
    try:
        data = tomllib.loads(text)
    except RecursionError:
        raise ProfileError(f"{label}: not valid TOML (nested more than "
                           f"{plaindata.MAX_DEPTH} levels deep)") from None
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = re.search(r"\(at line (\d+), column \d+\)", message)
        line = f":{match.group(1)}" if match else ""
        reason = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", message)
        raise ProfileError(f"{label}{line}: not valid TOML ({reason})") from None
    found = plaindata.problem(data)
    if found:
        raise ProfileError(f"{label}: not valid TOML ({found})")
    return data


def _check_signature(data: Mapping[str, Any], text: str, label: str,
                     trusted: Ed25519PublicKey | None) -> str | None:
    table = data.get(orgkeys.SIGNATURE_TABLE)
    where = Checker(data, text, label).where(orgkeys.SIGNATURE_TABLE, None)
    if table is None:
        if trusted is not None:
            raise ProfileError(f"{label}: profile is not signed, but this laptop requires a "
                               "profile signed by the organisation key")
        return None
    if not isinstance(table, Mapping):
        raise ProfileError(f"{where}: signature must be a table")
    try:
        signer = orgkeys.verify_signature(data, table)
    except ProfileError as exc:
        raise ProfileError(f"{where}: {exc}") from None
    if trusted is not None and signer != orgkeys.public_key_text(trusted):
        raise ProfileError(f"{where}: signed by key {orgkeys.fingerprint(signer)}, not by the "
                           "organisation key this laptop trusts "
                           f"({orgkeys.fingerprint(orgkeys.public_key_text(trusted))})")
    return signer


def profile_changes(profile: Profile, settings: Settings) -> list[tuple[str, object, object]]:
    """What importing ``profile`` would change: ``(setting key, current value, new value)`` for
    each setting whose value differs (``profile.path`` left out: it is bookkeeping). Changes
    nothing; the Settings screen shows this before the user imports."""
    return [(key, settings.get(key), value) for key, value in _profile_settings(profile).items()
            if key != "profile.path" and settings.get(key) != value]


def apply_profile(profile: Profile, settings: Settings) -> list[str]:
    """Copy the profile's policy into ``settings`` (not saved: the caller calls ``save()``).

    Sets idle lock, retention, default flow and, where the profile has them, the endpoint, CA
    bundle and proxy; records the profile's path. Returns the keys whose value changed.
    """
    changed = []
    for key, value in _profile_settings(profile).items():
        if settings.get(key) != value:
            settings.set(key, value)
            changed.append(key)
    return changed


def _profile_settings(profile: Profile) -> dict[str, object]:
    wanted: dict[str, object] = {
        "security.idle_lock_minutes": profile.idle_lock_minutes,
        "retention.days_after_ack": profile.retention_days,
        "flows.default": profile.default_flow,
    }
    if profile.endpoint:
        wanted["sync.endpoint"] = profile.endpoint
    if profile.ca_bundle:
        wanted["sync.ca_bundle"] = str(profile.ca_bundle)
    if profile.proxy is not None:
        wanted["sync.proxy"] = profile.proxy
    if profile.desk_mode:
        wanted["desk.mode"] = profile.desk_mode
    if profile.source:
        wanted["profile.path"] = str(profile.source)
    return wanted


def current_profile(settings: Settings) -> Profile | None:
    """The profile named by the ``profile.path`` setting, loaded afresh and checked against the
    pinned signing key if one is pinned; None if no profile was imported."""
    path = settings.get("profile.path")
    return load_profile(path) if path else None


def import_profile(path: str | Path, settings: Settings, *,
                   signing_key: Ed25519PublicKey | None = None) -> Profile:
    """First-run / settings import: verify, keep a copy, pin the signing key if given, apply, save.

    The profile must be signed by the pinned key when one is pinned (or by ``signing_key``).
    The verified bytes are copied into the data directory (the original may be on a USB stick)
    and ``profile.path`` points at the copy; a relative CA bundle is resolved against the
    original file, at import. Nothing is copied, pinned or saved unless the profile loads and
    verifies. Reads one small file; fine on the GUI thread unless the file is on a slow share.
    """
    pinned = pinned_signing_key()
    if signing_key is not None and pinned is not None:
        same_key_or_fail(pinned, signing_key)
    source = Path(path)
    text = _read_text(source)  # read once: the copy is exactly the bytes that were verified
    profile = parse_profile(text, source=source, trusted_signing_key=signing_key or pinned)
    home = paths.home_dir()
    copy = home / IMPORTED_PROFILE_FILE
    if copy.resolve() != source.resolve():
        _copy_ca_bundle(profile, source, home)
        write_atomic(copy, text.encode("utf-8"), mode=0o644)
    if signing_key is not None:
        pin_signing_key(signing_key)
    profile = parse_profile(text, source=copy, trusted_signing_key=signing_key or pinned)
    apply_profile(profile, settings)
    settings.save()
    return profile


def _copy_ca_bundle(profile: Profile, source: Path, home: Path) -> None:
    # A CA bundle shipped beside the profile (relative path) travels with the copy, so the copy
    # resolves it the same way the original did.
    if profile.ca_bundle is None or not profile.ca_bundle.is_file():
        return
    try:
        relative = profile.ca_bundle.relative_to(source.resolve().parent)
    except ValueError:
        return  # an absolute path elsewhere on this computer: used where it is
    if ".." not in relative.parts:
        write_atomic(home / relative, profile.ca_bundle.read_bytes(), mode=0o644)


def recipient_choices(profile: Profile | None) -> tuple[str, ...]:
    """What the record form offers as the recipient: the ``share_with`` contacts, then the
    local safeguarding contacts (front door, police...), each once. Free text is still allowed."""
    if profile is None:
        return ()
    found = [c.label for c in profile.share_with]
    found += [", ".join(p for p in (c.name, c.role or label) if p)
              for _key, label, c in profile.contacts.items() if c.name]
    return tuple(dict.fromkeys(found))


def profile_warnings(profile: Profile) -> list[str]:
    """Things worth an administrator's attention that do not make the profile invalid."""
    notes = [f"no {label} contact" for _key, label, c in profile.contacts.items() if c.is_empty]
    if not profile.recipients:
        notes.append("no keys.recipients: exported bundles cannot be encrypted to the organisation")
    if not profile.recovery_key:
        notes.append("no keys.recovery: a forgotten passphrase loses that laptop's records")
    if not profile.endpoint:
        notes.append("no case_system.endpoint: records leave only by folder or manual export")
    if not profile.receipt_keys:
        notes.append("no case_system.receipt_keys: records are never purged automatically "
                     "until a receipt key is pinned")
    if profile.ca_bundle and not profile.ca_bundle.is_file():
        notes.append(f"case_system.ca_bundle {profile.ca_bundle} does not exist on this computer")
    if not profile.signed_by:
        notes.append("not signed: laptops cannot tell this profile from a tampered copy")
    return notes
