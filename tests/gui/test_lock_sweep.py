"""The lock always locks: after every dialog and screen has been used (and with some still open,
a blocking file dialog, message box and the outbox's reason dialog included), Ctrl+L, the idle
lock and the system sleep signal each leave the vault closed, the unlock screen showing, no
other window open, and no widget anywhere in the application holding a word of the record
(every widget is walked).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from conftest import GOOD_PASSPHRASE, unlock
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from records_kit import filler, needed_values, set_input
from test_home import SECRET_NAME, vault_with_records

from sharedesk.gui.prompter import DialogPrompter

SECRET = "Quaxwellbury"  # typed into every field, dialog and search box below
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
         Qt.ItemDataRole.UserRole, Qt.ItemDataRole.AccessibleTextRole)


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount private: one column
        return 1


def _model_texts(model: QAbstractItemModel, parent: QModelIndex, depth: int = 0) -> Iterator[str]:
    for row in range(min(model.rowCount(parent), 500)):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            for role in ROLES:
                yield str(model.data(index, role))
            if depth < 3 and column == 0 and model.rowCount(index) > 0:
                yield from _model_texts(model, index, depth + 1)


def widget_texts(widget: QWidget) -> Iterator[str]:
    yield widget.windowTitle()
    yield widget.toolTip()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    for getter in ("text", "toPlainText", "placeholderText"):
        method = getattr(widget, getter, None)
        if callable(method):
            try:
                yield str(method())
            except TypeError:  # a text() that takes arguments (e.g. QTreeWidgetItem-like)
                pass
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield widget.itemText(i)
            yield str(widget.itemData(i))
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_texts(widget.model(), QModelIndex())


def holders(*needles: str) -> list[str]:
    """Every widget (deleted-later ones included) still showing one of ``needles``."""
    found = []
    for widget in QApplication.allWidgets():
        for text in widget_texts(widget):
            if any(n in text for n in needles):
                found.append(f"{type(widget).__name__} {widget.objectName()!r}")
                break
    return found


def lock_by(how: str, qtbot, controller, clock, focus: QWidget | None = None) -> None:
    if how == "ctrl_l":
        qtbot.keyClick(focus or controller.window.current_screen(), Qt.Key.Key_L,
                       Qt.KeyboardModifier.ControlModifier)
    elif how == "idle":
        clock.advance(controller.idle.minutes * 60 + 1)
        controller.idle.check()
    else:
        assert controller.sleep is not None
        controller.settings.set("security.lock_on_sleep", True)
        controller.sleep.system_did_sleep.emit()


def assert_locked_clean(controller, vault, *needles: str) -> None:
    assert controller.locked
    assert not vault.is_open
    assert controller.window.current_screen() is controller.screens["unlock"]
    assert [w for w in QApplication.topLevelWidgets()
            if w is not controller.window and w.isVisible()] == []
    assert holders(*needles) == []


def when_modal(qtbot, kind: type[QWidget], then: Callable[[QWidget], None]) -> None:
    """Once a modal window of ``kind`` is up (inside its blocking exec), call ``then``. A
    backstop closes it after 20 s so a broken lock fails the test instead of hanging it."""
    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind) and modal.isVisible():
            then(modal)
        else:
            QTimer.singleShot(20, poll)

    def backstop() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind):
            modal.reject()  # type: ignore[attr-defined]

    QTimer.singleShot(0, poll)
    QTimer.singleShot(20_000, backstop)


@pytest.fixture
def sleep_ready(qtbot, make_controller):
    def make():
        controller = make_controller()
        qtbot.waitUntil(lambda: controller.sleep is not None)
        return controller
    return make


MEANS = ["ctrl_l", "idle", "sleep"]


@pytest.mark.parametrize("how", MEANS)
def test_decision_with_advice_locks_clean(qtbot, sleep_ready, existing_vault, clock, how) -> None:
    controller = sleep_ready()
    unlock(qtbot, controller)
    vault = controller.vault
    controller.start_decision("england-2018")
    wizard = controller.screens["decision"]
    dialog = wizard.open_seek_advice()
    dialog.adviser_edit.setText(f"DSL {SECRET}")
    dialog.advice_edit.setPlainText(f"Share with {SECRET} social care")
    dialog.save_button.click()  # used and closed: the dialog is deleted soon after
    for value in ("yes", "yes", "yes", "no", "yes"):
        wizard.ui.choice_list.select(value)
        wizard.ui.next_button.click()
    form = wizard.record_form
    for name in needed_values(wizard.session.required_fields, wizard.session.outcome or "", {}):
        set_input(form.inputs[name], filler(name))
    set_input(form.inputs["reasons"], f"Concern raised by {SECRET}")
    form.ui.record_continue_button.click()
    assert holders(SECRET)  # the walk sees it before the lock (check page, form, dialog)
    again = wizard.open_seek_advice()  # a second one left open, half filled in
    again.advice_edit.setPlainText(f"{SECRET} again")
    qtbot.waitUntil(again.isVisible)
    lock_by(how, qtbot, controller, clock, focus=again.advice_edit)
    assert_locked_clean(controller, vault, SECRET)
    unlock(qtbot, controller)  # and the app still works: the draft is back on Home
    qtbot.waitUntil(lambda: controller.screens["home"].ui.drafts_list.count() == 1)  # a worker reads


@pytest.mark.parametrize("how", MEANS)
def test_records_detail_amendment_export_locks_clean(qtbot, sleep_ready, vault_path, clock,
                                                     how) -> None:
    vault_with_records(vault_path)
    controller = sleep_ready()
    unlock(qtbot, controller)
    vault = controller.vault
    controller.open_records()
    records = controller.screens["records"]
    records.ui.search_edit.setText("Jayden")
    qtbot.waitUntil(lambda: records.model.rowCount() == 2)
    home = controller.screens["home"]
    qtbot.waitUntil(home.ui.open_record_button.isEnabled)  # its summary is read on a worker
    home.ui.open_record_button.click()
    detail = controller.screens["record_detail"]
    assert SECRET_NAME in detail.plain_text()
    used = detail.open_amendment()
    used.reason_edit.setPlainText(f"Corrected by {SECRET}")
    used.select_field("what_shared")
    used.value_edit.setPlainText(f"Attendance and {SECRET} notes")
    used.save_button.click()
    qtbot.waitUntil(lambda: detail.amend_dialog is None)
    assert SECRET in detail.plain_text()
    controller.open_outbox()
    controller.open_export()
    export = controller.export_dialog
    export.passphrase_edit.setText(f"{SECRET} passphrase")
    export.close()
    controller.open_record(detail.record.id)
    detail = controller.screens["record_detail"]
    left_open = detail.open_amendment()
    left_open.reason_edit.setPlainText(f"{SECRET} second thoughts")
    qtbot.waitUntil(left_open.isVisible)
    assert holders(SECRET)
    lock_by(how, qtbot, controller, clock, focus=left_open.reason_edit)
    assert_locked_clean(controller, vault, SECRET, SECRET_NAME, "Jayden")


@pytest.mark.parametrize("how", MEANS)
def test_open_file_dialog_is_closed_by_the_lock(qtbot, sleep_ready, existing_vault, clock,
                                                how) -> None:
    controller = sleep_ready()  # no choose_file injected: the real QFileDialog opens
    unlock(qtbot, controller)
    vault = controller.vault
    controller.open_export()
    export = controller.export_dialog
    export.passphrase_edit.setText(f"{SECRET} passphrase")
    seen: list[QWidget] = []

    def in_dialog(dialog: QWidget) -> None:
        seen.append(dialog)
        edits = dialog.findChildren(QLineEdit, "fileNameEdit")
        edits[0].setText(f"{SECRET}.pdf")
        lock_by(how, qtbot, controller, clock, focus=edits[0])

    when_modal(qtbot, QFileDialog, in_dialog)
    export.browse_button.click()  # blocks in the file dialog until the lock closes it
    assert seen
    assert_locked_clean(controller, vault, SECRET)


@pytest.mark.parametrize("how", MEANS)
def test_open_message_box_is_closed_by_the_lock(qtbot, sleep_ready, existing_vault, clock,
                                                how) -> None:
    controller = sleep_ready()
    controller.prompter = DialogPrompter()  # real, blocking message boxes
    unlock(qtbot, controller)
    vault = controller.vault
    seen: list[QWidget] = []

    def in_box(box: QWidget) -> None:
        seen.append(box)
        lock_by(how, qtbot, controller, clock, focus=box)

    when_modal(qtbot, QMessageBox, in_box)
    controller.open_record("00000000-0000-4000-8000-000000000000")  # "Cannot open the record"
    assert seen
    assert_locked_clean(controller, vault, SECRET)


@pytest.mark.parametrize("how", MEANS)
def test_outbox_reason_dialog_is_closed_by_the_lock(qtbot, sleep_ready, existing_vault, clock,
                                                    tmp_path, how) -> None:
    from pyrage import x25519
    from test_export_outbox import _profile, add_records

    from sharedesk.core.profile import import_profile
    from sharedesk.core.sync.outbox import Outbox
    from sharedesk.core.vault import Vault

    add_records(existing_vault, 1)
    controller = sleep_ready()  # no ask_reason injected: the real QInputDialog opens
    import_profile(_profile(tmp_path, x25519.Identity.generate()), controller.settings)
    controller.settings.set("sync.folder", str(tmp_path / "drop"))
    unlock(qtbot, controller)
    vault = controller.vault
    controller.open_outbox()
    screen = controller.screens["outbox"]
    with qtbot.waitSignal(screen.sync_did_finish, timeout=30_000):
        screen.sync_button.click()
    assert screen.table.rowCount() == 1
    bundle = Outbox(vault).status().bundles[0]
    screen.table.selectRow(0)
    seen: list[QWidget] = []

    def in_dialog(dialog: QWidget) -> None:
        seen.append(dialog)
        edit = dialog.findChildren(QLineEdit)[0]
        edit.setText(f"Handed to {SECRET} by hand")
        lock_by(how, qtbot, controller, clock, focus=edit)

    when_modal(qtbot, QInputDialog, in_dialog)
    screen.delivered_button.click()  # blocks in the reason dialog until the lock closes it
    assert seen
    assert_locked_clean(controller, vault, SECRET)
    reopened = Vault.open(existing_vault, GOOD_PASSPHRASE)
    try:  # the lock answered "cancel": nothing was marked delivered
        assert Outbox(reopened).bundle(bundle.id).state == bundle.state
    finally:
        reopened.close()
