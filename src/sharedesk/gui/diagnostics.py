"""Help > Copy diagnostic information: what support needs, never what a record says.

Versions (sharedesk, Python, Qt, PySide6, the platform), the flows installed, the vault's schema
version when it is open, the settings that say nothing about a case (paths and endpoints only as
"set" or "not set"), and the last lines of the log, which the log's allow-list already redacts.
"""

from __future__ import annotations

import platform
import sys
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication

from sharedesk import __version__
from sharedesk.core import log
from sharedesk.core.settings import SETTINGS, Settings

# Settings that are facts about the app, not about a case or an organisation's systems.
_SHOWN = ("security.idle_lock_minutes", "security.lock_on_sleep",
          "security.clipboard_clear_seconds", "appearance.theme", "appearance.text_scale_percent",
          "flows.default", "retention.days_after_ack")
LOG_LINES = 40


def settings_lines(settings: Settings) -> list[str]:
    """Each setting: its value if it is in ``_SHOWN``, otherwise only whether it is set."""
    values = settings.as_dict()
    lines = []
    for spec in SETTINGS:
        value = values.get(spec.key)
        shown = value if spec.key in _SHOWN else ("set" if value else "not set")
        lines.append(f"  {spec.key} = {shown}")
    return lines


def diagnostic_text(settings: Settings, flows: Iterable[tuple[str, str]],
                    schema_version: int | None, log_lines: Iterable[str] = ()) -> str:
    """The diagnostic report as plain text. ``flows`` are (id, version) pairs."""
    lines = [
        f"sharedesk {__version__}",
        f"Python {platform.python_version()} on {platform.platform()} ({sys.platform})",
        f"Qt {qVersion()}, PySide6 {pyside_version}, platform plugin "
        f"{QGuiApplication.platformName() or '-'}",
        "Flows: " + (", ".join(f"{fid} {ver}" for fid, ver in flows) or "none"),
        "Vault schema: " + (str(schema_version) if schema_version is not None else
                            "(vault locked or not created)"),
        "Settings:", *settings_lines(settings),
        f"Last log lines ({log.log_dir()}):", *(f"  {line}" for line in log_lines),
    ]
    return "\n".join(lines) + "\n"


def gather(settings: Settings, flows: Mapping[str, Any], vault_open: bool) -> str:
    """The report for this running app (the vault's schema is the latest once it is open)."""
    from sharedesk.core.vault import migrations

    versions = sorted((fid, str(getattr(flow, "version", "?"))) for fid, flow in flows.items())
    schema = migrations.latest() if vault_open else None
    return diagnostic_text(settings, versions, schema, log.last_lines(LOG_LINES))
