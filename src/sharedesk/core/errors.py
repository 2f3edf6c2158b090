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


class VaultError(SharedeskError):
    """Base for vault failures. Messages name the vault file, never record content."""


class WrongPassphrase(VaultError):
    """The passphrase (or recovery identity) does not unlock this vault. Nothing was changed."""

    exit_code = 3


class NotAVault(VaultError):
    """The file is missing, is not a sharedesk vault, or its key file is missing or unreadable."""


class VaultCorrupt(VaultError):
    """The vault is damaged or tampered with (integrity check, audit chain or schema)."""

    exit_code = 4


class VaultLocked(VaultError):
    """The vault is closed (locked) or busy in another process; unlock or retry."""


class VaultExists(VaultError):
    """Refusing to create a vault over an existing one."""

    exit_code = 2


class VaultWriteError(VaultError):
    """A save could not be written (disk full, read-only, no permission). Earlier data is intact."""


class RecordNotFound(UsageError):
    """No record or draft with that id."""


class RecordPurged(RecordNotFound):
    """The record's content was purged after the retention period; only its stub remains."""


class RecordInvalid(SharedeskError):
    """A record cannot be finalised or amended: ``problems`` lists (field, message) pairs."""

    exit_code = 2

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        self.problems = list(problems)
        text = "; ".join(f"{name}: {message}" for name, message in self.problems)
        super().__init__(f"the record is not complete: {text}" if text else "the record is invalid")


class RecordContradictsPath(SharedeskError):
    """A record's field says something other than the answer its path gave (the path answered
    'yes' to consent, the record says 'refused'). Exit 1; nothing is written."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(f"{name}: {message}" for name, message in self.problems)
                         + "; nothing was written")


class ExportError(SharedeskError):
    """An export could not be produced (bad recipient, missing flow, unwritable destination)."""


class ExportCancelled(SharedeskError):
    """The user cancelled a long export or sync; nothing was written or marked."""


class BundleError(SharedeskError):
    """A bundle cannot be trusted or opened: wrong identity, bad signature, hash mismatch,
    truncation. Nothing from it is written or imported."""


class BundleConflict(BundleError):
    """A bundle's record differs from the finalised copy already held (its content hash does
    not match): the bundle is refused whole and nothing is imported."""


class SyncError(SharedeskError):
    """An upload or folder delivery failed; the outbox keeps the bundle and says why."""


class OutputLost(SharedeskError):
    """The command's output could not be written (stdout on a full disk, a broken device).

    What the command did is complete (a decision recorded, a backup written): only the printed
    result is lost. The CLI exits with its own status, 5, so a script can tell this apart.
    """

    exit_code = 5
