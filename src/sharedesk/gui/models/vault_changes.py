"""Telling the screens what an operation changed (after Anki's ``OpChanges`` handling).

An operation's ``Changes`` (core/changes.py) goes to every screen built so far: a screen that is
showing and shows one of the changed kinds (its ``SHOWS``) reads the vault again at once, on a
worker (its ``reload``); a hidden one is left alone, since every screen over the vault reads it
again each time it is shown. So no screen caches vault data across a change it was told about,
and none re-reads what nobody is looking at.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget

from sharedesk.core.changes import Changes


@runtime_checkable
class ShowsVaultData(Protocol):
    SHOWS: tuple[str, ...]  # the change kinds this screen shows, e.g. ("records", "outbox")

    def reload(self) -> None: ...


def tell_screens(screens: Iterable[QWidget], changes: Changes) -> list[QWidget]:
    """Reload each visible screen that shows a kind ``changes`` touches; returns those."""
    reloaded: list[QWidget] = []
    for screen in list(screens):
        if (isinstance(screen, ShowsVaultData) and screen.isVisible()
                and changes.touches(*screen.SHOWS)):
            screen.reload()
            reloaded.append(screen)
    return reloaded
