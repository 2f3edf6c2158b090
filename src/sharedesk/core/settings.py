"""Application settings: one declared table (key, type, default, description), stored as JSON.

Settings hold preferences only, never case content, names, recent files or keys (secrets such
as the sync token live in the vault). Unknown keys in the file are ignored; a value of the wrong
type falls back to the default, so a damaged settings file can never stop the app starting.
Saves are atomic. Not thread-safe: one Settings object per process, used from one thread; a
worker gets its own ``snapshot()``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sharedesk.core import paths
from sharedesk.core.errors import UsageError
from sharedesk.core.fsutil import write_atomic


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    description: str
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()


SETTINGS: tuple[Setting, ...] = (
    Setting("security.idle_lock_minutes", int, 5, "Lock the vault after this many idle minutes",
            1, 240),
    Setting("security.lock_on_sleep", bool, True, "Lock when the system sleeps or the screen locks"),
    Setting("security.clipboard_clear_seconds", int, 30,
            "Clear copied record text from the clipboard after this many seconds", 5, 600),
    Setting("appearance.theme", str, "system", "Colour theme", choices=("system", "high_contrast")),
    Setting("appearance.text_scale_percent", int, 100, "Text size", 100, 200),
    Setting("appearance.language", str, "system", "Interface language from the next start: system "
            "(the computer's), en or cy; SHAREDESK_LANG overrides", choices=("system", "en", "cy")),
    Setting("flows.default", str, "england-2018", "Flow offered first when starting a decision"),
    Setting("sync.endpoint", str, "", "Case-system endpoint (HTTPS) for uploads"),
    Setting("sync.ca_bundle", str, "", "Organisation CA bundle file for the endpoint"),
    Setting("sync.folder", str, "", "Folder transport: where bundles are written"),
    Setting("sync.proxy", str, "", "Proxy for uploads: empty for the system proxy settings "
            "(HTTPS_PROXY, NO_PROXY), none, or http://host:port"),
    Setting("retention.days_after_ack", int, 30,
            "Days to keep record content after the case system acknowledges it", 0, 3650),
    Setting("profile.path", str, "", "Organisation profile file in use"),
    Setting("desk.mode", str, "practitioner", "Practitioner or manager desk (issue 14)",
            choices=("practitioner", "manager")),
    Setting("desk.countersign_name", str, "", "Name a countersignature is signed under"),
    Setting("desk.countersign_role", str, "", "Role a countersignature is signed under"),
)
_BY_KEY = {s.key: s for s in SETTINGS}


def setting(key: str) -> Setting:
    try:
        return _BY_KEY[key]
    except KeyError:
        raise UsageError(f"unknown setting {key!r}") from None


def coerce(key: str, value: Any) -> Any:
    """Check and convert a value for ``key``; raise UsageError with a one-line reason."""
    spec = setting(key)
    if spec.type is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in {"true", "false", "yes", "no", "1", "0"}:
            return value.lower() in {"true", "yes", "1"}
        raise UsageError(f"{key} must be true or false")
    if spec.type is int:
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise UsageError(f"{key} must be a whole number") from None
        if isinstance(value, bool):
            raise UsageError(f"{key} must be a whole number")
        if spec.minimum is not None and number < spec.minimum:
            raise UsageError(f"{key} must be at least {spec.minimum}")
        if spec.maximum is not None and number > spec.maximum:
            raise UsageError(f"{key} must be at most {spec.maximum}")
        return number
    text = str(value)
    if spec.choices and text not in spec.choices:
        raise UsageError(f"{key} must be one of {', '.join(spec.choices)}")
    return text


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.settings_path()
        self._values: dict[str, Any] = {}
        self.reload()

    def reload(self) -> None:
        self._values = {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):  # unreadable: the defaults apply
            return
        if isinstance(data, Mapping):
            for key, value in data.items():
                if key in _BY_KEY:
                    try:
                        self._values[key] = coerce(key, value)
                    except UsageError:
                        continue

    def get(self, key: str) -> Any:
        spec = setting(key)
        return self._values.get(key, spec.default)

    def set(self, key: str, value: Any) -> None:
        self._values[key] = coerce(key, value)

    def snapshot(self) -> Settings:
        """A copy of the current values (never reloaded or saved) to hand to a worker thread,
        which then reads its own object instead of sharing this one."""
        copy = Settings.__new__(Settings)
        copy.path, copy._values = self.path, dict(self._values)
        return copy

    def as_dict(self) -> dict[str, Any]:
        return {s.key: self.get(s.key) for s in SETTINGS}

    def save(self) -> None:
        data = json.dumps(dict(sorted(self._values.items())), indent=2).encode("utf-8") + b"\n"
        write_atomic(self.path, data)
