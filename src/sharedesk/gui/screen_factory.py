"""Building screens for the controller: the decision wizard (new or from a draft), home, a
record, the reference library and settings.

Kept apart from the controller so the controller only wires screens; each screen's modules
(and the flow parser) load when it is first shown, not at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sharedesk.core.errors import RecordPurged, SharedeskError
from sharedesk.gui.vault_access import VaultAccess

if TYPE_CHECKING:
    from sharedesk.gui.controller import AppController


def recipient_choices(access: VaultAccess) -> tuple[str, ...]:
    """The organisation profile's contacts, offered as a record's recipient (none if the
    profile cannot be read: the side notes say so; the recipient is then typed)."""
    from sharedesk.core.errors import SharedeskError
    from sharedesk.core.profile import current_profile
    from sharedesk.core.profile import recipient_choices as choices

    try:
        return choices(current_profile(access.settings))
    except SharedeskError:
        return ()


def new_wizard(access: VaultAccess, vault: Any, flow_id: str) -> QWidget:
    """A wizard at the first question of ``flow_id``; UsageError for an unknown flow."""
    from sharedesk.gui.screens.decision import DecisionWizard

    flow = access.display_flow(flow_id)  # in the interface language (docs/translations.md)
    who = access.practitioner()
    return DecisionWizard(flow, service=vault.records, author=who.get("name", ""),
                          role=who.get("role", ""), contacts=access.contacts(),
                          recipients=recipient_choices(access))


def resumed_wizard(access: VaultAccess, vault: Any, draft_id: str) -> QWidget:
    """A wizard where the draft was left; SharedeskError if the draft is gone or no longer fits
    its flow."""
    from sharedesk.gui.screens.decision import DecisionWizard

    state = vault.records.load_draft(draft_id)
    flow = access.display_flow(access.draft_flow_id(state))
    who = access.practitioner()
    wizard: QWidget = DecisionWizard.from_draft(
        draft_id, state, flow, service=vault.records, author=who.get("name", ""),
        role=who.get("role", ""), contacts=access.contacts(),
        recipients=recipient_choices(access))
    return wizard


def first_run_screen(c: AppController) -> QWidget:
    from sharedesk.gui.screens.first_run import FirstRunScreen

    screen = FirstRunScreen(c.runner, c.access.create, c.access.flow_choices(),
                            default_flow=str(c.settings.get("flows.default")),
                            describe_profile=c.access.describe_profile)
    applied = c.access.applied_profile_path()
    if applied is not None:  # its recovery key goes into the new vault
        screen.use_profile(applied)
    from sharedesk.gui import manager_screens

    manager_screens.add_first_run_choice(c, screen)
    screen.vault_did_create.connect(c.on_first_run_vault_did_create)
    return screen


def unlock_screen(c: AppController) -> QWidget:
    from sharedesk.gui.screens.unlock import UnlockScreen

    screen = UnlockScreen(c.runner, c.access.open, backoff=c.access.backoff)
    screen.vault_did_unlock.connect(c.on_vault_open)
    return screen


def home_screen(c: AppController) -> QWidget:
    from sharedesk.gui.screens.home import HomeScreen

    screen = HomeScreen(c.access.flow_choices(), default_flow=str(c.settings.get("flows.default")),
                        short_names=c.access.flow_short_names())
    screen.decision_did_request.connect(c.start_decision)
    screen.draft_did_resume.connect(c.resume_draft)
    screen.record_did_open.connect(c.open_record)
    screen.records_did_request.connect(c.open_records)
    screen.outbox_did_request.connect(c.open_outbox)
    return screen


def record_detail(c: AppController, record_id: str) -> QWidget | None:
    """The record's screen, or None after telling the user why it cannot open."""
    from sharedesk.gui import sync_screens
    from sharedesk.gui.screens.record_detail import RecordDetail

    window, vault = c.window, c.vault
    try:
        from sharedesk.gui import manager_screens

        screen = RecordDetail(vault.records, record_id, audit=vault.audit_events,  # type: ignore[union-attr]
                              clipboard=c.clipboard, author=c.access.practitioner().get("name", ""),
                              flow_lookup=c.access.flow_lookup(),  # words in the UI language
                              **manager_screens.countersign_hooks(c))
        screen.export_did_request.connect(
            lambda rid: sync_screens.open_export(c, [rid], one_record=True))
        return screen
    except RecordPurged:  # retention ran out after acknowledgement: expected, not an error
        title = QCoreApplication.translate("AppController", "Record purged")
        c.prompter.inform(window, title, QCoreApplication.translate(
            "AppController",
            "This record reached the case system and its content was removed from this "
            "laptop after the retention period. Its reference, dates and audit trail are "
            "kept; the case system holds the full record."))
    except SharedeskError as exc:
        c.prompter.warn(window, QCoreApplication.translate(
            "AppController", "Cannot open the record"), str(exc))
    return None


def reference_screen(c: AppController) -> QWidget | None:
    """The reference library, or None after saying why it cannot load."""
    from sharedesk.gui.screens.reference import ReferenceScreen

    try:
        library = c.access.reference_library()
    except SharedeskError as exc:
        c.prompter.warn(c.window, QCoreApplication.translate(
            "AppController", "Reference library"), str(exc))
        return None
    return ReferenceScreen(library)


def settings_screen(c: AppController) -> QWidget:
    from sharedesk.gui.dialogs.change_passphrase import PassphraseHooks
    from sharedesk.gui.screens.settings import RecoveryHooks, SettingsScreen

    screen = SettingsScreen(c.settings, c.access.flow_choices(),
                            sleep_supported=c.guard.sleep_supported,
                            receipt_keys_pinned=lambda: receipt_keys_pinned(c),
                            device_card=lambda: device_card(c),
                            recovery=RecoveryHooks(c.access.recovery_recipient,
                                                   c.access.add_recovery),
                            passphrase=PassphraseHooks(c.runner, c.access.change_passphrase,
                                                       lambda: practitioner_words(c)))
    screen.settings_did_save.connect(c.apply_settings)
    return screen


def practitioner_words(c: AppController) -> tuple[str, ...]:
    """The user's name and role: words the passphrase policy treats as guessable."""
    who = c.access.practitioner()
    return (who.get("name", ""), who.get("role", ""))


def device_card(c: AppController) -> dict[str, str] | None:
    """This laptop's device key as ``sharedesk device show --json`` prints it; None while
    locked or unreadable."""
    from sharedesk.core.sync.credentials import device_key

    if c.vault is None:
        return None
    try:
        return device_key(c.vault).card()
    except SharedeskError:
        return None


def receipt_keys_pinned(c: AppController) -> bool | None:
    """Whether a receipt key is pinned (profile or vault); None while locked or unreadable."""
    from sharedesk.core.sync.credentials import receipt_keys

    if c.vault is None:
        return None
    try:
        return bool(receipt_keys(c.vault, c.settings))
    except SharedeskError:
        return None


def copy_diagnostics(c: AppController) -> str:
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


def about(c: AppController) -> None:
    from sharedesk import __version__

    title = QCoreApplication.translate("AppController", "About sharedesk")
    c.prompter.inform(c.window, title, QCoreApplication.translate(
        "AppController",
        "sharedesk %1: information-sharing decisions for safeguarding children.").replace(
            "%1", __version__))
