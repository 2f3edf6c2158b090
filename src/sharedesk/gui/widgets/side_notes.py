"""The flow's side notes, always in view: the urgent "act now" note first, with local contacts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from sharedesk.core.flow.model import SideNote
from sharedesk.gui.widgets.roles import set_role


def contact_line(contact: Any) -> str:
    """One line for a local contact given as a mapping or an object with role, name, phone."""
    def get(key: str) -> str:
        if isinstance(contact, Mapping):
            return str(contact.get(key, "") or "")
        return str(getattr(contact, key, "") or "")

    who = " ".join(p for p in (get("role") + ":" if get("role") else "", get("name")) if p)
    phone = get("phone")
    return f"{who} {phone}".strip() if who else phone


class SideNotes(QWidget):
    """A column of framed notes. Urgent notes come first, in a heavy frame with the contacts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("side_notes")
        self.setAccessibleName(self.tr("Side notes"))
        self.setAccessibleDescription(self.tr("Notes that apply at every step of the guidance."))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self._layout.addStretch(1)
        self._frames: list[QFrame] = []

    def set_notes(self, notes: Iterable[SideNote], contacts: Iterable[Any] = ()) -> None:
        for frame in self._frames:
            self._layout.removeWidget(frame)
            frame.deleteLater()
        self._frames = []
        ordered = sorted(notes, key=lambda n: n.kind != "urgent")
        contact_text = "\n".join(contact_line(c) for c in contacts if contact_line(c))
        for index, note in enumerate(ordered):
            extra = contact_text if note.kind == "urgent" else ""
            frame = self._note_frame(note, extra)
            self._layout.insertWidget(index, frame)
            self._frames.append(frame)

    def _note_frame(self, note: SideNote, contacts: str) -> QFrame:
        urgent = note.kind == "urgent"
        frame = QFrame(self)
        frame.setObjectName(f"side_note_{note.id}")
        frame.setFrameShape(QFrame.Shape.Box)
        # A plain box is drawn in the text colour, so the heavy urgent border shows in every
        # palette (high contrast too) without a stylesheet that would upset text wrapping.
        frame.setFrameShadow(QFrame.Shadow.Plain)
        frame.setLineWidth(3 if urgent else 1)
        layout = QVBoxLayout(frame)
        title = QLabel(note.title, frame)
        title.setObjectName(f"side_note_{note.id}_title")
        # The urgent note's title is the theme's urgent banner; others are subheadings.
        set_role(title, "urgent" if urgent else "subheading")
        title.setWordWrap(True)
        body = QLabel(note.text, frame)
        body.setObjectName(f"side_note_{note.id}_text")
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.setAccessibleName(note.title)
        body.setAccessibleDescription(note.text)
        layout.addWidget(title)
        layout.addWidget(body)
        description = note.text
        if contacts:
            contact_label = QLabel(self.tr("Local contacts:") + "\n" + contacts, frame)
            contact_label.setObjectName(f"side_note_{note.id}_contacts")
            contact_label.setWordWrap(True)
            contact_label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            contact_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            contact_label.setAccessibleName(self.tr("Local contacts"))
            contact_label.setAccessibleDescription(contacts.replace("\n", "; "))
            layout.addWidget(contact_label)
            description += " " + self.tr("Local contacts:") + " " + contacts.replace("\n", "; ")
        layout.addStretch(1)  # spare height goes below the text, not between title and text
        frame.setAccessibleName(note.title)
        frame.setAccessibleDescription(description)
        return frame

    def texts(self) -> list[str]:
        """Plain text of every note shown, in display order (for tests and screen readers)."""
        out = []
        for frame in self._frames:
            out.append(" ".join(lbl.text() for lbl in frame.findChildren(QLabel)))
        return out
