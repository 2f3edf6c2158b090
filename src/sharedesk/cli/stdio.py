"""Command-line conventions shared by every command: ``-`` for stdin and stdout, ``--quiet``.

``-`` as an input file reads standard input (bounded, like a file); ``-`` as an output file
writes standard output as bytes and never creates a file named ``-``. ``--quiet`` silences
``notice`` (progress and what unlocking did, on stderr) and ``confirm`` (a command's "done"
line on stdout); errors, warnings and what a command was asked to print (its ``--json``, the
exported bytes, a record id) are never silenced.
"""

from __future__ import annotations

import sys
from typing import BinaryIO

from sharedesk.core.errors import ExportError, UsageError

STDIO = "-"
_state = {"quiet": False}


def set_quiet(quiet: bool) -> None:
    _state["quiet"] = quiet


def quiet() -> bool:
    return _state["quiet"]


def notice(line: str) -> None:
    """An informational line on stderr (silenced by ``--quiet``)."""
    if not _state["quiet"]:
        print(line, file=sys.stderr, flush=True)


def confirm(line: str) -> None:
    """A confirmation on stdout ("exported 3 record(s) to ..."), silenced by ``--quiet``."""
    if not _state["quiet"]:
        print(line)


def is_stdio(path: str | None) -> bool:
    return path == STDIO


def read_input(path: str, limit: int) -> bytes:
    """Up to ``limit`` + 1 bytes of ``path``, or of standard input for ``-`` (the caller
    refuses more than ``limit``). OSError as UsageError with a one-line reason."""
    if is_stdio(path):
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            raise UsageError("cannot read standard input (there is none)")
        try:
            return bytes(stream.read(limit + 1))
        except OSError as exc:
            raise UsageError(f"cannot read standard input: {exc.strerror or exc}") from None
    try:
        with open(path, "rb") as handle:
            return handle.read(limit + 1)
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None


def input_name(path: str) -> str:
    """How errors name an input: the path, or "<stdin>"."""
    return "<stdin>" if is_stdio(path) else path


class StdoutSink:
    """Standard output as a binary sink: counts what was written; a failed write (full disk,
    closed pipe other than a reader leaving) is an ExportError, one line, exit 1."""

    def __init__(self) -> None:
        sys.stdout.flush()
        stream = getattr(sys.stdout, "buffer", None)
        if stream is None:
            raise UsageError("standard output cannot take bytes here; give --out FILE")
        self._stream: BinaryIO = stream
        self.size = 0

    def write(self, data: bytes) -> int:
        try:
            self._stream.write(data)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise ExportError(f"could not write to standard output ({exc.strerror or exc})")\
                from None
        self.size += len(data)
        return len(data)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise ExportError(f"could not write to standard output ({exc.strerror or exc})")\
                from None
