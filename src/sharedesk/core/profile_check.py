"""Field-by-field validation of a parsed organisation profile, with file:line in every message.

tomllib gives no positions for values, so ``Checker.where`` finds the line of ``key =`` inside
its ``[table]`` by scanning the text; good enough to point an administrator at the right line.
Pure functions over the given data; safe from any thread.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, NoReturn
from urllib.parse import urlsplit

import pyrage

from sharedesk.core.errors import ProfileError, UsageError
from sharedesk.core.flow.catalog import list_flows
from sharedesk.core.netpolicy import check_proxy, is_loopback
from sharedesk.core.settings import setting

SCHEMA_VERSION = 1
CONTACT_ROLES = MappingProxyType({
    "front_door": "Children's social care front door",
    "police": "Police",
    "out_of_hours": "Out of hours",
    "dsl": "Designated safeguarding lead",
    "caldicott_guardian": "Caldicott Guardian",
})
CONTACT_FIELDS = ("name", "role", "phone", "email")
SHARE_WITH_FIELDS = ("name", "organisation", "role")  # [[contacts.share_with]]
MAX_SHARE_WITH = 200
JURISDICTIONS = ("England", "Scotland", "Wales", "Northern Ireland")
SCHEMA = MappingProxyType({
    "schema": (),
    "organisation": ("name", "jurisdiction", "default_flow"),
    "contacts": (*CONTACT_ROLES, "share_with"),
    "keys": ("recipients", "recovery", "devices"),
    "case_system": ("endpoint", "ca_bundle", "receipt_keys", "proxy"),
    "policy": ("retention_days", "idle_lock_minutes", "desk_mode"),
    "signature": ("algorithm", "public_key", "value"),
})
_HEADER = re.compile(r"^\s*\[\s*([^\]]+?)\s*\]")
_PHONE = re.compile(r"^[0-9+()\- ]{3,32}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_MAX_TEXT = 200


class Checker:
    def __init__(self, data: Mapping[str, Any], text: str, label: str) -> None:
        self.data = data
        self.lines = text.splitlines()
        self.label = label

    def where(self, table: str, key: str | None) -> str:
        line = self._line(table, key)
        return f"{self.label}:{line}" if line else self.label

    def fail(self, table: str, key: str | None, message: str) -> NoReturn:
        raise ProfileError(f"{self.where(table, key)}: {message}")

    def _line(self, table: str, key: str | None) -> int | None:
        current, header_line, first_key_line = "", None, None
        key_re = re.compile(rf"^\s*{re.escape(key)}\s*=") if key else None
        for number, line in enumerate(self.lines, 1):
            match = _HEADER.match(line)
            if match:
                current = match.group(1).replace('"', "").replace(" ", "")
                if current == table:
                    header_line = number
                continue
            if key_re and key_re.match(line):
                if current == table:
                    return number
                first_key_line = first_key_line or number
        return header_line if key is None or header_line else first_key_line

    def known_keys(self) -> None:
        for name, value in self.data.items():
            if name not in SCHEMA:
                self.fail(name, None, f"unknown table or key {name!r} "
                                      f"(known: {', '.join(SCHEMA)})")
            if name != "schema" and not isinstance(value, Mapping):
                self.fail(name, None, f"{name} must be a table ([{name}])")
            for key in value if isinstance(value, Mapping) else ():
                if key not in SCHEMA[name]:
                    self.fail(name, key, f"unknown key {name}.{key} "
                                         f"(known: {', '.join(SCHEMA[name])})")
        if self.data.get("schema") != SCHEMA_VERSION:
            self.fail("", "schema", f"schema = {SCHEMA_VERSION} is required (this sharedesk "
                                    f"reads profile schema {SCHEMA_VERSION})")

    def table(self, name: str, *, required: bool = False) -> Mapping[str, Any]:
        value = self.data.get(name)
        if value is None:
            if required:
                raise ProfileError(f"{self.label}: missing [{name}] table")
            return {}
        return value if isinstance(value, Mapping) else {}  # known_keys reported non-tables

    def text(self, table: Mapping[str, Any], table_name: str, key: str, *,
             required: bool = False) -> str:
        value = table.get(key, "")
        if not isinstance(value, str):
            self.fail(table_name, key, f"{table_name}.{key} must be text in quotes")
        value = value.strip()
        if required and not value:
            self.fail(table_name, key, f"{table_name}.{key} is required")
        if len(value) > _MAX_TEXT or any(ord(c) < 32 or ord(c) == 127 for c in value):
            self.fail(table_name, key, f"{table_name}.{key} must be one line of at most "
                                       f"{_MAX_TEXT} characters")
        return value

    def jurisdiction(self, org: Mapping[str, Any]) -> str:
        value = self.text(org, "organisation", "jurisdiction", required=True)
        for known in JURISDICTIONS:
            if value.casefold() == known.casefold():
                return known
        self.fail("organisation", "jurisdiction",
                  f"organisation.jurisdiction {value!r} is not one of {', '.join(JURISDICTIONS)}")

    def flow(self, org: Mapping[str, Any]) -> str:
        value = self.text(org, "organisation", "default_flow", required=True)
        known = [f.id for f in list_flows()]
        if value not in known:
            self.fail("organisation", "default_flow", f"organisation.default_flow {value!r} is "
                      f"not a shipped flow (known: {', '.join(known) or 'none'})")
        return value

    def contact(self, contacts: Mapping[str, Any], role: str) -> dict[str, str]:
        table_name = f"contacts.{role}"
        entry = contacts.get(role, {})
        if not isinstance(entry, Mapping):
            self.fail(table_name, None, f"{table_name} must be a table")
        for key in entry:
            if key not in CONTACT_FIELDS:
                self.fail(table_name, key, f"unknown key {table_name}.{key} "
                                           f"(known: {', '.join(CONTACT_FIELDS)})")
        out = {key: self.text(entry, table_name, key) for key in CONTACT_FIELDS}
        if out["phone"] and not _PHONE.match(out["phone"]):
            self.fail(table_name, "phone", f"{table_name}.phone {out['phone']!r} is not a "
                                           "phone number (digits, spaces, + ( ) -)")
        if out["email"] and not _EMAIL.match(out["email"]):
            self.fail(table_name, "email", f"{table_name}.email {out['email']!r} is not an "
                                           "email address")
        return out

    def share_with(self, contacts: Mapping[str, Any]) -> tuple[dict[str, str], ...]:
        """contacts.share_with: people and services decisions are often shared with, offered
        as the record's recipient (``[[contacts.share_with]]`` tables: name, organisation,
        role; at least a name or an organisation)."""
        value = contacts.get("share_with", [])
        shape = ('contacts.share_with must be a list of tables: [[contacts.share_with]] '
                 'name = "..." organisation = "..." role = "..."')
        if not isinstance(value, list) or len(value) > MAX_SHARE_WITH:
            self.fail("contacts.share_with", None, f"{shape} (at most {MAX_SHARE_WITH})")
        found: list[dict[str, str]] = []
        for item in value:
            if not isinstance(item, Mapping) or not set(item) <= set(SHARE_WITH_FIELDS):
                self.fail("contacts.share_with", None, shape)
            entry = {key: self.text(item, "contacts.share_with", key)
                     for key in SHARE_WITH_FIELDS}
            if not (entry["name"] or entry["organisation"]):
                self.fail("contacts.share_with", None,
                          "each contacts.share_with entry needs a name or an organisation")
            if entry not in found:
                found.append(entry)
        return tuple(found)

    def recipient(self, table: Mapping[str, Any], table_name: str, key: str,
                  value: object = None) -> str:
        text = self.text(table, table_name, key) if value is None else value
        if not isinstance(text, str):
            self.fail(table_name, key, f"{table_name}.{key} entries must be text")
        if not text:
            return ""
        try:
            pyrage.x25519.Recipient.from_str(text)
        except Exception:  # pyrage raises its own error types (not a stable public API)
            shown = text if len(text) <= 70 else text[:67] + "..."
            self.fail(table_name, key, f"{table_name}.{key} {shown!r} is not an age X25519 "
                                       "public key (age1...)")
        return text

    def recipients(self, keys: Mapping[str, Any]) -> tuple[str, ...]:
        value = keys.get("recipients", [])
        if not isinstance(value, list):
            self.fail("keys", "recipients", 'keys.recipients must be a list: ["age1...", ...]')
        found: list[str] = []
        for item in value:
            text = self.recipient(keys, "keys", "recipients", item.strip()
                                  if isinstance(item, str) else item)
            if text and text not in found:
                found.append(text)
        return tuple(found)

    def endpoint(self, case: Mapping[str, Any]) -> str:
        value = self.text(case, "case_system", "endpoint")
        if not value:
            return ""
        try:
            parts = urlsplit(value)
            host = parts.hostname or ""
            parts.port  # noqa: B018 (raises ValueError on a bad port)
        except ValueError:
            self.fail("case_system", "endpoint", f"case_system.endpoint {value!r} is not a URL")
        if parts.scheme not in ("https", "http") or not host:
            self.fail("case_system", "endpoint", "case_system.endpoint must be an https:// URL")
        if parts.username or parts.password or parts.query or parts.fragment:
            self.fail("case_system", "endpoint", "case_system.endpoint must not hold a user name, "
                      "password, query or fragment (the token is kept in the vault)")
        if parts.scheme == "http" and not is_loopback(host):
            self.fail("case_system", "endpoint", f"case_system.endpoint uses http:// to {host}; "
                      "only https:// is allowed except to this computer (127.0.0.1, localhost)")
        return value.rstrip("/")

    def proxy(self, case: Mapping[str, Any]) -> str | None:
        """case_system.proxy: None when absent (the laptop's own setting stays), else as
        netpolicy.check_proxy keeps it ("" for the system settings, "none", or a URL)."""
        if "proxy" not in case:
            return None
        value = self.text(case, "case_system", "proxy")
        try:
            return check_proxy(value)
        except UsageError as exc:
            self.fail("case_system", "proxy", f"case_system.{exc}")

    def receipt_keys(self, case: Mapping[str, Any]) -> tuple[str, ...]:
        """case_system.receipt_keys: base64 raw Ed25519 public keys that sign receipts."""
        from sharedesk.core.sync.receipt import check_key  # sync imports profile lazily too

        value = case.get("receipt_keys", [])
        if not isinstance(value, list):
            self.fail("case_system", "receipt_keys",
                      'case_system.receipt_keys must be a list: ["base64 key", ...]')
        found: list[str] = []
        for item in value:
            if not isinstance(item, str):
                self.fail("case_system", "receipt_keys",
                          "case_system.receipt_keys entries must be text")
            try:
                key = check_key(item)
            except UsageError as exc:
                self.fail("case_system", "receipt_keys", f"case_system.{exc}")
            if key not in found:
                found.append(key)
        return tuple(found)

    def devices(self, keys: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
        """keys.devices: laptops whose bundles a manager accepts, as (name, base64 key) pairs
        (``[[keys.devices]]`` tables with ``name`` and ``public_key``)."""
        from sharedesk.core.export.signing import check_public_key  # a leaf module

        value = keys.get("devices", [])
        shape = 'keys.devices must be a list of tables: [[keys.devices]] name = "..." ' \
                'public_key = "..."'
        if not isinstance(value, list):
            self.fail("keys", "devices", shape)
        found: dict[str, str] = {}
        for item in value:
            if not isinstance(item, Mapping) or set(item) != {"name", "public_key"}:
                self.fail("keys", "devices", shape)
            name = self.text(item, "keys", "name", required=True)
            if not isinstance(item["public_key"], str):
                self.fail("keys", "public_key", "keys.devices public_key must be text")
            try:
                found.setdefault(check_public_key(item["public_key"]), name)
            except UsageError as exc:
                self.fail("keys", "public_key", f"keys.devices: {exc}")
        return tuple((name, key) for key, name in found.items())

    def desk_mode(self, policy: Mapping[str, Any]) -> str | None:
        """policy.desk_mode: "practitioner" or "manager" (issue 14), None when absent."""
        if "desk_mode" not in policy:
            return None
        value = policy["desk_mode"]
        choices = setting("desk.mode").choices
        if value not in choices:
            self.fail("policy", "desk_mode", f"policy.desk_mode must be one of: {', '.join(choices)}")
        return str(value)

    def number(self, policy: Mapping[str, Any], key: str, setting_key: str) -> int:
        spec = setting(setting_key)
        value = policy.get(key, spec.default)
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail("policy", key, f"policy.{key} must be a whole number")
        low, high = spec.minimum, spec.maximum
        if (low is not None and value < low) or (high is not None and value > high):
            self.fail("policy", key, f"policy.{key} must be between {low} and {high}")
        return value
