"""Record advice sought at a step: who was asked and what they said.

The dialog is opened with ``open()`` (never a blocking ``exec()``) and reports through
``advice_did_submit(adviser, advice)``, so tests and the wizard drive it the same way.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sharedesk.gui.widgets.roles import set_role


class SeekAdviceDialog(QDialog):
    advice_did_submit = Signal(str, str)

    def __init__(self, step_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seek_advice_dialog")
        self.setWindowTitle(self.tr("Seek advice"))
        self.setAccessibleName(self.tr("Seek advice"))
        self.setAccessibleDescription(self.tr("Record who you asked for advice and what they said."))
        self.setModal(True)
        intro = QLabel(self.tr("Advice about: %1. Do not identify the child or family if you can "
                               "avoid it.").replace("%1", step_title), self)
        intro.setObjectName("seek_advice_intro")
        intro.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("seek_advice_error")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        set_role(self.error_label, "error")
        self.adviser_edit = QLineEdit(self)
        self.adviser_edit.setObjectName("seek_advice_adviser")
        self.adviser_edit.setAccessibleName(self.tr("Who you asked"))
        self.adviser_edit.setAccessibleDescription(
            self.tr("Their role and name, for example: designated safeguarding lead, A. Khan"))
        self.advice_edit = QPlainTextEdit(self)
        self.advice_edit.setObjectName("seek_advice_text")
        self.advice_edit.setTabChangesFocus(True)
        self.advice_edit.setAccessibleName(self.tr("What they advised"))
        self.advice_edit.setAccessibleDescription(self.tr("The advice given, in your own words"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        adviser_label = QLabel(self.tr("&Who you asked"), self)
        adviser_label.setBuddy(self.adviser_edit)
        advice_label = QLabel(self.tr("What they &advised"), self)
        advice_label.setBuddy(self.advice_edit)
        form.addRow(adviser_label, self.adviser_edit)
        form.addRow(advice_label, self.advice_edit)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Record advice"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("seek_advice_save")
        self.save_button.setAccessibleName(self.tr("Record advice"))
        self.save_button.setAccessibleDescription(self.tr("Add this advice to the decision path"))
        self.save_button.setDefault(True)
        self.cancel_button = buttons.addButton(self.tr("&Cancel"),
                                               QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("seek_advice_cancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setAccessibleDescription(self.tr("Close without recording advice"))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.error_label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, 320)

    def _on_buttons_accepted(self) -> None:
        adviser = self.adviser_edit.text().strip()
        advice = self.advice_edit.toPlainText().strip()
        missing = []
        if not adviser:
            missing.append(self.tr("Enter who you asked for advice"))
        if not advice:
            missing.append(self.tr("Enter what they advised"))
        if missing:
            self.error_label.setText("\n".join(missing))
            self.error_label.setVisible(True)
            (self.adviser_edit if not adviser else self.advice_edit).setFocus()
            return
        self.advice_did_submit.emit(adviser, advice)
        self.accept()

    def clear(self) -> None:
        self.adviser_edit.clear()
        self.advice_edit.clear()
        self.error_label.clear()
