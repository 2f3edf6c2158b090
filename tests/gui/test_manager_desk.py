"""The manager's desk in the app (issue 14), driven by keyboard where a person would use it.

Real widgets over a real vault, real bundles from five practitioners' vaults (one tampered,
one from a laptop nobody trusted): Inbox import with per-bundle results, Trust this laptop,
Devices, the Team overview with its figures opening their records, Countersign (two agreed,
one escalated), and an Export of the overview's records as a PDF pack and a sealed bundle.
"""

from __future__ import annotations

import pytest
from conftest import unlock
from desk_kit import trusted_desk
from pyrage import x25519
from PySide6.QtCore import Qt

from sharedesk.gui.controller import AppController


@pytest.fixture
def desk(qtbot, make_controller, existing_vault, tmp_path):
    return trusted_desk(qtbot, make_controller, tmp_path)


def _import(qtbot, screen) -> None:
    with qtbot.waitSignal(screen.import_button.clicked, timeout=1000):
        qtbot.keyClick(screen.import_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: screen.import_button.isEnabled(), timeout=30_000)


def test_manager_menu_only_in_manager_mode(qtbot, make_controller, existing_vault) -> None:
    controller: AppController = make_controller()
    unlock(qtbot, controller)
    menu = controller.window.findChild(type(controller.manager_menu), "manager_menu")
    assert menu is not None and not menu.menuAction().isVisible()
    controller.settings.set("desk.mode", "manager")
    controller.apply_settings()
    assert menu.menuAction().isVisible()
    assert all(a.isEnabled() for a in menu.actions())
    controller.lock("test")
    assert not any(a.isEnabled() for a in menu.actions())


def test_a_managers_day(qtbot, desk, tmp_path) -> None:
    controller, people, inbox, key, chosen = desk
    window = controller.window
    # Inbox, from its keyboard shortcut
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    screen = controller.screens["inbox"]
    assert window.current_screen() is screen
    chosen += [str(inbox), str(key)]
    qtbot.keyClick(screen.folder_button, Qt.Key.Key_Space)
    qtbot.keyClick(screen.identity_button, Qt.Key.Key_Space)
    assert screen.folder_edit.text() == str(inbox) and screen.identity_edit.text() == str(key)
    _import(qtbot, screen)
    assert screen.table.rowCount() == 5 and screen.progress.value() == 5
    results = {r.name: r for r in screen.results}
    assert results[people[2].bundle.name].status == "refused"  # tampered
    unknown = results[people[4].bundle.name]
    assert unknown.status == "refused" and unknown.untrusted
    assert "Imported: 3" in screen.summary_label.text() and "Refused: 2" in screen.summary_label.text()
    assert screen.table.item(2, 2).text() == results[people[2].bundle.name].reason
    # Trust the unknown laptop: its fingerprint is shown; its bundle goes back; import again
    screen.table.selectRow(4)
    assert people[4].fingerprint in screen.signer_label.text()
    assert screen.trust_button.isEnabled()
    screen.trust_name_edit.setFocus()
    qtbot.keyClicks(screen.trust_name_edit, "Joe Bloggs, laptop 5")
    qtbot.keyClick(screen.trust_button, Qt.Key.Key_Space)
    assert "Trusted Joe Bloggs, laptop 5" in screen.summary_label.text()
    assert (inbox / people[4].bundle.name).exists()
    _import(qtbot, screen)
    assert [r.status for r in screen.results] == ["imported"]
    # Devices: the five laptops with what they sent
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    devices = controller.screens["devices"]
    rows = {d["name"]: i for i, d in enumerate(devices.rows)}
    assert len(rows) == 5
    row = rows["Joe Bloggs, laptop 5"]
    assert devices.table.item(row, 1).text() == people[4].fingerprint
    assert devices.table.item(row, 6).text() == "2"  # records
    assert devices.table.item(rows[people[2].name], 5).text() == "0"  # tampered: none seen
    # Team overview: 8 decisions; a practitioner's bar opens that practitioner's records
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    overview = controller.screens["team_overview"]
    qtbot.waitUntil(lambda: not overview.loading)  # the figures are read on a worker
    assert "8 finalised decisions" in overview.total_label.text()
    chart = overview.practitioner_chart
    assert [b[0] for b in chart.bars] == sorted(p.name for i, p in enumerate(people) if i != 2)
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not overview.loading)
    assert overview.figure == overview.figure.__class__("practitioner", chart.bars[1][0])
    assert overview.table.rowCount() == 2
    qtbot.keyClick(overview.figure_buttons["awaiting_countersignature"], Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not overview.loading)
    assert overview.table.rowCount() == 8
    # Countersign two records (agreed) and escalate one, from the record screen
    for index, outcome, comment in ((0, "agreed", ""), (1, "agreed", "Good reasons"),
                                    (2, "escalated", "Refer to the MASH today")):
        qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)
        overview = controller.screens["team_overview"]
        overview.show_figure(overview.figure.__class__("awaiting_countersignature"))
        qtbot.waitUntil(lambda o=overview: not o.loading)
        assert overview.table.rowCount() == 8 - index
        overview.table.selectRow(0)
        qtbot.keyClick(overview.open_button, Qt.Key.Key_Space)
        detail = controller.screens["record_detail"]
        qtbot.keyClick(detail.countersign_button, Qt.Key.Key_Space)
        dialog = detail.countersign_dialog
        assert dialog is not None and dialog.isVisible()
        dialog.choose(outcome)
        dialog.comment_edit.setPlainText(comment)
        qtbot.keyClick(dialog.sign_button, Qt.Key.Key_Space)
        assert "Countersignature added." in detail.ui.detail_message.text()
        assert detail.record.countersignatures[-1].outcome == outcome
        assert "Countersignatures" in detail.plain_text() and "signature verified" in \
            detail.plain_text()
    # the same key and outcome again: refused in the dialog, nothing written
    qtbot.keyClick(detail.countersign_button, Qt.Key.Key_Space)
    dialog = detail.countersign_dialog
    dialog.choose("escalated")
    dialog.comment_edit.setPlainText("again")
    qtbot.keyClick(dialog.sign_button, Qt.Key.Key_Space)
    assert "already countersigned" in dialog.error_label.text()
    assert len(controller.vault.records.get(detail.record.id).countersignatures) == 1
    dialog.reject()
    # Export the overview's records as a PDF pack, then a sealed bundle
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    overview = controller.screens["team_overview"]
    qtbot.waitUntil(lambda: not overview.loading)
    assert "Awaiting countersignature: 5" in overview.figure_buttons[
        "awaiting_countersignature"].text().replace("&", "")
    overview.show_figure(overview.figure.__class__("month", overview.month_chart.bars[0][0]))
    qtbot.waitUntil(lambda: not overview.loading)
    qtbot.keyClick(overview.export_button, Qt.Key.Key_Space)
    export = controller.export_dialog
    assert export is not None and export.isVisible()
    export.out_edit.setText(str(tmp_path / "pack.pdf"))
    with qtbot.waitSignal(export.export_did_finish, timeout=60_000):
        export.export_button.click()
    from pypdf import PdfReader

    pages = [p.extract_text() for p in PdfReader(tmp_path / "pack.pdf").pages]
    assert "cover sheet" in pages[0] and "8 records follow" in pages[0]
    assert "Escalated" in " ".join(pages)
    org_key = x25519.Identity.generate()
    export.set_format("bundle")
    export.recipients_edit.setPlainText(str(org_key.to_public()))
    export.out_edit.setText(str(tmp_path / "team.age"))
    with qtbot.waitSignal(export.export_did_finish, timeout=60_000):
        export.export_button.click()
    from sharedesk.core.export.bundle_open import open_bundle
    from sharedesk.core.sync.devices import vault_trust

    opened = open_bundle(tmp_path / "team.age", [org_key], trust=vault_trust(controller.vault))
    assert len(opened.records) == 8
    assert sum(len(r.countersignatures) for r in opened.records) == 3


@pytest.mark.parametrize("key", ["inbox", "devices", "team_overview"])
def test_manager_screens_are_named_labelled_and_reached_by_tab(qtbot, desk, key) -> None:
    import itertools

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from test_accessibility import assert_accessible, interactive

    from sharedesk.gui import manager_screens

    controller = desk[0]
    {"inbox": manager_screens.open_inbox, "devices": manager_screens.open_devices,
     "team_overview": manager_screens.open_overview}[key](controller.context)
    screen = controller.screens[key]
    assert assert_accessible(screen) >= 3
    with qtbot.waitActive(controller.window):
        controller.window.activateWindow()
    controls = [w for w in interactive(screen)
                if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    wanted = {w.objectName() for w in controls}
    controls[0].setFocus()
    seen: list[str] = []
    for _ in range(3 * len(wanted) + 10):
        widget = QApplication.focusWidget()
        assert widget is not None
        if screen.isAncestorOf(widget):
            seen.append(widget.objectName())
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    assert wanted <= set(seen), f"never reached: {sorted(wanted - set(seen))}"
    assert max(len(list(g)) for _n, g in itertools.groupby(seen)) == 1


def test_countersign_dialog_is_named_and_labelled(qtbot, desk) -> None:
    from test_accessibility import assert_accessible

    from sharedesk.core.export.bundle_open import open_bundle
    from sharedesk.core.sync.importer import import_bundle
    from sharedesk.gui.manager_screens import trust_check

    controller, people, _inbox, key, _chosen = desk
    opened = open_bundle(people[0].bundle, str(key), trust=trust_check(controller.context))
    import_bundle(controller.vault, opened)
    controller.open_record(people[0].record_ids[0])
    detail = controller.screens["record_detail"]
    assert detail.countersign_button.accessibleName() == "Countersign"
    dialog = detail.open_countersign()
    assert dialog is not None and dialog.isVisible()
    assert assert_accessible(dialog) >= 6
    controller.lock("test")  # a lock closes the dialog
    assert not dialog.isVisible()


def test_settings_turn_the_managers_desk_on(qtbot, make_controller, existing_vault) -> None:
    controller: AppController = make_controller()
    unlock(qtbot, controller)
    controller.open_settings()
    screen = controller.screens["settings"]
    assert not screen.manager_check.isChecked()
    qtbot.keyClick(screen.manager_check, Qt.Key.Key_Space)
    screen.ui.save_button.click()
    assert controller.settings.get("desk.mode") == "manager"
    assert controller.manager_menu.menuAction().isVisible()


def test_first_run_can_open_the_managers_desk(qtbot, make_controller, vault_path) -> None:
    from sharedesk.core.settings import Settings

    controller: AppController = make_controller()
    screen = controller.screens["first_run"]
    from PySide6.QtWidgets import QCheckBox

    box = screen.findChild(QCheckBox, "first_run_manager_desk")
    assert not box.isChecked() and box.accessibleName().startswith("I lead a team")
    screen.ui.passphrase_edit.setText("tidal yellow garden kettle 42")
    screen.ui.confirm_edit.setText("tidal yellow garden kettle 42")
    screen.ui.name_edit.setText("Alex Lead")
    screen.ui.role_edit.setText("Safeguarding lead")
    assert screen.ui.profile_browse_button.nextInFocusChain() is box  # reached by Tab
    qtbot.keyClick(box, Qt.Key.Key_Space)
    with qtbot.waitSignal(controller.vault_did_unlock, timeout=10_000):
        screen.ui.create_button.click()
    assert controller.manager_menu.menuAction().isVisible()
    assert Settings().get("desk.mode") == "manager"  # saved, not only in memory
