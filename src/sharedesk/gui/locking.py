"""Locking as a list of independent steps: one that raises is logged and the rest still run.

A lock that stops half way leaves a record on screen in a shared office, so no single step (a
screen's ``clear``, a dialog already deleted, a draft that cannot be saved) may stop the others.
The log names the step and the exception type only, never its message (which may quote record
content).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import NamedTuple

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from sharedesk.core import log
from sharedesk.gui import sync_screens
from sharedesk.gui.context import AppContext

# Screens that show record content: dropped (cleared, removed, deleted) on every lock.
CONTENT_SCREENS = ("decision", "records", "record_detail", "outbox", "inbox", "devices",
                   "team_overview")


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


def lock_steps(c: AppContext, *, stop_sync: Callable[[], None],
               show_unlock: Callable[[], None]) -> list[LockStep]:
    """The controller's lock, in order: windows, views, the session guard, the vault, the
    unlock screen. Screens are cleared before the vault closes (a decision saves its draft)."""
    return [
        LockStep("close_windows", partial(close_windows, c.window)),
        LockStep("close_export", partial(sync_screens.close_export, c)),
        *(LockStep(f"drop_{name}", partial(drop_screen, c, name)) for name in CONTENT_SCREENS),
        LockStep("clear_home", partial(_clear_home, c)),
        LockStep("disarm_guard", c.guard.disarm),
        LockStep("stop_sync", stop_sync),
        LockStep("close_vault", partial(_close_vault, c)),
        LockStep("disable_actions", partial(c.window.set_unlocked, False)),
        LockStep("show_unlock", show_unlock),
    ]


def lock_reached(c: AppContext) -> bool:
    """The locked state: vault closed, no content screen, no other window, unlock showing."""
    unlock = c.screens.get("unlock")
    return (c.vault is None and c.closing_vault is None
            and not any(name in c.screens for name in CONTENT_SCREENS)
            and unlock is not None and c.window.current_screen() is unlock
            and not open_windows(c.window))


def drop_screen(c: AppContext, name: str) -> None:
    """Clear, remove and delete a screen; it is removed and deleted even if clear raises."""
    screen = c.screens.pop(name, None)
    if screen is None:
        return
    try:
        clear = getattr(screen, "clear", None)
        if callable(clear):
            clear()
    finally:
        c.window.remove_screen(screen)
        screen.deleteLater()


def _clear_home(c: AppContext) -> None:
    home = c.screens.get("home")
    clear = getattr(home, "clear", None)
    if callable(clear):
        clear()


def _close_vault(c: AppContext) -> None:
    # Forget the vault first: whatever close() raises, nothing reaches it again; a close that
    # failed is tried again by the next attempt (the controller's retry timer).
    if c.vault is not None:
        c.closing_vault, c.vault = c.vault, None
        c.access.detach()
    if c.closing_vault is not None and c.closing_vault.is_open:
        c.closing_vault.close()
    c.closing_vault = None
