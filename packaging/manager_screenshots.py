"""Take the manager's-desk screenshots (docs/screenshots/manager-*.png) by driving the real app.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python packaging/manager_screenshots.py

A throw-away SHAREDESK_HOME: five fictional practitioners' vaults make real bundles (one then
tampered with, one from a laptop the manager has not trusted yet); the manager's vault imports
them in the Inbox, trusts the new laptop, and the Devices, Team overview, record with its
countersignatures and Countersign dialog are shot in the normal and high-contrast themes.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "cli"))
sys.path.insert(0, str(ROOT / "packaging"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sharedesk-manager-shots-") as home:
        os.environ["SHAREDESK_HOME"] = home
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
        return tour(out, Path(home))


def tour(out: Path, home: Path) -> int:
    from manager_kit import copy_to, tamper, team
    from pyrage import x25519
    from screenshots import PASSPHRASE, Shooter

    from sharedesk.core.sync.devices import trust
    from sharedesk.core.vault import KdfParams, Vault
    from sharedesk.gui import manager_screens
    from sharedesk.gui.vault_access import PRACTITIONER_SECRET

    org = x25519.Identity.generate()
    key = home / "org-identity.txt"
    key.write_text(f"{org}\n")
    people = team(home / "laptops", org)
    inbox = home / "Team inbox"
    for p in people:
        copy_to(p.bundle, inbox)
    tamper(inbox / people[2].bundle.name)
    s = Shooter(out)
    c = s.c
    from sharedesk.core import paths

    vault = Vault.create(paths.default_vault_path(), PASSPHRASE,
                         kdf=KdfParams(memory_kib=1024, time_cost=1, parallelism=1))
    vault.secret_set(PRACTITIONER_SECRET, b'{"name": "Alex Manager", "role": "Safeguarding lead"}')
    for p in people[:4]:
        trust(vault, p.public_key, f"{p.name}, laptop")
    vault.close()
    s.settings.set("desk.mode", "manager")
    c.start()
    c.window.show()
    c.window.activateWindow()
    s.wait(lambda: c.window.isVisible())
    s.unlock()
    manager_screens.open_inbox(c.context)
    screen = c.screens["inbox"]
    screen.folder_edit.setText(str(inbox))
    screen.identity_edit.setText(str(key))
    screen.start_import()
    s.wait(lambda: screen.import_button.isEnabled())
    screen.table.selectRow(4)
    screen.trust_name_edit.setText("Joe Bloggs, laptop 5")
    for suffix, look in (("", "system"), ("-high-contrast", "high_contrast")):
        s.set_look(look, 100)
        manager_screens.open_inbox(c.context)
        s.shot(f"manager-inbox{suffix}")
    s.set_look("system", 100)
    screen.trust_selected()
    screen.start_import()
    s.wait(lambda: screen.import_button.isEnabled())
    s.shot("manager-inbox-trusted")
    for suffix, look in (("", "system"), ("-high-contrast", "high_contrast")):
        s.set_look(look, 100)
        manager_screens.open_devices(c.context)
        s.shot(f"manager-devices{suffix}")
        manager_screens.open_overview(c.context)
        overview = c.screens["team_overview"]
        overview.show_figure(overview.figure.__class__("awaiting_countersignature"))
        s.shot(f"manager-overview{suffix}")
    s.set_look("system", 100)
    overview = c.screens["team_overview"]
    overview.table.selectRow(0)
    overview.open_selected()
    detail = c.screens["record_detail"]
    dialog = detail.open_countersign()
    assert dialog is not None
    dialog.choose("escalated")
    dialog.comment_edit.setPlainText("Refer to the MASH today: a second bruise was reported.")
    s.shot("manager-countersign", dialog)
    dialog.sign_button.click()
    detail.ui.detail_view.verticalScrollBar().setValue(
        detail.ui.detail_view.verticalScrollBar().maximum())
    for suffix, look in (("", "system"), ("-high-contrast", "high_contrast")):
        s.set_look(look, 100)
        s.shot(f"manager-record{suffix}")
    s.set_look("system", 100)
    c.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
