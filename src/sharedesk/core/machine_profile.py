"""The organisation profile an administrator installs once for every user of a managed laptop.

A managed install (the MSI's ``PROFILEDIR`` property, or Intune/Group Policy copying two files;
docs/admin-guide.md section 1) puts the profile and the organisation's signing public key in the
machine-wide configuration folder (``paths.machine_dir()``), which only administrators can
write. A user who has not imported a profile of their own is offered that one at first run,
checked against the signing key beside it. Reading only; nothing here writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sharedesk.core import paths

if TYPE_CHECKING:  # the crypto is loaded only when a machine-wide profile is there (start-up)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

PROFILE_FILE = "organisation.toml"
SIGNING_KEY_FILE = "profile-signing-key.pub.pem"


@dataclass(frozen=True)
class MachineProfile:
    """The machine-wide profile file and, when the administrator placed it, the signing key
    the profile must verify against."""

    path: Path
    signing_key: Ed25519PublicKey | None


def machine_profile() -> MachineProfile | None:
    """The machine-wide profile, or None when the administrator installed none.

    Raises ProfileError when a signing key file is there but is not a valid key: a managed
    profile whose key cannot be read must not be taken unsigned."""
    folder = paths.machine_dir()
    profile = folder / PROFILE_FILE
    if not profile.is_file():
        return None
    from sharedesk.core.orgkeys import load_public_key

    key_file = folder / SIGNING_KEY_FILE
    key = load_public_key(str(key_file)) if key_file.is_file() else None
    return MachineProfile(profile, key)
