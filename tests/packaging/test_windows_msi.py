"""The per-machine MSI source (WiX 5) and the signing wiring: what a managed Windows estate
relies on, checked here because the MSI itself can only be built on Windows (CI job windows)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from smoke_kit import installed_entry, run_in_scratch

from sharedesk.core.machine_profile import PROFILE_FILE, SIGNING_KEY_FILE

ROOT = Path(__file__).resolve().parents[2]
WIX = "{http://wixtoolset.org/schemas/v4/wxs}"


@pytest.fixture(scope="module")
def wxs() -> ET.Element:
    return ET.parse(ROOT / "packaging" / "windows" / "sharedesk.wxs").getroot()


def test_msi_installs_per_machine_into_program_files(wxs: ET.Element) -> None:
    package = wxs.find(f"{WIX}Package")
    assert package is not None
    assert package.get("Scope") == "perMachine"
    assert package.get("Version") == "$(Version)"  # from the build, never repeated here
    assert package.find(f"{WIX}MajorUpgrade") is not None  # a new MSI replaces the old
    program_files = package.find(f"{WIX}StandardDirectory[@Id='ProgramFiles64Folder']")
    assert program_files is not None
    install = program_files.find(f"{WIX}Directory[@Id='INSTALLFOLDER']")
    assert install is not None and install.get("Name") == "sharedesk"
    app = wxs.find(f".//{WIX}ComponentGroup[@Id='AppFiles']")
    assert app is not None and app.get("Directory") == "INSTALLFOLDER"
    harvest = app.find(f"{WIX}Files")
    assert harvest is not None and harvest.get("Include") == "!(bindpath.App)\\**"
    shortcut = app.find(f".//{WIX}Shortcut")
    assert shortcut is not None and shortcut.get("Directory") == "ProgramMenuFolder"


def test_machine_profile_lands_where_the_app_reads_it_and_users_cannot_write(
        wxs: ET.Element) -> None:
    data = wxs.find(f".//{WIX}StandardDirectory[@Id='CommonAppDataFolder']")
    assert data is not None
    folder = data.find(f"{WIX}Directory[@Id='MACHINECONFIG']")
    assert folder is not None and folder.get("Name") == "sharedesk"  # platformdirs' site dir
    copied = {c.get("SourceName") for c in wxs.iter(f"{WIX}CopyFile")
              if c.get("SourceProperty") == "PROFILEDIR"}
    assert copied == {PROFILE_FILE, SIGNING_KEY_FILE}
    removed = {r.get("Name") for r in wxs.iter(f"{WIX}RemoveFile")}
    assert removed == copied
    (acl,) = [p.get("Sddl") for p in wxs.iter(f"{WIX}PermissionEx")]
    assert acl is not None
    # Built-in Users (BU) get read and execute only; SYSTEM and Administrators full control;
    # inheritance from ProgramData (where Users may create files) is cut (P).
    assert "(A;OICI;0x1200a9;;;BU)" in acl and "(A;OICI;FA;;;BA)" in acl
    assert acl.startswith("D:P") and ";;;WD)" not in acl


def test_installers_and_uninstaller_are_signed_through_the_signing_script() -> None:
    iss = (ROOT / "packaging" / "windows" / "sharedesk.iss").read_text(encoding="utf-8")
    assert "SignedUninstaller=yes" in iss and "SignTool=sharedesk" in iss
    workflow = (ROOT / ".github" / "workflows" / "build.yml").read_text(encoding="utf-8")
    assert "/Ssharedesk=pwsh -NoProfile -File" in workflow
    assert "sign.ps1 $msi" in workflow
    assert "WINDOWS_CERT_PFX" not in workflow  # no private key file in CI secrets
    assert 'smoke_roundtrip.py "$env:ProgramFiles\\sharedesk\\sharedesk-cli.exe"' in workflow


def test_round_trip_smoke_script_passes_against_this_checkout(tmp_path: Path) -> None:
    entry = installed_entry()
    result, scratch = run_in_scratch([sys.executable, str(ROOT / "packaging" / "smoke_roundtrip.py"),
                                      str(entry)], tmp_path, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "vault init -> decide -> vault verify: ok" in result.stdout
    assert list(scratch.iterdir()) == []  # its throwaway home was removed


def test_round_trip_smoke_script_fails_on_a_broken_program(tmp_path: Path) -> None:
    broken = tmp_path / "sharedesk"
    broken.write_text("#!/bin/sh\nexit 3\n", encoding="utf-8")
    broken.chmod(0o755)
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "smoke_roundtrip.py"),
                             str(broken)], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1
    assert "smoke test FAILED: sharedesk --version exited 3" in result.stderr
