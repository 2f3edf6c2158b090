"""Refresh the Qt Linguist files from the sources, and build the .qm files the app loads.

    .venv/bin/python packaging/update_translations.py

pyside6-lupdate reads every tr()/translate() call in src/sharedesk/gui and every string in ui/*.ui
and merges them into resources/translations/sharedesk_<lang>.ts, keeping existing translations.
English is the source language (sharedesk_en.ts has no translations, only the catalogue and
the English plurals); Welsh (cy) is complete, each machine-made translation marked for review by a
Welsh speaker in its translator comment (docs/translations.md). pyside6-lrelease then writes
sharedesk_<lang>.qm next to each .ts. After a run, translate whatever it reports as unfinished:
tests/gui/test_translations.py fails while any UI string has no Welsh.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en", "cy")


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else name


def sources() -> list[str]:
    gui = ROOT / "src" / "sharedesk" / "gui"
    files = [p for p in sorted(gui.rglob("*.py")) if "forms" not in p.parts]
    files += sorted((ROOT / "ui").glob("*.ui"))
    return [str(p.relative_to(ROOT)) for p in files]


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"sharedesk_{lang}.ts"
        subprocess.run([tool("pyside6-lupdate"), *sources(), "-source-language", "en",
                        "-target-language", lang, "-no-obsolete", "-locations", "none",
                        "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)
        if lang == "en":
            english_plurals(ts)
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True)
    return 0


def english_plurals(ts: Path) -> None:
    """Give every "%n thing(s)" message its English singular and plural, so the app says
    "1 record" and "2 records". The English .qm holds only these; other languages fall back to it."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts)  # noqa: S314 (our own file from lupdate)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        for child in list(translation):
            translation.remove(child)
        for text in (source.replace("(s)", ""), source.replace("(s)", "s")):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    sys.exit(main())
