"""Translations: the .ts catalogues match the sources, and the Welsh file loads and translates."""

from __future__ import annotations

import importlib.util
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from sharedesk.gui.app import load_translation

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


def messages(ts: Path) -> set[tuple[str, str]]:
    tree = ET.parse(ts)
    return {(ctx.findtext("name") or "", msg.findtext("source") or "")
            for ctx in tree.iter("context") for msg in ctx.iter("message")}


def _script():
    spec = importlib.util.spec_from_file_location("update_translations",
                                                  ROOT / "packaging" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_catalogue_matches_the_sources(tmp_path: Path) -> None:
    script = _script()
    fresh = tmp_path / "fresh_en.ts"
    subprocess.run([script.tool("pyside6-lupdate"), *script.sources(), "-source-language", "en",
                    "-no-obsolete", "-locations", "none", "-ts", str(fresh)], cwd=ROOT, check=True,
                   capture_output=True)
    missing = messages(fresh) - messages(TRANSLATIONS / "sharedesk_en.ts")
    assert not missing, f"run packaging/update_translations.py: {sorted(missing)[:5]}"
    assert len(messages(fresh)) > 100


def test_welsh_is_started_and_loads(qapp) -> None:
    tree = ET.parse(TRANSLATIONS / "sharedesk_cy.ts")
    done = [m for m in tree.iter("message")
            if (m.find("translation").text or "") and m.find("translation").get("type") is None]
    assert len(done) >= 10
    assert QCoreApplication.translate("UnlockScreen", "Unlock sharedesk") == "Unlock sharedesk"
    translator = load_translation(qapp, "cy")
    assert translator is not None
    try:
        assert QCoreApplication.translate("UnlockScreen", "Unlock sharedesk") == "Datgloi sharedesk"
        # Untranslated strings fall back to English rather than going blank.
        assert QCoreApplication.translate("UnlockScreen", "Show passphrase") == "Show passphrase"
    finally:
        qapp.removeTranslator(translator)


def test_english_plurals(qapp) -> None:
    from sharedesk.gui.screens.home import HomeScreen

    assert load_translation(qapp, "en") is not None
    home = HomeScreen([("england-2018", "England 2018")])
    from sharedesk.gui.screens.home import HomeSummary

    home.show_summary(HomeSummary(outbox=1))
    assert home.ui.outbox_label.text() == "1 record waiting to go to the case system."
    home.show_summary(HomeSummary(outbox=3))
    assert home.ui.outbox_label.text() == "3 records waiting to go to the case system."
