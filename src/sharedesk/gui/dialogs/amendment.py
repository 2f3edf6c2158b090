"""Add an amendment to a finalised record: who, why, and the fields that change.

The dialog collects; the caller (RecordDetail) submits through the service and either closes the
dialog or shows the service's message in it, so nothing is half-saved. Opened with ``open()``.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sharedesk.core.flow.fields import RECORD_FIELDS
from sharedesk.gui import field_words
from sharedesk.gui.widgets.roles import set_role


class AmendmentDialog(QDialog):
    amendment_did_submit = Signal(str, str, dict)  # author, reason, changes

    def __init__(self, fields: Mapping[str, str], author: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("amendment_dialog")
        self.setWindowTitle(self.tr("Add an amendment"))
        self.setAccessibleName(self.tr("Add an amendment"))
        self.setAccessibleDescription(self.tr("Give a reason and the changed fields; the original "
                                              "record is kept unchanged"))
        self.setModal(True)
        self._current = dict(fields)
        self.changes: dict[str, str] = {}
        intro = QLabel(self.tr("The finalised record is not changed: this amendment is added to it "
                               "with your name, the time and your reason."), self)
        intro.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("amendment_error")
        set_role(self.error_label, "error")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.author_edit = self._line("amendment_author", self.tr("Your name"), author)
        self.reason_edit = QPlainTextEdit(self)
        self._name(self.reason_edit, "amendment_reason", self.tr("Reason for the amendment"))
        self.field_combo = QComboBox(self)
        self._name(self.field_combo, "amendment_field", self.tr("Field to change"))
        for name, label in RECORD_FIELDS.items():
            if name not in ("decision_maker", "role"):
                self.field_combo.addItem(field_words.text(label), name)
        self.value_edit = QPlainTextEdit(self)
        self._name(self.value_edit, "amendment_value", self.tr("New value for the field"))
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("amendment_summary")
        self.summary_label.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, widget in ((self.tr("Your &name"), self.author_edit),
                             (self.tr("&Reason"), self.reason_edit),
                             (self.tr("&Field to change"), self.field_combo),
                             (self.tr("New &value"), self.value_edit)):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Save amendment"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self._name(self.save_button, "amendment_save", self.tr("Save amendment"))
        self.cancel_button = buttons.addButton(self.tr("&Cancel"),
                                               QDialogButtonBox.ButtonRole.RejectRole)
        self._name(self.cancel_button, "amendment_cancel", self.tr("Cancel"))
        self.cancel_button.setAccessibleDescription(self.tr("Close without amending"))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        self.field_combo.currentIndexChanged.connect(self._on_field_combo_changed)
        self.value_edit.textChanged.connect(self._on_value_edit_changed)
        layout = QVBoxLayout(self)
        for part in (intro, self.error_label):
            layout.addWidget(part)
        layout.addLayout(form)
        layout.addWidget(self.summary_label)
        layout.addWidget(buttons)
        self._on_field_combo_changed()
        self.resize(560, 480)

    def _line(self, name: str, accessible: str, text: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        self._name(edit, name, accessible)
        return edit

    def _name(self, widget: QWidget, name: str, accessible: str) -> None:
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)  # the visible label's words (WCAG 2.5.3)
        if isinstance(widget, QPlainTextEdit):
            widget.setTabChangesFocus(True)

    def select_field(self, name: str) -> None:
        self.field_combo.setCurrentIndex(self.field_combo.findData(name))

    def _on_field_combo_changed(self) -> None:
        name = str(self.field_combo.currentData())
        self.value_edit.blockSignals(True)
        self.value_edit.setPlainText(self.changes.get(name, self._current.get(name, "")))
        self.value_edit.blockSignals(False)

    def _on_value_edit_changed(self) -> None:
        name = str(self.field_combo.currentData())
        value = self.value_edit.toPlainText()
        if value.strip() == self._current.get(name, "").strip():
            self.changes.pop(name, None)
        else:
            self.changes[name] = value
        labels = [field_words.field_label(n) for n in self.changes]
        self.summary_label.setText(self.tr("Fields changed: %1").replace("%1", ", ".join(labels))
                                   if labels else "")

    def _on_buttons_accepted(self) -> None:
        self.amendment_did_submit.emit(self.author_edit.text(), self.reason_edit.toPlainText(),
                                       dict(self.changes))

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def clear(self) -> None:
        self.author_edit.clear()
        self.error_label.clear()
        self.reason_edit.clear()
        self.value_edit.clear()
        self.changes.clear()
        self._current.clear()
        self.summary_label.clear()
