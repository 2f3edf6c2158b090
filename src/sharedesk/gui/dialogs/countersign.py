"""Countersign a finalised record (issue 14): outcome, comment, name and role.

The dialog collects; ``sign`` (the caller's, e.g. ``countersign_record`` over the vault) signs
with the vault's device key and stores it. A refusal (purged, already countersigned with this
outcome, no comment) is shown in the dialog and nothing is written. Opened with ``open()``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sharedesk.core.errors import SharedeskError
from sharedesk.core.records.status import CountersignOutcome
from sharedesk.gui import labels
from sharedesk.gui.widgets.roles import set_role

Sign = Callable[[str, str, str, str], Any]  # outcome, comment, by, role -> Countersignature


class CountersignDialog(QDialog):
    countersignature_did_save = Signal(object)  # the Countersignature

    def __init__(self, sign: Sign, by: str = "", role: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sign = sign
        self.setObjectName("countersign_dialog")
        self.setWindowTitle(self.tr("Countersign this record"))
        self.setAccessibleName(self.tr("Countersign this record"))
        self.setModal(True)
        intro = QLabel(self.tr("Your countersignature is signed with this laptop's key and kept "
                               "beside the record; the record itself is not changed."), self)
        intro.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("countersign_error")
        set_role(self.error_label, "error")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        box = QGroupBox(self.tr("Outcome of your review"), self)
        box.setObjectName("countersign_outcome_group")
        box.setAccessibleName(self.tr("Outcome of your review"))
        self.outcomes = QButtonGroup(self)
        inner = QVBoxLayout(box)
        self.outcome_buttons: dict[str, QRadioButton] = {}
        for value, text in ((CountersignOutcome.AGREED, self.tr("&Agreed")),
                            (CountersignOutcome.AGREED_WITH_COMMENTS, self.tr("Agreed &with comments")),
                            (CountersignOutcome.ESCALATED, self.tr("&Escalated"))):
            button = QRadioButton(text, box)
            button.setObjectName(f"countersign_{value}")
            button.setAccessibleName(labels.countersign_outcome(value))
            self.outcomes.addButton(button)
            self.outcome_buttons[value] = button
            inner.addWidget(button)
        self.outcome_buttons[CountersignOutcome.AGREED].setChecked(True)
        self.comment_edit = QPlainTextEdit(self)
        self._name(self.comment_edit, "countersign_comment", self.tr("Comment"))
        self.comment_edit.setTabChangesFocus(True)
        self.by_edit = QLineEdit(by, self)
        self._name(self.by_edit, "countersign_by", self.tr("Your name"))
        self.role_edit = QLineEdit(role, self)
        self._name(self.role_edit, "countersign_role", self.tr("Your role"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, widget in ((self.tr("&Comment"), self.comment_edit),
                             (self.tr("Your &name"), self.by_edit),
                             (self.tr("Your &role"), self.role_edit)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QDialogButtonBox(self)
        self.sign_button = buttons.addButton(self.tr("&Sign"), QDialogButtonBox.ButtonRole.AcceptRole)
        self._name(self.sign_button, "countersign_sign", self.tr("Sign"))
        self.cancel_button = buttons.addButton(self.tr("Cancel"),
                                               QDialogButtonBox.ButtonRole.RejectRole)
        self._name(self.cancel_button, "countersign_cancel", self.tr("Cancel"))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.error_label)
        layout.addWidget(box)
        layout.addLayout(form)
        layout.addWidget(buttons)
        # at least its size hint: at 200% text a fixed 520x440 cut the outcomes and the comment
        self.comment_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        hint = self.sizeHint()
        self.resize(max(520, hint.width()), max(440, hint.height()))

    @staticmethod
    def _name(widget: QWidget, name: str, accessible: str) -> None:
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)

    def outcome(self) -> str:
        return next(v for v, b in self.outcome_buttons.items() if b.isChecked())

    def choose(self, outcome: str) -> None:
        self.outcome_buttons[outcome].setChecked(True)

    def _on_buttons_accepted(self) -> None:
        try:
            signed = self._sign(self.outcome(), self.comment_edit.toPlainText(),
                                self.by_edit.text(), self.role_edit.text())
        except SharedeskError as exc:
            self.show_error(str(exc))
            return
        self.countersignature_did_save.emit(signed)
        self.accept()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def clear(self) -> None:
        self.comment_edit.clear()
        self.error_label.clear()
