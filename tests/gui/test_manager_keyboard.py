"""The manager's day by keyboard alone (issue 14): every step is a key press on the focused widget.

Unlock, Inbox (type the folder and identity paths, Import), Trust the unknown laptop (arrow to its
row, type a name), Team overview (Tab to a chart, arrow to a bar, Enter), Countersign two
records and escalate one (Tab, arrows, typing, Space), and Export the month's records as a PDF
pack and a sealed bundle. No widget method is called to do a step; the outcomes are read back
from the vault, the PDF (pypdf) and the bundle (opened with the organisation's key).
"""

from __future__ import annotations

import pytest
from conftest import GOOD_PASSPHRASE
from desk_kit import new_desk as make_new_desk
from desk_kit import trusted_desk
from pyrage import x25519
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def key(k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), k, mod)


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def tab_to(name: str, backwards: bool = False, limit: int = 60) -> QWidget:
    """Press Tab (or Shift+Tab) until the focused widget is ``name``; fail if it never is."""
    seen = []
    for _ in range(limit):
        widget = focused()
        if widget.objectName() == name:
            return widget
        seen.append(widget.objectName())
        if backwards:
            key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        else:
            key(Qt.Key.Key_Tab)
    raise AssertionError(f"{name} never took focus by Tab; went through {seen}")


def unlock_by_typing(qtbot, controller) -> None:
    """The unlock screen has focus on its passphrase field: type the passphrase and Enter."""
    assert focused().objectName() == "passphrase_edit"
    type_text(GOOD_PASSPHRASE)
    with qtbot.waitSignal(controller.vault_did_unlock, timeout=10_000):
        key(Qt.Key.Key_Return)


def export_to(qtbot, export, destination) -> None:
    """In the export dialog: Tab to the destination, replace it by typing, Tab to Export and
    press Space; returns when the export has finished."""
    tab_to("export_destination")
    key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(str(destination))
    tab_to("export_start")
    with qtbot.waitSignal(export.export_did_finish, timeout=60_000):
        key(Qt.Key.Key_Space)


def import_by_keyboard(qtbot, controller, inbox, key_file):
    """Ctrl+Shift+I, type the folder and the identity file, Import; the Inbox screen once its
    five bundles are processed."""
    key(Qt.Key.Key_I, CTRL_SHIFT)
    screen = controller.screens["inbox"]
    assert controller.window.current_screen() is screen
    tab_to("inbox_folder")
    type_text(str(inbox))
    tab_to("inbox_identity")
    type_text(str(key_file))
    tab_to("inbox_import")
    key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: screen.import_button.isEnabled() and len(screen.results) == 5,
                    timeout=30_000)
    return screen


@pytest.fixture
def desk(qtbot, make_controller, existing_vault, tmp_path):
    return trusted_desk(qtbot, make_controller, tmp_path)


def test_a_managers_day_by_keyboard_alone(qtbot, desk, tmp_path) -> None:
    controller, people, inbox, org_key_file, _chosen = desk
    window = controller.window
    with qtbot.waitActive(window):
        window.activateWindow()
    # Unlock: the passphrase typed and Enter (the fixture unlocked once to trust four laptops)
    controller.lock("test")
    assert window.current_screen() is controller.screens["unlock"]
    unlock_by_typing(qtbot, controller)
    # Inbox: type the folder and the identity file; Import
    screen = import_by_keyboard(qtbot, controller, inbox, org_key_file)
    results = {r.name: r for r in screen.results}
    assert "Imported: 3" in screen.summary_label.text()
    assert results[people[2].bundle.name].status == "refused"  # tampered
    assert screen.table.item(2, 2).text() == results[people[2].bundle.name].reason != ""
    assert results[people[4].bundle.name].untrusted
    # Trust the unknown laptop: arrow to its row, read its fingerprint, name it, trust it
    tab_to("inbox_results")
    key(Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(4):
        key(Qt.Key.Key_Down)
    assert screen.table.currentRow() == 4
    assert people[4].fingerprint in screen.signer_label.text()
    tab_to("inbox_trust_name")
    type_text("Joe Bloggs, laptop 5")
    tab_to("inbox_trust")
    key(Qt.Key.Key_Space)
    assert "Trusted Joe Bloggs, laptop 5" in screen.summary_label.text()
    tab_to("inbox_import", backwards=True)
    key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: screen.import_button.isEnabled() and len(screen.results) == 1,
                    timeout=30_000)
    assert [r.status for r in screen.results] == ["imported"]
    # Team overview: a practitioner's bar, by arrows and Enter
    key(Qt.Key.Key_T, CTRL_SHIFT)
    overview = controller.screens["team_overview"]
    assert window.current_screen() is overview
    qtbot.waitUntil(lambda: not overview.loading)  # the figures are read on a worker
    assert "8 finalised decisions" in overview.total_label.text()
    tab_to("chart_practitioner")
    key(Qt.Key.Key_Home)
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not overview.loading)
    assert overview.figure.kind == "practitioner"
    assert overview.figure.value == overview.practitioner_chart.bars[1][0]
    assert overview.table.rowCount() == 2
    # Countersign two records (agreed) and escalate one
    for done, escalate, comment in ((0, False, ""), (1, False, "Good reasons"),
                                    (2, True, "Refer to the MASH today")):
        key(Qt.Key.Key_T, CTRL_SHIFT)
        tab_to("figure_awaiting_countersignature")
        key(Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: not overview.loading)
        assert overview.table.rowCount() == 8 - done
        assert focused() is overview.table
        tab_to("figure_open_record")
        key(Qt.Key.Key_Space)
        detail = controller.screens["record_detail"]
        assert window.current_screen() is detail
        opened_id = detail.record.id
        tab_to("countersign_button")
        key(Qt.Key.Key_Space)
        dialog = detail.countersign_dialog
        assert dialog is not None and dialog.isVisible()
        qtbot.waitUntil(lambda d=dialog: d.isAncestorOf(focused()), timeout=2000)
        tab_to("countersign_agreed", backwards=True)
        if escalate:
            key(Qt.Key.Key_Down)
            key(Qt.Key.Key_Down)
        assert dialog.outcome() == ("escalated" if escalate else "agreed")
        tab_to("countersign_comment")
        type_text(comment)
        tab_to("countersign_sign")
        key(Qt.Key.Key_Space)
        assert not dialog.isVisible()
        qtbot.waitUntil(lambda d=detail: focused() is d.countersign_button, timeout=2000)
        assert "Countersignature added." in detail.ui.detail_message.text()
        stored = controller.vault.records.get(opened_id).countersignatures
        assert [(c.outcome, c.comment) for c in stored] == [
            ("escalated" if escalate else "agreed", comment)]
    # Export the first month's records: a PDF pack, then a sealed bundle
    key(Qt.Key.Key_T, CTRL_SHIFT)
    qtbot.waitUntil(lambda: not overview.loading)
    assert "Awaiting countersignature: 5" in overview.figure_buttons[
        "awaiting_countersignature"].accessibleName()
    tab_to("chart_month")
    key(Qt.Key.Key_Home)
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not overview.loading)
    assert overview.figure.kind == "month" and overview.table.rowCount() == 8
    tab_to("figure_export")
    key(Qt.Key.Key_Space)
    export = controller.export_dialog
    assert export is not None and export.isVisible()
    qtbot.waitUntil(lambda: export.isAncestorOf(focused()), timeout=2000)
    tab_to("export_format")
    key(Qt.Key.Key_Home)
    assert export.format() == "pdf"
    export_to(qtbot, export, tmp_path / "pack.pdf")
    from pypdf import PdfReader

    pages = [p.extract_text() for p in PdfReader(tmp_path / "pack.pdf").pages]
    assert "cover sheet" in pages[0] and "8 records follow" in pages[0]
    assert "Escalated" in " ".join(pages)
    org = x25519.Identity.generate()
    tab_to("export_format", backwards=True)
    key(Qt.Key.Key_End)
    assert export.format() == "bundle"
    tab_to("export_recipients")
    type_text(str(org.to_public()))
    export_to(qtbot, export, tmp_path / "team.age")
    from sharedesk.core.export.bundle_open import open_bundle
    from sharedesk.core.sync.devices import vault_trust

    opened = open_bundle(tmp_path / "team.age", [org], trust=vault_trust(controller.vault))
    assert len(opened.records) == 8
    signed = sorted(c.outcome for r in opened.records for c in r.countersignatures)
    assert signed == ["agreed", "agreed", "escalated"]


def test_manager_screens_fit_their_text_at_200_percent(qtbot, desk) -> None:
    """At 200% text the Inbox rows were squashed and cut ("Impo..."), the overview's headings
    cut, and the Countersign dialog (a fixed 520x440) cut its outcomes and comment box."""
    from sharedesk.gui import manager_screens

    controller, people, inbox, org_key_file, _chosen = desk
    manager_screens.open_inbox(controller.context)  # made at 100%, then the text grows
    screen = controller.screens["inbox"]
    controller.settings.set("appearance.text_scale_percent", 200)
    controller.apply_settings()
    screen.folder_edit.setText(str(inbox))
    screen.identity_edit.setText(str(org_key_file))
    screen.start_import()
    qtbot.waitUntil(lambda: screen.import_button.isEnabled() and len(screen.results) == 5,
                    timeout=30_000)
    metrics = screen.table.fontMetrics()
    assert all(screen.table.rowHeight(r) >= metrics.height() for r in range(5))
    assert screen.table.columnWidth(1) > metrics.horizontalAdvance("Imported")
    manager_screens.open_overview(controller.context)
    overview = controller.screens["team_overview"]
    header = overview.table.horizontalHeader()
    assert header.sectionSize(2) > header.fontMetrics().horizontalAdvance("Practitioner")
    controller.open_record(people[0].record_ids[0])
    dialog = controller.screens["record_detail"].open_countersign()
    assert dialog is not None
    hint = dialog.sizeHint()
    assert dialog.width() >= hint.width() and dialog.height() >= hint.height()
    assert dialog.comment_edit.height() >= 3 * dialog.comment_edit.fontMetrics().lineSpacing()
    dialog.reject()


@pytest.fixture
def new_desk(qtbot, make_controller, existing_vault, tmp_path):
    """The manager's first day: five bundles in the folder (one tampered), no laptop trusted."""
    return make_new_desk(make_controller, tmp_path)


def test_a_new_manager_trusts_every_laptop_by_keyboard(qtbot, new_desk) -> None:
    controller, people, inbox, key_file = new_desk
    window = controller.window
    with qtbot.waitActive(window):
        window.activateWindow()
    unlock_by_typing(qtbot, controller)
    screen = import_by_keyboard(qtbot, controller, inbox, key_file)
    assert "Imported: 0" in screen.summary_label.text()
    assert [r.untrusted for r in screen.results] == [True, True, False, True, True]
    for row in (0, 1, 3, 4):
        tab_to("inbox_results")
        key(Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        for _ in range(row):
            key(Qt.Key.Key_Down)
        assert people[row].fingerprint in screen.signer_label.text()
        tab_to("inbox_trust_name")
        type_text(f"{people[row].name}, laptop")
        tab_to("inbox_trust")
        key(Qt.Key.Key_Space)
        assert f"Trusted {people[row].name}, laptop" in screen.summary_label.text()
    tab_to("inbox_import", backwards=True)
    key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: screen.import_button.isEnabled() and len(screen.results) == 4,
                    timeout=30_000)
    assert [r.status for r in screen.results] == ["imported"] * 4
    assert "Imported: 4" in screen.summary_label.text()
    from sharedesk.core.sync.devices import devices

    assert sorted(d.name for d in devices(controller.vault)) == sorted(
        f"{people[r].name}, laptop" for r in (0, 1, 3, 4))
