"""Give a widget a theme role ("heading", "error", "warning"...) that takes effect at once.

The theme styles labels by a ``role`` property. A widget built by a Designer form is often
polished before the screen sets the role, and Qt does not restyle on a property change, so the
style is re-applied here. Labels whose role is "heading" or "subheading" are also exposed to
assistive technology as headings (QAccessible.Role.Heading, named by their text), so a screen
reader user can jump between them as a sighted user scans the page.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QWidget

HEADING_ROLES = ("heading", "subheading")


class _HeadingAccessible(QAccessibleWidget):
    def __init__(self, label: QLabel) -> None:
        super().__init__(label, QAccessible.Role.Heading)
        self._label = label

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._label.accessibleName() or self._label.text()
        return str(super().text(kind))


_ROLE = "sharedesk_accessible_role"
_made: dict[int, QAccessibleWidget] = {}  # Python keeps the wrappers Qt hands out alive
_installed = False


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    made: QAccessibleWidget | None = None
    if isinstance(obj, QLabel) and obj.property("role") in HEADING_ROLES:
        made = _HeadingAccessible(obj)
    elif isinstance(obj, QWidget) and isinstance(obj.property(_ROLE), QAccessible.Role):
        made = QAccessibleWidget(obj, obj.property(_ROLE))
    if made is not None:
        key = id(obj)
        _made[key] = made
        obj.destroyed.connect(lambda *_: _made.pop(key, None))
    return made


def set_accessible_role(widget: QWidget, role: QAccessible.Role) -> None:
    """Expose a custom-painted widget with ``role`` (a flow map as a chart); its name and
    description are the widget's accessible name and description."""
    install_heading_accessibility()
    widget.setProperty(_ROLE, role)


def install_heading_accessibility() -> None:
    """Expose heading labels as headings (once per process; set_role calls it)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def set_role(widget: QWidget, role: str) -> None:
    install_heading_accessibility()
    widget.setProperty("role", role)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    if role in HEADING_ROLES:
        # An interface made before the role was set is cached: drop it so the next one is ours.
        iface = QAccessible.queryAccessibleInterface(widget)
        if iface is not None and iface.role() != QAccessible.Role.Heading:
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(iface))
