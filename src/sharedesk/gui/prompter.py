"""Questions and messages to the user, behind an object tests can replace.

Screens never call ``QMessageBox.exec()`` themselves: they ask the prompter they were given, so a
test passes a prompter that answers at once instead of blocking on a modal dialog.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget


class Prompter(Protocol):
    def inform(self, parent: QWidget | None, title: str, text: str) -> None: ...

    def warn(self, parent: QWidget | None, title: str, text: str) -> None: ...

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool: ...


class DialogPrompter:
    """The real prompter: plain modal message boxes (QMessageBox is loaded on the first message,
    not at start-up: creating its Python type and enums costs the first paint a few ms)."""

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes


class RecordingPrompter:
    """Answers at once and keeps what it was asked (for tests and the smoke test)."""

    def __init__(self, confirm: bool = True) -> None:
        self.answer = confirm
        self.messages: list[tuple[str, str, str]] = []

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.messages.append(("inform", title, text))

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self.messages.append(("warn", title, text))

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.messages.append(("confirm", title, text))
        return self.answer
