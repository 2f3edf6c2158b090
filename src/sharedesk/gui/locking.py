"""Locking as a list of independent steps: one that raises is logged and the rest still run.

A lock that stops half way leaves a record on screen in a shared office, so no single step (a
screen's ``clear``, a dialog already deleted, a draft that cannot be saved) may stop the others.
The log names the step and the exception type only, never its message (which may quote record
content).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from sharedesk.core import log


class LockStep(NamedTuple):
    name: str  # a short code for the log ("drop_decision", "close_vault")
    run: Callable[[], None]


def run_steps(steps: Sequence[LockStep]) -> list[str]:
    """Run every step in order; returns the names of those that raised."""
    failed: list[str] = []
    for step in steps:
        try:
            step.run()
        except Exception as exc:  # whatever a step raises, the lock goes on
            log.event("gui.lock_step_failed", kind=step.name, error=type(exc).__name__)
            failed.append(step.name)
    return failed


def open_windows(main: QWidget) -> list[QWidget]:
    """Visible top-level windows other than ``main``: dialogs, message boxes, file dialogs."""
    return [w for w in QApplication.topLevelWidgets() if w is not main and w.isVisible()]


def close_windows(main: QWidget) -> None:
    """Wipe and close every other window. A dialog is rejected, which also ends a blocking
    ``exec()`` (a message box answers "no", a file dialog returns no file); our own dialogs are
    wiped first. Each window is its own step, so one that fails does not keep the rest open."""
    steps = [LockStep(f"close_{type(w).__name__}", _closer(w)) for w in open_windows(main)]
    if run_steps(steps):
        raise RuntimeError("a window did not close")


def _closer(window: QWidget) -> Callable[[], None]:
    def close() -> None:
        clear = getattr(window, "clear", None)
        try:
            if isinstance(window, QDialog) and type(window).__module__.startswith("sharedesk.") \
                    and callable(clear):
                clear()
        finally:
            if isinstance(window, QDialog):
                window.reject()
            window.close()
    return close
