"""A practised keyboard user: an England 2018 share decision from Ctrl+N to finalised in at most
40 navigation keys plus the free text; the path fills consent, the profile offers the recipient.

Every QTest.keyClick that is not typing free text goes through ``Keys.press`` and is counted.
The app is the real one (controller, main window, vault file); the profile is a real TOML file.
"""

from __future__ import annotations

from pathlib import Path

from conftest import unlock
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from sharedesk.gui.screens.decision import PAGE_CHECK, PAGE_RECORD

MAX_NAVIGATION_KEYS = 40
PROFILE = """schema = 1
[organisation]
name = "Northshire Primary School"
jurisdiction = "England"
default_flow = "england-2018"

[contacts.front_door]
name = "Northshire MASH"
phone = "0300 123 4567"

[[contacts.share_with]]
organisation = "Northshire Children's Services"
role = "Early help coordinator"
"""
Key = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier


class Keys:
    """Counts navigation keys; free text is typed with ``type`` and not counted."""

    def __init__(self) -> None:
        self.count = 0
        self.typed = 0

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
              widget: QWidget | None = None) -> None:
        self.count += 1
        QTest.keyClick(widget or focused(), key, modifier)

    def type(self, text: str) -> None:
        self.typed += len(text)
        QTest.keyClicks(focused(), text)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_a_2018_share_decision_in_at_most_40_navigation_keys(
        qtbot, make_controller, existing_vault: Path, tmp_path: Path) -> None:
    profile = tmp_path / "organisation.toml"
    profile.write_text(PROFILE)
    controller = make_controller()
    controller.settings.set("profile.path", str(profile))
    unlock(qtbot, controller)
    with qtbot.waitActive(controller.window):
        controller.window.activateWindow()
    keys = Keys()

    keys.press(Key.Key_N, Qt.KeyboardModifier.ControlModifier,
               controller.window.current_screen())  # Ctrl+N: a new decision on the default flow
    qtbot.waitUntil(lambda: "decision" in controller.screens)
    wizard = controller.screens["decision"]
    assert wizard.flow.id == "england-2018"
    # Purpose, identifiable, confidential, consent: "Yes" each time (Space picks, Enter goes on).
    for question in ("purpose", "identifiable", "confidential", "consent"):
        qtbot.waitUntil(lambda: focused() is wizard.ui.choice_list.buttons()[0])
        assert wizard.session.current.id == question
        keys.press(Key.Key_Space)
        keys.press(Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.page == PAGE_RECORD)
    assert wizard.session.outcome == "share"

    form = wizard.record_form
    assert form.settled["consent"].isVisible() and not form.inputs["consent"].isVisible()
    assert "consent_reason" not in form.main_fields(wizard.session.required_fields, "share")

    def tab_to(widget: QWidget) -> None:
        for _ in range(12):
            if focused() is widget:
                return
            keys.press(Key.Key_Tab)
        raise AssertionError(f"Tab never reached {widget.objectName()}")

    tab_to(form.inputs["purpose"])
    keys.type("Early help for the family")
    tab_to(form.inputs["reasons"])
    keys.type("Attendance has fallen and mother asked for help")
    tab_to(form.inputs["what_shared"])
    keys.type("Attendance record this term")
    tab_to(form.inputs["recipient"])
    keys.press(Key.Key_Down)  # the first of the profile's contacts
    tab_to(form.inputs["lawful_basis"])
    keys.press(Key.Key_Down)  # public task
    tab_to(form.inputs["informed"])
    keys.press(Key.Key_Down)  # yes
    keys.press(Key.Key_O, ALT)  # Continue
    qtbot.waitUntil(lambda: wizard.page == PAGE_CHECK)
    with qtbot.waitSignal(wizard.decision_did_finalise, timeout=10_000) as blocker:
        keys.press(Key.Key_F, ALT)  # Finalise

    record = controller.vault.records.get(blocker.args[0])
    assert record.is_final and record.outcome == "share"
    assert record.fields["consent"] == "given"  # filled by the path, never asked
    assert "consent_reason" not in record.fields
    assert record.fields["recipient"] == \
        "Northshire Children's Services, Early help coordinator"
    assert record.fields["lawful_basis"] == "public_task"
    assert record.fields["informed"] == "yes"
    assert record.fields["decision_maker"] == "Ann Tester"
    print(f"navigation keys: {keys.count}; free text characters: {keys.typed}")
    assert keys.count <= MAX_NAVIGATION_KEYS
