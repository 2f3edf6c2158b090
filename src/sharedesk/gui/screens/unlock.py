"""Unlock: the passphrase, off the GUI thread, with a growing pause after repeated failures.

The pause is a speed bump for someone guessing at an unattended laptop (the KDF is the real
cost). Core decides it (``core.vault.attempts``, from the failures counted beside the vault, so
restarting the app does not reset it): this screen only asks ``backoff`` how long to wait, shows
that as a plain countdown, and asks again when it ends.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from sharedesk.core.errors import SharedeskError, WrongPassphrase
from sharedesk.gui.enum_keys import set_enum_properties
from sharedesk.gui.forms.ui_unlock import Ui_UnlockScreen
from sharedesk.gui.tasks import TaskRunner
from sharedesk.gui.widgets.readable import limit_width


class UnlockScreen(QWidget):
    vault_did_unlock = Signal(object)  # whatever open_vault returned

    def __init__(self, runner: TaskRunner, open_vault: Callable[[str], object], *,
                 backoff: Callable[[], float], second_ms: int = 1000,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockScreen()
        self.ui.setupUi(self)
        # Not a tab stop (the fields inside are); by key name: no `Qt` enum at start-up.
        set_enum_properties(self.ui.scroll_area, focusPolicy="NoFocus")
        limit_width(self.ui.scroll_contents)
        self.setObjectName("unlock_screen")
        self._runner = runner
        self._open_vault = open_vault
        self._backoff = backoff
        self._failures = 0
        self._remaining = 0
        self._tick = QTimer(self)
        self._tick.setInterval(second_ms)  # tests shorten the second, they never sleep
        self._tick.timeout.connect(self._on_tick_timeout)
        self.ui.busy_bar.setVisible(False)
        self.ui.error_label.setVisible(False)
        self.ui.backoff_label.setVisible(False)
        self.ui.unlock_button.clicked.connect(self.submit)
        self.ui.passphrase_edit.returnPressed.connect(self.submit)
        self.ui.show_passphrase_check.toggled.connect(self._on_show_passphrase_check_toggled)

    @property
    def failures(self) -> int:
        return self._failures

    @property
    def waiting(self) -> bool:
        return self._remaining > 0

    @property
    def remaining(self) -> int:
        """Seconds left on the countdown shown (0: not waiting)."""
        return self._remaining

    def focus_passphrase(self) -> None:
        self.ui.passphrase_edit.setFocus()

    def focus_first(self) -> None:
        """Where focus goes when the screen shows (focus.focus_into): the passphrase."""
        self.focus_passphrase()

    def submit(self) -> None:
        passphrase = self.ui.passphrase_edit.text()
        if self._runner.busy or self.waiting:
            return
        if not passphrase:
            self._show_error(self.tr("Enter your passphrase."))
            return
        self._set_busy(True)
        self._runner.submit(lambda: self._open_vault(passphrase), self._on_opened, self._on_failed)

    def clear(self) -> None:
        self.ui.passphrase_edit.clear()
        self.ui.show_passphrase_check.setChecked(False)

    def _on_opened(self, vault: object) -> None:
        self._set_busy(False)
        self._failures = 0
        self.clear()
        self.ui.error_label.setVisible(False)
        self.vault_did_unlock.emit(vault)

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.ui.passphrase_edit.selectAll()
        if isinstance(exc, WrongPassphrase):
            self._failures += 1
            self._show_error(self.tr("That passphrase does not open the vault. Check Caps Lock "
                                     "and try again."))
            self._start_backoff(self.next_backoff())
        elif isinstance(exc, SharedeskError):
            self._show_error(str(exc))
        else:
            self._show_error(self.tr("The vault could not be opened (%1).").replace(
                "%1", type(exc).__name__))

    def next_backoff(self) -> int:
        """Whole seconds to pause now, as core's back-off policy says (0: try now)."""
        return math.ceil(max(0.0, self._backoff()))

    def start_backoff(self, seconds: int) -> None:
        """Pause tries for ``seconds`` (also used at start when earlier failures are on record)."""
        self._start_backoff(seconds)

    def _start_backoff(self, seconds: int) -> None:
        self._remaining = seconds
        if seconds <= 0:
            return
        self.ui.unlock_button.setEnabled(False)
        self._show_backoff()
        self._tick.start()

    def _on_tick_timeout(self) -> None:
        self._remaining -= 1
        if self._remaining <= 0:
            self._remaining = self.next_backoff()  # core decides (another process may have failed)
            if self._remaining > 0:
                self._show_backoff()
                return
            self._tick.stop()
            self.ui.unlock_button.setEnabled(True)
            self.ui.backoff_label.setVisible(False)
            return
        self._show_backoff()

    def _show_backoff(self) -> None:
        self.ui.backoff_label.setText(self.tr(
            "Too many wrong tries. You can try again in %n second(s).", "", self._remaining))
        self.ui.backoff_label.setVisible(True)

    def _set_busy(self, busy: bool) -> None:
        self.ui.busy_bar.setVisible(busy)
        self.ui.unlock_button.setEnabled(not busy and not self.waiting)
        self.ui.passphrase_edit.setReadOnly(busy)

    def _show_error(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.setVisible(True)

    def _on_show_passphrase_check_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.ui.passphrase_edit.setEchoMode(mode)
