"""Import the organisation profile after first run (Settings > Import organisation profile).

The same checks as at first run (core.profile.import_profile): the profile must verify against
the signing key pinned for this user, or against the key file given here (which is then
pinned); a profile changed after signing is refused. Before anything is written the dialog shows
what the profile would change (``core.profile.profile_changes``), so the user sees, for
example, that the idle lock goes from 15 to 10 minutes. Import reads one small file, on the GUI
thread; nothing is copied, pinned or saved unless it verifies.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sharedesk.core.errors import SharedeskError
from sharedesk.core.settings import Settings

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey


class ImportProfileDialog(QDialog):
    """Choose a profile (and, optionally, the organisation's signing key), see what it changes,
    import it. Emits ``profile_did_import`` with the organisation's name after a successful
    import; the settings are then saved."""

    profile_did_import = Signal(str)

    def __init__(self, settings: Settings, flows: Sequence[tuple[str, str]] = (),
                 parent: QWidget | None = None) -> None:
        """``flows``: (id, title) of the installed flows, to name the default guidance."""
        super().__init__(parent)
        self.setObjectName("import_profile_dialog")
        self.setWindowTitle(self.tr("Import organisation profile"))
        self.setModal(True)
        self._settings = settings
        self._flow_titles = dict(flows)
        self._labels = {
            "security.idle_lock_minutes": self.tr("Lock after idle minutes"),
            "retention.days_after_ack": self.tr("Days a record is kept after the case system "
                                                "acknowledged it"),
            "flows.default": self.tr("Default guidance"),
            "sync.endpoint": self.tr("Case system address"),
            "sync.ca_bundle": self.tr("Case system certificate"),
            "sync.proxy": self.tr("Proxy"),
            "desk.mode": self.tr("Desk"),
        }
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("import_profile_path")
        self.path_edit.setAccessibleName(self.tr("Profile file"))
        self.key_edit = QLineEdit(self)
        self.key_edit.setObjectName("import_profile_key")
        self.key_edit.setAccessibleName(self.tr("Signing key file (optional)"))
        self.key_edit.setPlaceholderText(self.tr("Only if your administrator gave you one"))
        form = QFormLayout()
        form.addRow(self.tr("&Profile file"), self._with_browse(
            self.path_edit, "import_profile_browse", self.tr("Browse for the profile file..."),
            self._browse_profile))
        form.addRow(self.tr("&Signing key file (optional)"), self._with_browse(
            self.key_edit, "import_profile_key_browse", self.tr("Browse for the signing key..."),
            self._browse_key))
        # Read-only text, not a label: it scrolls and is read line by line at any text size.
        self.preview_label = QPlainTextEdit(self)
        self.preview_label.setObjectName("import_profile_preview")
        self.preview_label.setReadOnly(True)
        self.preview_label.setTabChangesFocus(True)
        self.preview_label.setAccessibleName(self.tr("What this profile changes"))
        self.preview_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("import_profile_error")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty("role", "error")
        self.error_label.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("&Import profile"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_profile_import")
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self._import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The profile from your organisation sets the idle lock, how long "
                               "records are kept, the default guidance and where records are "
                               "sent. It is checked exactly as at first run."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        # Wrapped text grows the dialog instead of being cut off (at 200% text the preview is
        # several lines taller than the dialog's first size).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.path_edit.editingFinished.connect(self.preview)
        self.key_edit.editingFinished.connect(self.preview)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def _with_browse(self, edit: QLineEdit, name: str, text: str, slot: object) -> QWidget:
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(edit, 1)
        button = QPushButton(self.tr("Browse..."), row)
        button.setObjectName(name)
        button.setAccessibleName(self.tr("Browse..."))  # WCAG 2.5.3: the name holds the label
        button.setAccessibleDescription(text)
        button.clicked.connect(slot)
        box.addWidget(button)
        return row

    def _browse_profile(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Organisation profile"), "",
                                              self.tr("Organisation profiles (*.toml);;All files (*)"))
        if path:
            self.path_edit.setText(path)
            self.preview()

    def _browse_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Signing key"), "",
                                              self.tr("Public keys (*.pem);;All files (*)"))
        if path:
            self.key_edit.setText(path)
            self.preview()

    def _signing_key(self) -> Ed25519PublicKey | None:
        from sharedesk.core.orgkeys import load_public_key

        text = self.key_edit.text().strip()
        return load_public_key(text) if text else None

    def preview(self) -> bool:
        """Load and verify the chosen profile; show what it would change. True if importable."""
        from sharedesk.core.profile import PINNED, load_profile, profile_changes

        self.import_button.setEnabled(False)
        self.preview_label.clear()
        self._error("")
        text = self.path_edit.text().strip()
        if not text:
            return False
        try:
            key = self._signing_key()
            profile = load_profile(Path(text), trusted_signing_key=key if key else PINNED)
        except SharedeskError as exc:
            self._error(self.tr("This profile cannot be imported: %1").replace("%1", str(exc)))
            return False
        changes = profile_changes(profile, self._settings)
        lines = [self.tr("%1 (%2)").replace("%1", profile.name).replace(
            "%2", self.tr("signed and verified") if profile.trusted else
            self.tr("signed") if profile.signed_by else self.tr("not signed"))]
        if changes:
            lines.append(self.tr("Importing it changes:"))
            lines += [self.tr("%1: %2 becomes %3").replace("%1", self._labels.get(key, key))
                      .replace("%2", self._shown(key, old)).replace("%3", self._shown(key, new))
                      for key, old, new in changes]
        else:
            lines.append(self.tr("It changes none of your settings."))
        self.preview_label.setPlainText("\n".join(lines))
        self.import_button.setEnabled(True)
        self.adjustSize()
        return True

    def _import(self) -> None:
        from sharedesk.core.profile import import_profile

        if not self.preview():
            return
        try:
            key = self._signing_key()
            profile = import_profile(Path(self.path_edit.text().strip()), self._settings,
                                     signing_key=key)
        except (SharedeskError, OSError) as exc:
            self._settings.reload()
            self._error(self.tr("Not imported: %1").replace("%1", str(exc)))
            return
        self.profile_did_import.emit(profile.name)
        self.accept()

    def _shown(self, key: str, value: object) -> str:
        if value in (None, ""):
            return self.tr("(none)")
        if key == "flows.default":
            return self._flow_titles.get(str(value), str(value))
        return str(value)

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        if text:
            self.adjustSize()
