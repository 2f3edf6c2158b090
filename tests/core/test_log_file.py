"""The log file: rotating, owner-only, and redacted by an allow-list (no record content)."""

from __future__ import annotations

import logging
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from sharedesk.core import log

SECRET = "Jayden Smith, 14 Elm Road: bruising on the left arm"
PASSPHRASE = "tidal yellow garden kettle 42"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = log.configure(tmp_path / "logs")
    assert path is not None
    yield path
    log.stop()


def test_log_lives_in_the_per_user_folder_owner_only(log_file: Path, sharedesk_home: Path) -> None:
    log.event("vault.unlocked", count=1)
    assert log.log_dir() == sharedesk_home / "logs"
    assert stat.S_IMODE(log_file.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    assert "vault.unlocked count=1" in log_file.read_text(encoding="utf-8")


def test_record_text_names_and_passphrases_never_reach_the_file(log_file: Path) -> None:
    log.event("records.saved", record_id="0000-1111", reasons=SECRET, outcome=SECRET,
              kind=PASSPHRASE, count=3)
    log.event(SECRET)  # a caller that put content in the event name
    logging.getLogger("sharedesk.gui").warning("could not save %s", SECRET)
    try:
        raise ValueError(SECRET)
    except ValueError:
        logging.getLogger("sharedesk.core").exception("failed: %s", PASSPHRASE)
    text = log_file.read_text(encoding="utf-8")
    for word in ("Jayden", "Elm", "bruising", "tidal", "kettle"):
        assert word not in text
    assert "records.saved count=3 kind=<redacted> outcome=<redacted> record_id=0000-1111" in text
    assert "sharedesk.gui <message withheld>" in text
    assert log.last_lines(2)[-1].endswith("sharedesk.core <message withheld>")


def test_the_log_rotates_and_new_files_stay_private(log_file: Path) -> None:
    for n in range(log.MAX_BYTES // 40 + 200):
        log.event("bench.tick", count=n)
    rotated = log_file.with_name(log.LOG_FILE + ".1")
    assert rotated.exists() and log_file.stat().st_size <= log.MAX_BYTES
    assert stat.S_IMODE(rotated.stat().st_mode) == 0o600
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
