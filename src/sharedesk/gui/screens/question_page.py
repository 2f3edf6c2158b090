"""Filling the wizard's question page from a flow node: the view half of the decision screen.

Only property changes on widgets that already exist (the form builds them once), so a move to
the next question costs no layout of the window. Strings use the DecisionWizard context so the
translation catalogue keeps one context for the whole screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from sharedesk.core.flow.engine import Step
from sharedesk.core.flow.model import Flow, Node, NodeKind
from sharedesk.gui.widgets.roles import set_role


def style(ui: Any) -> None:
    """Theme roles (so text size and high contrast apply) and plain-text labels (flow text is
    data and is never interpreted as markup)."""
    set_role(ui.question_title, "heading")
    set_role(ui.unverified_label, "warning")
    set_role(ui.dropped_notice, "warning")
    ui.dropped_notice.setVisible(False)
    for w in (ui.question_title, ui.question_text, ui.help_text, ui.help_source,
              ui.dropped_notice, ui.footnote_label, ui.checklist_label):
        w.setTextFormat(Qt.TextFormat.PlainText)


def show_node(ui: Any, node: Node, *, asked: int, preselect: str | None, can_back: bool,
              can_forward: bool) -> None:
    """Show a question (with its answers) or an action/advice step (with Continue)."""
    translate = QCoreApplication.translate
    is_question = node.kind is NodeKind.QUESTION
    if is_question:
        step = translate("DecisionWizard", "Question %1").replace("%1", str(asked))
        next_text, next_name = (translate("DecisionWizard", "&Next"),
                                translate("DecisionWizard", "Next"))
    else:
        step = translate("DecisionWizard", "Before you go on")
        next_text, next_name = (translate("DecisionWizard", "&Continue"),
                                translate("DecisionWizard", "Continue"))
    ui.step_label.setText(step)
    ui.question_title.setText(node.text if is_question else node.title)
    ui.question_title.setAccessibleName(ui.question_title.text())
    ui.question_text.setText("" if is_question else node.text)
    ui.question_text.setVisible(not is_question)
    ui.choice_list.setVisible(is_question)
    if is_question:
        ui.choice_list.set_choices(node.choices, preselect)
        ui.choice_list.setAccessibleName(node.text)
    ui.checklist_label.setText("\n".join(f"\u2022 {c}" for c in node.checklist))
    ui.checklist_label.setVisible(bool(node.checklist))
    ui.footnote_label.setText(node.footnote)
    ui.footnote_label.setVisible(bool(node.footnote))
    ui.unverified_label.setVisible(not node.verified)
    ui.help_box.setVisible(bool(node.help or node.source))
    ui.help_text.setText(node.help)
    source = translate("DecisionWizard", "Source: %1").replace("%1", node.source)
    ui.help_source.setText(source if node.source else "")
    ui.back_button.setEnabled(can_back)
    ui.forward_button.setEnabled(can_forward)
    ui.next_button.setText(next_text)
    ui.next_button.setAccessibleName(next_name)


def show_dropped(notice: Any, flow: Flow, dropped: Sequence[Step]) -> None:
    """List the answers that no longer apply (or hide the notice when there are none)."""
    lines = []
    for step in dropped:
        if step.answer is None:
            continue
        node = flow.nodes[step.node_id]
        choice = node.choice(step.answer)
        lines.append(f"\u2022 {node.text} {choice.label if choice else step.answer}")
    if not lines:
        notice.clear()
        notice.setVisible(False)
        return
    intro = QCoreApplication.translate(
        "DecisionWizard", "You changed an earlier answer, so these answers no longer apply:")
    notice.setText(intro + "\n" + "\n".join(lines))
    notice.setAccessibleDescription(notice.text())
    notice.setVisible(True)


def choose_an_answer() -> str:
    return QCoreApplication.translate("DecisionWizard", "Choose an answer to go on.")


def show_choice_error(notice: Any) -> None:
    notice.setText(choose_an_answer())
    notice.setAccessibleDescription(notice.text())
    notice.setVisible(True)


def showing_choice_error(notice: Any) -> bool:
    return bool(notice.isVisibleTo(notice.parentWidget())) and notice.text() == choose_an_answer()
