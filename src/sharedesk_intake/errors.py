"""Errors an administrator can act on: one line of plain words, printed by the CLI without a traceback."""

from __future__ import annotations


class IntakeError(Exception):
    """An expected failure (bad argument, unreadable key file, database unreachable)."""

    exit_code = 1

    def __str__(self) -> str:
        return " ".join(super().__str__().split())


class UsageError(IntakeError):
    exit_code = 2


class SchemaError(IntakeError):
    """The database schema is missing or newer than this program."""
