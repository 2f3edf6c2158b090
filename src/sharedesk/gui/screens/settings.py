"""Settings: idle lock, lock on sleep, clipboard clearing, theme, text size, default guidance,
importing the organisation profile, and (read-only) this laptop's device key, which an
administrator enrols to accept its bundles.

Reads and writes ``core.settings.Settings`` (preferences only, never case content). The caller
applies the saved values (theme, timers) when ``settings_did_save`` fires.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QWidget

from sharedesk.core.errors import SharedeskError
from sharedesk.core.settings import Settings
from sharedesk.gui import language, theme
from sharedesk.gui.dialogs.change_passphrase import ChangePassphraseDialog, PassphraseHooks
from sharedesk.gui.dialogs.import_profile import ImportProfileDialog
from sharedesk.gui.forms.ui_settings import Ui_SettingsScreen
from sharedesk.gui.widgets.readable import limit_width


@dataclass(frozen=True)
class RecoveryHooks:
    """The vault's recovery slot, for the Settings screen (both on the GUI thread).

    ``recipient()``: the recovery recipient, "" when the vault has none, None while locked.
    ``add()``: add the applied organisation profile's recovery key; SharedeskError says why not.
    """

    recipient: Callable[[], str | None]
    add: Callable[[], object]


class SettingsScreen(QWidget):
    settings_did_save = Signal()

    def __init__(self, settings: Settings, flows: Sequence[tuple[str, str]], *,
                 sleep_supported: bool = False,
                 receipt_keys_pinned: Callable[[], bool | None] | None = None,
                 device_card: Callable[[], dict[str, str] | None] | None = None,
                 recovery: RecoveryHooks | None = None,
                 passphrase: PassphraseHooks | None = None,
                 parent: QWidget | None = None) -> None:
        """``receipt_keys_pinned`` says whether a receipt key is pinned (None: unknown, e.g.
        locked); without one, a note says records are never purged automatically.
        ``device_card`` gives this laptop's device key as ``sharedesk device show --json``
        prints it (None while locked)."""
        super().__init__(parent)
        self.ui = Ui_SettingsScreen()
        self.ui.setupUi(self)
        limit_width(self.ui.scroll_contents)
        self.setObjectName("settings_screen")
        self._settings = settings
        self._flows = tuple(flows)
        names = {"system": self.tr("System colours"), "high_contrast": self.tr("High contrast")}
        for key in theme.THEMES:
            self.ui.theme_combo.addItem(names[key], key)
        for percent in theme.TEXT_SCALES:
            self.ui.text_scale_combo.addItem(f"{percent}%", percent)
        for flow_id, title in flows:
            self.ui.default_flow_combo.addItem(title, flow_id)
        self.ui.sleep_support_label.setText(
            self.tr("This system reports sleep and screen lock to sharedesk.") if sleep_supported
            else self.tr("This system does not report sleep or screen lock to sharedesk: the idle "
                         "lock still applies."))
        self._receipt_keys_pinned = receipt_keys_pinned
        self.purge_note_label = QLabel(self.ui.scroll_contents)
        self.purge_note_label.setObjectName("settings_purge_note")
        self.purge_note_label.setWordWrap(True)
        layout = self.ui.content_layout
        layout.insertWidget(layout.indexOf(self.ui.status_label), self.purge_note_label)
        self._device_card = device_card
        self.device_key_label = QLabel(self.ui.scroll_contents)
        self.device_key_label.setObjectName("settings_device_key")
        self.device_key_label.setWordWrap(True)
        self.device_key_label.setTextInteractionFlags(
            self.device_key_label.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.device_key_label.setAccessibleName(self.tr("This laptop's device key"))
        self.device_key_label.setAccessibleDescription(self.tr(
            "The fingerprint of the key that signs this laptop's bundles; an administrator "
            "compares it when enrolling the laptop."))
        self.copy_device_key_button = QPushButton(self.tr("Cop&y device key"),
                                                  self.ui.scroll_contents)
        self.copy_device_key_button.setObjectName("settings_copy_device_key")
        self.copy_device_key_button.setAccessibleDescription(self.tr(
            "Copies this laptop's public device key, to give to your administrator."))
        self.copy_device_key_button.clicked.connect(self._copy_device_key)
        layout.insertWidget(layout.indexOf(self.purge_note_label), self.device_key_label)
        layout.insertWidget(layout.indexOf(self.purge_note_label), self.copy_device_key_button,
                            0, Qt.AlignmentFlag.AlignLeft)
        self._recovery = recovery
        self.recovery_label = QLabel(self.ui.scroll_contents)
        self.recovery_label.setObjectName("settings_recovery_status")
        self.recovery_label.setWordWrap(True)
        self.add_recovery_button = QPushButton(self.tr("Add organisation &recovery key"),
                                               self.ui.scroll_contents)
        self.add_recovery_button.setObjectName("settings_add_recovery")
        self.add_recovery_button.setAccessibleDescription(self.tr(
            "Lets your organisation's recovery key open this vault if the passphrase is "
            "forgotten. Uses the recovery key of the organisation profile in use."))
        self.add_recovery_button.clicked.connect(self._on_add_recovery_button_clicked)
        layout.insertWidget(layout.indexOf(self.purge_note_label), self.recovery_label)
        layout.insertWidget(layout.indexOf(self.purge_note_label), self.add_recovery_button,
                            0, Qt.AlignmentFlag.AlignLeft)
        self.import_profile_button = QPushButton(self.tr("Import organisation pro&file..."),
                                                 self.ui.scroll_contents)
        self.import_profile_button.setObjectName("settings_import_profile")
        self.import_profile_button.setAccessibleDescription(self.tr(
            "Choose the profile file from your organisation; you see what it changes before "
            "it is imported."))
        self.import_profile_button.clicked.connect(self._on_import_profile_button_clicked)
        self.profile_dialog: ImportProfileDialog | None = None
        layout.insertWidget(layout.indexOf(self.purge_note_label), self.import_profile_button,
                            0, Qt.AlignmentFlag.AlignLeft)
        self._passphrase = passphrase
        self.passphrase_dialog: ChangePassphraseDialog | None = None
        self.change_passphrase_button = QPushButton(self.tr("Change &passphrase..."),
                                                    self.ui.scroll_contents)
        self.change_passphrase_button.setObjectName("settings_change_passphrase")
        self.change_passphrase_button.setAccessibleDescription(self.tr(
            "Choose a new passphrase for the vault; the records are not rewritten."))
        self.change_passphrase_button.setVisible(passphrase is not None)
        self.change_passphrase_button.clicked.connect(self._on_change_passphrase_button_clicked)
        layout.insertWidget(layout.indexOf(self.purge_note_label), self.change_passphrase_button,
                            0, Qt.AlignmentFlag.AlignLeft)
        self.manager_check = QCheckBox(self.tr("Manager's des&k: Inbox, Devices, Team overview "
                                               "and Countersign"), self.ui.scroll_contents)
        self.manager_check.setObjectName("settings_manager_desk")
        self.manager_check.setAccessibleName(self.tr("Manager's desk: Inbox, Devices, Team "
                                                     "overview and Countersign"))
        layout.insertWidget(layout.indexOf(self.purge_note_label), self.manager_check)
        self.language_combo = language.add_choice(self.ui.appearance_group, self.ui.appearance_layout,
                                                  self.ui.text_scale_combo)
        self.ui.status_label.setVisible(False)
        self.ui.save_button.clicked.connect(self.save)
        self.load()

    def load(self) -> None:
        """Show the stored values (also used to discard unsaved edits)."""
        s = self._settings
        self.ui.idle_lock_spin.setValue(int(s.get("security.idle_lock_minutes")))
        self.ui.lock_on_sleep_check.setChecked(bool(s.get("security.lock_on_sleep")))
        self.ui.clipboard_spin.setValue(int(s.get("security.clipboard_clear_seconds")))
        self._select(self.ui.theme_combo, s.get("appearance.theme"))
        percent = int(s.get("appearance.text_scale_percent"))
        if self.ui.text_scale_combo.findData(percent) < 0:
            self.ui.text_scale_combo.addItem(f"{percent}%", percent)
        self._select(self.ui.text_scale_combo, percent)
        self._select(self.ui.default_flow_combo, s.get("flows.default"))
        self.manager_check.setChecked(s.get("desk.mode") == "manager")
        self._select(self.language_combo, s.get(language.KEY))
        pinned = self._receipt_keys_pinned() if self._receipt_keys_pinned else None
        self.purge_note_label.setText(self.tr(
            "Retention: no receipt key is pinned, so records are never purged automatically "
            "until a receipt key is pinned (the organisation profile's case_system.receipt_keys)."
        ) if pinned is False else "")
        self.purge_note_label.setVisible(pinned is False)
        card = self._device_card() if self._device_card else None
        self.device_key_label.setText(self.tr(
            "This laptop's device key (an administrator enrols it so a manager accepts its "
            "bundles): %1").replace("%1", card["fingerprint"]) if card else "")
        self.device_key_label.setVisible(card is not None)
        self.copy_device_key_button.setVisible(card is not None)
        self._card = card
        self._show_recovery()
        self.ui.status_label.setVisible(False)

    def _show_recovery(self) -> None:
        recipient = self._recovery.recipient() if self._recovery else None
        if recipient:
            text = self.tr("Recovery: your organisation's recovery key can open this vault if "
                           "the passphrase is forgotten.")
        else:
            text = self.tr("Recovery: no organisation recovery key is set. If the passphrase is "
                           "forgotten the vault cannot be opened.") if recipient == "" else ""
        self.recovery_label.setText(text)
        self.recovery_label.setVisible(recipient is not None)
        self.add_recovery_button.setVisible(recipient == "")

    def _on_change_passphrase_button_clicked(self) -> None:
        if self._passphrase is None:
            return
        hooks = self._passphrase
        dialog = ChangePassphraseDialog(hooks.runner, hooks.change, hooks.user_inputs(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.passphrase_did_change.connect(
            lambda: self._status(self.tr("Passphrase changed: use the new one from now on.")))
        dialog.destroyed.connect(self._on_passphrase_dialog_destroyed)
        self.passphrase_dialog = dialog
        dialog.open()

    def _on_import_profile_button_clicked(self) -> None:
        dialog = ImportProfileDialog(self._settings, self._flows, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.profile_did_import.connect(self._on_profile_did_import)
        dialog.destroyed.connect(self._on_profile_dialog_destroyed)
        self.profile_dialog = dialog
        dialog.open()

    def _on_profile_dialog_destroyed(self) -> None:
        self.profile_dialog = None

    def _on_profile_did_import(self, organisation: str) -> None:
        self.load()  # the imported values, and the recovery offer for the new profile
        self._status(self.tr("Organisation profile imported: %1.").replace("%1", organisation))
        self.settings_did_save.emit()

    def _on_passphrase_dialog_destroyed(self) -> None:
        self.passphrase_dialog = None

    def _on_add_recovery_button_clicked(self) -> None:
        if self._recovery is None:
            return
        try:
            self._recovery.add()
        except SharedeskError as exc:
            self._status(self.tr("Recovery key not added: %1").replace("%1", str(exc)))
            return
        self._show_recovery()
        self._status(self.tr("Recovery key added: your organisation can now open this vault if "
                             "the passphrase is forgotten."))

    def save(self) -> None:
        s = self._settings
        try:
            s.set("security.idle_lock_minutes", self.ui.idle_lock_spin.value())
            s.set("security.lock_on_sleep", self.ui.lock_on_sleep_check.isChecked())
            s.set("security.clipboard_clear_seconds", self.ui.clipboard_spin.value())
            s.set("appearance.theme", self.ui.theme_combo.currentData())
            s.set("appearance.text_scale_percent", self.ui.text_scale_combo.currentData())
            s.set("desk.mode", "manager" if self.manager_check.isChecked() else "practitioner")
            was = str(s.get(language.KEY))
            s.set(language.KEY, self.language_combo.currentData())
            if self.ui.default_flow_combo.currentData():
                s.set("flows.default", self.ui.default_flow_combo.currentData())
            s.save()
        except SharedeskError as exc:
            self._status(self.tr("Settings not saved: %1").replace("%1", str(exc)))
            s.reload()
            return
        note = language.restart_note(was, str(s.get(language.KEY)))
        self._status(self.tr("Settings saved.") + (f" {note}" if note else ""))
        self.settings_did_save.emit()

    def _copy_device_key(self) -> None:
        # The public key (not a secret): what `sharedesk devices trust KEY` takes.
        if self._card:
            QGuiApplication.clipboard().setText(self._card["public_key"])
            self._status(self.tr("Device key copied: give it to your administrator."))

    def _status(self, text: str) -> None:
        self.ui.status_label.setText(text)
        self.ui.status_label.setVisible(True)

    @staticmethod
    def _select(combo: object, value: object) -> None:
        index = combo.findData(value)  # type: ignore[attr-defined]
        if index >= 0:
            combo.setCurrentIndex(index)  # type: ignore[attr-defined]
