"""What the Settings screen and the Help menu ask of the open vault, through the context:
the words a passphrase must not lean on, this laptop's device card, whether a receipt key is
pinned, the diagnostic report and the About box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sharedesk.core.errors import SharedeskError
from sharedesk.gui.context import AppContext


def practitioner_words(c: AppContext) -> tuple[str, ...]:
    """The user's name and role: words the passphrase policy treats as guessable."""
    who = c.access.practitioner()
    return (who.get("name", ""), who.get("role", ""))


def device_card(c: AppContext) -> dict[str, str] | None:
    """This laptop's device key as ``sharedesk device show --json`` prints it; None while
    locked or unreadable."""
    from sharedesk.core.sync.credentials import device_key

    if c.vault is None:
        return None
    try:
        return device_key(c.vault).card()
    except SharedeskError:
        return None


def receipt_keys_pinned(c: AppContext) -> bool | None:
    """Whether a receipt key is pinned (profile or vault); None while locked or unreadable."""
    from sharedesk.core.sync.credentials import receipt_keys

    if c.vault is None:
        return None
    try:
        return bool(receipt_keys(c.vault, c.settings))
    except SharedeskError:
        return None


def copy_diagnostics(c: AppContext) -> str:
    """Help > Copy diagnostic information: put the report on the clipboard (it holds no record
    content, so it is not cleared like copied record text) and say so."""
    from PySide6.QtGui import QGuiApplication

    from sharedesk.gui import diagnostics

    try:
        flows = c.access.flows()
    except SharedeskError:
        flows = {}
    text = diagnostics.gather(c.settings, flows, c.vault is not None)
    QGuiApplication.clipboard().setText(text)
    title = QCoreApplication.translate("AppController", "Diagnostic information")
    c.prompter.inform(c.window, title, QCoreApplication.translate(
        "AppController",
        "Diagnostic information (versions, settings and recent log lines, no record content) "
        "is on the clipboard: paste it into your message to support."))
    return text


def about(c: AppContext) -> None:
    from sharedesk import __version__

    title = QCoreApplication.translate("AppController", "About sharedesk")
    c.prompter.inform(c.window, title, QCoreApplication.translate(
        "AppController",
        "sharedesk %1: information-sharing decisions for safeguarding children.").replace(
            "%1", __version__))
