"""Defects a new user hit (issue 12 part 2), each driven through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QTableView

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
