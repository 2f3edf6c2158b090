"""Logging through an allow-list: only named keys with safe values ever reach a log line.

Call ``event("vault.unlocked", record_id=..., count=...)``. Keys outside ``ALLOWED_KEYS`` are
dropped, and values must be ids, numbers, kinds or short codes, never free text: a value longer
than 64 characters or containing whitespace is replaced by ``<redacted>``, and so is an event
name that is not a dotted code. This keeps record content, names and reasons out of logs even
when a caller passes them by mistake.

``configure()`` (called once by the app at start) writes the log to a rotating file in the
per-user log folder (``log_dir()``), owner-only. Its filter lets through only lines made by
``event``: a message logged any other way (by a library, or a stray ``logger.warning(text)``)
is written as its logger name and level with the text withheld.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from pathlib import Path

ALLOWED_KEYS = frozenset({
    "record_id", "bundle_id", "flow_id", "flow_version", "outcome", "status", "kind", "count",
    "attempt", "http_status", "seconds", "ms", "version", "error", "transport", "format",
})
_SAFE = re.compile(r"^[A-Za-z0-9_.:\-/+=]{0,64}$")
_NAME = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)*$")
LOG_FILE = "sharedesk.log"
MAX_BYTES = 256 * 1024
BACKUPS = 3
_EVENT = "sd_event"

logger = logging.getLogger("sharedesk")
logger.addHandler(logging.NullHandler())


def safe_fields(**fields: object) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in fields.items():
        if key not in ALLOWED_KEYS:
            continue
        text = str(value)
        out[key] = text if _SAFE.match(text) else "<redacted>"
    return out


def event(name: str, level: int = logging.INFO, **fields: object) -> None:
    """Log an event by kind with allow-listed fields. Thread-safe (the logging module is)."""
    parts = " ".join(f"{k}={v}" for k, v in sorted(safe_fields(**fields).items()))
    shown = name if _NAME.match(name) and len(name) <= 64 else "<redacted>"
    if _deferred:
        _configure_deferred()
    logger.log(level, "%s %s", shown, parts, extra={_EVENT: True})


def log_dir() -> Path:
    """The per-user log folder: ``logs`` under SHAREDESK_HOME when set (tests, portable
    installs), else platformdirs' user log directory."""
    override = os.environ.get("SHAREDESK_HOME")
    if override:
        return Path(override) / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir("sharedesk", appauthor=False))


class _OnlyEvents(logging.Filter):
    """Lines made by ``event`` pass as they are; any other message is withheld."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not getattr(record, _EVENT, False):
            record.msg, record.args = "%s <message withheld>", (record.name,)
            record.exc_info = record.exc_text = record.stack_info = None
        return True


def _private_rotating_handler(path: Path) -> logging.FileHandler:
    """A rotating file created owner-only (0600), including each new file after rotation.
    (logging.handlers pulls in socket, pickle and queue: imported here, not at start-up.)"""
    import io
    from logging.handlers import RotatingFileHandler

    class PrivateRotatingHandler(RotatingFileHandler):
        def _open(self) -> io.TextIOWrapper:
            fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            return open(fd, "a", encoding=self.encoding or "utf-8")

    return PrivateRotatingHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                  encoding="utf-8")


_handler: logging.FileHandler | None = None
_deferred: list[Path | None] = []  # configure_on_first_event's directory, until it is used
_deferred_lock = threading.Lock()


def configure_on_first_event(directory: Path | None = None) -> None:
    """``configure(directory)`` when the first event is logged (or the log is read), not now:
    the app's start-up logs nothing, and the file handler's module is slow to import."""
    with _deferred_lock:
        _deferred[:] = [directory]


def _configure_deferred() -> None:
    with _deferred_lock:
        if not _deferred:
            return
        directory = _deferred.pop()
        configure(directory)


def configure(directory: Path | None = None, level: int = logging.INFO) -> Path | None:
    """Send sharedesk's log to a rotating file (``MAX_BYTES`` each, ``BACKUPS`` kept) in
    ``directory`` (default ``log_dir()``), created 0700. Returns the file, or None when it cannot
    be written (logging is then left off rather than stopping the app). Calling again moves it."""
    global _handler
    _deferred.clear()
    folder = directory or log_dir()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler = _private_rotating_handler(folder / LOG_FILE)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    handler.addFilter(_OnlyEvents())
    if _handler is not None:
        logger.removeHandler(_handler)
        _handler.close()
    _handler = handler
    logger.addHandler(handler)
    logger.setLevel(level)
    return folder / LOG_FILE


def last_lines(count: int = 50) -> list[str]:
    """The last ``count`` lines of the current log file (already redacted), or none."""
    _configure_deferred()
    if _handler is None:
        return []
    _handler.flush()
    try:
        with open(_handler.baseFilename, encoding="utf-8", errors="replace") as handle:
            return [line.rstrip("\n") for line in handle.readlines()[-count:]]
    except OSError:
        return []


def stop() -> None:
    """Stop writing the log file (tests; the app keeps it until exit)."""
    global _handler
    _deferred.clear()
    if _handler is not None:
        logger.removeHandler(_handler)
        _handler.close()
        _handler = None
