"""age encryption for bundles (pyrage): recipients, identities, streaming, clear errors.

Encryption to X25519 recipients streams: the caller writes plaintext into a bounded in-memory
pipe and a worker thread runs ``pyrage.encrypt_io`` from that pipe into the destination, so
plaintext never touches disk and is never held whole in memory. pyrage offers passphrase
(scrypt) encryption for whole byte strings only, so that path holds the ZIP once in memory.
The output is standard age: ``age -d -i KEY`` (or ``age -d`` with the passphrase) opens it.
"""

from __future__ import annotations

import collections
import io
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import pyrage
from pyrage import x25519

from sharedesk.core.errors import BundleError, ExportError, UsageError

if TYPE_CHECKING:
    from typing_extensions import Buffer

_PIPE_LIMIT = 4 << 20  # bytes queued between the ZIP writer and the encrypting thread


def parse_recipients(texts: Iterable[str]) -> list[x25519.Recipient]:
    """age X25519 recipients (``age1...``); UsageError naming the first bad one."""
    out = []
    for text in texts:
        try:
            out.append(x25519.Recipient.from_str(text.strip()))
        except Exception:  # pyrage's error types are not a stable API
            shown = text if len(text) <= 70 else text[:67] + "..."
            raise UsageError(f"{shown!r} is not an age X25519 public key (age1...)") from None
    return out


def parse_identities(text: str, source: str = "identity file") -> list[x25519.Identity]:
    """Every ``AGE-SECRET-KEY-1...`` line of an age identity file (comments ignored)."""
    found = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            found.append(x25519.Identity.from_str(line))
        except Exception:
            raise UsageError(f"{source} holds a line that is not an age identity "
                             "(AGE-SECRET-KEY-1...)") from None
    if not found:
        raise UsageError(f"{source} holds no age identity (AGE-SECRET-KEY-1...)")
    return found


def load_identities(path: str | Path) -> list[x25519.Identity]:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read identity file {path}: {exc.strerror or exc}") from None
    if len(data) > 64 * 1024:
        raise UsageError(f"{path} is too large to be an age identity file")
    try:
        return parse_identities(data.decode("utf-8"), str(path))
    except UnicodeDecodeError:
        raise UsageError(f"{path} is not an age identity file (not text)") from None


class _ReaderGone(BrokenPipeError):
    """Raised to the producer when the encrypting thread has stopped early."""


class _Pipe(io.RawIOBase):
    """A bounded byte pipe between one writer thread and one reader (pyrage) thread."""

    def __init__(self) -> None:
        super().__init__()
        self._cond = threading.Condition()
        self._chunks: collections.deque[bytes] = collections.deque()
        self._size = 0
        self._eof = False
        self._abort = False
        self._reader_gone = False

    def readable(self) -> bool:
        return True

    def writable(self) -> bool:
        return True

    def write(self, data: Buffer) -> int:
        chunk = bytes(data)
        if not chunk:
            return 0  # an empty chunk would read as end of file
        with self._cond:
            while self._size >= _PIPE_LIMIT and not self._reader_gone:
                self._cond.wait()
            if self._eof:
                return len(chunk)  # a ZipFile closed late by the garbage collector: drop it
            if self._reader_gone:
                raise _ReaderGone("the encrypting side stopped")
            self._chunks.append(chunk)
            self._size += len(chunk)
            self._cond.notify_all()
        return len(chunk)

    def finish(self, *, abort: bool = False) -> None:
        with self._cond:
            self._eof, self._abort = True, abort
            self._cond.notify_all()

    def read(self, size: int | None = -1) -> bytes:
        with self._cond:
            while not self._chunks and not self._eof:
                self._cond.wait()
            if self._abort:
                raise OSError("export abandoned")
            if not self._chunks:
                return b""
            chunk = self._chunks.popleft()
            if size is not None and 0 <= size < len(chunk):
                chunk, rest = chunk[:size], chunk[size:]
                self._chunks.appendleft(rest)
            self._size -= len(chunk)
            self._cond.notify_all()
            return chunk

    def reader_done(self) -> None:
        with self._cond:
            self._reader_gone = True
            self._cond.notify_all()


def encrypt_stream(produce: Callable[[BinaryIO], None], sink: BinaryIO,
                   recipients: Sequence[x25519.Recipient]) -> None:
    """Run ``produce(plain_writer)`` on this thread while encrypting what it writes into ``sink``.

    Exceptions from ``produce`` propagate after the encrypting thread has stopped; a failure on
    the encrypting side (for example a full disk) is raised as ExportError.
    """
    pipe = _Pipe()
    failure: list[BaseException] = []

    def guarded_write(data: bytes) -> int:
        # pyrage (1.x) drops an error raised by the last write of a short stream, so errors
        # are recorded here as well and reported whatever pyrage says.
        try:
            return sink.write(data)
        except BaseException as exc:
            failure.append(exc)
            raise

    class _Sink:
        write = staticmethod(guarded_write)
        flush = staticmethod(sink.flush)

    def encrypt() -> None:
        try:
            pyrage.encrypt_io(pipe, _Sink(), list(recipients))
        except BaseException as exc:  # reported on the caller's thread below
            failure.append(exc)
        finally:
            pipe.reader_done()

    worker = threading.Thread(target=encrypt, name="sharedesk-age-encrypt", daemon=True)
    worker.start()
    try:
        # Coalesce the ZIP writer's many small writes into large chunks for the pipe.
        buffered = io.BufferedWriter(pipe, buffer_size=1 << 16)
        produce(buffered)
        buffered.flush()
    except BaseException as exc:
        pipe.finish(abort=True)
        worker.join()
        if not (failure and isinstance(exc, _ReaderGone)):
            raise  # cancelled, or produce failed on its own
    else:
        pipe.finish()
        worker.join()
    if failure:  # the encrypting side failed first; what produce saw is only a consequence
        raise ExportError(f"could not encrypt the bundle: {_describe(failure[0])}") from None


def _describe(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    if isinstance(exc, pyrage.EncryptError) and "Errno" in str(exc):
        return str(exc).split("]", 1)[-1].strip()
    return str(exc) or type(exc).__name__


def encrypt_passphrase(plain: bytes, passphrase: str) -> bytes:
    if not passphrase:
        raise UsageError("a passphrase is needed when no recipient key is given")
    return bytes(pyrage.passphrase.encrypt(plain, passphrase))


def decrypt(source: BinaryIO, identities: Sequence[x25519.Identity] = (),
            passphrase: str | None = None) -> bytes:
    """The plaintext of a seekable age stream, or BundleError saying plainly why not."""
    head = source.read(512)
    source.seek(0)
    if not head.startswith(b"age-encryption.org/v1\n"):
        raise BundleError("not an age-encrypted bundle (bad header); is this the right file?")
    is_scrypt = b"\n-> scrypt " in head
    if passphrase is not None and not is_scrypt:
        raise BundleError("this bundle is encrypted to keys, not to a passphrase; use an identity")
    if passphrase is None and is_scrypt:
        raise BundleError("this bundle is encrypted with a passphrase, not to a key")
    try:
        if passphrase is not None:  # pyrage has no streaming passphrase API
            return bytes(pyrage.passphrase.decrypt(source.read(), passphrase))
        plain = io.BytesIO()
        pyrage.decrypt_io(source, plain, list(identities))
        return plain.getvalue()
    except (pyrage.DecryptError, OSError) as exc:  # decrypt_io reports bad chunks as OSError
        raise BundleError(_explain(str(exc), passphrase is not None)) from None


def _explain(message: str, with_passphrase: bool) -> str:
    lowered = message.lower()
    if "no matching keys" in lowered:
        return ("this bundle is not addressed to this identity (none of its keys match); "
                "ask the sender which key it was encrypted to")
    if with_passphrase and lowered == "decryption failed":
        return "wrong passphrase for this bundle (or its header is damaged)"
    return "the bundle is truncated or damaged (age could not decrypt it)"
