"""Filling the wizard's question page from a flow node: the view half of the decision screen.

``NAVMAP`` maps each node kind to the page class that shows and reads it, so no screen asks
a node "are you a question?".

Only property changes on widgets that already exist (the form builds them once), so a move to
the next question costs no layout of the window. Strings use the DecisionWizard context so the
translation catalogue keeps one context for the whole screen.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from sharedesk.core.flow.engine import Step
from sharedesk.core.flow.model import Flow, Node, NodeKind
from sharedesk.core.records.draft import DraftPage
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


class NodePage:
    """How one kind of flow node is shown and answered. The base is a step to read or do
    (action, info), shown on the question page with Continue, answered with no value."""

    page = DraftPage.QUESTION  # which page of the wizard shows this kind of node

    def step_text(self, asked: int) -> str:
        return QCoreApplication.translate("DecisionWizard", "Before you go on")

    def next_text(self) -> tuple[str, str]:
        """The Next button's text (with its mnemonic) and spoken name."""
        return (QCoreApplication.translate("DecisionWizard", "&Continue"),
                QCoreApplication.translate("DecisionWizard", "Continue"))

    def heading(self, node: Node) -> str:
        """The node's title line (also what advice sought here is about)."""
        return node.title

    def advice_about(self, node: Node, flow: Flow, path: Sequence[Step]) -> Node:
        """The node advice sought at ``node`` is about (itself, unless said otherwise)."""
        return node

    def show(self, ui: Any, node: Node, *, asked: int, preselect: str | None) -> None:
        """Fill the question page's widgets for ``node`` (``asked`` counts questions so far)."""
        ui.step_label.setText(self.step_text(asked))
        ui.question_title.setText(self.heading(node))
        ui.question_title.setAccessibleName(ui.question_title.text())
        text, name = self.next_text()
        ui.next_button.setText(text)
        ui.next_button.setAccessibleName(name)
        self.show_body(ui, node, preselect)

    def show_body(self, ui: Any, node: Node, preselect: str | None) -> None:
        ui.question_text.setText(node.text)
        ui.question_text.setVisible(True)
        ui.choice_list.setVisible(False)

    def read(self, ui: Any) -> tuple[bool, str | None]:
        """(ready, answer) for Next: a step to read is always ready and answers nothing."""
        return True, None

    def focus(self, ui: Any) -> None:
        ui.next_button.setFocus()


class QuestionPage(NodePage):
    """A question: its answers as a choice list, the answer kept for Forward preselected."""

    def step_text(self, asked: int) -> str:
        return QCoreApplication.translate("DecisionWizard", "Question %1").replace("%1",
                                                                                   str(asked))

    def next_text(self) -> tuple[str, str]:
        return (QCoreApplication.translate("DecisionWizard", "&Next"),
                QCoreApplication.translate("DecisionWizard", "Next"))

    def heading(self, node: Node) -> str:
        return node.text

    def show_body(self, ui: Any, node: Node, preselect: str | None) -> None:
        ui.question_text.setText("")
        ui.question_text.setVisible(False)
        ui.choice_list.setVisible(True)
        ui.choice_list.set_choices(node.choices, preselect)
        ui.choice_list.setAccessibleName(node.text)

    def read(self, ui: Any) -> tuple[bool, str | None]:
        value = ui.choice_list.value()
        return value is not None, value

    def focus(self, ui: Any) -> None:
        ui.choice_list.focus_first()


class AdvicePage(NodePage):
    """Seek advice: advice sought here is about the question that led here."""

    def advice_about(self, node: Node, flow: Flow, path: Sequence[Step]) -> Node:
        return flow.nodes.get(path[-1].node_id, node) if path else node


class OutcomePage(NodePage):
    """The outcome: shown by the record form, not the question page."""

    page = DraftPage.RECORD


# The navmap (after Electrum's wizard): each node kind to the page that shows it. A new kind
# adds a row here and its page class, nothing in the wizard.
NAVMAP: Mapping[NodeKind, NodePage] = MappingProxyType({
    NodeKind.QUESTION: QuestionPage(),
    NodeKind.ACTION: NodePage(),
    NodeKind.INFO: NodePage(),
    NodeKind.ADVICE: AdvicePage(),
    NodeKind.OUTCOME: OutcomePage(),
})


def show_node(ui: Any, node: Node, *, asked: int, preselect: str | None, can_back: bool,
              can_forward: bool) -> None:
    """Show ``node`` on the question page as its kind's page says, with its notes and help."""
    NAVMAP[node.kind].show(ui, node, asked=asked, preselect=preselect)
    ui.checklist_label.setText("\n".join(f"\u2022 {c}" for c in node.checklist))
    ui.checklist_label.setVisible(bool(node.checklist))
    ui.footnote_label.setText(node.footnote)
    ui.footnote_label.setVisible(bool(node.footnote))
    ui.unverified_label.setVisible(not node.verified)
    ui.help_box.setVisible(bool(node.help or node.source))
    ui.help_text.setText(node.help)
    source = QCoreApplication.translate("DecisionWizard", "Source: %1").replace("%1", node.source)
    ui.help_source.setText(source if node.source else "")
    ui.back_button.setEnabled(can_back)
    ui.forward_button.setEnabled(can_forward)


def advice_subject(node: Node, flow: Flow, path: Sequence[Step]) -> str:
    """What advice sought at ``node`` is about, as the seek-advice dialog names it."""
    asked = NAVMAP[node.kind].advice_about(node, flow, path)
    return NAVMAP[asked.kind].heading(asked)


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


def show_choice_error(notice: Any) -> None:
    """Say an answer is needed (the wizard remembers it is showing this, never by its text)."""
    notice.setText(QCoreApplication.translate("DecisionWizard", "Choose an answer to go on."))
    notice.setAccessibleDescription(notice.text())
    notice.setVisible(True)
