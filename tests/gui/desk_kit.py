"""The manager's desk set-up for the GUI tests (tests/gui/test_manager_*.py), not a test module.

Five practitioners' real vaults and bundles (tests/cli/manager_kit.py) copied into an inbox
folder, the third bundle tampered; the organisation's age key in a file; a controller over the
test's existing vault in manager mode. ``new_desk`` leaves it locked with no laptop trusted (a
manager's first day); ``trusted_desk`` unlocks it and trusts the first four laptops.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from conftest import unlock
from pyrage import x25519

from sharedesk.gui.controller import AppController

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "cli"))
from manager_kit import Practitioner, copy_to, tamper, team

NewDesk = tuple[AppController, list[Practitioner], Path, Path]
TrustedDesk = tuple[AppController, list[Practitioner], Path, Path, list[str]]


def new_desk(make_controller: Callable[..., AppController], tmp_path: Path) -> NewDesk:
    """(controller, people, inbox folder, organisation key file): locked, nothing trusted."""
    org = x25519.Identity.generate()
    key_file = tmp_path / "org.key"
    key_file.write_text(f"{org}\n")
    people = team(tmp_path / "laptops", org)
    inbox = tmp_path / "inbox"
    for p in people:
        copy_to(p.bundle, inbox)
    tamper(inbox / people[2].bundle.name)
    controller = make_controller()
    controller.settings.set("desk.mode", "manager")
    return controller, people, inbox, key_file


def trusted_desk(qtbot, make_controller: Callable[..., AppController],
                 tmp_path: Path) -> TrustedDesk:
    """``new_desk`` unlocked, the first four laptops trusted (the fifth is new to this manager),
    and file choosers answered from ``chosen`` (a test appends the paths it will "choose")."""
    from sharedesk.core.sync.devices import trust

    controller, people, inbox, key_file = new_desk(make_controller, tmp_path)
    chosen: list[str] = []
    controller.choose_file = lambda _p, _t, name: chosen.pop(0) if chosen else name
    unlock(qtbot, controller)
    for p in people[:4]:
        trust(controller.vault, p.public_key, p.name)
    return controller, people, inbox, key_file, chosen
