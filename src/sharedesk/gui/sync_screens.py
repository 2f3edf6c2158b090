"""Opening the Export dialog and the Outbox screen from the application context.

Kept apart from the controller so it stays a list of wiring; both are built on demand (their
modules, and the export and sync code under them, load only when first used).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sharedesk.core.errors import SharedeskError
from sharedesk.gui.context import AppContext

if TYPE_CHECKING:
    from sharedesk.gui.screens.outbox import OutboxScreen


def open_export(c: AppContext, selected_ids: list[str] | None = None, *,
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
    extra: dict[str, Any] = {"choose_file": c.choose_file} if c.choose_file else {}
    close_export(c)
    dialog = ExportDialog(c.runner, c.vault, c.access.flows, profile_recipients=recipients,
                          selected_ids=selected_ids or (), parent=c.window, **extra)
    c.export_dialog = dialog
    if one_record and selected_ids:
        dialog.offer_this_record()
    dialog.open()


def records_selection(c: AppContext) -> list[str]:
    """Ids selected on the records screen when it is the one showing (for Export)."""
    from sharedesk.gui.screens.records import RecordsScreen

    screen = c.screens.get("records")
    if not isinstance(screen, RecordsScreen) or not c.showing("records"):
        return []
    return screen.selected_ids()


def close_export(c: AppContext) -> None:
    """Close the dialog and forget its passphrase and keys (on lock, or before a new one)."""
    dialog, c.export_dialog = c.export_dialog, None
    if dialog is not None:
        clear = getattr(dialog, "clear", None)
        if callable(clear):
            clear()
        dialog.close()
        dialog.deleteLater()


def outbox_screen(c: AppContext) -> OutboxScreen:
    """The outbox screen, built once per unlock (it is dropped on lock)."""
    from sharedesk.gui.screens.outbox import OutboxScreen

    screen = c.screens.get("outbox")
    if isinstance(screen, OutboxScreen):
        return screen
    extra: dict[str, Any] = {}
    if c.choose_file:
        extra["choose_file"] = c.choose_file
    if c.ask_reason:
        extra["ask_reason"] = c.ask_reason
    made = OutboxScreen(c.runner, c.vault, c.settings, c.access.flows, **extra)
    c.screens["outbox"] = made
    return made


def refresh_outbox(screen: OutboxScreen) -> None:
    try:
        screen.refresh()
    except SharedeskError as exc:
        screen.show_message(str(exc), error=True)
