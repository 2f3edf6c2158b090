"""Keyboard focus follows the screen: when the stack changes, focus moves into the new screen.

Without this, focus stays on a widget of the hidden screen and the next key press goes nowhere a
keyboard user can see.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QScrollArea

# Checked by Qt class name (QObject.inherits): naming the Python types here would make PySide
# build them, and their enums, before the first screen (QAbstractItemView alone costs ms).
_EDITABLE_SCROLL_AREAS = ("QAbstractItemView", "QPlainTextEdit", "QTextEdit")
# `Qt` is imported inside the functions for the same reason: its first use builds all of its
# Python enums (enum_keys.py), and showing the first screen calls neither of them.


def focus_into(screen: QWidget) -> None:
    """The screen's own ``focus_first()`` if it has one, else the first control in its tab
    order; nothing if focus is already on a control inside it."""
    current = QApplication.focusWidget()
    if current is not None and screen.isAncestorOf(current) and is_focus_target(current):
        return
    focus_first = getattr(screen, "focus_first", None)
    if callable(focus_first):
        focus_first()
        return
    widget = screen.nextInFocusChain()
    for _ in range(500):  # the chain is a ring; bound the walk in case it is broken
        if widget is screen or widget is None:
            break
        if screen.isAncestorOf(widget) and is_focus_target(widget):
            from PySide6.QtCore import Qt

            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return
        widget = widget.nextInFocusChain()


def is_focus_target(widget: QWidget) -> bool:
    """A control a person means to use: visible, enabled, tabbable, and not a bare container
    (a scroll area or stack takes focus by default but does nothing with it)."""
    from PySide6.QtCore import Qt

    if not (widget.isVisible() and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
        return False
    if widget.inherits("QAbstractScrollArea"):
        return any(widget.inherits(name) for name in _EDITABLE_SCROLL_AREAS)
    return not widget.objectName().startswith("qt_")


class FocusFollower(QObject):
    """Keeps the focused control of a scroll area in view (ensureWidgetVisible on every focus
    change), so Tab never moves to something the user cannot see. ``beside`` maps controls
    outside the area (a Finalise button under it) to what must be read with them (the
    declaration). Owned by the area: deleted with it, which ends the connection."""

    def __init__(self, area: QScrollArea, beside: Mapping[QWidget, Callable[[], QWidget]]
                 | None = None) -> None:
        super().__init__(area)
        self._area = area
        self._beside = dict(beside or {})
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_app_focus_changed)

    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return
        contents = self._area.widget()
        if new in self._beside:
            self._area.ensureWidgetVisible(self._beside[new]())
        elif contents is not None and contents.isAncestorOf(new):
            self._area.ensureWidgetVisible(new)
