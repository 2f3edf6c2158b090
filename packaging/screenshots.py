"""Take the README screenshots (docs/screenshots/*.png) by driving the real app.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python packaging/screenshots.py

Runs the whole app in a throw-away SHAREDESK_HOME: first run, a full fictional decision in the
England 2018 flow, a draft, the records list, the reference library and settings, then the same
screens again in the high-contrast theme and at 200% text. All names in it are made up.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "tidal yellow garden kettle 42"  # noqa: S105 (demo vault, thrown away)
# Fictional content, shaped like a real record.
DEMO = {
    "trigger": "Request received",
    "requested_by": "Children's social care duty team, by phone, 09:10",
    "subject": "Child ref C-2291 (initials J.S.)",
    "purpose": "Section 47 enquiry: the school reported bruising on the child's arm.",
    "reasons": "Clear safeguarding purpose; sharing is needed for the enquiry and consent is not "
               "required where a child may be at risk of significant harm.",
    "necessary_proportionate": "Only attendance and the two incident notes are needed.",
    "alternatives": "Anonymised discussion was considered but the team needs to identify the child.",
    "what_shared": "Attendance for the last term; incident notes of 3 and 10 November.",
    "opinion_shared": "The class teacher's view that the child seemed withdrawn (opinion).",
    "what_withheld": "Sibling's health information: not relevant to the enquiry.",
    "recipient": "Children's social care, social worker, R. Okafor",
    "method": "Secure email",
    "security": "Sent through the council's secure email portal.",
    "consent_reason": "Asking could increase the risk of harm to the child.",
    "informed_reason": "Telling the family now could put the child at risk.",
    "views": "The child said they did not want to go home on Friday.",
    "identities_to_protect": "The neighbour who raised the first concern.",
    "legal_gateway": "Children Act 1989 s.47",
    "special_category_condition": "DPA 2018 Sch 1 para 18",
}
SHOTS: list[str] = []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sharedesk-shots-") as home:
        os.environ["SHAREDESK_HOME"] = home
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
        return Shooter(out).run()


class Shooter:
    def __init__(self, out: Path) -> None:
        from sharedesk.core.settings import Settings
        from sharedesk.gui import app, theme
        from sharedesk.gui.controller import AppController
        from sharedesk.gui.prompter import RecordingPrompter

        self.out = out
        self.app = app.application()
        self.theme = theme
        self.settings = Settings()
        theme.apply(self.app, "system", 100)
        app.load_translation(self.app, "en")
        self.c = AppController(self.settings, prompter=RecordingPrompter())
        self.c.window.resize(1280, 800)

    # -- helpers -------------------------------------------------------------------------------
    def wait(self, cond: Callable[[], bool], timeout: float = 20.0) -> None:
        end = time.monotonic() + timeout
        while not cond():
            if time.monotonic() > end:
                raise TimeoutError("the app did not reach the expected state")
            self.app.processEvents()
            time.sleep(0.01)

    def settle(self) -> None:
        for _ in range(5):
            self.app.processEvents()
            time.sleep(0.02)

    def shot(self, name: str, widget: object = None) -> None:
        self.settle()
        path = self.out / f"{name}.png"
        if not (widget or self.c.window).grab().save(str(path), "PNG"):  # type: ignore[attr-defined]
            raise OSError(f"could not write {path}")
        SHOTS.append(path.name)
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

    def import_profile_shot(self) -> None:
        """Settings > Import organisation profile, with a (fictional) profile chosen."""
        screen = self.c.screens["settings"]
        profile = Path(tempfile.mkdtemp()) / "eastmoor-health-visiting.toml"
        profile.write_text('schema = 1\n\n[organisation]\nname = "Eastmoor Health Visiting"\n'
                           'jurisdiction = "England"\ndefault_flow = "england-2024"\n\n'
                           '[policy]\nretention_days = 60\nidle_lock_minutes = 10\n',
                           encoding="utf-8")
        screen.import_profile_button.click()
        dialog = screen.profile_dialog
        dialog.path_edit.setText(str(profile))
        dialog.preview()
        self.shot("settings-import-profile", dialog)
        dialog.reject()

    def set_look(self, theme_name: str, scale: int) -> None:
        self.settings.set("appearance.theme", theme_name)
        self.settings.set("appearance.text_scale_percent", scale)
        self.c.apply_settings()

    # -- the tour ------------------------------------------------------------------------------
    def run(self) -> int:
        c = self.c
        c.start()
        c.window.show()
        c.window.activateWindow()  # so the focus ring shows in the pictures
        self.wait(lambda: c.window.isVisible())
        first = c.screens["first_run"]
        first.ui.passphrase_edit.setText(PASSPHRASE)
        first.ui.confirm_edit.setText(PASSPHRASE)
        first.ui.name_edit.setText("Sam Example")
        first.ui.role_edit.setText("Health visitor")
        self.shot("first-run")
        self.set_look("high_contrast", 100)
        self.shot("first-run-high-contrast")
        self.set_look("system", 200)
        self.shot("first-run-200")
        self.set_look("system", 100)
        first.ui.create_button.click()
        self.wait(lambda: not c.locked)
        self.decision_tour()
        self.optional("records", c.open_records)
        self.optional("reference", c.open_reference)
        c.open_settings()
        self.shot("settings")
        self.import_profile_shot()
        self.sync_export_tour("")
        c.go_home()
        self.shot("home")
        for theme_name, scale, suffix in (("high_contrast", 100, "high-contrast"), ("system", 200, "200")):
            self.set_look(theme_name, scale)
            c.go_home()
            self.shot(f"home-{suffix}")
            self.sync_export_tour(f"-{suffix}")
            c.start_decision("england-2018")
            self.answer_first()
            self.shot(f"decision-{suffix}")
            c.lock("user")
            self.shot(f"unlock-{suffix}")
            self.unlock()
        self.set_look("system", 100)
        c.lock("user")
        self.shot("unlock")
        c.shutdown()
        return 0

    def sync_export_tour(self, suffix: str) -> None:
        """The outbox after a Sync now with nowhere configured (its plain message), and the
        Export dialog set up for an encrypted bundle to a pasted key (a made-up one)."""
        c = self.c
        c.open_outbox()
        outbox = c.screens["outbox"]
        outbox.sync_button.click()  # type: ignore[attr-defined]
        self.wait(lambda: not outbox.syncing)  # type: ignore[attr-defined]
        self.shot(f"outbox{suffix}")
        c.open_export()
        dialog = c.export_dialog
        dialog.set_format("bundle")
        dialog.recipients_edit.setPlainText(
            "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p")
        dialog.out_edit.setText("/home/sam/Documents/sharedesk-export.age")
        dialog.resize(760, 640)
        dialog.activateWindow()
        self.settle()
        self.shot(f"export{suffix}", dialog)
        from sharedesk.gui import sync_screens

        sync_screens.close_export(c.context)

    def unlock(self) -> None:
        screen = self.c.screens["unlock"]
        screen.ui.passphrase_edit.setText(PASSPHRASE)
        screen.ui.unlock_button.click()
        self.wait(lambda: not self.c.locked)

    def optional(self, name: str, opener: Callable[[], None]) -> None:
        opener()
        if name not in self.c.screens:
            print(f"skipped {name}: screen not available", file=sys.stderr)
            return
        self.shot(name)

    def answer_first(self) -> None:
        wizard = self.c.screens["decision"]
        wizard.ui.choice_list.select("yes")
        wizard.ui.next_button.click()

    def decision_tour(self) -> None:
        from sharedesk.core.flow.model import NodeKind
        from sharedesk.gui.screens.decision import PAGE_CHECK, PAGE_RECORD

        c = self.c
        c.start_decision("england-2018")
        wizard = c.screens["decision"]
        answers = {"purpose": "yes", "identifiable": "yes", "confidential": "yes", "consent": "no",
                   "lawful_basis": "yes"}
        for step in range(30):
            node = wizard.log.session.current
            if wizard.page == PAGE_RECORD or node.kind is NodeKind.OUTCOME:
                break
            if node.kind is NodeKind.QUESTION:
                wizard.ui.choice_list.select(answers.get(node.id, node.choices[0].value))
            if step == 2:
                self.shot("decision")
            wizard.ui.next_button.click()
        self.wait(lambda: wizard.page == PAGE_RECORD)
        self.fill_record(wizard)
        self.shot("record")
        wizard.record_form.ui.record_continue_button.click()
        self.wait(lambda: wizard.page == PAGE_CHECK)
        self.shot("check-answers")
        wizard.check_answers.ui.finalise_button.click()
        self.wait(lambda: "decision" not in c.screens)
        if "record_detail" in c.screens:
            self.shot("record-detail")
        # A second decision left half-way, so home shows a draft in progress.
        c.start_decision("england-2018")
        self.answer_first()
        c.go_home()

    def fill_record(self, wizard: object) -> None:
        from PySide6.QtWidgets import QComboBox, QPlainTextEdit

        from sharedesk.core.records.validation import CHOICES, DATE_FIELDS, DATETIME_FIELDS

        form = wizard.record_form  # type: ignore[attr-defined]
        safe = {"consent": "not_sought", "informed": "no", "lawful_basis": "public_task"}
        for _ in range(6):
            values = form.values()
            missing = [p.field for p in form.validate() if p.blocking]  # the form's own rules
            empty = [n for n in form.inputs if not values.get(n)]
            todo = list(dict.fromkeys(missing + [n for n in empty if n in DEMO]))
            if not todo:
                return
            for name in todo:
                widget = form.inputs.get(name)
                if widget is None:
                    continue
                if name in CHOICES:
                    value = safe.get(name, CHOICES[name][0][0])
                elif name in DATE_FIELDS:
                    value = "15/02/2027"  # as UK users type it
                elif name in DATETIME_FIELDS:
                    value = "2026-11-23T10:30"
                else:
                    value = DEMO.get(name, "Recorded for the demonstration.")
                if isinstance(widget, QComboBox) and widget.isEditable():
                    widget.setEditText(value)  # a choice list that also takes free text
                elif isinstance(widget, QComboBox):
                    widget.setCurrentIndex(widget.findData(value))
                elif isinstance(widget, QPlainTextEdit):
                    widget.setPlainText(value)
                else:
                    widget.setText(value)


if __name__ == "__main__":
    sys.exit(main())
