"""First run: create the vault (passphrase twice, strength meter), who you are, which guidance.

The screen gathers and checks the details, then hands them to ``create_vault`` on a worker
thread (key derivation is deliberately slow). It knows nothing of the vault format: the caller
supplies ``create_vault`` and ``describe_profile``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from sharedesk.core.errors import SharedeskError
from sharedesk.gui import strength
from sharedesk.gui.enum_keys import set_enum_properties
from sharedesk.gui.forms.ui_first_run import Ui_FirstRunScreen
from sharedesk.gui.tasks import TaskRunner
from sharedesk.gui.widgets.readable import limit_width


# A NamedTuple, not a frozen dataclass: defined at start-up, where a dataclass costs ~7x (issue 13).
class FirstRunDetails(NamedTuple):
    passphrase: str
    name: str
    role: str
    flow_id: str
    profile_path: Path | None


class ProfileInfo(NamedTuple):
    """What the first-run screen shows about an organisation profile file."""

    organisation: str
    has_recovery_key: bool


class FirstRunScreen(QWidget):
    vault_did_create = Signal(object)  # whatever create_vault returned (the open vault, details)

    def __init__(self, runner: TaskRunner, create_vault: Callable[[FirstRunDetails], object],
                 flows: Sequence[tuple[str, str]], *, default_flow: str = "",
                 describe_profile: Callable[[Path], ProfileInfo] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunScreen()
        self.ui.setupUi(self)
        # Not a tab stop (the fields inside are); by key name: no `Qt` enum at start-up.
        set_enum_properties(self.ui.scroll_area, focusPolicy="NoFocus")
        limit_width(self.ui.scroll_contents)
        self.setObjectName("first_run_screen")
        self._runner = runner
        self._create_vault = create_vault
        self._describe_profile = describe_profile
        self._profile: ProfileInfo | None = None
        for flow_id, title in flows:
            self.ui.flow_combo.addItem(title, flow_id)
        index = self.ui.flow_combo.findData(default_flow)
        self.ui.flow_combo.setCurrentIndex(max(index, 0))
        self.ui.busy_bar.setVisible(False)
        self._error_summary()
        self.ui.profile_status_label.setVisible(False)
        self.ui.passphrase_edit.textChanged.connect(self._on_passphrase_edit_text_changed)
        self.ui.profile_browse_button.clicked.connect(self._on_profile_browse_button_clicked)
        self.ui.profile_edit.editingFinished.connect(self._on_profile_edit_editing_finished)
        self.ui.create_button.clicked.connect(self.submit)
        self.ui.confirm_edit.returnPressed.connect(self.submit)
        self._on_passphrase_edit_text_changed("")
        self._show_recovery_warning()

    def focus_first(self) -> None:
        self.ui.passphrase_edit.setFocus()

    # -- reading the form ----------------------------------------------------------------------
    def details(self) -> FirstRunDetails:
        profile = self.ui.profile_edit.text().strip()
        return FirstRunDetails(
            passphrase=self.ui.passphrase_edit.text(), name=self.ui.name_edit.text().strip(),
            role=self.ui.role_edit.text().strip(), flow_id=str(self.ui.flow_combo.currentData() or ""),
            profile_path=Path(profile) if profile else None)

    def problem(self, details: FirstRunDetails) -> str | None:
        """The first thing wrong with the form, in plain words, or None."""
        found = self.first_problem(details)
        return found[1] if found else None

    def first_problem(self, details: FirstRunDetails) -> tuple[QWidget, str] | None:
        """The first thing wrong with the form and the field to fix it in, or None."""
        ui = self.ui
        verdict = strength.measure(details.passphrase, (details.name, details.role)).verdict
        if verdict is None or not verdict.acceptable:
            from sharedesk.gui import passphrase_words  # weak passphrases only (not at start)

            # The vault's own policy (core/passphrase.py), with zxcvbn's reason.
            return ui.passphrase_edit, self.tr("Choose a stronger passphrase: %1").replace(
                "%1", passphrase_words.refusal(verdict))
        if details.passphrase != self.ui.confirm_edit.text():
            return ui.confirm_edit, self.tr("The two passphrases are not the same. Type them again.")
        if not details.name:
            return ui.name_edit, self.tr("Enter your name: it is recorded as the decision-maker.")
        if not details.role:
            return ui.role_edit, self.tr(
                "Enter your role, for example GP or designated safeguarding lead.")
        if not details.flow_id:
            return ui.flow_combo, self.tr("Choose the guidance you follow.")
        if details.profile_path is not None and self._profile is None and self._describe_profile:
            return ui.profile_edit, self.tr("The organisation profile file could not be read. "
                                            "Choose another or leave it empty.")
        return None

    # -- actions -------------------------------------------------------------------------------
    def submit(self) -> None:
        if self._runner.busy:
            return
        self._load_profile()  # the path may have changed without leaving the field
        details = self.details()
        problem = self.first_problem(details)
        if problem:
            self._show_error(problem[1], problem[0])
            return
        self._set_busy(True)
        self._runner.submit(lambda: self._create_vault(details), self._on_created, self._on_failed)

    def _on_created(self, vault: object) -> None:
        self._set_busy(False)
        self.clear()
        self.vault_did_create.emit(vault)

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, SharedeskError):
            self._show_error(str(exc))
        else:
            self._show_error(self.tr("The vault could not be created (%1).").replace(
                "%1", type(exc).__name__))

    def clear(self) -> None:
        """Forget the passphrases typed (Python strings cannot be wiped, so drop them quickly)."""
        self.ui.passphrase_edit.clear()
        self.ui.confirm_edit.clear()

    def _set_busy(self, busy: bool) -> None:
        self.ui.busy_bar.setVisible(busy)
        for group in (self.ui.passphrase_group, self.ui.about_you_group, self.ui.guidance_group):
            group.setEnabled(not busy)
        self.ui.create_button.setEnabled(not busy)
        if busy:
            self.ui.error_label.setVisible(False)

    def _error_summary(self) -> None:
        """The error sits at the top of the page as a GOV.UK error summary: shown, scrolled to
        and focused on Create, with a link (Enter) to the field that needs fixing. Hidden until
        the first error, which makes it a link (``_show_error``)."""
        label = self.ui.error_label
        self.ui.content_layout.removeWidget(label)
        self.ui.content_layout.insertWidget(1, label)
        label.setVisible(False)
        label.linkActivated.connect(self._on_error_label_link_activated)
        self._error_field: QWidget | None = None

    def _show_error(self, text: str, field: QWidget | None = None) -> None:
        import html  # the first error only: neither is needed to paint the empty form

        from PySide6.QtCore import Qt

        label = self.ui.error_label
        if label.textFormat() != Qt.TextFormat.RichText:
            # Rich text with keyboard-followable links: Qt builds a text document for it
            # (about 4 ms), so it is made on the first error, not for the hidden label at start.
            label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByKeyboard
                                          | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self._error_field = field
        intro = self.tr("There is a problem")
        message = html.escape(text, quote=False)
        link = f'<a href="field">{message}</a>' if field is not None else message
        label.setText(f"<b>{html.escape(intro)}</b><br/>{link}")
        label.setAccessibleName(f"{intro}: {text}")
        label.setVisible(True)
        self.ui.scroll_area.verticalScrollBar().setValue(0)  # the summary is at the top
        self.ui.scroll_area.ensureWidgetVisible(label)
        label.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_error_label_link_activated(self, _link: str) -> None:
        from PySide6.QtCore import Qt

        if self._error_field is not None:
            self.ui.scroll_area.ensureWidgetVisible(self._error_field)
            self._error_field.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- slots ---------------------------------------------------------------------------------
    def _on_passphrase_edit_text_changed(self, text: str) -> None:
        meter = strength.measure(text, (self.ui.name_edit.text(), self.ui.role_edit.text()))
        self.ui.strength_bar.setValue(meter.percent)
        # Colour by score (red, amber, green only when the vault would accept it), and words.
        self.ui.strength_bar.setStyleSheet(
            f"QProgressBar::chunk {{ background: {meter.colour}; }}")
        verdict = meter.verdict
        if verdict is None:
            text_line = self.tr("Strength: none yet")
        else:
            label = {0: self.tr("very weak"), 1: self.tr("weak"), 2: self.tr("fair"),
                     3: self.tr("good"), 4: self.tr("strong")}[verdict.score]
            text_line = self.tr("Strength: %1").replace("%1", label)
            if not verdict.acceptable:
                from sharedesk.gui import passphrase_words

                text_line += " - " + self.tr("not accepted. %1").replace(
                    "%1", passphrase_words.advice(verdict))
        self.ui.strength_label.setText(text_line)
        self.ui.strength_bar.setAccessibleDescription(text_line)

    def _on_profile_browse_button_clicked(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # on demand: not needed for the first paint

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Organisation profile"), "",
                                              self.tr("Organisation profiles (*.toml);;All files (*)"))
        if path:
            self.ui.profile_edit.setText(path)
            self._load_profile()

    def _on_profile_edit_editing_finished(self) -> None:
        self._load_profile()

    def use_profile(self, path: Path) -> None:
        """Start with ``path`` in the profile field (the profile ``sharedesk profile apply``
        already applied for this user), so the new vault gets its recovery key slot."""
        self.ui.profile_edit.setText(str(path))
        self._load_profile()

    def add_option(self, box: QWidget) -> None:
        """Offer ``box`` (a choice the caller reads, like the manager's desk) after the guidance
        and profile, just before Create, in reading and tab order; the fields above keep theirs."""
        ui = self.ui
        box.setParent(ui.scroll_contents)
        ui.content_layout.insertWidget(ui.content_layout.indexOf(ui.guidance_group) + 1, box)
        self.setTabOrder(ui.profile_browse_button, box)
        self.setTabOrder(box, ui.create_button)

    def _load_profile(self) -> None:
        self._profile = None
        text = self.ui.profile_edit.text().strip()
        status = ""
        if text and self._describe_profile is not None:
            try:
                self._profile = self._describe_profile(Path(text))
            except SharedeskError as exc:
                status = str(exc)
            else:
                status = self.tr("Profile: %1").replace("%1", self._profile.organisation)
        elif text:
            status = self.tr("Organisation profiles are not supported in this build.")
        self.ui.profile_status_label.setText(status)
        self.ui.profile_status_label.setVisible(bool(status))
        self._show_recovery_warning()

    def _show_recovery_warning(self) -> None:
        if self._profile is not None and self._profile.has_recovery_key:
            text = self.tr("If you forget this passphrase, only your organisation's recovery key "
                           "can open the vault. Without it your records cannot be recovered.")
        else:
            text = self.tr("If you forget this passphrase the vault cannot be opened and your "
                           "records cannot be recovered. No organisation recovery key is set.")
        self.ui.recovery_warning_label.setText(text)

