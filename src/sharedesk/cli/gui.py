"""`sharedesk gui`: start the desktop app (PySide6 is imported only here, lazily)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from typing import Any

from sharedesk.core.errors import SharedeskError


def register(sub: Any) -> None:
    p = sub.add_parser("gui", help="start the desktop app (the default)")
    p.add_argument("--smoke-test", action="store_true",
                   help="show the first screen, wait until idle, then exit 0")
    p.add_argument("--screenshot", metavar="PATH", help="with --smoke-test: save the window as PNG")
    p.set_defaults(func=_gui)


def no_display(env: Mapping[str, str], platform: str) -> bool:
    """True on Linux and the BSDs with no X11 or Wayland display and no Qt platform chosen:
    Qt would abort the whole process ("could not connect to display") instead of failing."""
    if platform.startswith(("win", "darwin", "cygwin")):
        return False
    return not any(env.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _gui(args: argparse.Namespace) -> int:
    if no_display(os.environ, sys.platform):
        raise SharedeskError("no display: the desktop app needs a graphical session (DISPLAY "
                             "or WAYLAND_DISPLAY is not set); the command line works without "
                             "one (sharedesk --help), or set QT_QPA_PLATFORM=offscreen for a "
                             "headless check")
    from sharedesk.gui.app import run

    return run(smoke_test=args.smoke_test, screenshot=args.screenshot)
