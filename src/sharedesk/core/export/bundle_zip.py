"""Reading the ZIP inside a decrypted bundle without trusting it: bounded, one-line errors.

zipfile raises a zoo of exceptions on a damaged archive (BadZipFile, struct.error, ValueError,
EOFError, NotImplementedError, UnicodeDecodeError, OverflowError...), and will happily inflate a
"zip bomb". Here every read has a cap given by the caller and is streamed in chunks, an entry
may only be stored or deflated (whose decompressor honours the cap), the number of entries is
bounded before zipfile parses the central directory, and every failure is one BundleError line.
Pure functions of the bytes given; safe from any thread.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import zipfile
from collections.abc import Iterator

from sharedesk.core.errors import BundleError

MAX_FILES = 250_000
_CENTRAL_ENTRY = b"PK\x01\x02"  # every central-directory entry zipfile parses starts with it
_CHUNK = 1 << 20
_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)  # what sharedesk writes


@contextlib.contextmanager
def damaged(what: str) -> Iterator[None]:
    """Turn any failure of zipfile while doing ``what`` into one BundleError line."""
    try:
        yield
    except (BundleError, MemoryError):
        raise
    except Exception:  # zipfile's errors on hostile input are not a closed set
        raise BundleError(f"the bundle decrypted, but its ZIP is damaged ({what})") from None


class BundleZip:
    """The entries of a decrypted bundle's ZIP, read with caps. ``plain`` is the whole ZIP."""

    def __init__(self, plain: bytes) -> None:
        # zipfile builds an object per central-directory entry before anyone can look at the
        # count; the signature count bounds how many it can build, so a tiny ZIP claiming a
        # million entries is refused before it costs memory.
        if plain.count(_CENTRAL_ENTRY) > MAX_FILES + 16:
            raise BundleError("the bundle holds implausibly many files; refusing to open it")
        with damaged("central directory"):
            self._zip = zipfile.ZipFile(io.BytesIO(plain))
            infos = self._zip.infolist()
        self.names = [i.filename for i in infos]
        if len(set(self.names)) != len(self.names):
            raise BundleError("the bundle holds the same file name twice")
        self._infos = {i.filename: i for i in infos}

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> BundleZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def chunks(self, name: str, limit: int) -> Iterator[bytes]:
        """The entry's bytes in chunks; BundleError once it holds more than ``limit`` bytes."""
        info = self._infos.get(name)
        if info is None:
            raise BundleError(f"the bundle is missing {name}")
        if info.compress_type not in _METHODS or info.flag_bits & 0x1:
            raise BundleError(f"{name} in the bundle is stored in a way sharedesk never writes")
        seen = 0
        with damaged(name), self._zip.open(info) as handle:
            while True:
                chunk = handle.read(min(_CHUNK, limit + 1 - seen))
                if not chunk:
                    return
                seen += len(chunk)
                if seen > limit:
                    raise BundleError(f"{name} in the bundle expands to more than {limit} "
                                      "bytes (its signed size or the limit); refusing to "
                                      "expand it further")
                yield chunk

    def read(self, name: str, limit: int) -> bytes:
        return b"".join(self.chunks(name, limit))

    def read_checked(self, name: str, size: int, sha256: str, keep: bool) -> bytes | None:
        """The entry, which must be exactly ``size`` bytes with that SHA-256 (hex); its bytes
        if ``keep``, else None (then it is hashed as it streams and never held whole)."""
        digest, held, total = hashlib.sha256(), [], 0
        for chunk in self.chunks(name, size):
            digest.update(chunk)
            total += len(chunk)
            if keep:
                held.append(chunk)
        if total != size or digest.hexdigest() != sha256:
            raise BundleError(f"{name} does not match the SHA-256 in the signed manifest")
        return b"".join(held) if keep else None
