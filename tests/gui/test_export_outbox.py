"""Export dialog and Outbox screen over a real vault: real PDFs read back with pypdf, real age
bundles opened with open_bundle, "Sync now" against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from conftest import GOOD_PASSPHRASE, unlock
from pyrage import x25519
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from sharedesk.core.flow import Session, load_flow_by_id
from sharedesk.core.records.model import DecisionRecord, new_id
from sharedesk.core.sync import credentials
from sharedesk.core.sync.outbox import Outbox
from sharedesk.core.vault import Vault

TOKEN = "gui-test-token"
BUNDLES = re.compile(r"^/bundles/.+$")
FIELDS = {
    "reasons": "Risk of significant harm to the child", "purpose": "Child protection enquiry",
    "recipient": "Children's social care", "what_shared": "Attendance notes",
    "lawful_basis": "public_task", "consent": "not_sought",
    "consent_reason": "Seeking consent would place the child at risk", "informed": "no",
    "informed_reason": "Telling the family would increase risk", "decision_maker": "Ann Tester",
    "role": "GP"}


def add_records(vault_path: Path, n: int) -> list[str]:
    flow = load_flow_by_id("england-2018")
    session, _ = Session.replay(flow, {"purpose": "yes", "identifiable": "yes",
                                       "confidential": "yes", "consent": "no",
                                       "lawful_basis": "yes"})
    vault = Vault.open(vault_path, GOOD_PASSPHRASE)
    try:
        credentials.set_token(vault, TOKEN)
        return [vault.records.finalise(DecisionRecord(
            id=new_id(), flow_id=flow.id, flow_version=flow.version, flow_sha256=flow.sha256,
            path=session.path, outcome=str(session.outcome), fields=dict(FIELDS),
            created="")).id for _ in range(n)]
    finally:
        vault.close()


@pytest.fixture
def ready(qtbot, make_controller, existing_vault, tmp_path):
    """An unlocked controller over a vault holding two finalised records."""
    ids = add_records(existing_vault, 2)

    def make(**settings: object):
        controller = make_controller()
        for key, value in settings.items():
            controller.settings.set(key, value)
        chosen: list[str] = []
        controller.choose_file = lambda _p, _t, name: str(tmp_path / (chosen[-1] if chosen else name))
        controller.ask_reason = lambda _p: "Handed to the MASH on a USB stick"
        unlock(qtbot, controller)
        return controller, ids, chosen

    return make


def controller_trust(controller):
    """The vault's own device key: a bundle this laptop made opens here as "this laptop"."""
    from sharedesk.core.sync.devices import vault_trust

    return vault_trust(controller.vault)


def run_export(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.export_did_finish, timeout=30_000):
        dialog.export_button.click()


def test_export_pdf_from_the_menu(qtbot, ready, tmp_path) -> None:
    from pypdf import PdfReader

    controller, ids, chosen = ready()
    chosen.append("records.pdf")
    controller.window.ui.export_action.trigger()
    dialog = controller.export_dialog
    assert dialog is not None and dialog.isVisible()
    assert controller.window.ui.export_action.shortcut().toString() == "Ctrl+E"
    dialog.browse_button.click()
    assert dialog.out_edit.text() == str(tmp_path / "records.pdf")
    run_export(qtbot, dialog)
    assert dialog.summary.count == 2
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "records.pdf").pages)
    assert "OFFICIAL-SENSITIVE" in text
    for record_id in ids:
        assert record_id in text.replace("\n", "")
    assert "2 records" in dialog.message_label.text()


def test_bundle_recipients_validated_inline_then_opened(qtbot, ready, tmp_path) -> None:
    from sharedesk.core.export.bundle_open import open_bundle

    controller, ids, _ = ready()
    controller.open_export()
    dialog = controller.export_dialog
    dialog.set_format("bundle")
    assert dialog.recipients_edit.isVisibleTo(dialog)
    dialog.recipients_edit.setPlainText("age1notakey")
    assert dialog.recipients_error.isVisibleTo(dialog)
    assert "not an age X25519 public key" in dialog.recipients_error.text()
    dialog.out_edit.setText(str(tmp_path / "b.age"))
    dialog.export_button.click()  # refused: nothing runs, nothing written
    assert not dialog.running and not (tmp_path / "b.age").exists()
    assert "not an age X25519 public key" in dialog.message_label.text()
    org = x25519.Identity.generate()
    dialog.recipients_edit.setPlainText(str(org.to_public()))
    assert not dialog.recipients_error.isVisibleTo(dialog)
    run_export(qtbot, dialog)
    opened = open_bundle(tmp_path / "b.age", [org], trust=controller_trust(controller))
    assert sorted(r.id for r in opened.records) == sorted(ids)


def test_passphrase_bundle_warns_to_send_it_apart(qtbot, ready, tmp_path) -> None:
    from sharedesk.core.export.bundle_open import open_bundle

    controller, ids, _ = ready()
    controller.open_export()
    dialog = controller.export_dialog
    dialog.set_format("bundle")
    dialog.passphrase_check.setChecked(True)
    assert dialog.passphrase_warning.isVisibleTo(dialog)
    assert "another channel" in dialog.passphrase_warning.text()
    dialog.passphrase_edit.setText("short")
    dialog.out_edit.setText(str(tmp_path / "p.age"))
    dialog.export_button.click()
    assert "12 characters" in dialog.message_label.text() and not dialog.running
    dialog.passphrase_edit.setText("a long shared passphrase")
    dialog.range_buttons["status"].setChecked(True)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("pending"))
    run_export(qtbot, dialog)
    opened = open_bundle(tmp_path / "p.age", passphrase="a long shared passphrase",
                         trust=controller_trust(controller))
    assert sorted(r.id for r in opened.records) == sorted(ids)


def test_cancel_leaves_nothing_written(qtbot, ready, tmp_path) -> None:
    controller, _ids, _ = ready()
    controller.open_export()
    dialog = controller.export_dialog
    dialog.out_edit.setText(str(tmp_path / "never.json"))
    dialog.set_format("json")
    # Hold the vault's lock so the worker waits at its first read; cancel meanwhile.
    with controller.vault._h.lock, controller.vault._h.reads_held():
        dialog.export_button.click()
        assert dialog.running and dialog.progress_bar.isVisible()
        assert not dialog.format_combo.isEnabled()
        dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert "cancelled" in dialog.message_label.text()
    assert list(tmp_path.glob("never*")) == []
    assert dialog.format_combo.isEnabled()


def test_no_match_is_a_plain_message(qtbot, ready, tmp_path) -> None:
    controller, _ids, _ = ready()
    controller.open_export()
    dialog = controller.export_dialog
    dialog.out_edit.setText(str(tmp_path / "none.csv"))
    dialog.range_buttons["status"].setChecked(True)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("acknowledged"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.running and dialog.message_label.text() != "Exporting...",
                    timeout=30_000)
    assert "no records match" in dialog.message_label.text()
    assert not (tmp_path / "none.csv").exists()


def _profile(tmp_path: Path, org: x25519.Identity) -> str:
    path = tmp_path / "org.toml"
    path.write_text(f"""schema = 1

[organisation]
name = "Northshire"
jurisdiction = "England"
default_flow = "england-2018"

[keys]
recipients = ["{org.to_public()}"]
""", encoding="utf-8")
    return str(path)


def _receipts(server: HTTPServer, stored: dict[str, bytes]) -> None:
    def handler(request: Request) -> Response:
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            return Response(status=401)
        bundle_id = request.path.rsplit("/", 1)[-1]
        body = request.get_data()
        stored[bundle_id] = body
        return Response(json.dumps({"bundle_id": bundle_id,
                                    "sha256": hashlib.sha256(body).hexdigest()}),
                        status=201, content_type="application/json")

    server.expect_request(BUNDLES, method="PUT").respond_with_handler(handler)


def test_sync_now_acknowledged_and_shown(qtbot, ready, tmp_path, httpserver: HTTPServer) -> None:
    import pyrage

    from sharedesk.core.profile import import_profile

    org = x25519.Identity.generate()
    stored: dict[str, bytes] = {}
    _receipts(httpserver, stored)
    controller, ids, _ = ready(**{"sync.endpoint": httpserver.url_for("/").rstrip("/")})
    import_profile(_profile(tmp_path, org), controller.settings)
    controller.go_home()
    home = controller.screens["home"]
    qtbot.waitUntil(lambda: "2 records waiting" in home.ui.outbox_label.text())  # on a worker
    home.ui.outbox_button.click()
    screen = controller.screens["outbox"]
    assert controller.window.current_screen() is screen
    with qtbot.waitSignal(screen.sync_did_finish, timeout=30_000):
        screen.sync_button.click()
    assert len(stored) == 1
    with zipfile.ZipFile(io.BytesIO(pyrage.decrypt(next(iter(stored.values())), [org]))) as z:
        assert sorted(json.loads(line)["id"] for line in z.read("records.jsonl").splitlines()) \
            == sorted(ids)
    assert "0 records waiting" in screen.summary_label.text()
    assert screen.last_sync_label.text().startswith("Last successful sync")
    assert screen.table.rowCount() == 0  # acknowledged bundles leave the list
    # No receipt key pinned: acknowledged, but the outbox and Settings say nothing is purged.
    note = "records are never purged automatically until a receipt key is pinned"
    assert screen.purge_note_label.isVisible() and note in screen.purge_note_label.text()
    controller.window.ui.settings_action.trigger()
    settings = controller.screens["settings"]
    assert settings.purge_note_label.isVisible() and note in settings.purge_note_label.text()
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    pinned = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    credentials.set_receipt_keys(controller.vault, [base64.b64encode(pinned).decode()])
    settings.load()
    assert not settings.purge_note_label.isVisible()
    screen.refresh()
    qtbot.waitUntil(lambda: not screen.loading)  # the status is read on a worker
    assert not screen.purge_note_label.isVisible()


def test_refused_token_shows_the_plain_error(qtbot, ready, tmp_path, httpserver) -> None:
    import pyrage

    from sharedesk.core.profile import import_profile

    org = x25519.Identity.generate()
    httpserver.expect_request(BUNDLES, method="PUT").respond_with_data("", status=401)
    controller, _ids, chosen = ready(**{"sync.endpoint": httpserver.url_for("/").rstrip("/")})
    import_profile(_profile(tmp_path, org), controller.settings)
    controller.open_outbox()
    screen = controller.screens["outbox"]
    with qtbot.waitSignal(screen.sync_did_finish, timeout=30_000):
        screen.sync_button.click()
    assert screen.table.rowCount() == 1
    problem = screen.table.item(0, 5).text()
    assert problem and "Traceback" not in problem
    assert problem in screen.message_label.text()
    bundle = Outbox(controller.vault).status().bundles[0]
    assert bundle.state == "failed" and bundle.attempts == 1
    # Save a copy writes the encrypted bytes for a hand-over; the bundle stays listed.
    chosen.append("handover.age")
    screen.save_button.click()
    saved = (tmp_path / "handover.age").read_bytes()
    assert saved == Outbox(controller.vault).data(bundle.id)
    with zipfile.ZipFile(io.BytesIO(pyrage.decrypt(saved, [org]))) as z:
        assert json.loads(z.read("manifest.json"))["record_count"] == 2
    assert "stay in the outbox" in screen.message_label.text()
    assert screen.table.rowCount() == 1
    # Mark delivered asks for a reason and is audited; the bundle leaves the list.
    screen.table.selectRow(0)
    screen.delivered_button.click()
    assert "Marked delivered" in screen.message_label.text()
    qtbot.waitUntil(lambda: not screen.loading)  # the list is read again on a worker
    assert screen.table.rowCount() == 0
    assert Outbox(controller.vault).bundle(bundle.id).state == "acknowledged"


def test_lock_stops_background_sync_and_clears_outbox(qtbot, ready, tmp_path) -> None:
    controller, _ids, _ = ready(**{"sync.folder": str(tmp_path / "drop")})
    assert controller.background_sync.active
    controller.open_outbox()
    controller.lock("test")
    assert not controller.background_sync.active
    assert "outbox" not in controller.screens


@pytest.mark.parametrize("fmt", ["pdf", "bundle"])
def test_export_dialog_accessible_and_keyboard_reachable(qtbot, ready, fmt) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from test_accessibility import assert_accessible, interactive

    controller, _ids, _ = ready()
    controller.open_export()
    dialog = controller.export_dialog
    dialog.set_format(fmt)
    dialog.range_buttons["dates"].setChecked(True)
    assert assert_accessible(dialog) >= 8
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)
    dialog.format_combo.setFocus()
    qtbot.waitUntil(dialog.format_combo.hasFocus, timeout=5_000)
    wanted = {w.objectName() for w in interactive(dialog) if w.isEnabled()
              and w.focusPolicy() & Qt.FocusPolicy.TabFocus
              and not w.objectName().startswith("export_range_")}
    seen = set()
    for _ in range(60):
        focused = QApplication.focusWidget()
        if focused is not None:
            seen.add(focused.objectName())
        QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
    assert wanted <= seen, wanted - seen


def test_purged_record_opens_as_a_notice(qtbot, ready, tmp_path) -> None:
    from datetime import UTC, datetime, timedelta

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from sharedesk.core.sync.folder import FolderTransport
    from sharedesk.core.sync.receipt import sign_receipt, utc_stamp
    from sharedesk.core.sync.retention import purge_due
    from sharedesk.core.sync.service import sync

    drop = tmp_path / "drop"
    drop.mkdir()
    controller, ids, _ = ready(**{"sync.folder": str(drop)})
    org, receipt_key = x25519.Identity.generate(), Ed25519PrivateKey.generate()
    keys = [credentials.set_receipt_keys(controller.vault, [
        base64.b64encode(receipt_key.public_key().public_bytes_raw()).decode()])[0]]
    transport = FolderTransport(drop, receipt_keys=keys)
    [(bundle_id, _)] = sync(controller.vault, controller.access.flows(), transport,
                            [str(org.to_public())], include_pdfs=False).attempts
    sha = Outbox(controller.vault).bundle(bundle_id).sha256
    (drop / f"{bundle_id}.receipt.json").write_text(json.dumps(sign_receipt(
        receipt_key, bundle_id, sha, utc_stamp(datetime.now(UTC)))))
    sync(controller.vault, controller.access.flows(), transport)
    assert purge_due(controller.vault, 0, receipt_keys=keys,
                     now=datetime.now(UTC) + timedelta(days=1)).purged
    controller.open_record(ids[0])
    kinds = [(kind, title) for kind, title, _text in controller.prompter.messages]
    assert ("inform", "Record purged") in kinds
    assert not any(kind == "warn" for kind, _ in kinds)
    assert "record_detail" not in controller.screens


def test_sync_cancel_sends_nothing(qtbot, ready, tmp_path, httpserver) -> None:
    from sharedesk.core.profile import import_profile

    org = x25519.Identity.generate()
    stored: dict[str, bytes] = {}
    _receipts(httpserver, stored)
    controller, _ids, _ = ready(**{"sync.endpoint": httpserver.url_for("/").rstrip("/")})
    import_profile(_profile(tmp_path, org), controller.settings)
    controller.open_outbox()
    screen = controller.screens["outbox"]
    with controller.vault._h.lock, controller.vault._h.reads_held():  # the worker waits
        screen.sync_button.click()
        assert screen.syncing and screen.cancel_button.isVisible()
        assert not screen.sync_button.isEnabled()
        screen.cancel_button.click()
    qtbot.waitUntil(lambda: not screen.syncing, timeout=30_000)
    assert "cancelled" in screen.message_label.text()
    assert stored == {}
    assert Outbox(controller.vault).bundles() == []


def test_background_sync_follows_the_timer_on_a_worker(qtbot, ready, tmp_path) -> None:
    from sharedesk.core.profile import import_profile

    org = x25519.Identity.generate()
    drop = tmp_path / "drop"
    drop.mkdir()
    controller, ids, _ = ready(**{"sync.folder": str(drop)})
    import_profile(_profile(tmp_path, org), controller.settings)
    runner = controller.background_sync
    assert runner.active and runner.timer.interval() >= 60_000
    with qtbot.waitSignal(runner.sync_did_finish, timeout=30_000) as blocker:
        runner.timer.timeout.emit()
    assert len(blocker.args[0].bundled) == 1
    written = list(drop.iterdir())
    assert len(written) == 1
    bundle = Outbox(controller.vault).bundles()[0]
    assert bundle.state == "uploaded" and bundle.record_count == len(ids)


def test_export_selected_from_the_records_screen(qtbot, ready, tmp_path) -> None:
    controller, ids, _ = ready()
    controller.open_records()
    screen = controller.screens["records"]
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2, timeout=10_000)
    screen.ui.records_table.selectRow(1)
    chosen = screen.model.record_id(1)
    controller.window.ui.export_action.trigger()
    dialog = controller.export_dialog
    assert dialog.range_buttons["selected"].isChecked()
    dialog.set_format("json")
    dialog.out_edit.setText(str(tmp_path / "one.json"))
    run_export(qtbot, dialog)
    text = (tmp_path / "one.json").read_text(encoding="utf-8")
    assert chosen in text and len({i for i in ids if i in text}) == 1


def test_sync_now_with_nowhere_to_send_says_so_plainly(qtbot, ready) -> None:
    controller, _ids, _ = ready()
    controller.open_outbox()
    screen = controller.screens["outbox"]
    qtbot.waitUntil(lambda: not screen.loading)  # the status is read on a worker
    screen.sync_button.click()
    assert not screen.syncing
    assert "not set up" in screen.message_label.text()
    assert "sync.endpoint" not in screen.message_label.text()
    assert screen.empty_label.isVisibleTo(screen) and not screen.table.isVisibleTo(screen)
    assert "2 records waiting" in screen.summary_label.text()


def test_conflict_then_requeue(qtbot, ready, tmp_path, httpserver) -> None:
    from sharedesk.core.profile import import_profile

    org = x25519.Identity.generate()
    httpserver.expect_request(BUNDLES, method="PUT").respond_with_data("", status=409)
    controller, ids, _ = ready(**{"sync.endpoint": httpserver.url_for("/").rstrip("/")})
    import_profile(_profile(tmp_path, org), controller.settings)
    controller.open_outbox()
    screen = controller.screens["outbox"]
    with qtbot.waitSignal(screen.sync_did_finish, timeout=30_000):
        screen.sync_button.click()
    assert screen.table.item(0, 1).text().startswith("Conflict")
    assert screen.requeue_button.isEnabled()
    screen.requeue_button.click()
    assert "2 records will be sent again" in screen.message_label.text()
    qtbot.waitUntil(lambda: not screen.loading)  # the list is read again on a worker
    assert screen.table.item(0, 1).text() == "Re-queued"
    assert not screen.requeue_button.isEnabled() and not screen.save_button.isEnabled()
    assert sorted(Outbox(controller.vault).unbundled(10)) == sorted(ids)


def test_export_this_record_from_the_record_screen(qtbot, ready, tmp_path) -> None:
    from pypdf import PdfReader

    controller, ids, chosen = ready()
    chosen.append("one.pdf")
    controller.open_record(ids[1])
    detail = controller.screens["record_detail"]
    detail.ui.export_button.click()
    dialog = controller.export_dialog
    assert dialog is not None and dialog.isVisible()
    this = dialog.range_buttons["selected"]
    assert this.isChecked() and this.isEnabled() and this.accessibleName() == "This record"
    dialog.browse_button.click()
    run_export(qtbot, dialog)
    assert dialog.summary.count == 1
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "one.pdf").pages).replace("\n", "")
    assert ids[1] in text and ids[0] not in text
