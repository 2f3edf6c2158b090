"""The screen builder: each screen made from the application context when first needed.

The controller only decides which screen shows; this module knows what each screen is made of
(the vault's services, settings, the task runner, hooks) and connects its requests to the
context's navigator. A screen's module, and the core code under it, is imported when that
screen is first built: start-up imports the first screen's module only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from sharedesk.core.errors import RecordPurged, SharedeskError, VaultLocked
from sharedesk.gui import manager_screens, sync_screens
from sharedesk.gui.context import AppContext

if TYPE_CHECKING:
    from sharedesk.core.vault import Vault
    from sharedesk.gui.screens.decision import DecisionWizard
    from sharedesk.gui.screens.first_run import FirstRunScreen
    from sharedesk.gui.screens.home import HomeScreen
    from sharedesk.gui.screens.record_detail import RecordDetail
    from sharedesk.gui.screens.records import RecordsScreen
    from sharedesk.gui.screens.reference import ReferenceScreen
    from sharedesk.gui.screens.settings import SettingsScreen
    from sharedesk.gui.screens.unlock import UnlockScreen


class ScreenBuilder:
    def __init__(self, context: AppContext) -> None:
        self.context = context

    def recipient_choices(self) -> tuple[str, ...]:
        """The organisation profile's contacts, offered as a record's recipient (none if the
        profile cannot be read: the side notes say so; the recipient is then typed)."""
        from sharedesk.core.profile import current_profile
        from sharedesk.core.profile import recipient_choices as choices

        try:
            return choices(current_profile(self.context.settings))
        except SharedeskError:
            return ()

    def new_wizard(self, flow_id: str) -> DecisionWizard:
        """A wizard at the first question of ``flow_id``; UsageError for an unknown flow."""
        from sharedesk.gui.screens.decision import DecisionWizard

        access, vault = self.context.access, self._vault()
        flow = access.display_flow(flow_id)  # in the interface language (docs/translations.md)
        who = access.practitioner()
        return DecisionWizard(flow, service=vault.records, author=who.get("name", ""),
                              role=who.get("role", ""), contacts=access.contacts(),
                              recipients=self.recipient_choices())

    def resumed_wizard(self, draft_id: str) -> DecisionWizard:
        """A wizard where the draft was left; SharedeskError if the draft is gone or no longer
        fits its flow."""
        from sharedesk.gui.screens.decision import DecisionWizard

        access, vault = self.context.access, self._vault()
        state = vault.records.load_draft(draft_id)
        flow = access.display_flow(access.draft_flow_id(state))
        who = access.practitioner()
        return DecisionWizard.from_draft(
            draft_id, state, flow, service=vault.records, author=who.get("name", ""),
            role=who.get("role", ""), contacts=access.contacts(),
            recipients=self.recipient_choices())

    def first_run(self) -> FirstRunScreen:
        from sharedesk.gui.screens.first_run import FirstRunScreen

        c = self.context
        screen = FirstRunScreen(c.runner, c.access.create, c.access.flow_choices(),
                                default_flow=str(c.settings.get("flows.default")),
                                describe_profile=c.access.describe_profile)
        applied = c.access.applied_profile_path()
        if applied is not None:  # its recovery key goes into the new vault
            screen.use_profile(applied)
        manager_screens.add_first_run_choice(c, screen)
        screen.vault_did_create.connect(c.nav.on_first_run_vault_did_create)
        return screen

    def unlock(self) -> UnlockScreen:
        from sharedesk.gui.screens.unlock import UnlockScreen

        c = self.context
        screen = UnlockScreen(c.runner, c.access.open, backoff=c.access.backoff)
        screen.vault_did_unlock.connect(c.nav.on_vault_open)
        return screen

    def home(self) -> HomeScreen:
        from sharedesk.gui.screens.home import HomeScreen

        c = self.context
        screen = HomeScreen(c.access.flow_choices(),
                            default_flow=str(c.settings.get("flows.default")),
                            short_names=c.access.flow_short_names())
        # It reads its summary on a worker each time it is shown (never stale, never slow).
        screen.read_with(c.access.home_summary, c.runner)
        screen.decision_did_request.connect(c.nav.start_decision)
        screen.draft_did_resume.connect(c.nav.resume_draft)
        screen.record_did_open.connect(c.nav.open_record)
        screen.records_did_request.connect(c.nav.open_records)
        screen.outbox_did_request.connect(c.nav.open_outbox)
        return screen

    def records(self) -> RecordsScreen:
        from sharedesk.gui.screens.records import RecordsScreen

        screen = RecordsScreen(self._vault().records, runner=self.context.runner)
        screen.record_did_open.connect(self.context.nav.open_record)
        return screen

    def record_detail(self, record_id: str) -> RecordDetail | None:
        """The record's screen, or None after telling the user why it cannot open."""
        from sharedesk.gui.screens.record_detail import RecordDetail

        c = self.context
        window, vault = c.window, self._vault()
        try:
            screen = RecordDetail(vault.records, record_id, audit=vault.audit_events,
                                  clipboard=c.clipboard,
                                  author=c.access.practitioner().get("name", ""),
                                  flow_lookup=c.access.flow_lookup(),  # words in the UI language
                                  runner=c.runner, **manager_screens.countersign_hooks(c))
        except RecordPurged:  # retention ran out after acknowledgement: expected, not an error
            title = QCoreApplication.translate("AppController", "Record purged")
            c.prompter.inform(window, title, QCoreApplication.translate(
                "AppController",
                "This record reached the case system and its content was removed from this "
                "laptop after the retention period. Its reference, dates and audit trail are "
                "kept; the case system holds the full record."))
            return None
        except SharedeskError as exc:
            c.prompter.warn(window, QCoreApplication.translate(
                "AppController", "Cannot open the record"), str(exc))
            return None
        screen.export_did_request.connect(
            lambda rid: sync_screens.open_export(c, [rid], one_record=True))
        return screen

    def reference(self) -> ReferenceScreen | None:
        """The reference library, or None after saying why it cannot load."""
        from sharedesk.gui.screens.reference import ReferenceScreen

        c = self.context
        try:
            library = c.access.reference_library()
        except SharedeskError as exc:
            c.prompter.warn(c.window, QCoreApplication.translate(
                "AppController", "Reference library"), str(exc))
            return None
        return ReferenceScreen(library)

    def settings(self) -> SettingsScreen:
        from sharedesk.gui import settings_hooks
        from sharedesk.gui.dialogs.change_passphrase import PassphraseHooks
        from sharedesk.gui.screens.settings import RecoveryHooks, SettingsScreen

        c = self.context
        screen = SettingsScreen(
            c.settings, c.access.flow_choices(), sleep_supported=c.guard.sleep_supported,
            receipt_keys_pinned=lambda: settings_hooks.receipt_keys_pinned(c),
            device_card=lambda: settings_hooks.device_card(c),
            recovery=RecoveryHooks(c.access.recovery_recipient, c.access.add_recovery),
            passphrase=PassphraseHooks(c.runner, c.access.change_passphrase,
                                       lambda: settings_hooks.practitioner_words(c)))
        screen.settings_did_save.connect(c.nav.apply_settings)
        return screen

    def _vault(self) -> Vault:
        vault = self.context.vault
        if vault is None:
            raise VaultLocked("the vault is locked")
        return vault
