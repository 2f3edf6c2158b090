"""The record detail view: path, fields, amendments with a reason, audit events, guarded copies."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from records_kit import add_records

from sharedesk.core.errors import RecordNotFound
from sharedesk.gui.clipboard import ClipboardGuard
from sharedesk.gui.screens.record_detail import RecordDetail


def make_detail(qtbot, vault, record_id: str, **kwargs) -> RecordDetail:
    detail = RecordDetail(vault.records, record_id, audit=vault.audit_events, author="Bea Lead",
                          **kwargs)
    qtbot.addWidget(detail)
    detail.show()
    return detail


def test_shows_path_fields_and_audit_read_only(qtbot, vault) -> None:
    record_id = add_records(vault, 1)[0]  # a "share" record
    detail = make_detail(qtbot, vault, record_id)
    text = detail.plain_text()
    assert "Is there a clear and legitimate purpose for sharing the information? Yes" in text
    assert "Does the information enable a living person to be identified? No" in text
    assert "Recipient (organisation, role, name)" in text and "Children's social care" in text
    assert "Public task (Art 6(1)(e))" in text  # enumerated values shown by their label
    assert "Finalised" in text and "finalised" not in text  # the audit event, by its label
    assert detail.ui.detail_view.isReadOnly()
    assert "read-only" in detail.ui.detail_status.text()


def test_amendment_needs_a_reason_and_is_added(qtbot, vault) -> None:
    record_id = add_records(vault, 1)[0]
    detail = make_detail(qtbot, vault, record_id)
    dialog = detail.open_amendment()
    assert dialog.author_edit.text() == "Bea Lead"
    dialog.select_field("recipient")
    assert dialog.value_edit.toPlainText() == "Children's social care"
    dialog.value_edit.setPlainText("Children's social care, duty team")
    dialog.save_button.click()  # no reason: refused, nothing stored
    assert dialog.isVisible() and "reason" in dialog.error_label.text().lower()
    assert vault.records.get(record_id).amendments == ()
    dialog.reason_edit.setPlainText("Named the team")
    dialog.save_button.click()
    assert not dialog.isVisible()
    stored = vault.records.get(record_id)
    assert len(stored.amendments) == 1
    amendment = stored.amendments[0]
    assert (amendment.author, amendment.reason) == ("Bea Lead", "Named the team")
    assert dict(amendment.changes) == {"recipient": "Children's social care, duty team"}
    assert stored.fields["recipient"] == "Children's social care"  # the original is kept
    assert "Named the team" in detail.plain_text()
    assert "amended" in detail.plain_text()


def test_amendment_cannot_blank_a_required_field(qtbot, vault) -> None:
    record_id = add_records(vault, 1)[0]
    detail = make_detail(qtbot, vault, record_id)
    dialog = detail.open_amendment()
    dialog.select_field("reasons")
    dialog.value_edit.setPlainText("")
    dialog.reason_edit.setPlainText("Trying to remove the reasons")
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert vault.records.get(record_id).amendments == ()


def test_copies_go_through_the_clipboard_guard(qtbot, vault) -> None:
    record_id = add_records(vault, 1)[0]
    guard = ClipboardGuard(seconds=1, second_ms=50)
    detail = make_detail(qtbot, vault, record_id, clipboard=guard)
    detail.ui.copy_id_button.click()
    assert QGuiApplication.clipboard().text() == record_id
    with qtbot.waitSignal(guard.clipboard_did_clear):
        pass
    assert QGuiApplication.clipboard().text() == ""
    # Without a guard there is no way to leave record text on the clipboard.
    bare = make_detail(qtbot, vault, record_id)
    assert bare.ui.copy_text_button.isHidden() and bare.ui.copy_id_button.isHidden()


def test_unknown_record_raises_and_clear_wipes(qtbot, vault) -> None:
    with pytest.raises(RecordNotFound):
        RecordDetail(vault.records, "no-such-id")
    record_id = add_records(vault, 1, word="MARKERWORD")[0]
    detail = make_detail(qtbot, vault, record_id)
    assert "MARKERWORD" in detail.plain_text()
    detail.clear()
    assert "MARKERWORD" not in detail.plain_text()


def test_an_amended_field_shows_its_original_and_every_amendment(qtbot, vault) -> None:
    record_id = add_records(vault, 1)[0]
    vault.records.amend(record_id, "Bea Lead", "Named the team",
                        {"recipient": "Children's social care, duty team"})
    vault.records.amend(record_id, "Cal Manager", "Named the worker",
                        {"recipient": "Children's social care, duty team, P. Ade"})
    text = " ".join(make_detail(qtbot, vault, record_id).plain_text().split())
    assert "Children's social care, duty team, P. Ade (amended)" in text
    assert "Original: Children's social care" in text
    assert "by Bea Lead (reason: Named the team): Children's social care, duty team" in text
    assert ("by Cal Manager (reason: Named the worker): "
            "Children's social care, duty team, P. Ade") in text
