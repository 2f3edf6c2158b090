"""Give a widget a theme role ("heading", "error", "warning"...) that takes effect at once.

The theme styles labels by a ``role`` property. A widget built by a Designer form is often
polished before the screen sets the role, and Qt does not restyle on a property change, so the
style is re-applied here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def set_role(widget: QWidget, role: str) -> None:
    widget.setProperty("role", role)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
