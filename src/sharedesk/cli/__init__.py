"""The sharedesk command line. Uses the core only; the GUI is imported lazily by `gui`.

Each subcommand lives in its own module with a ``register(subparsers)`` function; add a module
name to ``COMMANDS`` to expose it. Handlers return an exit status. Expected failures raise
SharedeskError and are printed as one line on stderr, never as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from sharedesk import __version__
from sharedesk.cli.exits import epilog
from sharedesk.cli.stdio import set_quiet
from sharedesk.core.errors import OutputLost, SharedeskError

COMMANDS = ("gui", "flows", "profile", "org", "vault", "decide", "records", "export", "sync",
            "outbox", "bundle", "import_", "device", "devices", "countersign", "inbox",
            "completion")
_QUIET = ("-q", "--quiet")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse prints usage + message and exits 2; keep that, but on one line.
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser(commands: Sequence[str] = COMMANDS) -> argparse.ArgumentParser:
    parser = _Parser(prog="sharedesk", description=(
        "Guided, recorded, encrypted decisions on sharing information to safeguard children. "
        "With no command, starts the desktop app."), epilog=epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"sharedesk {__version__}")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="no progress or confirmations (errors and warnings still shown)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in commands:
        importlib.import_module(f"sharedesk.cli.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # --quiet is global and may come anywhere (`sharedesk export ... --quiet`), so it is taken
    # out here; the main parser declares it only for --help.
    end = args_list.index("--") if "--" in args_list else len(args_list)
    set_quiet(any(a in _QUIET for a in args_list[:end]))
    args_list = [a for a in args_list[:end] if a not in _QUIET] + args_list[end:]
    # Starting the desktop app registers only `gui`: the other commands import the vault,
    # crypto and export libraries at module level, which would slow the window's first paint.
    starting_gui = not args_list or args_list[0] == "gui"
    stdout = sys.stdout
    # Not around the desktop app: a failed print inside a Qt slot must not end the session.
    # None under pythonw (the Windows GUI launcher).
    if stdout is not None and not starting_gui:
        sys.stdout = _Output(stdout)  # type: ignore[assignment]
    try:
        if starting_gui:
            from sharedesk.cli.gui import quick_parse

            # The gui's options alone (the whole parser's tree costs the window's first paint
            # milliseconds); None for anything only the full parser answers (--help, errors).
            quick = quick_parse(args_list[1:])
            if quick is not None:
                parsed = quick
                return _run(lambda: parsed)
        parser = build_parser(("gui",) if starting_gui else COMMANDS)
        return _run(lambda: parser.parse_args(args_list or ["gui"]))
    finally:
        sys.stdout = stdout


def _run(parse: Callable[[], argparse.Namespace]) -> int:
    try:
        args = parse()
        status = int(args.func(args))
        # Flushed here, not at exit: Python's own flush at exit turns a full disk into a
        # traceback and a bare status 120 after the command has already done its work.
        sys.stdout.flush()
    except OutputLost as exc:
        _discard_stdout()
        _say(f"sharedesk: error: {exc}")
        return exc.exit_code
    except SharedeskError as exc:
        _say(f"sharedesk: error: {exc}")
        return exc.exit_code
    except KeyboardInterrupt:
        _say("sharedesk: interrupted")
        return 130
    except BrokenPipeError:
        _discard_stdout()
        return 0
    return status


def _say(line: str) -> None:
    """One line on stderr; if even stderr cannot be written, the exit status must say it."""
    try:
        print(line, file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass


class _Output:
    """stdout for one command: a failed write (ENOSPC, EIO) raises OutputLost.

    A reader that went away (BrokenPipeError, ``sharedesk records | head``) is not an error.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except UnicodeEncodeError:
            # A file name that is not valid UTF-8 reaches Python as lone surrogates; a strict
            # stdout (any UTF-8 locale but C) cannot encode them: show them escaped instead.
            encoding = getattr(self._stream, "encoding", None) or "utf-8"
            return self.write(text.encode(encoding, "backslashreplace").decode(encoding))
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _lost(exc) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _lost(exc) from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _lost(exc: OSError) -> OutputLost:
    return OutputLost(f"could not write the output ({exc.strerror or exc}); anything the "
                      "command recorded or saved is kept")


def _discard_stdout() -> None:
    """Point the process's stdout at /dev/null so the flush at exit cannot fail again.

    Only when the command wrote to the process's own stdout (not a test's captured stream).
    """
    stream = getattr(sys.stdout, "_stream", sys.stdout)
    if sys.__stdout__ is None or stream is not sys.__stdout__:
        return
    try:
        fd = sys.__stdout__.fileno()
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, fd)
        os.close(devnull)
    except (OSError, ValueError):  # no real descriptor (a test's captured stream)
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
