"""Translations: the .ts catalogues match the sources, every UI string has Welsh with the same
placeholders, accelerators and tags, the strings asked for at run time are the ones catalogued,
and the screens show Welsh when Welsh is loaded."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import unlock
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from sharedesk.gui.app import load_translation

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
WELSH = TRANSLATIONS / "sharedesk_cy.ts"
MACHINE_MADE = "Machine-made Welsh: to be reviewed by a Welsh speaker."


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


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> set[tuple[str, str]]:
    """Every (context, source) pyside6-lupdate finds in the sources today."""
    script = _script()
    ts = tmp_path_factory.mktemp("lupdate") / "fresh_en.ts"
    subprocess.run([script.tool("pyside6-lupdate"), *script.sources(), "-source-language", "en",
                    "-no-obsolete", "-locations", "none", "-ts", str(ts)], cwd=ROOT, check=True,
                   capture_output=True)
    return messages(ts)


def test_catalogue_matches_the_sources(fresh) -> None:
    missing = fresh - messages(TRANSLATIONS / "sharedesk_en.ts")
    assert not missing, f"run packaging/update_translations.py: {sorted(missing)[:5]}"
    assert len(fresh) > 100


def welsh_messages() -> Iterator[tuple[str, ET.Element]]:
    for ctx in ET.parse(WELSH).iter("context"):
        for msg in ctx.iter("message"):
            yield ctx.findtext("name") or "", msg


def texts(msg: ET.Element) -> list[str]:
    translation = msg.find("translation")
    assert translation is not None
    if msg.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def shape(text: str) -> tuple[list[str], list[str], int]:
    """What a translation must keep from its source: %1..%9 and %n, {name} fields and HTML tags
    (as sorted lists), and whether it has an accelerator (a single '&')."""
    placeholders = sorted(re.findall(r"%(?:\d|n)|\{\w+\}", text))
    tags = sorted(re.findall(r"</?[a-zA-Z][a-zA-Z0-9]*", text))
    accelerators = len(re.findall(r"&(?=[^&\s;])", text.replace("&&", "")))
    return placeholders, tags, min(accelerators, 1)


def test_every_ui_string_has_welsh(fresh) -> None:
    """Fails when a UI string in the sources has no Welsh: not in the Welsh catalogue, unfinished,
    or empty; or when the Welsh drops or adds a placeholder, a tag or the accelerator."""
    catalogued = {(ctx, msg.findtext("source") or "") for ctx, msg in welsh_messages()}
    missing = fresh - catalogued
    assert not missing, f"run packaging/update_translations.py: {sorted(missing)[:5]}"
    problems = []
    for ctx, msg in welsh_messages():
        source = msg.findtext("source") or ""
        translation = msg.find("translation")
        assert translation is not None
        kind = translation.get("type")
        if kind in ("obsolete", "vanished"):
            continue
        forms = texts(msg)
        if kind == "unfinished" or not all(forms):
            problems.append(f"{ctx}: {source!r} has no Welsh")
            continue
        expected = shape(source)
        for form in forms:
            found = shape(form)
            if msg.get("numerus") == "yes":  # every plural form shows the number
                found, expected = (found[0] + ["%n"] * ("%n" not in found[0]), *found[1:]), expected
            if sorted(set(found[0])) != sorted(set(expected[0])) or found[1:] != expected[1:]:
                problems.append(f"{ctx}: {source!r} -> {form!r}")
    assert not problems, "\n".join(problems[:20])


def test_welsh_is_marked_for_review_by_a_welsh_speaker() -> None:
    """Machine-made Welsh carries its translator comment until a Welsh speaker reviews it
    (docs/translations.md); the reviewer replaces the comment, so the count only shrinks."""
    marked = [m for _, m in welsh_messages() if m.findtext("translatorcomment") == MACHINE_MADE]
    assert marked, "expected the machine-made Welsh to be marked"
    other = {m.findtext("translatorcomment") for _, m in welsh_messages()} - {MACHINE_MADE, None}
    assert all(c.startswith("Reviewed") for c in other), other


def test_core_field_names_and_choices_are_catalogued() -> None:
    """Field names and choice labels live in core (no Qt); gui/field_words.py lists them for
    lupdate. A field or choice added in core without a line there fails here."""
    from sharedesk.core.flow.fields import RECORD_FIELDS
    from sharedesk.core.records.validation import CHOICES
    from sharedesk.gui import field_words

    core = set(RECORD_FIELDS.values()) | {label for pairs in CHOICES.values() for _, label in pairs}
    assert core - set(field_words.CATALOGUE) == set()
    assert {(field_words.CONTEXT, text) for text in core} <= messages(WELSH)


@pytest.fixture
def welsh(qapp: QApplication) -> Iterator[QTranslator]:
    translator = load_translation(qapp, "cy")
    assert translator is not None
    yield translator
    qapp.removeTranslator(translator)


def test_welsh_loads(qapp, welsh) -> None:
    assert QCoreApplication.translate("UnlockScreen", "Unlock sharedesk") == "Datgloi sharedesk"
    assert QCoreApplication.translate("RecordFields", "NHS number") == "Rhif GIG"
    # A string that is not in the catalogue falls back to English rather than going blank.
    assert QCoreApplication.translate("UnlockScreen", "Not a UI string") == "Not a UI string"
    plural = QCoreApplication.translate("HomeScreen", "%n record(s) due for review.", None, 3)
    assert plural == "3 cofnod i'w adolygu."


def test_lists_name_shipped_flows_in_welsh(qapp, welsh) -> None:
    # Home's drafts and recent decisions took the short names from the English flow files.
    from sharedesk.gui import labels

    assert labels.flow("england-2018", "England 2018") == "Lloegr 2018"
    assert labels.flow("northshire-2025", "Northshire 2025") == "Northshire 2025"
    assert labels.flow("northshire-2025") == "northshire-2025"
    from types import SimpleNamespace

    from sharedesk.gui.screens.home import HomeScreen

    home = SimpleNamespace(_flow_titles={"england-2018": "England 2018"})
    assert HomeScreen._flow_title(home, "england-2018") == "Lloegr 2018"  # type: ignore[arg-type]


def test_english_plurals(qapp) -> None:
    from sharedesk.gui.screens.home import HomeScreen

    assert load_translation(qapp, "en") is not None
    home = HomeScreen([("england-2018", "England 2018")])
    from sharedesk.gui.screens.home import HomeSummary

    home.show_summary(HomeSummary(outbox=1))
    assert home.ui.outbox_label.text() == "1 record waiting to go to the case system."
    home.show_summary(HomeSummary(outbox=3))
    assert home.ui.outbox_label.text() == "3 records waiting to go to the case system."


class Recorder(QTranslator):
    """Installed last, so asked first: notes every (context, source) the app asks for and
    answers nothing, so the real catalogues still answer."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: dict[str, set[str]] = {}

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        self.asked.setdefault(source, set()).add(context)
        return None

    def isEmpty(self) -> bool:  # Qt's name
        return False


def walk_the_screens(qtbot, controller) -> None:
    window = controller.window
    unlock(qtbot, controller)
    controller.open_records()
    controller.open_outbox()
    controller.open_reference()
    controller.open_settings()
    controller.start_decision("england-2018")
    # A whole decision: seek advice, every question, the record form, check your answers.
    from test_finalise_once_app import walk_with_advice

    wizard = controller.screens["decision"]
    walk_with_advice(qtbot, wizard)
    wizard.check_answers.ui.finalise_button.click()
    detail = controller.screens["record_detail"]  # the record, with its dialogs
    detail.open_amendment().reject()
    if detail.countersign_button is not None:
        detail.countersign_button.click()
        if detail.countersign_dialog is not None:
            detail.countersign_dialog.reject()
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    for key in (Qt.Key.Key_I, Qt.Key.Key_D, Qt.Key.Key_T):  # Inbox, Devices, Team overview
        qtbot.keyClick(window, key, modifiers)
    window.ui.export_action.trigger()
    controller.go_home()


def test_every_string_asked_for_at_run_time_is_catalogued(qtbot, qapp, make_controller,
                                                          existing_vault) -> None:
    """A tr() whose run-time context is not the one lupdate recorded (a helper's 'window.tr',
    a core string passed to tr) shows English in Welsh. Walk the screens with a recorder and
    require every string asked for to be catalogued under one of the contexts it was asked in
    (PySide asks the class, then its bases)."""
    recorder = Recorder()
    qapp.installTranslator(recorder)
    try:
        controller = make_controller()
        controller.settings.set("desk.mode", "manager")
        walk_the_screens(qtbot, controller)
    finally:
        qapp.removeTranslator(recorder)
    assert len(recorder.asked) > 200
    assert not uncatalogued(recorder), "\n".join(uncatalogued(recorder))


def uncatalogued(recorder: Recorder) -> list[str]:
    catalogue = messages(WELSH)
    return sorted(f"{sorted(contexts)}: {source!r}" for source, contexts in recorder.asked.items()
                  if source and any(not c.startswith("Q") for c in contexts)  # Qt's own: Q...
                  and not any((c, source) in catalogue for c in contexts))


def test_the_first_run_screen_asks_only_for_catalogued_strings(qtbot, qapp,
                                                              make_controller) -> None:
    recorder = Recorder()
    qapp.installTranslator(recorder)
    try:
        controller = make_controller()  # no vault yet: the first-run screen
        screen = controller.screens["first_run"]
        screen.ui.passphrase_edit.setText("correct horse")  # the strength meter speaks
        screen.ui.create_button.click()  # and the problems list
    finally:
        qapp.removeTranslator(recorder)
    assert len(recorder.asked) > 50
    assert not uncatalogued(recorder), "\n".join(uncatalogued(recorder))


def test_the_screens_and_the_window_title_show_welsh(qtbot, qapp, make_controller,
                                                     existing_vault, welsh) -> None:
    controller = make_controller()
    window = controller.window
    assert window.windowTitle() == "sharedesk — Wedi cloi"
    unlock_screen = controller.screens["unlock"]
    assert unlock_screen.ui.unlock_button.text() == "&Datgloi"
    unlock(qtbot, controller)
    home = controller.screens["home"]
    assert window.windowTitle() == "sharedesk — Hafan"
    assert home.ui.title_label.text() == "Hafan"
    assert home.ui.start_button.text() == "&Dechrau penderfyniad"
    assert window.ui.vault_menu.title() == "&Claddgell"
    controller.open_records()
    assert window.windowTitle() == "sharedesk — Cofnodion"
    controller.start_decision("england-2018")
    assert window.windowTitle() == "sharedesk — Penderfyniad"


def test_the_language_chosen_in_settings_is_used_from_the_next_start(
        qtbot, qapp, make_controller, existing_vault, monkeypatch) -> None:
    from sharedesk.core.settings import Settings
    from sharedesk.gui import language

    monkeypatch.delenv("SHAREDESK_LANG", raising=False)
    controller = make_controller()
    unlock(qtbot, controller)
    controller.open_settings()
    screen = controller.screens["settings"]
    combo = screen.language_combo
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["English", "Cymraeg"]
    assert combo.currentData() == "system"
    combo.setCurrentIndex(combo.findData("cy"))
    screen.ui.save_button.click()
    assert "next time sharedesk starts" in screen.ui.status_label.text()
    stored = Settings()  # read back from the settings file, as the next start does
    assert stored.get("appearance.language") == "cy"
    assert language.chosen(stored) == "cy"
    translator = load_translation(qapp, language.chosen(stored))
    try:
        assert QCoreApplication.translate("HomeScreen", "Home") == "Hafan"
    finally:
        qapp.removeTranslator(translator)
    monkeypatch.setenv("SHAREDESK_LANG", "en")  # the environment still overrides the setting
    assert language.chosen(stored) == "en"
    stored.set("appearance.language", "system")
    monkeypatch.delenv("SHAREDESK_LANG")
    assert language.chosen(stored) is None  # the computer's language


def test_every_reference_entry_has_welsh() -> None:
    """The whole reference library (resources/help/cy/*.yaml overlays, docs/translations.md):
    every section title and intro and every entry's title and text is given in Welsh."""
    from sharedesk.core.reference import load_library

    english, welsh = load_library(), load_library(language="cy")
    untranslated = []
    for en_section, cy_section in zip(english.sections, welsh.sections, strict=True):
        assert en_section.id == cy_section.id
        if cy_section.title == en_section.title or (en_section.intro
                                                     and cy_section.intro == en_section.intro):
            untranslated.append(en_section.id)
        for en_entry, cy_entry in zip(en_section.entries, cy_section.entries, strict=True):
            if cy_entry.title == en_entry.title or cy_entry.text == en_entry.text:
                untranslated.append(en_entry.id)
    assert not untranslated


def test_qt_standard_buttons_are_welsh(qapp, welsh) -> None:
    """Qt has no Welsh catalogue of its own: gui/qt_words.py puts its button words in ours."""
    from PySide6.QtWidgets import QMessageBox

    buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, "sharedesk", "?",
                      buttons.Yes | buttons.No | buttons.Ok | buttons.Cancel)
    assert sorted(b.text() for b in box.buttons()) == ["&Ie", "&Na", "Canslo", "Iawn"]


def test_no_tr_call_lupdate_cannot_place() -> None:
    """lupdate files ``window.tr("x")`` under a context called "window" and never sees a tr()
    inside an f-string: both show English in Welsh. Neither may come back."""
    import ast

    found = []
    for path in sorted((ROOT / "src" / "sharedesk" / "gui").rglob("*.py")):
        if "forms" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        in_fstring = {id(n) for f in ast.walk(tree) if isinstance(f, ast.JoinedStr)
                      for n in ast.walk(f)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if node.func.attr == "tr" and ast.unparse(node.func.value) != "self":
                found.append(f"{where} {ast.unparse(node.func)}()")
            if node.func.attr in ("tr", "translate") and id(node) in in_fstring:
                found.append(f"{where} {node.func.attr}() inside an f-string")
    assert not found, "\n".join(found)


def test_passphrase_advice_is_catalogued(qapp, welsh) -> None:
    """zxcvbn words its advice in English only: every message in its feedback module is listed in
    gui/passphrase_words.py (so it is in the Welsh catalogue), and a refusal reads in Welsh."""
    import ast

    import zxcvbn.feedback

    from sharedesk.core.passphrase import judge
    from sharedesk.gui import passphrase_words

    tree = ast.parse(Path(zxcvbn.feedback.__file__).read_text(encoding="utf-8"))
    said = {node.args[0].value for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == "_" and isinstance(node.args[0], ast.Constant)}
    assert len(said) > 20
    assert said - set(passphrase_words.ADVICE) == set()
    verdict = judge("password")
    assert passphrase_words.refusal(verdict).startswith("mae'n rhy hawdd ei ddyfalu: Mae hwn yn")
    assert passphrase_words.level(verdict) == "gwan iawn"
