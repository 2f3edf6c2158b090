"""A record field the path has settled: its value, read-only, and "Change" back to the question.

The GOV.UK "check your answers" pattern inside the record form: the user sees what their answer
put into the record and can change the answer (never the field on its own, which would let the
record contradict the path). The rule that settles the field is core's (records.path_fields).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class SettledField(QWidget):
    """Shows "<value> - from your answer "<answer>" to "<question>"" and a Change button."""

    change_did_request = Signal(str)  # the field name

    def __init__(self, name: str, field_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._field_label = field_label
        self.setObjectName(f"field_{name}_settled")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.value_label = QLabel(self)
        self.value_label.setObjectName(f"field_{name}_settled_value")
        self.value_label.setWordWrap(True)
        self.value_label.setTextFormat(Qt.TextFormat.PlainText)
        self.value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.value_label, 1)
        self.change_button = QPushButton(self.tr("Change"), self)
        # "change_" like the Change buttons of check your answers: one per row, so no mnemonic
        self.change_button.setObjectName(f"change_settled_{name}")
        self.change_button.setAccessibleName(self.tr("Change %1").replace("%1", field_label))
        self.change_button.clicked.connect(lambda: self.change_did_request.emit(self.name))
        layout.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignTop)

    def show_value(self, value_label: str, answer_label: str, question: str) -> None:
        """Show the settled value and the answer that settled it (also read to screen readers
        as the Change button's description, since the value itself takes no focus)."""
        text = self.tr("%1 \u2013 from your answer \u201c%2\u201d to \u201c%3\u201d").replace(
            "%1", value_label).replace("%2", answer_label).replace("%3", question)
        self.value_label.setText(text)
        self.change_button.setAccessibleDescription(
            self.tr("%1: %2. Goes back to the question.").replace(
                "%1", self._field_label).replace("%2", text))
