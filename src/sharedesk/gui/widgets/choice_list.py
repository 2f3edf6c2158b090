"""The answers to one question as large radio buttons, reused from question to question.

The buttons are pooled: moving to the next question relabels existing buttons instead of
building new ones, so a step costs a few property changes and no re-layout of the window.
Arrow keys move between choices and select them (Qt's exclusive-group behaviour).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sharedesk.core.flow.model import Choice
from sharedesk.gui import theme

_POOL = 6  # enough for every shipped question; more are added on demand


def _dot(mark: str, base: str) -> str:
    return (f"qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5, stop:0 {mark},"
            f" stop:0.55 {mark}, stop:0.6 {base}, stop:1 {base})")


def indicator_style(text: str, base: str, mark: str, focus: str = "", focus_text: str = "") -> str:
    """Large radio indicators drawn in the palette's own colours, so a black-and-white
    high-contrast palette still shows an empty ring and a filled dot. On the focused choice
    (painted in the focus colour) the ring stays hollow and the dot stays a dot, in the focus
    text colour: a focused unselected choice must never look selected."""
    style = (f"QRadioButton {{ padding: 6px 4px; }}"
             f" QRadioButton::indicator {{ width: 20px; height: 20px; border-radius: 12px;"
             f" border: 2px solid {text}; background: {base}; }}"
             f" QRadioButton::indicator:checked {{ background: {_dot(mark, base)}; }}")
    if focus and focus_text:
        style += (f" QRadioButton::indicator:focus {{ border: 2px solid {focus_text};"
                  f" background: {focus}; }}"
                  f" QRadioButton::indicator:checked:focus {{ border: 2px solid {focus_text};"
                  f" background: {_dot(focus_text, focus)}; }}")
    return style


class ChoiceList(QWidget):
    """Exclusive choices. ``choice_did_change(value)`` fires when the user picks one."""

    choice_did_change = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choice_list")
        self.setAccessibleName(self.tr("Answers"))
        self.setAccessibleDescription(self.tr("Choose one answer; use the arrow keys to move."))
        self._restyle()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.idClicked.connect(self._on_group_id_clicked)
        self._buttons: list[QRadioButton] = []
        self._hints: list[QLabel] = []
        self._values: list[str] = []
        # Made now, not on first use, so they sit before the Next button in the tab order.
        for _ in range(_POOL):
            self._add_button()
            self._buttons[-1].setVisible(False)
            self._hints[-1].setVisible(False)

    def set_choices(self, choices: Sequence[Choice], selected: str | None = None) -> None:
        """Show ``choices`` with ``selected`` checked (or none)."""
        while len(self._buttons) < len(choices):
            self._add_button()
        self._values = [c.value for c in choices]
        # Uncheck through the group: an exclusive group refuses to uncheck its checked button.
        self._group.setExclusive(False)
        for index, button in enumerate(self._buttons):
            visible = index < len(choices)
            button.setVisible(visible)
            self._hints[index].setVisible(visible and bool(choices[index].hint))
            button.setChecked(False)
            if not visible:
                continue
            choice = choices[index]
            button.setText(choice.label)
            button.setAccessibleName(choice.label)
            button.setAccessibleDescription(choice.hint or self.tr("Answer %1 of %2")
                                            .replace("%1", str(index + 1))
                                            .replace("%2", str(len(choices))))
            self._hints[index].setText(choice.hint)
            button.setChecked(choice.value == selected)
        self._group.setExclusive(True)

    def value(self) -> str | None:
        checked = self._group.checkedId()
        return self._values[checked] if 0 <= checked < len(self._values) else None

    def select(self, value: str) -> None:
        """Check the choice with ``value`` as if the user had clicked it."""
        index = self._values.index(value)
        self._buttons[index].click()

    def buttons(self) -> list[QRadioButton]:
        """The visible buttons, in order."""
        return self._buttons[: len(self._values)]

    def focus_first(self) -> None:
        """Focus the checked choice, or the first one (where keyboard users expect to land)."""
        buttons = self.buttons()
        checked = [b for b in buttons if b.isChecked()]
        target = checked[0] if checked else (buttons[0] if buttons else None)
        if target is not None:
            target.setFocus()

    def _add_button(self) -> None:
        index = len(self._buttons)
        button = QRadioButton(self)
        button.setObjectName(f"choice_{index}")
        hint = QLabel(self)
        hint.setObjectName(f"choice_{index}_hint")
        hint.setWordWrap(True)
        hint.setIndent(34)
        button.installEventFilter(self)
        self._group.addButton(button, index)
        self._layout.addWidget(button)
        self._layout.addWidget(hint)
        self._buttons.append(button)
        self._hints.append(hint)

    def _restyle(self) -> None:
        pal = self.palette()
        app = QApplication.instance()
        ring = theme.colours(str(app.property("sharedesk_theme") or "system") if app else "system")
        self.setStyleSheet(indicator_style(pal.color(QPalette.ColorRole.Text).name(),
                                           pal.color(QPalette.ColorRole.Base).name(),
                                           pal.color(QPalette.ColorRole.Text).name(),
                                           ring.focus, ring.focus_text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()  # the theme changed: redraw the indicators in its colours
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Qt moves focus with the arrows but selects only if a choice was already checked;
        # select on every arrow so the keyboard behaves the same on the first choice too.
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1,
                    Qt.Key.Key_Left: -1}.get(Qt.Key(event.key()))
            buttons = self.buttons()
            plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
            if step is not None and plain and watched in buttons:
                index = min(max(buttons.index(watched) + step, 0), len(buttons) - 1)
                buttons[index].setFocus(Qt.FocusReason.TabFocusReason)
                buttons[index].click()
                return True
        return super().eventFilter(watched, event)

    def _on_group_id_clicked(self, index: int) -> None:
        if 0 <= index < len(self._values):
            self.choice_did_change.emit(self._values[index])
