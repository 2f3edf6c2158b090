"""The guided decision: one question per screen, then the record form, then check your answers.

The wizard maps the engine's state onto three pages and keeps no decision logic of its own:
every move goes through ``MoveLog`` (the core Session plus the list of moves, which is the draft;
``core.records.draft`` reads and writes it) and the record is made by
``RecordsService.finalise_session``, as ``sharedesk decide`` makes it. Which page shows a node
is ``question_page.NAVMAP``'s to say. Moving between questions relabels the same widgets; the
only I/O is the debounced autosave.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from sharedesk.core import log
from sharedesk.core.changes import DRAFT_SAVED
from sharedesk.core.errors import SharedeskError
from sharedesk.core.flow.engine import Session, Step
from sharedesk.core.flow.model import Flow, Node
from sharedesk.core.records.draft import DraftPage, MoveLog, make_state, read_state
from sharedesk.core.records.model import new_id, utc_now
from sharedesk.core.records.path_fields import path_facts
from sharedesk.core.records.service import RecordsService
from sharedesk.core.records.validation import blocking
from sharedesk.gui.dialogs.seek_advice import SeekAdviceDialog
from sharedesk.gui.forms.ui_decision import Ui_DecisionWizard
from sharedesk.gui.screens import question_page
from sharedesk.gui.screens.check_answers import CheckAnswers
from sharedesk.gui.screens.record_form import RecordForm

AUTOSAVE_MS = 1000
PAGE_QUESTION, PAGE_RECORD, PAGE_CHECK = DraftPage.QUESTION, DraftPage.RECORD, DraftPage.CHECK


class DecisionWizard(QWidget):
    """Walk ``flow`` and finalise a record through ``service``."""

    decision_did_finalise = Signal(str)
    wizard_did_close = Signal()
    draft_did_save = Signal(str)
    vault_did_change = Signal(object)  # a core.changes.Changes, for the screens that show it

    def __init__(self, flow: Flow, *, service: RecordsService, author: str, role: str,
                 contacts: Sequence[Any] = (), recipients: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        self._service = service
        self._author, self._role = author, role
        self.draft_id: str | None = None
        self.finalised_id: str | None = None  # set once the record is stored
        self.log = MoveLog(flow)
        self._fields: dict[str, str] = {"decision_maker": author, "role": role}
        self._dropped: tuple[Step, ...] = ()
        self._returning_to_check = False
        self._choice_error_shown = False  # the notice says "Choose an answer" (not read back)
        self._return_page = PAGE_CHECK  # where a "Change" returns once the path is complete
        self._dirty = False
        self.ui = Ui_DecisionWizard()
        self.ui.setupUi(self)
        self.setObjectName("decision_wizard")
        self.setAccessibleName(self.tr("Guided decision"))
        self.setAccessibleDescription(self.tr("Answer each question, then record the decision"))
        self.record_form = RecordForm(self.ui.record_page)
        self.ui.record_page_layout.addWidget(self.record_form)
        self.record_form.set_recipient_choices(recipients)
        self.check_answers = CheckAnswers(self.ui.check_page)
        self.ui.check_page_layout.addWidget(self.check_answers)
        self.advice_dialog: SeekAdviceDialog | None = None
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_now)
        question_page.style(self.ui)
        self._connect()
        self.ui.side_notes.set_notes(flow.side_notes, contacts)
        self.ui.flow_map.set_flow(flow)
        self._show_current()

    @classmethod
    def from_draft(cls, draft_id: str, state: Mapping[str, Any], flow: Flow, *,
                   service: RecordsService,
                   author: str, role: str, contacts: Sequence[Any] = (),
                   recipients: Sequence[str] = (),
                   parent: QWidget | None = None) -> DecisionWizard:
        """Resume a saved draft. Raises AnswerError if the draft does not fit ``flow``."""
        move_log, fields, page = read_state(flow, state)
        wizard = cls(flow, service=service, author=author, role=role, contacts=contacts,
                     recipients=recipients, parent=parent)
        wizard.draft_id = draft_id
        wizard.log = move_log
        wizard._fields = {"decision_maker": author, "role": role, **fields}
        wizard._show_current()
        if page in (PAGE_RECORD, PAGE_CHECK) and move_log.session.finished:
            wizard._show_page(page)
        return wizard

    # -- set-up --------------------------------------------------------------------------------
    def _connect(self) -> None:
        ui = self.ui
        ui.next_button.clicked.connect(self._on_next_button_clicked)
        ui.back_button.clicked.connect(self._on_back_button_clicked)
        ui.forward_button.clicked.connect(self._on_forward_button_clicked)
        ui.seek_advice_button.clicked.connect(self.open_seek_advice)
        ui.close_button.clicked.connect(self.close_wizard)
        ui.choice_list.choice_did_change.connect(self._on_choice_list_choice_did_change)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), ui.question_page)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._on_next_button_clicked)
        self.record_form.form_did_change.connect(self._on_record_form_changed)
        self.record_form.continue_requested.connect(self._on_record_form_continue)
        self.record_form.back_requested.connect(self._on_record_form_back)
        self.record_form.change_settled_requested.connect(self._on_record_form_change_settled)
        self.check_answers.back_requested.connect(lambda: self._show_page(PAGE_RECORD))
        self.check_answers.change_answer_requested.connect(self.change_answer)
        self.check_answers.change_field_requested.connect(self.change_field)
        self.check_answers.finalise_requested.connect(self.finalise)

    # -- showing ---------------------------------------------------------------------------------
    @property
    def session(self) -> Session:
        return self.log.session

    @property
    def page(self) -> DraftPage:
        widget = self.ui.page_stack.currentWidget()
        pages = {PAGE_RECORD: self.ui.record_page, PAGE_CHECK: self.ui.check_page}
        return next((page for page, w in pages.items() if w is widget), PAGE_QUESTION)

    def _show_current(self) -> None:
        session = self.session
        node = session.current
        done = [s.node_id for s in session.path]
        self.ui.flow_map.set_position(node.id, done[:-1] if session.finished else done)
        self._show_dropped()
        show = {PAGE_QUESTION: self._show_step, PAGE_RECORD: self._show_outcome}
        show[question_page.NAVMAP[node.kind].page](node)

    def _show_step(self, node: Node) -> None:
        session = self.session
        question_page.show_node(
            self.ui, node, asked=sum(1 for s in session.path if s.answer is not None) + 1,
            preselect=self.log.redo_answer(), can_back=session.can_go_back,
            can_forward=session.can_go_forward)
        self._show_page(PAGE_QUESTION)
        question_page.NAVMAP[node.kind].focus(self.ui)

    def _show_outcome(self, node: Node) -> None:
        session = self.session
        self.record_form.set_outcome(node, session.required_fields, self._fields,
                                     path_facts(self.flow, session.path), self.flow.nodes)
        self._show_page(PAGE_RECORD)

    def _show_dropped(self) -> None:
        self._choice_error_shown = False
        question_page.show_dropped(self.ui.dropped_notice, self.flow, self._dropped)

    def _show_page(self, page: DraftPage) -> None:
        target = {PAGE_QUESTION: self.ui.question_page, PAGE_RECORD: self.ui.record_page,
                  PAGE_CHECK: self.ui.check_page}[page]
        if page == PAGE_CHECK:
            self._fields = self.record_form.values()
            self.check_answers.show_content(self.flow, self.session.path, self._fields)
        self.ui.page_stack.setCurrentWidget(target)
        if page == PAGE_RECORD:
            self.record_form.focus_field(self.record_form.first_field())
        elif page == PAGE_CHECK:
            self.check_answers.focus_finalise()

    # -- moving ----------------------------------------------------------------------------------
    def _on_next_button_clicked(self) -> None:
        ready, value = question_page.NAVMAP[self.session.current.kind].read(self.ui)
        if not ready:
            self._show_choice_error()
            return
        self._dropped = self.log.answer(value)
        if self._returning_to_check and not self._dropped:
            while self.session.can_go_forward:
                self.log.forward()
        self._changed()
        self._show_current()
        if self._returning_to_check and self.session.finished:
            self._returning_to_check = False
            self._show_page(self._return_page)

    def _show_choice_error(self) -> None:
        question_page.show_choice_error(self.ui.dropped_notice)
        self._choice_error_shown = True
        self.ui.choice_list.focus_first()

    def _on_back_button_clicked(self) -> None:
        if self.session.can_go_back:
            self._dropped = ()
            self.log.back()
            self._changed()
            self._show_current()

    def _on_forward_button_clicked(self) -> None:
        if self.session.can_go_forward:
            self._dropped = ()
            self.log.forward()
            self._changed()
            self._show_current()

    def _on_choice_list_choice_did_change(self, _value: str) -> None:
        if self._choice_error_shown:
            self._show_dropped()

    def _on_record_form_changed(self) -> None:
        self._fields = self.record_form.values()
        self._changed()

    def _on_record_form_back(self) -> None:
        self._fields = self.record_form.values()
        self._on_back_button_clicked()

    def _on_record_form_continue(self) -> None:
        self._fields = self.record_form.values()
        if blocking(self.record_form.validate()):
            self.record_form.focus_first_problem()
            return
        self._changed()
        self._show_page(PAGE_CHECK)

    def _on_record_form_change_settled(self, name: str) -> None:
        self.change_answer(self._settled_at(name), return_page=PAGE_RECORD)

    def _settled_at(self, name: str) -> int:
        found = path_facts(self.flow, self.session.path).settled.get(name)
        return found.index if found is not None else len(self.session.path) - 1

    def change_answer(self, path_index: int, return_page: DraftPage = PAGE_CHECK) -> None:
        """Go back to the question at ``path_index``; after it, return to ``return_page``
        (check your answers, or the record form when "Change" was pressed there)."""
        self._return_page = return_page
        self._fields = self.record_form.values()
        backs = len(self.session.path) - 1 - path_index
        for _ in range(max(backs, 0)):
            self.log.back()
        self._dropped = ()
        self._returning_to_check = True
        self._changed()
        self._show_current()

    def change_field(self, name: str) -> None:
        if name in path_facts(self.flow, self.session.path).settled:
            self.change_answer(self._settled_at(name))  # the answer settles it, not the form
            return
        self._show_page(PAGE_RECORD)
        self.record_form.focus_field(name)

    def open_seek_advice(self) -> SeekAdviceDialog:
        """Open the (non-blocking) seek-advice dialog for the current step."""
        session = self.session
        dialog = SeekAdviceDialog(
            question_page.advice_subject(session.current, self.flow, session.path), self)
        dialog.advice_did_submit.connect(self._on_advice_submitted)
        dialog.finished.connect(self._on_advice_dialog_finished)
        self.advice_dialog = dialog
        dialog.open()
        return dialog

    def _on_advice_dialog_finished(self) -> None:
        # Forget the dialog as it closes: it is deleted soon after, and a lock must not reach it.
        dialog, self.advice_dialog = self.advice_dialog, None
        if dialog is not None:
            dialog.clear()
            dialog.deleteLater()

    def _on_advice_submitted(self, adviser: str, advice: str) -> None:
        self.log.seek_advice(adviser, advice, utc_now())
        self._changed()

    # -- saving ----------------------------------------------------------------------------------
    def _changed(self) -> None:
        if self.finalised_id is not None:
            return  # the record is made: there is no draft left to save
        self._dirty = True
        self._autosave.start()

    def state(self) -> dict[str, Any]:
        return make_state(self.log, self._fields, self.page, self._author, self._role)

    def save_now(self) -> None:
        """Write the draft now (the autosave timer calls this 1 s after the last change)."""
        self._autosave.stop()
        if not self._dirty:
            return
        try:
            self.draft_id = self._service.save_draft(self.draft_id, self.state())
        except SharedeskError as exc:
            log.event("draft_save_failed", kind=type(exc).__name__)
            return
        self._dirty = False
        self.draft_did_save.emit(self.draft_id)
        self.vault_did_change.emit(DRAFT_SAVED)

    def finalise(self) -> None:
        """Finalise once. The draft id goes with the record, so the core returns the record
        already made if this draft was finalised before; after success Finalise is disabled and
        a further call only reports the same record again (a failure after the commit, in
        whatever listens to ``decision_did_finalise``, never leads to a second record)."""
        if self.finalised_id is not None:
            self.decision_did_finalise.emit(self.finalised_id)
            return
        self._fields = self.record_form.values()
        problems = self.record_form.validate()
        if blocking(problems):
            self._show_page(PAGE_RECORD)
            self.record_form.focus_first_problem()
            return
        self.save_now()
        self.draft_id = self.draft_id or new_id()  # links the record even if no save succeeded
        try:
            done = self._service.finalise_session(self.session, self._fields,
                                                  draft_id=self.draft_id)
        except SharedeskError as exc:  # RecordInvalid included: nothing was stored
            self.check_answers.show_error(str(exc))
            return
        self._autosave.stop()
        self._dirty = False
        self.finalised_id = done.record.id
        self.check_answers.show_finalised()
        self.vault_did_change.emit(done.changes)
        self.decision_did_finalise.emit(done.record.id)

    def close_wizard(self) -> None:
        """Save the draft (if anything was answered) and tell the window to leave."""
        self.save_now()
        self.wizard_did_close.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_now()  # leaving the screen saves at once, not a second later
        super().hideEvent(event)

    def clear(self) -> None:
        """Save the draft, then wipe every widget that holds record content (on lock)."""
        self.save_now()
        self._autosave.stop()
        if self.advice_dialog is not None:
            self.advice_dialog.reject()  # wiped and forgotten by _on_advice_dialog_finished
        self.record_form.clear()
        self.check_answers.clear()
        self._fields = {}
        self._dropped = ()
        self.ui.dropped_notice.clear()
        self._choice_error_shown = False
        self.log = MoveLog(self.flow)
        self._dirty = False
        self._show_current()
