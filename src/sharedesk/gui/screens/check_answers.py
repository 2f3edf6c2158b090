"""Check your answers: every answer and field with a Change button, then Finalise record.

Rows are rebuilt each time the page is shown (once per visit, not per keystroke), from the
session's path and the form's values; the page holds no state of its own beyond the widgets.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from sharedesk.core.flow.engine import Step
from sharedesk.core.flow.fields import RECORD_FIELDS
from sharedesk.core.flow.model import Flow, NodeKind
from sharedesk.gui import field_words
from sharedesk.gui.focus import FocusFollower
from sharedesk.gui.forms.ui_check_answers import Ui_CheckAnswers
from sharedesk.gui.widgets.roles import set_role


class CheckAnswers(QWidget):
    change_answer_requested = Signal(int)   # index into the path
    change_field_requested = Signal(str)    # field name
    finalise_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CheckAnswers()
        self.ui.setupUi(self)
        self.setObjectName("check_answers")
        self.setAccessibleName(self.tr("Check your answers"))
        self.setAccessibleDescription(self.tr("Every answer and field, each with a Change button"))
        # Sizes and colours come from the theme's roles, so text size and high contrast apply.
        set_role(self.ui.check_title, "heading")
        set_role(self.ui.declaration_title, "subheading")
        set_role(self.ui.finalise_error, "error")
        self.ui.finalise_error.setVisible(False)
        self.ui.check_back_button.clicked.connect(self.back_requested)
        self.ui.finalise_button.clicked.connect(self.finalise_requested)
        # The declaration is read before Finalise: focus on the buttons under the page scrolls
        # it (and any error after it) into view; focus on a Change button scrolls to its row.
        last = lambda: (self.ui.finalise_error if self.ui.finalise_error.isVisible()  # noqa: E731
                        else self.ui.declaration_text)
        FocusFollower(self.ui.check_scroll, {self.ui.finalise_button: last,
                                             self.ui.check_back_button: last})
        self._row_widgets: list[QWidget] = []

    def show_content(self, flow: Flow, path: Sequence[Step], fields: Mapping[str, str]) -> None:
        self.clear()
        row = 0
        for index, step in enumerate(path):
            node = flow.nodes[step.node_id]
            if node.kind is NodeKind.QUESTION and step.answer is not None:
                choice = node.choice(step.answer)
                answer = choice.label if choice else step.answer
                self._add_row(self.ui.answers_grid, row, node.text, answer,
                              f"answer_{index}", node.title,
                              lambda _=False, i=index: self.change_answer_requested.emit(i))
                row += 1
            for advice in step.advice:
                text = self.tr("%1 advised: %2").replace("%1", advice.adviser) \
                    .replace("%2", advice.advice)
                self._add_row(self.ui.answers_grid, row, self.tr("Advice sought at: %1")
                              .replace("%1", node.title), text, f"advice_{row}", "", None)
                row += 1
            if node.kind is NodeKind.OUTCOME:
                self._add_row(self.ui.answers_grid, row, self.tr("Outcome"), node.title, "outcome",
                              "", None)
                row += 1
        row = 0
        for name, label in RECORD_FIELDS.items():
            value = fields.get(name, "")
            if not value:
                continue
            self._add_row(self.ui.fields_grid, row, field_words.text(label),
                          field_words.value_label(name, value),
                          f"field_{name}", field_words.text(label),
                          lambda _=False, n=name: self.change_field_requested.emit(n))
            row += 1
        # Rows are made after the nav buttons, so put them back in reading order for Tab.
        chain = [*self.change_buttons(), self.ui.check_back_button, self.ui.finalise_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _add_row(self, grid: QGridLayout, row: int, key: str, value: str, name: str,
                 what: str, on_click: object) -> None:
        """One row: key, value and (when ``on_click`` is given) a ``change_<name>`` button."""
        key_label = QLabel(key, self)
        key_label.setObjectName(f"{name}_key")
        key_label.setWordWrap(True)
        bold = QFont()  # weight only: the size still follows the application font
        bold.setBold(True)
        key_label.setFont(bold)
        value_label = QLabel(value, self)
        value_label.setWordWrap(True)
        value_label.setTextFormat(Qt.TextFormat.PlainText)
        value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value_label.setObjectName(f"{name}_value")
        value_label.setAccessibleName(key)
        value_label.setAccessibleDescription(value or self.tr("(blank)"))
        grid.addWidget(key_label, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(value_label, row, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        self._row_widgets += [key_label, value_label]
        if on_click is not None:
            button = QPushButton(self.tr("Change"), self)
            button.setObjectName(f"change_{name}")
            button.setAccessibleName(self.tr("Change %1").replace("%1", what))
            button.setAccessibleDescription(self.tr("Go back and change: %1").replace("%1", key))
            button.clicked.connect(on_click)
            grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
            self._row_widgets.append(button)

    def focus_finalise(self) -> None:
        """Put the keyboard on Finalise (the page's main action) when the page is shown."""
        self.ui.finalise_button.setFocus()

    def change_buttons(self) -> list[QPushButton]:
        return [w for w in self._row_widgets if isinstance(w, QPushButton)]

    def show_finalised(self) -> None:
        """The record is stored: Finalise is never offered again on this page."""
        self.show_error("")
        self.ui.finalise_button.setEnabled(False)
        self.ui.finalise_button.setText(self.tr("Record finalised"))

    def show_error(self, message: str) -> None:
        self.ui.finalise_error.setText(message)
        self.ui.finalise_error.setVisible(bool(message))

    def clear(self) -> None:
        """Remove every row (they hold record content), wiped first: deletion comes later."""
        for widget in self._row_widgets:
            if isinstance(widget, QLabel):
                widget.clear()
            widget.setAccessibleName("")
            widget.setAccessibleDescription("")
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        self._row_widgets = []
        self.show_error("")
