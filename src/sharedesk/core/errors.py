"""Errors the user can act on.

Every error that reaches a person derives from :class:`SharedeskError`; its ``str()`` is one line
of plain words with no record content. The CLI and GUI print that line and never a traceback.
"""

from __future__ import annotations


class SharedeskError(Exception):
    """Base class: an expected failure with a one-line message fit to show a user."""

    exit_code = 1

    def __str__(self) -> str:
        text = super().__str__()
        return " ".join(text.split())  # always one line


class UsageError(SharedeskError):
    """The request itself is wrong (unknown id, missing argument, bad value)."""

    exit_code = 2


class DataFileError(SharedeskError):
    """A shipped data file (flow, reference library) is malformed. Names file, line and item."""

    exit_code = 2

    def __init__(self, message: str, *, file: str = "", line: int | None = None,
                 node: str | None = None) -> None:
        self.file = file
        self.line = line
        self.node = node
        self.message = message
        super().__init__(self.format())

    def format(self) -> str:
        where = self.file or "<flow>"
        if self.line is not None:
            where += f":{self.line}"
        node = f" {self.node}:" if self.node else ""
        return f"{where}:{node} {self.message}"


class FlowError(DataFileError):
    """A flow file is malformed or its graph is broken. Names file, line and node."""


class ReferenceDataError(DataFileError):
    """A reference library file (resources/help) is malformed. Names file, line and entry id."""


class FlowErrors(SharedeskError):
    """Several flow problems found at once (the validator reports them all)."""

    exit_code = 2

    def __init__(self, errors: list[FlowError]) -> None:
        self.errors = errors
        super().__init__("; ".join(e.format() for e in errors))


class AnswerError(SharedeskError):
    """An answer does not fit the current step (value not offered, node missing an answer)."""

    exit_code = 2


class ProfileError(SharedeskError):
    """An organisation profile or key file is malformed, unsigned when it must be, or tampered.

    The message starts with ``file:line:`` where the line is known.
    """

    exit_code = 2
