"""Packaging: the build scripts parse, the smoke test passes against this checkout's entry point,
the desktop entry and icons are well formed, and the version is defined in one place.

The full PyInstaller build takes minutes and needs the package index, so it runs only when asked:
    SHAREDESK_BUILD_TEST=1 .venv/bin/python -m pytest -m slow tests/packaging
"""

from __future__ import annotations

import ast
import configparser
import os
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from smoke_kit import installed_entry, run_in_scratch

import sharedesk

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


@pytest.mark.parametrize("script", ["build-linux.sh", "smoke-test.sh"])
def test_scripts_are_executable_bash(script: str) -> None:
    path = PACKAGING / script
    assert os.access(path, os.X_OK)
    subprocess.run(["bash", "-n", str(path)], check=True)


def test_smoke_script_passes_against_this_checkout(tmp_path: Path) -> None:
    # The same script the build runs on the frozen binary, run on the installed entry point:
    # version, flows, GUI offscreen, and the vault round trip once `sharedesk vault` exists.
    entry = installed_entry()
    result, scratch = run_in_scratch([str(PACKAGING / "smoke-test.sh"), str(entry)], tmp_path,
                                     timeout=180, PYTHON=sys.executable)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"sharedesk {sharedesk.__version__}" in result.stdout
    assert "gui --smoke-test (offscreen): ok" in result.stdout
    assert re.search(r"^==> sleep/lock signals: (available|unavailable \(no D-Bus)", result.stdout,
                     re.MULTILINE)
    if sys.platform.startswith("linux") and shutil.which("dbus-run-session"):
        assert "sleep/lock signals with a D-Bus session: available" in result.stdout
    assert "vault init -> decide -> vault verify: ok" in result.stdout
    assert "export pdf, fhir, bundle -> bundle open: ok" in result.stdout
    assert "smoke test passed" in result.stdout
    assert list(scratch.iterdir()) == []  # its temp home was removed


def _spec_value(name: str) -> object:
    """A module-level value of the spec, read without running PyInstaller."""
    tree = ast.parse((PACKAGING / "sharedesk.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in node.targets):
            value = node.value
            if isinstance(value, ast.Call):  # re.compile("..."): its pattern
                value = value.args[0]
            return ast.literal_eval(value)
    raise AssertionError(f"{name} not in the spec")


def test_spec_keeps_what_the_lock_on_sleep_needs() -> None:
    # The lock on system sleep and screen lock hears logind and the screensaver over QtDBus;
    # a build that excluded it never locked when the lid closed (issue 10).
    unused = _spec_value("UNUSED_QT")
    assert isinstance(unused, list) and "QtSvg" not in unused
    assert "QtDBus" not in unused
    assert "PySide6.QtDBus" not in _spec_value("EXCLUDES")  # type: ignore[operator]
    drop = re.compile(str(_spec_value("DROP_LIBS")))
    assert not drop.search("libQt6DBus.so.6")
    assert drop.search("libQt6Quick.so.6")  # the filter itself still works


def test_frozen_app_would_fail_the_smoke_test_without_qtdbus() -> None:
    # smoke-test.sh fails a Linux build whose GUI reports QtDBus missing.
    from sharedesk.gui.app import sleep_lock_line

    script = (PACKAGING / "smoke-test.sh").read_text(encoding="utf-8")
    assert "QtDBus missing" in script and "sleep/lock signals: available" in script
    assert sleep_lock_line(True) == "sleep/lock signals: available"
    assert sleep_lock_line(False).startswith("sleep/lock signals: unavailable")


def test_desktop_entry() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(PACKAGING / "sharedesk.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "sharedesk"
    assert (ROOT / "resources" / "icons" / f"{entry['Icon']}.png").is_file()
    assert entry["Categories"].endswith(";")
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(PACKAGING / "sharedesk.desktop")], check=True)


def test_icons_are_well_formed() -> None:
    icons = ROOT / "resources" / "icons"
    png = (icons / "sharedesk.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (256, 256)
    root = ET.parse(icons / "sharedesk.svg").getroot()
    assert root.tag.endswith("svg") and root.get("viewBox") == "0 0 256 256"
    ico = (icons / "sharedesk.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00"  # ICONDIR, type 1 = icon
    assert (icons / "sharedesk.icns").read_bytes()[:4] == b"icns"


def test_version_is_defined_only_in_the_package() -> None:
    version = sharedesk.__version__
    assert re.fullmatch(r"\d+\.\d+\.\d+([ab]|rc)?\d*", version)
    offenders = [str(p.relative_to(ROOT)) for p in [*PACKAGING.rglob("*"),
                                                   *(ROOT / ".github").rglob("*")]
                 if p.is_file() and version in p.read_text(encoding="utf-8", errors="replace")]
    assert offenders == []
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert 'dynamic = ["version"]' in pyproject and f'version = "{version}"' not in pyproject


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("SHAREDESK_BUILD_TEST") != "1",
                    reason="full PyInstaller build: set SHAREDESK_BUILD_TEST=1")
def test_full_linux_build(tmp_path: Path) -> None:
    env = {**os.environ, "DIST": str(tmp_path / "dist"), "WORK": str(tmp_path / "work")}
    env.pop("SHAREDESK_HOME", None)
    result = subprocess.run([str(PACKAGING / "build-linux.sh")], capture_output=True, text=True,
                            timeout=1800, env=env, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    tarballs = list((tmp_path / "dist").glob(f"sharedesk-{sharedesk.__version__}-linux-*.tar.gz"))
    assert len(tarballs) == 1
    with tarfile.open(tarballs[0]) as tar:
        names = tar.getnames()
    assert "sharedesk/sharedesk" in names
    assert any(n.endswith("resources/flows/england-2018.yaml") for n in names)
    assert not any("QtQuick" in n or "libQt6Qml" in n for n in names)  # pruned
    assert "gui --smoke-test (offscreen): ok" in result.stdout
