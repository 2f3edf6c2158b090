"""`sharedesk gui`: start the desktop app (PySide6 is imported only here, lazily)."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:
    p = sub.add_parser("gui", help="start the desktop app (the default)")
    p.add_argument("--smoke-test", action="store_true",
                   help="show the first screen, wait until idle, then exit 0")
    p.add_argument("--screenshot", metavar="PATH", help="with --smoke-test: save the window as PNG")
    p.set_defaults(func=_gui)


def _gui(args: argparse.Namespace) -> int:
    from sharedesk.gui.app import run

    return run(smoke_test=args.smoke_test, screenshot=args.screenshot)
