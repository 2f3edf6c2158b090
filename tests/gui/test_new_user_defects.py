"""Defects a new user hit (issue 12 part 2), each driven through the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QTableView

from sharedesk.core.flow import load_flow_by_id
from sharedesk.core.flow.model import NodeKind
from sharedesk.gui.screens.record_form import RecordForm


def _share_node():
    flow = load_flow_by_id("england-2018")
    return next(n for n in flow.nodes.values()
                if n.kind is NodeKind.OUTCOME and n.outcome == "share")


def _form(qtbot) -> RecordForm:
    form = RecordForm()
    qtbot.addWidget(form)
    node = _share_node()
    form.set_outcome(node, node.requires, {})
    return form


def test_optional_label_follows_the_rule_that_makes_a_field_needed(qtbot) -> None:
    form = _form(qtbot)
    label = form.findChild(type(form.ui.outcome_title), "field_informed_reason_label")
    assert label.text().endswith("(optional)")
    informed = form.inputs["informed"]
    informed.setCurrentIndex(informed.findData("no"))
    assert not label.text().endswith("(optional)")
    assert form.inputs["informed_reason"].accessibleName() == label.text()
    problems = {p.field for p in form.validate() if p.blocking}
    assert "informed_reason" in problems  # what the label now says, validation enforces
    informed.setCurrentIndex(informed.findData("yes"))
    assert label.text().endswith("(optional)")


def test_date_of_birth_is_optional_once(qtbot) -> None:
    form = _form(qtbot)
    label = form.findChild(type(form.ui.outcome_title), "field_subject_dob_label")
    assert label.text().count("(optional)") == 1


def test_uk_dates_are_accepted_and_impossible_ones_named(qtbot) -> None:
    form = _form(qtbot)
    review = form.inputs["review_date"]
    review.setText("31/03/2027")
    form.validate()
    assert not form.errors["review_date"].isVisibleTo(form)
    review.setText("31/02/2027")
    assert form.errors["review_date"].text() == "31 February does not exist."
    form.inputs["subject_dob"].setText("01/01/2999")
    assert form.errors["subject_dob"].text() == "A date of birth cannot be in the future."


def test_a_calendar_button_fills_the_date(qtbot) -> None:
    form = _form(qtbot)
    form.show()
    button = form.calendar_buttons["review_date"]
    assert "Calendar" in button.accessibleName() and button.text() in button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    calendar = form.calendar
    assert calendar is not None
    qtbot.waitUntil(calendar.isVisible)
    calendar.setSelectedDate(QDate(2027, 4, 5))
    view = calendar.findChild(QTableView, "qt_calendar_calendarview")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert form.inputs["review_date"].text() == "05/04/2027"


def _two_children(vault) -> list[str]:
    from sharedesk.core.flow import Session
    from sharedesk.core.records.model import DecisionRecord, new_id, utc_now

    flow = load_flow_by_id("england-2018")
    session, _ = Session.replay(flow, {"purpose": "yes", "identifiable": "yes",
                                       "confidential": "yes", "consent": "no",
                                       "lawful_basis": "yes"})
    ids = []
    for subject, recipient in (("C-1001 (A.B.)", "Police, PC Jones"), ("C-2002", "School DSL")):
        fields = {"decision_maker": "Ann", "role": "GP", "purpose": "p", "reasons": "r",
                  "subject": subject, "recipient": recipient, "what_shared": "w",
                  "lawful_basis": "public_task", "consent": "not_sought",
                  "consent_reason": "risk", "informed": "yes"}
        record = DecisionRecord(new_id(), flow.id, flow.version, flow.sha256, session.path,
                                session.outcome or "", fields, utc_now())
        ids.append(vault.records.finalise(record).id)
    vault.records.amend(ids[1], "Ann", "typo", {"subject": "C-2003"})
    return ids


def test_lists_tell_two_records_apart_and_show_labels(qtbot, tmp_path) -> None:
    from records_kit import make_vault

    from sharedesk.core.records.query import RecordQuery
    from sharedesk.gui.screens.home import HomeScreen, HomeSummary
    from sharedesk.gui.screens.records import RecordsScreen

    vault = make_vault(tmp_path)
    try:
        _two_children(vault)
        vault.records.save_draft(None, {"flow": {"id": "england-2018"}, "moves": [],
                                        "fields": {"subject": "C-3003"}})
        screen = RecordsScreen(vault.records)
        qtbot.addWidget(screen)
        model = screen.model
        rows = [[model.data(model.index(r, c)) for c in range(model.columnCount())]
                for r in range(model.rowCount())]
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        subject, recipient = headers.index("Subject"), headers.index("Recipient")
        assert [(row[subject], row[recipient]) for row in rows] == [
            ("C-2003", "School DSL"), ("C-1001 (A.B.)", "Police, PC Jones")]  # after amendment
        shown = {cell for row in rows for cell in row}
        assert {"Final", "Not sent yet", "England 2018"} <= shown
        assert not {"final", "pending", "england-2018"} & shown
        home = HomeScreen([("england-2018", "England 2018")])
        qtbot.addWidget(home)
        home.show_summary(HomeSummary(drafts=vault.records.drafts(),
                                      recent=vault.records.page(RecordQuery(), 0, 5)))
        recent = [home.ui.recent_list.item(i).text() for i in range(home.ui.recent_list.count())]
        assert "C-2003" in recent[0] and "to School DSL" in recent[0]
        assert "C-1001 (A.B.)" in recent[1] and "to Police, PC Jones" in recent[1]
        assert "C-3003" in home.ui.drafts_list.item(0).text()
    finally:
        vault.close()


def test_one_reference_entry_is_singular(qtbot) -> None:
    from sharedesk.core.reference import load_library, search
    from sharedesk.gui.screens.reference import ReferenceScreen

    library = load_library()
    words = next(e.title for s in library.sections for e in s.entries
                 if len(search(library, e.title)) == 1)
    screen = ReferenceScreen(library)
    qtbot.addWidget(screen)
    assert len(screen.apply_search(words)) == 1
    assert screen.ui.reference_status.text() == "1 entry matches."


def test_advice_names_the_question_it_is_about(qtbot, tmp_path) -> None:
    from records_kit import make_vault

    from sharedesk.gui.screens.decision import DecisionWizard

    vault = make_vault(tmp_path)
    try:
        flow = load_flow_by_id("england-2018")
        wizard = DecisionWizard(flow, service=vault.records, author="Ann", role="GP")
        qtbot.addWidget(wizard)
        wizard.ui.choice_list.select("not_sure")
        wizard.ui.next_button.click()
        assert wizard.session.current.id == "advice"
        dialog = wizard.open_seek_advice()
        intro = dialog.findChild(QLabel, "seek_advice_intro").text()
        assert "Advice about: Is there a clear and legitimate purpose" in intro
        assert "Seek advice." not in intro
        dialog.reject()
    finally:
        vault.close()


def test_window_title_names_the_product_once_and_geometry_is_private(
        qtbot, tmp_path, monkeypatch) -> None:
    import stat

    from sharedesk.gui import app
    from sharedesk.gui.main_window import MainWindow

    qapp = app.application()
    name = qapp.applicationName()
    qapp.setApplicationName("probe")
    try:  # an unset display name follows the application name; a set one is appended by Qt
        assert qapp.applicationDisplayName() == "probe"
    finally:
        qapp.setApplicationName(name)
    home = tmp_path / "fresh-home"
    monkeypatch.setenv("SHAREDESK_HOME", str(home))
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_state_title("Home")
    assert window.windowTitle().count("sharedesk") == 1
    window.save_geometry()
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert stat.S_IMODE((home / "window.ini").stat().st_mode) == 0o600


def test_reference_library_returns_to_where_f1_was_pressed(qtbot, make_controller,
                                                           vault_path) -> None:
    controller = make_controller()  # no vault yet: the set-up screen
    first_run = controller.screens["first_run"]
    assert controller.window.current_screen() is first_run
    controller.window.ui.reference_action.trigger()
    reference = controller.screens["reference"]
    assert controller.window.current_screen() is reference
    qtbot.keyClick(reference.ui.reference_search, Qt.Key.Key_Escape)
    assert controller.window.current_screen() is first_run
    assert controller.window.windowTitle() == "sharedesk — Set up"


def test_reference_back_to_unlock_and_to_records(qtbot, make_controller, existing_vault) -> None:
    from conftest import unlock

    controller = make_controller()
    assert controller.window.current_screen() is controller.screens["unlock"]
    controller.window.ui.reference_action.trigger()
    controller.screens["reference"].ui.reference_back_button.click()
    assert controller.window.current_screen() is controller.screens["unlock"]
    unlock(qtbot, controller)
    controller.open_records()
    controller.window.ui.reference_action.trigger()
    controller.screens["reference"].ui.reference_back_button.click()
    assert controller.window.current_screen() is controller.screens["records"]


def _fully_visible(widget) -> bool:
    region = widget.visibleRegion().boundingRect()
    return widget.isVisible() and region.height() == widget.height()


def test_check_answers_declaration_scrolls_into_view_by_keyboard(qtbot, tmp_path) -> None:
    from records_kit import filler, make_vault, needed_values, set_input

    from sharedesk.gui.screens.decision import PAGE_CHECK, DecisionWizard

    vault = make_vault(tmp_path)
    try:
        wizard = DecisionWizard(load_flow_by_id("england-2018"), service=vault.records,
                                author="Ann Tester", role="GP")
        qtbot.addWidget(wizard)
        wizard.resize(1024, 720)
        wizard.show()
        with qtbot.waitActive(wizard):
            wizard.activateWindow()
        for value in ("yes", "yes", "yes", "no", "yes"):
            wizard.ui.choice_list.select(value)
            wizard.ui.next_button.click()
        session, form = wizard.session, wizard.record_form
        for name in needed_values(session.required_fields, session.outcome or "", form.values()):
            set_input(form.inputs[name], filler(name))
        for _ in range(3):  # and whatever else the form's own rules ask for
            for problem in form.validate():
                if problem.blocking and problem.field in form.inputs:
                    set_input(form.inputs[problem.field], filler(problem.field))
        for name, widget in form.inputs.items():  # a full record, as a careful user writes it
            if not form.values().get(name) and isinstance(widget, QPlainTextEdit):
                set_input(widget, "Recorded for the test.\nOn a second line.\nAnd a third.")
        form.ui.record_continue_button.click()
        assert wizard.page == PAGE_CHECK
        check = wizard.check_answers
        declaration = check.ui.declaration_text
        qtbot.waitUntil(lambda: check.isVisible())
        bar = check.ui.check_scroll.verticalScrollBar()
        check.ui.check_back_button.setFocus(Qt.FocusReason.TabFocusReason)
        bar.setValue(0)  # reading from the top, the declaration is below the fold
        assert bar.maximum() > 0 and not _fully_visible(declaration)
        qtbot.keyClick(check.ui.check_back_button, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is check.ui.finalise_button
        qtbot.waitUntil(lambda: _fully_visible(declaration))
        first_change = check.change_buttons()[0]
        assert not _fully_visible(first_change)
        first_change.setFocus(Qt.FocusReason.BacktabFocusReason)
        qtbot.waitUntil(lambda: _fully_visible(first_change))
    finally:
        vault.close()


def test_first_run_scrolls_to_and_focuses_the_first_error(qtbot, make_controller) -> None:
    controller = make_controller()
    controller.window.resize(1024, 600)
    with qtbot.waitActive(controller.window):
        controller.window.activateWindow()
    screen = controller.screens["first_run"]
    screen.ui.passphrase_edit.setText("tidal yellow garden kettle 42")
    screen.ui.confirm_edit.setText("tidal yellow garden kettle 42")
    screen.ui.name_edit.setText("Ann Tester")
    screen.ui.role_edit.setText("")
    screen.ui.scroll_area.verticalScrollBar().setValue(
        screen.ui.scroll_area.verticalScrollBar().maximum())
    screen.ui.create_button.setFocus()
    qtbot.keyClick(screen.ui.create_button, Qt.Key.Key_Space)
    error = screen.ui.error_label
    qtbot.waitUntil(lambda: _fully_visible(error))
    assert QApplication.focusWidget() is error
    assert "Enter your role" in error.accessibleName()
    error.linkActivated.emit("field")
    assert QApplication.focusWidget() is screen.ui.role_edit


def _indicator_centre_and_edge(button) -> tuple[str, str]:
    """Colours at the centre of a radio's indicator and just beside it (the button's own
    background): an empty indicator shows that background in its middle."""
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    option = QStyleOptionButton()
    button.initStyleOption(option)
    rect = button.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option, button)
    image = button.grab().toImage()
    centre = rect.center()
    return (image.pixelColor(centre).name(),
            image.pixelColor(rect.right() + 3, centre.y()).name())


@pytest.mark.parametrize("theme_name", ["system", "high_contrast"])
@pytest.mark.parametrize("scale", [100, 200])
def test_a_focused_radio_shows_selection_by_its_dot_alone(qtbot, theme_name, scale) -> None:
    from sharedesk.core.flow.model import Choice
    from sharedesk.gui import theme
    from sharedesk.gui.widgets.choice_list import ChoiceList

    theme.apply(QApplication.instance(), theme_name, scale)
    choices = ChoiceList()
    qtbot.addWidget(choices)
    choices.set_choices([Choice("yes", "Yes", "a"), Choice("no", "No", "b")], "yes")
    choices.show()
    with qtbot.waitActive(choices):
        choices.activateWindow()
    selected, other = choices.buttons()[:2]
    other.setFocus(Qt.FocusReason.TabFocusReason)  # focused, not selected
    qtbot.waitUntil(lambda: QApplication.focusWidget() is other)
    centre, edge = _indicator_centre_and_edge(other)
    assert centre == edge, "a focused unselected choice must look empty (a ring)"
    centre, edge = _indicator_centre_and_edge(selected)
    assert centre != edge, "the selected choice has a dot"
    selected.setFocus(Qt.FocusReason.TabFocusReason)  # focused and selected
    qtbot.waitUntil(lambda: QApplication.focusWidget() is selected)
    centre, edge = _indicator_centre_and_edge(selected)
    assert centre != edge, "a focused selected choice keeps its dot"


@pytest.mark.parametrize("width", [1280, 1024, 800])
@pytest.mark.parametrize("theme_name", ["system", "high_contrast"])
def test_lock_and_hide_stay_on_screen_at_200_percent(qtbot, theme_name, width) -> None:
    from sharedesk.gui import theme
    from sharedesk.gui.main_window import MainWindow

    theme.apply(QApplication.instance(), theme_name, 200)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(width, 700)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    for bar in (window.ui.tool_bar, window.safety_bar):
        for action in bar.actions():
            button = bar.widgetForAction(action)
            assert button is not None and button.isVisible(), action.text()
            assert bar.rect().contains(button.geometry()), action.text()
    assert window.safety_bar.widgetForAction(window.ui.hide_action).isVisible()


def test_copy_diagnostic_information_holds_no_record_content(qtbot, make_controller,
                                                            existing_vault, tmp_path) -> None:
    from conftest import unlock

    from sharedesk.core import log
    from sharedesk.gui import diagnostics

    log.configure(tmp_path / "logs")
    try:
        controller = make_controller()
        unlock(qtbot, controller)
        controller.settings.set("sync.endpoint", "https://case-system.example.org/upload")
        vault = controller.vault
        ids = _two_children(vault)
        log.event("records.opened", record_id=ids[0], reasons="C-1001 (A.B.) Police, PC Jones")
        controller.window.ui.diagnostics_action.trigger()
        text = QApplication.clipboard().text()
        assert text.startswith("sharedesk ")
        assert "Qt " in text and "england-2018" in text and "Vault schema: " in text
        assert "appearance.theme = system" in text and "sync.endpoint = set" in text
        assert f"records.opened record_id={ids[0]}" in text  # the log lines, redacted
        for content in ("C-1001", "C-2003", "Police", "School DSL", "Ann Tester",
                        "case-system.example.org"):
            assert content not in text, content
        assert controller.prompter.messages[-1][1] == "Diagnostic information"  # told it was copied
        assert diagnostics.settings_lines(controller.settings)
    finally:
        log.stop()


def test_flow_map_is_a_chart_with_a_text_alternative_and_no_clipped_label(qtbot) -> None:
    from PySide6.QtGui import QAccessible, QFontMetrics

    from sharedesk.gui import theme
    from sharedesk.gui.widgets.flow_map import FlowMap

    theme.apply(QApplication.instance(), "high_contrast", 200)
    flow = load_flow_by_id("england-2018")
    fmap = FlowMap()
    qtbot.addWidget(fmap)
    fmap.set_flow(flow)
    fmap.set_position("identifiable", ("purpose",))
    fmap.resize(320, 900)
    fmap.show()
    iface = QAccessible.queryAccessibleInterface(fmap)
    assert iface.role() == QAccessible.Role.Chart
    text = iface.text(QAccessible.Text.Description)
    assert f"You are at: {flow.nodes['identifiable'].title}" in text
    assert f"1. {flow.nodes['purpose'].title}" in text
    metrics = QFontMetrics(fmap.font())
    flags = int(Qt.TextFlag.TextWordWrap)
    for node_id, box in fmap._boxes.items():
        inner = fmap._rect(box).adjusted(4, 2, -4, -2)
        drawn = fmap.box_label(node_id, inner)
        need = metrics.boundingRect(0, 0, int(inner.width()), 10_000, flags, drawn)
        assert need.height() <= inner.height(), (node_id, drawn)


def test_records_columns_follow_the_text_size(qtbot, tmp_path) -> None:
    from records_kit import make_vault

    from sharedesk.gui import theme
    from sharedesk.gui.screens.records import RecordsScreen

    vault = make_vault(tmp_path)
    try:
        screen = RecordsScreen(vault.records)
        qtbot.addWidget(screen)
        theme.apply(QApplication.instance(), "high_contrast", 200)
        QApplication.processEvents()
        table = screen.ui.records_table
        need = table.fontMetrics().horizontalAdvance("2026-12-31 23:59")
        assert table.horizontalHeader().sectionSize(0) >= need
    finally:
        vault.close()


def test_home_rows_wrap_instead_of_clipping_at_200_percent(qtbot) -> None:
    from sharedesk.core.records.query import RecordSummary
    from sharedesk.gui import theme
    from sharedesk.gui.screens.home import HomeScreen, HomeSummary

    theme.apply(QApplication.instance(), "system", 200)
    home = HomeScreen([("england-2018", "England 2018")])
    qtbot.addWidget(home)
    home.resize(1280, 800)
    home.show()
    qtbot.waitExposed(home)
    long = RecordSummary("6fe0", "2026-11-30T12:00:00Z", "2026-11-30T12:00:00Z", "share",
                         "final", "england-2018", "pending", None, "Child ref C-2291 (initials J.S.)",
                         "Children's social care, social worker, R. Okafor")
    home.show_summary(HomeSummary(recent=[long]))
    home.resize(700, 800)  # narrower: the row wraps onto more lines
    QApplication.processEvents()
    listing = home.ui.recent_list
    row = listing.visualItemRect(listing.item(0))
    assert row.height() > listing.fontMetrics().lineSpacing() * 1.5  # it did wrap
    assert listing.viewport().rect().contains(row), "the row is cut off"
