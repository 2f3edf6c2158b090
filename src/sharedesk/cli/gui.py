"""`sharedesk gui`: start the desktop app (PySide6 is imported only here, lazily).

``quick_parse`` reads the gui's options with a parser of their own, so starting the app does
not build the whole command line's parser (issue 13: start-up time); both parsers take their
options from ``add_options``, and anything the small one cannot take (``--help``, an unknown or
malformed option) goes to the full parser, which answers as it always has.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Mapping
from typing import Any

from sharedesk.core.errors import SharedeskError


def register(sub: Any) -> None:
    p = sub.add_parser("gui", help="start the desktop app (the default)")
    add_options(p)
    p.set_defaults(func=_gui)


def add_options(p: argparse.ArgumentParser) -> None:
    """The gui command's options: the one list both parsers use."""
    p.add_argument("--smoke-test", action="store_true",
                   help="show the first screen, wait until idle, then exit 0")
    p.add_argument("--screenshot", metavar="PATH", help="with --smoke-test: save the window as PNG")


class _NotQuick(Exception):
    """The small parser met something only the full parser should answer."""


class _QuickParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _NotQuick(message)


def quick_parse(options: list[str]) -> argparse.Namespace | None:
    """``sharedesk gui OPTIONS`` parsed as the full parser would parse it (the same Namespace),
    or None when the full parser must answer: help, an unknown or malformed option."""
    parser = _QuickParser(prog="sharedesk gui", add_help=False)
    add_options(parser)
    try:
        args, extra = parser.parse_known_args(options)
    except _NotQuick:
        return None
    if extra:
        return None
    args.quiet = False  # the main parser's own option; main() has taken --quiet out already
    args.command = "gui"
    args.func = _gui
    return args


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
    # Start-up makes a few hundred thousand objects (PySide's types and enums, the modules, the
    # first screen) and frees almost none: the collector's passes over them find nothing. It
    # is off until the first screen is up; app.run turns it back on (issue 13).
    gc.disable()
    from sharedesk.gui.app import run

    return run(smoke_test=args.smoke_test, screenshot=args.screenshot)
