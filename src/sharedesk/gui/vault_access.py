"""The GUI's one doorway to the core: create/open the vault, flows, profile, home summary.

Methods marked "worker" run on a TaskRunner thread and touch no widgets and no Settings (which is
single-threaded); everything else runs on the GUI thread. Core modules with heavy imports
(vault crypto, the profile's signature code, the reference library) are imported on first use.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from sharedesk.core import paths
from sharedesk.core.settings import Settings

if TYPE_CHECKING:
    from sharedesk.core.flow.model import Flow
    from sharedesk.gui.screens.first_run import FirstRunDetails, ProfileInfo
    from sharedesk.gui.screens.home import HomeSummary

_HEADER_LINE = re.compile(r"^(id|version|jurisdiction|title):[ \t]*(.+?)[ \t]*$")


# A NamedTuple, not a frozen dataclass: defined at start-up, where a dataclass costs ~7x (issue 13).
class FlowHeader(NamedTuple):
    """What a menu needs about a flow, read without parsing the whole file."""

    id: str
    title: str
    version: str
    jurisdiction: str

    @property
    def short_name(self) -> str:
        return f"{self.jurisdiction} {self.version.split('.')[0]}"


def read_flow_header(path: Path) -> FlowHeader | None:
    """Top-level id/title/version/jurisdiction from a flow file's plain one-line scalars.

    The first screen needs only these, and a full parse (with line numbers for error messages)
    of every flow costs a noticeable part of start-up. None when the file does not keep them on
    simple lines; the caller then loads the flow properly.
    """
    found: dict[str, str] = {}
    try:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("nodes:"):
                    break
                match = _HEADER_LINE.match(line)
                if match:
                    value = match.group(2)
                    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                        value = value[1:-1]
                    elif value[:1] in "\"'|>&*[{" or " #" in value:
                        return None  # quoting or YAML features this reader does not handle
                    found.setdefault(match.group(1), value)
    except (OSError, UnicodeDecodeError):
        return None
    if len(found) < 4:
        return None
    return FlowHeader(found["id"], found["title"], found["version"], found["jurisdiction"])


PRACTITIONER_SECRET = "gui.practitioner"  # noqa: S105 (a name, not a password)
RECENT_COUNT = 8


class VaultAccess:
    def __init__(self, vault_path: Path, settings: Settings, *, kdf: Any = None) -> None:
        self.vault_path = vault_path
        self.settings = settings
        self._kdf = kdf  # tests pass cheaper Argon2 parameters; None means the vault's default
        self._vault: Any = None
        self._flows: dict[str, Flow] | None = None
        self._headers: list[FlowHeader] | None = None
        self._practitioner: dict[str, str] = {}

    # -- vault ---------------------------------------------------------------------------------
    def exists(self) -> bool:
        return self.vault_path.exists()

    def create(self, details: FirstRunDetails) -> tuple[Any, FirstRunDetails]:
        """Worker: create the vault (with the profile's recovery key) and store who you are."""
        from sharedesk.core.vault import Vault

        recovery = None
        if details.profile_path is not None:
            recovery = self._load_profile(details.profile_path).recovery_key
        vault = Vault.create(self.vault_path, details.passphrase, recovery_recipient=recovery,
                             kdf=self._kdf)
        vault.secret_set(PRACTITIONER_SECRET, json.dumps(
            {"name": details.name, "role": details.role}).encode("utf-8"))
        return vault, details._replace(passphrase="")

    def finish_first_run(self, details: FirstRunDetails) -> None:
        """GUI thread: keep the preferences chosen on the first-run screen."""
        if details.profile_path is not None:
            from sharedesk.core.profile import import_profile

            # A verified copy is kept in the data dir (the original may be on a USB stick) and
            # profile.path points at it; applied and saved only if it loads and verifies.
            import_profile(details.profile_path, self.settings,
                           signing_key=self._machine_key_for(details.profile_path))
        if details.flow_id:
            self.settings.set("flows.default", details.flow_id)
        self.settings.save()

    def open(self, passphrase: str) -> Any:
        """Worker: unlock (Argon2id; WrongPassphrase leaves the vault untouched)."""
        from sharedesk.core.vault import Vault

        return Vault.open(self.vault_path, passphrase)

    def backoff(self) -> float:
        """Seconds until the next try may be made (0: now), as core's back-off policy says from
        the failures counted beside the vault."""
        from sharedesk.core.vault import unlock_wait

        return unlock_wait(self.vault_path)

    def attach(self, vault: Any) -> None:
        self._vault = vault
        raw = vault.secret_get(PRACTITIONER_SECRET)
        self._practitioner = practitioner_from_secret(raw)

    def detach(self) -> None:
        self._vault = None
        self._practitioner = {}

    def practitioner(self) -> dict[str, str]:
        return dict(self._practitioner)

    def home_summary(self) -> HomeSummary:
        from datetime import date

        from sharedesk.core.records.query import RecordQuery
        from sharedesk.core.records.status import RecordStatus
        from sharedesk.gui.screens.home import HomeSummary

        records = self._vault.records
        titles = self.flow_short_names()
        return HomeSummary(drafts=records.drafts(),
                           recent=records.page(RecordQuery(status=RecordStatus.FINAL), 0,
                                               RECENT_COUNT),
                           reviews=records.reviews_due(date.today(), 20),
                           outbox=self.outbox_count(), flow_titles=titles)

    def outbox_count(self) -> int | None:
        """Finalised records not yet at the case system (waiting, exported or failed)."""
        from sharedesk.core.sync import outbox

        return outbox.Outbox(self._vault).waiting_count()  # the queue's rows only (issue 13)

    # -- flows, profile, reference -------------------------------------------------------------
    def flows(self) -> dict[str, Flow]:
        if self._flows is None:
            from sharedesk.core.flow import list_flows

            self._flows = {f.id: f for f in list_flows()}
        return self._flows

    def flow_headers(self) -> list[FlowHeader]:
        """Id, title and version of each shipped flow, sorted by id (cheap: see read_flow_header)."""
        if self._headers is None:
            headers = [read_flow_header(p) for p in sorted(paths.flows_dir().glob("*.yaml"))]
            if any(h is None or h.id == "" for h in headers):
                headers = [FlowHeader(f.id, f.title, f.version, f.jurisdiction)
                           for f in self.flows().values()]
            self._headers = sorted((h for h in headers if h is not None), key=lambda h: h.id)
        return self._headers

    def flow_choices(self) -> list[tuple[str, str]]:
        """(id, title) for menus; titles in the interface language where a translation has one."""
        lang = self.language()
        if lang == "en":  # English pays no import of the flow package at start-up
            return [(h.id, h.title) for h in self.flow_headers()]
        from sharedesk.core.flow.translate import overlay_title

        return [(h.id, overlay_title(h.id, lang) or h.title) for h in self.flow_headers()]

    def flow_short_names(self) -> dict[str, str]:
        """Short names ("England 2018") for lists, where full titles would crowd the row."""
        return {h.id: h.short_name for h in self.flow_headers()}

    def flow(self, flow_id: str) -> Flow:
        from sharedesk.core.errors import UsageError

        try:
            return self.flows()[flow_id]
        except KeyError:
            raise UsageError(f"unknown flow {flow_id!r}") from None

    def display_flow(self, flow_id: str) -> Flow:
        """The flow as the decision screens show it: in the interface language where a
        translation exists (docs/translations.md), same ids and version, so records are
        unchanged. A broken translation is logged and the English flow shown instead."""
        from sharedesk.core.flow.translate import shown_flow

        return shown_flow(self.flow(flow_id), self.language())

    def flow_lookup(self) -> Callable[[str], Flow]:
        """GUI thread: a flow-by-id lookup for screens that read on a worker (the record screen),
        showing the words in the interface language of now; ids and values stay the record's."""
        from sharedesk.core.flow.catalog import load_flow_by_id
        from sharedesk.core.flow.translate import shown_flow

        lang = self.language()
        return lambda flow_id: shown_flow(load_flow_by_id(flow_id), lang)

    @staticmethod
    def language() -> str:
        """The interface language (set by app.load_translation), "en" before one is loaded."""
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        return str((app.property("sharedesk_language") if app is not None else None) or "en")

    @staticmethod
    def draft_flow_id(state: dict[str, Any]) -> str:
        from sharedesk.core.records.draft import draft_flow_id  # the draft format's one reader

        return draft_flow_id(state)

    def applied_profile_path(self) -> Path | None:
        """GUI thread: the profile applied for this user (``profile.path``, e.g. set by
        ``sharedesk profile apply`` before the first start), if its file is there."""
        text = str(self.settings.get("profile.path") or "")
        if text and Path(text).is_file():
            return Path(text)
        from sharedesk.core.errors import SharedeskError
        from sharedesk.core.machine_profile import machine_profile

        try:  # else the one an administrator installed for every user of this laptop
            machine = machine_profile()
        except SharedeskError:
            return None  # its key is unreadable: not offered (first run shows no profile)
        return machine.path if machine is not None else None

    def change_passphrase(self, current: str, new: str) -> None:
        """Worker: check ``current`` against the key file (WrongPassphrase changes nothing),
        then rewrap the vault key under ``new`` (the vault's policy applies: WeakPassphrase).
        Two Argon2id derivations: never on the GUI thread."""
        from sharedesk.core.errors import VaultLocked
        from sharedesk.core.vault.keyfile import read_keyfile, unwrap_passphrase

        vault = self._vault
        if vault is None:
            raise VaultLocked("the vault is locked")
        unwrap_passphrase(read_keyfile(vault.path), current)
        vault.change_passphrase(new)

    def recovery_recipient(self) -> str | None:
        """The open vault's recovery recipient, "" for none, None while locked."""
        return None if self._vault is None else (self._vault.recovery_recipient or "")

    def add_recovery(self) -> bool:
        """GUI thread: give the open vault the applied profile's recovery key (age encryption
        and one small file write, no key derivation). UsageError when there is none."""
        from sharedesk.core.errors import UsageError, VaultLocked
        from sharedesk.core.profile import current_profile

        if self._vault is None:
            raise VaultLocked("the vault is locked")
        profile = current_profile(self.settings)
        if profile is None or not profile.recovery_key:
            raise UsageError("no organisation profile with a recovery key is in use; ask your "
                             "administrator for the profile, or use `sharedesk vault "
                             "add-recovery --recipient age1...`")
        return bool(self._vault.add_recovery(profile.recovery_key))

    def describe_profile(self, path: Path) -> ProfileInfo:
        from sharedesk.gui.screens.first_run import ProfileInfo

        profile = self._load_profile(path)
        return ProfileInfo(organisation=profile.name, has_recovery_key=bool(profile.recovery_key))

    def contacts(self) -> list[dict[str, str]]:
        """Local contacts from the organisation profile in use, for the side notes."""
        from sharedesk.core.errors import SharedeskError
        from sharedesk.core.profile import current_profile

        try:
            profile = current_profile(self.settings)
        except SharedeskError:
            return []
        if profile is None:
            return []
        return [{"role": c.role or label, "name": c.name, "phone": c.phone, "email": c.email}
                for _key, label, c in profile.contacts.items() if not c.is_empty]

    def reference_library(self) -> Any:
        from sharedesk.core.errors import ReferenceDataError
        from sharedesk.core.reference import load_library

        try:
            return load_library(language=self.language())
        except ReferenceDataError:  # a broken translation: the English library still helps
            from sharedesk.core import log

            log.event("reference.translation_refused", logging.WARNING, kind=self.language())
            return load_library()

    @classmethod
    def _load_profile(cls, path: Path) -> Any:
        from sharedesk.core.profile import PINNED, load_profile

        key = cls._machine_key_for(path)
        return load_profile(path, trusted_signing_key=key if key is not None else PINNED)

    @staticmethod
    def _machine_key_for(path: Path) -> Any:
        """The signing key an administrator installed beside the machine-wide profile, when
        ``path`` is that profile: it must verify against it (and the key is pinned on import)."""
        from sharedesk.core.machine_profile import machine_profile

        machine = machine_profile()
        if machine is None or Path(path).resolve() != machine.path.resolve():
            return None
        return machine.signing_key


def practitioner_from_secret(raw: bytes | None) -> dict[str, str]:
    """The practitioner's name and role, kept inside the vault (never in settings)."""
    if not raw:
        return {}
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: str(v) for k, v in data.items() if k in ("name", "role")}
