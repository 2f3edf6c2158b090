"""Where sharedesk finds its shipped resources and keeps its per-user data.

``SHAREDESK_HOME`` overrides the per-user data directory (tests and portable installs);
``SHAREDESK_RESOURCES`` overrides the resources directory (organisations that ship their own flows).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "sharedesk"


def resources_dir() -> Path:
    """The directory holding flows/, help/, icons/ and translations/."""
    override = os.environ.get("SHAREDESK_RESOURCES")
    if override:
        return Path(override)
    packaged = Path(__file__).resolve().parent.parent / "resources"
    if packaged.is_dir():  # wheel or frozen build
        return packaged
    return Path(__file__).resolve().parents[3] / "resources"  # source checkout


def flows_dir() -> Path:
    return resources_dir() / "flows"


def help_dir() -> Path:
    return resources_dir() / "help"


def home_dir() -> Path:
    """The per-user data directory (vault, settings). Created on demand by callers."""
    override = os.environ.get("SHAREDESK_HOME")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def machine_dir() -> Path:
    """The machine-wide configuration folder an administrator fills for every user of a managed
    laptop (``C:\\ProgramData\\sharedesk``, ``/Library/Application Support/sharedesk``,
    ``/etc/xdg/sharedesk``). ``SHAREDESK_MACHINE_DIR`` overrides it (tests, unusual estates).
    Read only; never written by sharedesk itself."""
    override = os.environ.get("SHAREDESK_MACHINE_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False))


def ensure_private_dir(directory: Path) -> Path:
    """Create ``directory`` and any missing parents owner-only (0700): they may hold a vault,
    its backups or opened bundles. Existing directories are left as they are (a folder the user
    chose may be shared on purpose). Raises OSError."""
    missing = []
    current = Path(directory)
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for new in reversed(missing):
        try:
            new.mkdir(mode=0o700)
        except FileExistsError:  # made meanwhile by another process
            continue
    return Path(directory)


def default_vault_path() -> Path:
    return home_dir() / "vault.sharedesk"


def settings_path() -> Path:
    return home_dir() / "settings.json"
