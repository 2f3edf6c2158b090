"""Change the vault passphrase: the current one, the new one twice, the same strength meter and
policy as the first-run screen (core/passphrase.py).

The dialog checks the new passphrase against the policy and the repeat at once; ``change``
(the caller's: check the current passphrase, then rewrap the key) runs on the task runner,
because each of those is an Argon2id derivation. On success the dialog closes and emits
``passphrase_did_change``; on failure (wrong current passphrase, disk full) it shows the
one-line reason and the key file is unchanged. Opened with ``open()``; ``clear()`` forgets what
was typed (also when the app locks).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from sharedesk.core.errors import SharedeskError
from sharedesk.gui import passphrase_words, strength
from sharedesk.gui.tasks import TaskRunner
from sharedesk.gui.widgets.roles import set_role


@dataclass(frozen=True)
class PassphraseHooks:
    """What the dialog needs from the app: the task runner, ``change(current, new)`` (worker
    thread: WrongPassphrase when ``current`` is wrong) and the user's name and role (guessable
    words for the policy)."""

    runner: TaskRunner
    change: Callable[[str, str], object]
    user_inputs: Callable[[], tuple[str, ...]]


class ChangePassphraseDialog(QDialog):
    passphrase_did_change = Signal()

    def __init__(self, runner: TaskRunner, change: Callable[[str, str], object],
                 user_inputs: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_passphrase_dialog")
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setAccessibleName(self.tr("Change passphrase"))
        self.setModal(True)
        self._runner, self._change, self._user_inputs = runner, change, user_inputs
        self.current_edit = self._secret("change_passphrase_current", self.tr("Current passphrase"))
        self.new_edit = self._secret("change_passphrase_new", self.tr("New passphrase"))
        self.confirm_edit = self._secret("change_passphrase_confirm",
                                         self.tr("New passphrase again"))
        self.strength_bar = QProgressBar(self)
        self.strength_bar.setObjectName("change_passphrase_strength")
        self.strength_bar.setAccessibleName(self.tr("Passphrase strength"))
        self.strength_bar.setRange(0, 100)
        self.strength_bar.setTextVisible(False)
        self.strength_label = QLabel(self)
        self.strength_label.setObjectName("change_passphrase_strength_text")
        self.strength_label.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("change_passphrase_error")
        self.error_label.setWordWrap(True)
        set_role(self.error_label, "error")
        self.error_label.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("&Current passphrase"), self.current_edit)
        form.addRow(self.tr("&New passphrase"), self.new_edit)
        form.addRow(self.tr("New passphrase &again"), self.confirm_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.buttons.setObjectName("change_passphrase_buttons")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.strength_bar)
        layout.addWidget(self.strength_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.new_edit.textChanged.connect(self._on_new_edit_text_changed)
        self._on_new_edit_text_changed("")

    def _secret(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _on_new_edit_text_changed(self, text: str) -> None:
        meter = strength.measure(text, self._user_inputs)
        self.strength_bar.setValue(meter.percent)
        self.strength_bar.setStyleSheet(f"QProgressBar::chunk {{ background: {meter.colour}; }}")
        verdict = meter.verdict
        if verdict is None:
            line = self.tr("Strength: none yet")
        else:
            line = self.tr("Strength: %1").replace("%1", passphrase_words.level(verdict))
            if not verdict.acceptable:
                line += " - " + self.tr("not accepted. %1").replace(
                    "%1", passphrase_words.advice(verdict))
        self.strength_label.setText(line)
        self.strength_bar.setAccessibleDescription(line)

    def problem(self) -> str | None:
        if not self.current_edit.text():
            return self.tr("Enter your current passphrase.")
        verdict = strength.measure(self.new_edit.text(), self._user_inputs).verdict
        if verdict is None or not verdict.acceptable:
            return self.tr("Choose a stronger passphrase: %1").replace(
                "%1", passphrase_words.refusal(verdict))
        if self.new_edit.text() != self.confirm_edit.text():
            return self.tr("The two new passphrases are not the same. Type them again.")
        return None

    def submit(self) -> None:
        if self._runner.busy:
            return
        problem = self.problem()
        if problem:
            self._show_error(problem)
            return
        current, new = self.current_edit.text(), self.new_edit.text()
        self._set_busy(True)
        self._runner.submit(lambda: self._change(current, new), self._on_changed, self._on_failed)

    def _on_changed(self, _result: object) -> None:
        self._set_busy(False)
        self.clear()
        self.passphrase_did_change.emit()
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._show_error(str(exc) if isinstance(exc, SharedeskError) else self.tr(
            "The passphrase could not be changed (%1).").replace("%1", type(exc).__name__))

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.current_edit, self.new_edit, self.confirm_edit, self.buttons):
            widget.setEnabled(not busy)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)

    def clear(self) -> None:
        """Forget the passphrases typed (Python strings cannot be wiped: drop them quickly)."""
        for edit in (self.current_edit, self.new_edit, self.confirm_edit):
            edit.clear()
