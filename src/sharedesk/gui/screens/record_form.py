"""The record form: the fields the outcome needs, inline messages, and an error summary on top.

Every field row is built once; reaching an outcome only moves rows between the "required" and
"optional" boxes. Messages follow the GOV.UK pattern: nothing is shown until the user first
presses Continue, then messages update as they type so a fixed problem disappears at once.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from itertools import pairwise

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from sharedesk.core.flow.fields import RECORD_FIELDS
from sharedesk.core.flow.model import Node, Outcome
from sharedesk.core.records import dates
from sharedesk.core.records.path_fields import CONSENT_FIELDS, NO_PATH, PathFacts
from sharedesk.core.records.validation import (
    CHOICES,
    DATE_FIELDS,
    DATETIME_FIELDS,
    REQUIRED_IF,
    SHARED_OUTCOMES,
    FieldProblem,
    required_fields,
    validate_fields,
)
from sharedesk.gui import field_words
from sharedesk.gui.forms.ui_record_form import Ui_RecordForm
from sharedesk.gui.widgets.roles import set_role
from sharedesk.gui.widgets.settled_field import SettledField

LONG_FIELDS = frozenset({
    "reasons", "purpose", "necessary_proportionate", "alternatives", "what_shared",
    "opinion_shared", "what_withheld", "consent_reason", "informed_reason", "views",
    "identities_to_protect", "requested_by", "security",
})
# Shown beside the fields they qualify, so fact and opinion, and reasons, are entered together.
_COMPANIONS = {"what_shared": "opinion_shared", "consent": "consent_reason",
               "informed": "informed_reason"}
_ALWAYS_MAIN = ("identities_to_protect",)
_SHARED_EXTRA = ("recipient", "what_shared", "lawful_basis")  # consent: where the path asks

FieldWidget = QLineEdit | QPlainTextEdit | QComboBox


def hint_for(name: str) -> str:
    hints = {
        "what_shared": QT_TRANSLATE_NOOP(
            "RecordForm", "Facts only: what you know, saw or were told directly."),
        "opinion_shared": QT_TRANSLATE_NOOP(
            "RecordForm", "Your professional opinion, kept apart from the facts."),
        "identities_to_protect": QT_TRANSLATE_NOOP(
            "RecordForm", "People who could be harmed if named. They are not shared."),
        "subject": QT_TRANSLATE_NOOP("RecordForm", "Initials or a case reference only, not a full name."),
        "reasons": QT_TRANSLATE_NOOP("RecordForm", "Required whether or not you share."),
        "what_withheld": QT_TRANSLATE_NOOP("RecordForm", "Anything you decided not to share, and why."),
    }
    hint: object = hints.get(name, "")  # QT_TRANSLATE_NOOP returns its text, typed object
    if name in DATE_FIELDS:
        hint = QT_TRANSLATE_NOOP("RecordForm", "Day/month/year, for example 31/03/2026.")
    elif name in DATETIME_FIELDS:
        hint = QT_TRANSLATE_NOOP(
            "RecordForm", "Day/month/year and a time if you know it, for example 31/03/2026 14:30.")
    return str(hint)


class RecordForm(QWidget):
    """Fields for one outcome. ``values()`` returns the non-empty field texts by name."""

    form_did_change = Signal()
    continue_requested = Signal()
    back_requested = Signal()
    change_settled_requested = Signal(str)  # a field the path settled: back to its question

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecordForm()
        self.ui.setupUi(self)
        self.setObjectName("record_form")
        self.setAccessibleName(self.tr("Record the decision"))
        self.setAccessibleDescription(self.tr("The fields of the decision record"))
        set_role(self.ui.outcome_title, "heading")  # sized by the theme
        self.ui.error_summary.setVisible(False)
        set_role(self.ui.error_summary_title, "subheading")
        self.ui.error_summary_list.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction)
        self.ui.error_summary_list.linkActivated.connect(self._on_error_summary_link_activated)
        self.ui.record_back_button.clicked.connect(self.back_requested)
        self.ui.record_continue_button.clicked.connect(self.continue_requested)
        self.inputs: dict[str, FieldWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.hints: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}
        self._rows: dict[str, QWidget] = {}
        self.calendar_buttons: dict[str, QToolButton] = {}
        self.calendar: QCalendarWidget | None = None
        self.settled: dict[str, SettledField] = {}
        self._facts: PathFacts = NO_PATH
        for name in RECORD_FIELDS:
            self._build_row(name)
        self._requires: tuple[str, ...] = ()
        self._outcome = ""
        self._checked = False
        self._loading = False

    # -- building ------------------------------------------------------------------------------
    def _build_row(self, name: str) -> None:
        row = QWidget(self)
        row.setObjectName(f"field_{name}_row")
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 4, 0, 4)
        label = QLabel(row)
        label.setObjectName(f"field_{name}_label")
        label.setWordWrap(True)
        hint = QLabel(self.tr(hint_for(name)), row)
        hint.setObjectName(f"field_{name}_hint")
        hint.setWordWrap(True)
        hint.setVisible(bool(hint_for(name)))
        error = QLabel(row)
        error.setObjectName(f"field_{name}_error")
        error.setWordWrap(True)
        set_role(error, "error")
        error.setVisible(False)
        widget = self._make_input(name, row)
        label.setBuddy(widget)
        for w in (label, hint, error):
            layout.addWidget(w)
        layout.addWidget(self._with_calendar(name, widget, row)
                         if isinstance(widget, QLineEdit)
                         and (name in DATE_FIELDS or name in DATETIME_FIELDS) else widget)
        if name in CHOICES:  # a field a choice's `sets` can settle
            settled = SettledField(name, field_words.field_label(name), row)
            settled.setVisible(False)
            settled.change_did_request.connect(self.change_settled_requested)
            layout.addWidget(settled)
            self.settled[name] = settled
        self.inputs[name] = widget
        self.hints[name] = hint
        self.errors[name] = error
        self._labels[name] = label
        self._rows[name] = row

    def _make_input(self, name: str, parent: QWidget) -> FieldWidget:
        widget: FieldWidget
        if name == "recipient":  # the profile's contacts as choices; free text still possible
            recipient = QComboBox(parent)
            recipient.setEditable(True)
            recipient.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            editor = recipient.lineEdit()
            assert editor is not None  # an editable combo box always has one
            editor.setObjectName(f"field_{name}_text")
            editor.setAccessibleName(field_words.field_label(name))
            recipient.editTextChanged.connect(self._on_input_changed)
            widget = recipient
        elif name in CHOICES:
            combo = QComboBox(parent)
            combo.addItem(self.tr("Choose one"), "")
            for value, label in CHOICES[name]:
                combo.addItem(field_words.text(label), value)
            combo.currentIndexChanged.connect(self._on_input_changed)
            widget = combo
        elif name in LONG_FIELDS:
            long_text = QPlainTextEdit(parent)
            long_text.setTabChangesFocus(True)
            long_text.setMinimumHeight(long_text.fontMetrics().lineSpacing() * 3 + 12)
            long_text.setMaximumHeight(long_text.fontMetrics().lineSpacing() * 6 + 12)
            long_text.textChanged.connect(self._on_input_changed)
            widget = long_text
        else:
            line = QLineEdit(parent)
            if name in DATE_FIELDS or name in DATETIME_FIELDS:
                line.setPlaceholderText(self.tr("dd/mm/yyyy"))
            line.textChanged.connect(self._on_input_changed)
            widget = line
        widget.setObjectName(f"field_{name}")
        widget.setAccessibleName(field_words.field_label(name))
        widget.setAccessibleDescription(self.tr(hint_for(name)))
        return widget

    def _with_calendar(self, name: str, line: QLineEdit, parent: QWidget) -> QWidget:
        """The date box and a "Calendar" button beside it that drops a month view down."""
        box = QWidget(parent)
        box.setObjectName(f"field_{name}_box")
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(line, 1)
        button = QToolButton(box)
        button.setObjectName(f"field_{name}_calendar_button")
        button.setText(self.tr("Calendar"))
        button.setAccessibleName(self.tr("Calendar for %1").replace(
            "%1", field_words.field_label(name)))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(lambda: self.open_calendar(name))
        layout.addWidget(button)
        self.calendar_buttons[name] = button
        return box

    def open_calendar(self, name: str) -> QCalendarWidget:
        """Drop a month view under the date's Calendar button, at the date typed (if any).
        Choosing a day (click or Enter) fills the box as dd/mm/yyyy and returns focus to it."""
        line = self.inputs[name]
        assert isinstance(line, QLineEdit)
        menu = QMenu(self)
        menu.setObjectName(f"field_{name}_calendar")
        calendar = QCalendarWidget(menu)
        calendar.setObjectName(f"field_{name}_calendar_month")
        calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        calendar.setGridVisible(True)
        calendar.setStyleSheet("QTableView { padding: 0px; }")  # day names fit at large text
        calendar.setAccessibleName(self.tr("Calendar for %1").replace(
            "%1", field_words.field_label(name)))
        try:
            typed = dates.parse_date(line.text().split()[0]) if line.text().strip() else None
        except dates.DateProblem:
            typed = None
        if typed is not None:
            calendar.setSelectedDate(QDate(typed.year, typed.month, typed.day))
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def chosen(day: QDate) -> None:
            line.setText(day.toString("dd/MM/yyyy"))
            menu.close()
            line.setFocus(Qt.FocusReason.OtherFocusReason)

        calendar.activated.connect(chosen)
        calendar.clicked.connect(chosen)
        menu.aboutToHide.connect(menu.deleteLater)
        button = self.calendar_buttons[name]
        menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
        calendar.setFocus()
        self.calendar = calendar
        return calendar

    # -- showing an outcome ----------------------------------------------------------------------
    def set_recipient_choices(self, choices: Sequence[str]) -> None:
        """Offer ``choices`` (from the organisation profile's contacts) for the recipient."""
        combo = self.inputs["recipient"]
        assert isinstance(combo, QComboBox)
        text = combo.currentText()
        self._loading = True
        try:
            combo.clear()
            combo.addItems(list(choices))
            combo.setCurrentIndex(-1)
            combo.setEditText(text)
            editor = combo.lineEdit()
            if editor is not None:
                editor.setPlaceholderText(
                    self.tr("Choose a contact (Down arrow) or type") if choices else "")
        finally:
            self._loading = False

    def main_fields(self, requires: Sequence[str], outcome: str,
                    facts: PathFacts | None = None) -> list[str]:
        """Fields shown in the main box, in record order: required ones, the ones the path
        settled, and their companions (a reason only where the settled answer needs one).
        Consent appears only where the path makes it relevant. ``facts``: the form's own."""
        facts = self._facts if facts is None else facts
        main = {"reasons", *requires, *_ALWAYS_MAIN, *facts.settled}
        if outcome in SHARED_OUTCOMES:
            main.update(_SHARED_EXTRA)
        if facts.consent_relevant:
            main.add("consent")
        else:
            main.difference_update(CONSENT_FIELDS)
        for field, companion in _COMPANIONS.items():
            value = facts.value(field)
            if field in main and (value is None or companion not in REQUIRED_IF
                                  or value in REQUIRED_IF[companion][1]):
                main.add(companion)
        return [name for name in RECORD_FIELDS if name in main]

    def set_outcome(self, node: Node, requires: Sequence[str], values: Mapping[str, str],
                    facts: PathFacts = NO_PATH, questions: Mapping[str, Node] | None = None
                    ) -> None:
        """Show the form for the outcome ``node`` with ``values`` filled in. Fields the path
        settled (``facts``) are shown read-only with "Change"; ``questions`` (the flow's nodes)
        name the answer that settled each. A field settled before but no longer (the answer
        was changed) is emptied: its old value said what the old answer said."""
        values = {k: v for k, v in values.items()
                  if not (k in self._facts.settled and k not in facts.settled)}
        values.update({k: s.value for k, s in facts.settled.items()})
        self._facts = facts
        self._show_settled(questions or {})
        self._requires = tuple(requires)
        self._outcome = node.outcome or ""
        self.ui.outcome_title.setText(node.title)
        self.ui.outcome_text.setText(node.text)
        self.ui.checklist_label.setText("\n".join(f"\u2022 {item}" for item in node.checklist))
        self.ui.checklist_label.setVisible(bool(node.checklist))
        reasons_hint = (self.tr("Why you are not sharing, and any advice you still need. Be ready "
                                "to reconsider if circumstances change.")
                        if self._outcome == Outcome.DO_NOT_SHARE else self.tr(hint_for("reasons")))
        self.hints["reasons"].setText(reasons_hint)
        self.inputs["reasons"].setAccessibleDescription(reasons_hint)
        main = self.main_fields(requires, self._outcome)
        for name in RECORD_FIELDS:
            target = self.ui.required_layout if name in main else self.ui.optional_layout
            target.addWidget(self._rows[name])
        self.set_values(values)
        self._update_labels()
        self._checked = False
        self._show_problems([])
        # Rows were made after the nav buttons and have moved: restore reading order for Tab.
        order = main + [n for n in RECORD_FIELDS if n not in main]
        chain: list[QWidget] = [self.ui.error_summary_list]
        for n in order:
            chain.append(self.settled[n].change_button if n in self._facts.settled
                         else self.inputs[n])
            if n in self.calendar_buttons:
                chain.append(self.calendar_buttons[n])
        chain += [self.ui.record_back_button, self.ui.record_continue_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _show_settled(self, questions: Mapping[str, Node]) -> None:
        for name, box in self.settled.items():
            found = self._facts.settled.get(name)
            box.setVisible(found is not None)
            self.inputs[name].setVisible(found is None)
            if found is None:
                continue
            question = questions.get(found.node_id)
            choice = question.choice(found.answer) if question is not None else None
            box.show_value(field_words.value_label(name, found.value),
                           choice.label if choice is not None else found.answer,
                           question.text if question is not None else found.node_id)

    def set_values(self, values: Mapping[str, str]) -> None:
        self._loading = True
        try:
            for name, widget in self.inputs.items():
                value = values.get(name, "")
                if isinstance(widget, QComboBox) and widget.isEditable():
                    if widget.currentText() != value:
                        widget.setEditText(value)
                elif isinstance(widget, QComboBox):
                    index = widget.findData(value)
                    widget.setCurrentIndex(max(index, 0))
                elif isinstance(widget, QPlainTextEdit):
                    if widget.toPlainText() != value:
                        widget.setPlainText(value)
                elif widget.text() != value:
                    widget.setText(value)
        finally:
            self._loading = False

    def values(self) -> dict[str, str]:
        out = {}
        for name, widget in self.inputs.items():
            if isinstance(widget, QComboBox) and widget.isEditable():
                value = widget.currentText()
            elif isinstance(widget, QComboBox):
                value = str(widget.currentData() or "")
            elif isinstance(widget, QPlainTextEdit):
                value = widget.toPlainText()
            else:
                value = widget.text()
            if value.strip():
                out[name] = value.strip()
        return out

    # -- validation ------------------------------------------------------------------------------
    def validate(self) -> list[FieldProblem]:
        """Check the fields, show every message, and return the problems (errors and warnings)."""
        self._checked = True
        problems = validate_fields(self.values(), self._requires, self._outcome,
                                   facts=self._facts)
        self._show_problems(problems)
        return problems

    def _show_problems(self, problems: Sequence[FieldProblem]) -> None:
        by_field: dict[str, list[str]] = {}
        for p in problems:
            by_field.setdefault(p.field, []).append(
                p.message if p.blocking else self.tr("Note: ") + p.message)
        for name, label in self.errors.items():
            messages = by_field.get(name, [])
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))
            self.inputs[name].setAccessibleDescription(" ".join(messages) or self.hints[name].text())
        blocking = [p for p in problems if p.blocking]
        items = "".join(f'<li><a href="field:{html.escape(p.field)}">{html.escape(p.message)}</a></li>'
                        for p in blocking)
        self.ui.error_summary_list.setText(f"<ul>{items}</ul>")
        self.ui.error_summary.setVisible(bool(blocking))
        self.ui.error_summary_list.setAccessibleDescription(" ".join(p.message for p in blocking))

    def focus_field(self, name: str) -> None:
        widget = self.inputs.get(name)
        if widget is None:
            return
        self.ui.fields_scroll.ensureWidgetVisible(self._rows[name])
        if name in self._facts.settled:
            self.settled[name].change_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_first_problem(self) -> None:
        if self.ui.error_summary.isVisible():
            self.ui.error_summary_list.setFocus()
            self.ui.fields_scroll.ensureWidgetVisible(self.ui.error_summary)

    def first_field(self) -> str:
        return self.main_fields(self._requires, self._outcome)[0]

    def _on_error_summary_link_activated(self, link: str) -> None:
        if link.startswith("field:"):
            self.focus_field(link.removeprefix("field:"))

    def _update_labels(self) -> None:
        """"(optional)" on every field the record can do without, from the same rule that
        validation applies (so a reason the consent answer makes needed loses it)."""
        needed = required_fields(self.values(), self._requires, self._outcome, self._facts)
        for name, label in self._labels.items():
            suffix = "" if name in needed else self.tr(" (optional)")
            label.setText(field_words.field_label(name) + suffix)
            self.inputs[name].setAccessibleName(field_words.field_label(name) + suffix)

    def _on_input_changed(self) -> None:
        if self._loading:
            return
        self._update_labels()
        if self._checked:
            self._show_problems(validate_fields(self.values(), self._requires, self._outcome,
                                                facts=self._facts))
        self.form_did_change.emit()

    def clear(self) -> None:
        """Wipe every value and message (on lock or after finalising)."""
        self._facts = NO_PATH
        self._show_settled({})
        self.set_values({})
        self._checked = False
        self._show_problems([])
