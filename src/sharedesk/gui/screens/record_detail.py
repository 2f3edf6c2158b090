"""One record, read-only: the path taken, the fields, amendments and audit events.

A finalised record is never edited here; "Add amendment" appends one through the service.
Copies go through the app's ClipboardGuard so they are cleared after the set time; without a
guard the copy buttons are hidden rather than leaving record text on the clipboard.

The record itself is read by id when the screen is built (one primary-key lookup, so a missing
or purged record is said at once); the flow (to name each question) and the audit events are
read on a worker of the given task runner, and the whole record again each time the screen is
shown again, so an amendment made meanwhile (here or by another sharedesk process) shows.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QPushButton, QWidget

from sharedesk.core import changes as op
from sharedesk.core.errors import RecordInvalid, SharedeskError
from sharedesk.core.export.common import describe_path, field_history
from sharedesk.core.flow.catalog import load_flow_by_id
from sharedesk.core.flow.fields import RECORD_FIELDS
from sharedesk.core.flow.model import Flow
from sharedesk.core.records.model import DecisionRecord
from sharedesk.gui import field_words, labels
from sharedesk.gui.dialogs.amendment import AmendmentDialog
from sharedesk.gui.dialogs.countersign import CountersignDialog
from sharedesk.gui.forms.ui_record_detail import Ui_RecordDetail
from sharedesk.gui.labels import local_time
from sharedesk.gui.tasks import LatestQuery, TaskRunner, busy_bar
from sharedesk.gui.widgets.countersignatures import Sign, countersignature_html
from sharedesk.gui.widgets.roles import set_role

AuditSource = Callable[[str], Sequence[Any]]


def _fill(template: str, *values: str) -> str:
    """%1, %2... replaced in one pass, so a value that itself holds "%2" stays as typed."""
    return re.sub(r"%(\d)", lambda m: values[int(m[1]) - 1] if 0 < int(m[1]) <= len(values)
                  else m[0], template)


class RecordDetail(QWidget):
    """Show ``record_id`` from ``service`` (a RecordsService). RecordNotFound propagates.

    ``audit`` (e.g. ``vault.audit_events``) lists the record's audit events; ``clipboard`` is the
    app's ClipboardGuard; ``author`` prefills the amendment's author.
    """

    export_did_request = Signal(str)  # record id: "Export this record"
    vault_did_change = Signal(object)  # Changes: an amendment or countersignature was added
    SHOWS = ("records",)  # gui/models/vault_changes.py

    def __init__(self, service: Any, record_id: str, parent: QWidget | None = None, *,
                 audit: AuditSource | None = None, clipboard: Any = None,
                 author: str = "", flow_lookup: Callable[[str], Flow] = load_flow_by_id,
                 countersign: Sign | None = None, signer: tuple[str, str] = ("", ""),
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._audit = audit
        self._clipboard = clipboard
        self._author = author
        self._flow_lookup = flow_lookup
        self.record: DecisionRecord = service.get(record_id)
        self._flow: Flow | None = None
        self._events: list[tuple[str, str]] = []
        self._read_once = False  # the flow and events have been read at least once
        self._shown_before = False
        self._reads = LatestQuery(runner, self)
        self.amend_dialog: AmendmentDialog | None = None
        self.countersign_dialog: CountersignDialog | None = None
        self._countersign, self._signer = countersign, signer
        self.ui = Ui_RecordDetail()
        self.ui.setupUi(self)
        self.countersign_button = self._countersign_button()
        self.setObjectName("record_detail")
        self.setAccessibleName(self.tr("Record"))
        set_role(self.ui.detail_title, "heading")  # sized by the theme
        self.ui.copy_id_button.setVisible(clipboard is not None)
        self.ui.copy_text_button.setVisible(clipboard is not None)
        self.ui.copy_id_button.clicked.connect(self._on_copy_id_clicked)
        self.ui.copy_text_button.clicked.connect(self._on_copy_text_clicked)
        self.ui.amend_button.clicked.connect(self.open_amendment)
        self.ui.export_button.clicked.connect(lambda: self.export_did_request.emit(self.record.id))
        self.busy_bar = busy_bar(self, "record_busy", self.tr("Reading the record"))
        self.ui.root_layout.insertWidget(self.ui.root_layout.indexOf(self.ui.detail_view),
                                         self.busy_bar)
        self._reads.busy_did_change.connect(self.busy_bar.setVisible)
        self._render()
        self.reload()

    # -- reading -----------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        """The record, its flow and its audit events are being read (the busy bar shows)."""
        return self._reads.busy

    def reload(self) -> None:
        """Read the record, its flow and its audit events again (on a worker), then show them."""
        service, audit, lookup, record_id = (self._service, self._audit, self._flow_lookup,
                                             self.record.id)

        def read() -> tuple[DecisionRecord, Flow | None, list[tuple[str, str]]]:
            record = service.get(record_id)
            try:
                flow: Flow | None = lookup(record.flow_id)
            except SharedeskError:
                flow = None
            try:
                events = [(local_time(e.at), str(e.kind)) for e in audit(record_id)] \
                    if audit is not None else []
            except SharedeskError:
                events = []
            return record, flow, events

        self._reads.submit(read, self._on_read, self._on_read_failed)

    def _on_read(self, read: tuple[DecisionRecord, Flow | None, list[tuple[str, str]]]) -> None:
        self.record, self._flow, self._events = read
        self._read_once = True
        self._render()

    def _on_read_failed(self, exc: BaseException) -> None:
        self.ui.detail_message.setText(str(exc) if isinstance(exc, SharedeskError) else self.tr(
            "The record could not be read again (%1).").replace("%1", type(exc).__name__))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_before and not event.spontaneous():
            self.reload()  # shown again: it may have been amended meanwhile, here or elsewhere
        self._shown_before = True

    # -- showing ---------------------------------------------------------------------------------
    def _render(self) -> None:
        record = self.record
        self.ui.detail_title.setText(self.tr("Decision: %1").replace(
            "%1", labels.outcome(record.outcome)))
        status = self.tr("Finalised %1 (read-only)").replace("%1", local_time(record.finalised)) \
            if record.is_final else self.tr("Draft")
        self.ui.detail_status.setText(status + " \u00b7 " + self.tr("Record id: %1")
                                      .replace("%1", record.id))
        self.ui.amend_button.setEnabled(record.is_final)
        if self.countersign_button is not None:
            self.countersign_button.setEnabled(record.is_final)
        self.ui.detail_view.setHtml(self._html())

    def _html(self) -> str:
        words = {"path": self.tr("The path taken"), "reading": self.tr("Reading..."),
                 "record": self.tr("The record"), "amendments": self.tr("Amendments"),
                 "audit": self.tr("Audit events")}  # outside the f-strings, where lupdate reads them
        parts = [f"<h2>{self._e(words['path'])}</h2>"]
        if self._read_once:
            parts.append("<ol>")
            for question, answer in self.path_rows():
                parts.append(f"<li><b>{self._e(question)}</b> {self._e(answer)}</li>")
            parts.append("</ol>")
        else:
            parts.append(f"<p>{self._e(words['reading'])}</p>")
        parts.append(f"<h2>{self._e(words['record'])}</h2><table cellpadding='4'>")
        fields = self.record.effective_fields()
        for name, label in RECORD_FIELDS.items():
            history = field_history(self.record, name)
            if fields.get(name) or history:
                shown = self._e(field_words.text(label))
                parts.append(f"<tr><th align='left' valign='top'>{shown}</th>"
                             f"<td>{self._field_html(name, fields.get(name, ''), history)}</td></tr>")
        parts.append("</table>")
        if self.record.amendments:
            parts.append(f"<h2>{self._e(words['amendments'])}</h2><ul>")
            for a in self.record.amendments:
                changed = "; ".join(f"{field_words.text(RECORD_FIELDS.get(k, k))}: {v}"
                                     for k, v in a.changes.items())
                parts.append(f"<li>{self._e(local_time(a.at))}, {self._e(a.author)}: "
                             f"{self._e(a.reason)}<br/>{self._e(changed)}</li>")
            parts.append("</ul>")
        parts += countersignature_html(self.record, self._e)
        events = self.audit_rows()
        if events:
            parts.append(f"<h2>{self._e(words['audit'])}</h2><ul>")
            parts += [f"<li>{self._e(when)} {self._e(labels.audit_kind(kind))}</li>"
                      for when, kind in events]
            parts.append("</ul>")
        return "".join(parts)

    def _field_html(self, name: str, value: str, history: Sequence[Any]) -> str:
        """The value; for an amended field also the original and every amendment (when, who,
        why and what it set), so nothing the record once said is hidden."""
        shown = self._e(field_words.value_label(name, value)) or self._e(self.tr("(blank)"))
        if not history:
            return shown
        original = self.record.fields.get(name, "")
        amended = self._e(self.tr("(amended)"))
        lines = [f"{shown} <i>{amended}</i>",
                 self._e(self.tr("Original: %1").replace(
                     "%1", field_words.value_label(name, original) or self.tr("(blank)")))]
        for amendment, new in history:
            lines.append(self._e(_fill(self.tr("Amended %1 by %2 (reason: %3): %4"),
                                       local_time(amendment.at), amendment.author,
                                       amendment.reason,
                                       field_words.value_label(name, new) or self.tr("(blank)"))))
        return "<br/>".join(lines)

    @staticmethod
    def _e(text: str) -> str:
        return html.escape(text).replace("\n", "<br/>")

    def path_rows(self) -> list[tuple[str, str]]:
        """(question or step, answer) for each step, in the words the PDF uses (one
        ``describe_path`` in core); node ids if the flow is not installed."""
        rows = []
        for line in describe_path(self.record, self._flow):
            rows.append((line.question, line.answer))
            rows += [(self.tr("Advice from %1").replace("%1", adviser), advice)
                     for adviser, advice, _at in line.advice]
        return rows

    def audit_rows(self) -> list[tuple[str, str]]:
        """(when, kind) of each audit event, as last read."""
        return list(self._events)

    def plain_text(self) -> str:
        return self.ui.detail_view.toPlainText()

    # -- actions ---------------------------------------------------------------------------------
    def open_amendment(self) -> AmendmentDialog:
        dialog = AmendmentDialog(self.record.effective_fields(), self._author, self)
        dialog.amendment_did_submit.connect(self._on_amendment_submitted)
        dialog.finished.connect(self._on_amend_dialog_finished)
        self.amend_dialog = dialog
        dialog.open()
        return dialog

    def _on_amend_dialog_finished(self) -> None:
        # Forget the dialog as it closes: it is deleted soon after, and a lock must not reach it.
        dialog, self.amend_dialog = self.amend_dialog, None
        if dialog is not None:
            dialog.clear()
            dialog.deleteLater()

    def _on_amendment_submitted(self, author: str, reason: str, changes: dict[str, str]) -> None:
        if self.amend_dialog is None:
            return
        try:
            self.record = self._service.amend(self.record.id, author, reason, changes)
        except RecordInvalid as exc:
            self.amend_dialog.show_error("\n".join(message for _, message in exc.problems))
            return
        except SharedeskError as exc:
            self.amend_dialog.show_error(str(exc))
            return
        self.amend_dialog.accept()
        self.ui.detail_message.setText(self.tr("Amendment added."))
        self._render()
        self.reload()  # its audit event too
        self.vault_did_change.emit(op.AMENDED)

    def _on_copy_id_clicked(self) -> None:
        if self._clipboard is not None:
            self._clipboard.copy(self.record.id)

    def _on_copy_text_clicked(self) -> None:
        if self._clipboard is not None:
            self._clipboard.copy(self.plain_text())

    def _countersign_button(self) -> QPushButton | None:
        """Countersign..., beside Add amendment, when the screen was given a way to sign."""
        if self._countersign is None:
            return None
        button = QPushButton(self.tr("Counter&sign..."), self)
        button.setObjectName("countersign_button")
        button.setAccessibleName(self.tr("Countersign"))
        button.setAccessibleDescription(self.tr("Record your review of this finalised record, "
                                                "signed with this laptop's key"))
        self.ui.actions_layout.addWidget(button)
        button.clicked.connect(self.open_countersign)
        return button

    def open_countersign(self) -> CountersignDialog | None:
        sign = self._countersign
        if sign is None:
            return None
        record_id = self.record.id
        dialog = CountersignDialog(lambda o, c, b, r: sign(record_id, o, c, b, r),
                                   *self._signer, parent=self)
        dialog.countersignature_did_save.connect(self._on_countersignature_did_save)
        dialog.finished.connect(self._on_countersign_dialog_finished)
        self.countersign_dialog = dialog
        dialog.open()
        return dialog

    def _on_countersignature_did_save(self, _signed: object) -> None:
        self.record = self._service.get(self.record.id)  # by id: one index lookup
        self.ui.detail_message.setText(self.tr("Countersignature added."))
        self._render()
        self.reload()  # its audit event too
        self.vault_did_change.emit(op.COUNTERSIGNED)

    def _on_countersign_dialog_finished(self) -> None:
        dialog, self.countersign_dialog = self.countersign_dialog, None
        if dialog is not None:
            dialog.clear()
            dialog.deleteLater()
        if self.countersign_button is not None and self.isVisible():
            # back to the button that opened it, in an active window, for the next key press
            self.window().activateWindow()
            self.countersign_button.setFocus(Qt.FocusReason.PopupFocusReason)

    def clear(self) -> None:
        """Wipe the shown record (on lock)."""
        self._reads.cancel()  # nothing read before the lock is shown after it
        self._events = []
        if self.countersign_dialog is not None:
            self.countersign_dialog.reject()
        if self.amend_dialog is not None:
            self.amend_dialog.reject()  # wiped and forgotten by _on_amend_dialog_finished
        self.ui.detail_view.clear()
        self.ui.detail_title.clear()
        self.ui.detail_status.clear()
        self.ui.detail_message.clear()
