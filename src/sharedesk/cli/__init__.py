"""The sharedesk command line. Uses the core only; the GUI is imported lazily by `gui`.

Each subcommand lives in its own module with a ``register(subparsers)`` function; add a module
name to ``COMMANDS`` to expose it. Handlers return an exit status. Expected failures raise
SharedeskError and are printed as one line on stderr, never as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from sharedesk import __version__
from sharedesk.core.errors import SharedeskError

COMMANDS = ("gui", "flows", "profile", "org", "vault", "decide", "records", "export", "sync",
            "outbox", "bundle", "import_")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse prints usage + message and exits 2; keep that, but on one line.
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser(commands: Sequence[str] = COMMANDS) -> argparse.ArgumentParser:
    parser = _Parser(prog="sharedesk", description=(
        "Guided, recorded, encrypted decisions on sharing information to safeguard children. "
        "With no command, starts the desktop app."))
    parser.add_argument("--version", action="version", version=f"sharedesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in commands:
        importlib.import_module(f"sharedesk.cli.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # Starting the desktop app registers only `gui`: the other commands import the vault,
    # crypto and export libraries at module level, which would slow the window's first paint.
    starting_gui = not args_list or args_list[0] == "gui"
    parser = build_parser(("gui",) if starting_gui else COMMANDS)
    args = parser.parse_args(args_list or ["gui"])
    try:
        status = int(args.func(args))
    except SharedeskError as exc:
        print(f"sharedesk: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("sharedesk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
