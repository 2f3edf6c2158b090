"""Opening the Export dialog and the Outbox screen for the controller.

Kept apart from the controller so it stays a list of wiring; both are built on demand (their
modules, and the export and sync code under them, load only when first used).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication

from sharedesk.core.errors import SharedeskError

if TYPE_CHECKING:
    from sharedesk.gui.controller import AppController


def open_export(c: AppController, selected_ids: list[str] | None = None, *,
                one_record: bool = False) -> None:
    """The Export dialog, opened with open() (never exec(), which would block the event loop).
    ``one_record``: opened from a record's screen, so the selection reads "This record"."""
    if c.vault is None:
        return
    from sharedesk.core.sync.service import default_recipients
    from sharedesk.gui.dialogs.export import ExportDialog

    try:
        recipients = default_recipients(c.settings)
    except SharedeskError:  # a profile that no longer verifies: paste keys instead
        recipients = []
    extra = {"choose_file": c.choose_file} if c.choose_file else {}
    close_export(c)
    c.export_dialog = ExportDialog(c.runner, c.vault, c.access.flows,
                                   profile_recipients=recipients,
                                   selected_ids=selected_ids or (), parent=c.window, **extra)
    if one_record and selected_ids:
        button = c.export_dialog.range_buttons["selected"]
        button.setText(QCoreApplication.translate("ExportForm", "&This record"))
        button.setAccessibleName(QCoreApplication.translate("ExportForm", "This record"))
    c.export_dialog.open()


def records_selection(c: AppController) -> list[str]:
    """Ids selected on the records screen when it is the one showing (for Export)."""
    found = c.screens.get("records")
    if found is None or c.window.current_screen() is not found:
        return []
    screen = cast(Any, found)  # a RecordsScreen (GUI-B's): its table and lazy model
    rows = screen.ui.records_table.selectionModel().selectedRows()
    return [i for i in (screen.model.record_id(r.row()) for r in rows) if i]


def close_export(c: AppController) -> None:
    """Close the dialog and forget its passphrase and keys (on lock, or before a new one)."""
    dialog, c.export_dialog = c.export_dialog, None
    if dialog is not None:
        dialog.clear()
        dialog.close()
        dialog.deleteLater()


def outbox_screen(c: AppController) -> Any:
    """The outbox screen, built once per unlock (it is dropped on lock)."""
    from sharedesk.gui.screens.outbox import OutboxScreen

    screen = c.screens.get("outbox")
    if screen is None:
        extra: dict[str, Any] = {}
        if c.choose_file:
            extra["choose_file"] = c.choose_file
        if c.ask_reason:
            extra["ask_reason"] = c.ask_reason
        screen = OutboxScreen(c.runner, c.vault, c.settings, c.access.flows, **extra)
        c.screens["outbox"] = screen
    return screen


def refresh_outbox(screen: Any) -> None:
    try:
        screen.refresh()
    except SharedeskError as exc:
        screen.show_message(str(exc), error=True)
