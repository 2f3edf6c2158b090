"""The app opens its log file with the first event, not at start-up (issue 13: the rotating
handler's module costs the first screen several ms), and nothing logged is lost by it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sharedesk.core import log

SRC = Path(__file__).resolve().parents[2] / "src"


def test_the_file_opens_with_the_first_event(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    log.configure_on_first_event(folder)
    try:
        assert not (folder / log.LOG_FILE).exists()
        log.event("gui.locked", kind="user", count=0)
        assert "gui.locked count=0 kind=user" in (folder / log.LOG_FILE).read_text("utf-8")
    finally:
        log.stop()


def test_reading_the_log_opens_it_too(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    log.configure_on_first_event(folder)
    try:
        assert log.last_lines() == []
        assert (folder / log.LOG_FILE).exists()  # diagnostics name a log that is there
    finally:
        log.stop()


def test_deferring_loads_no_handler_module(tmp_path: Path) -> None:
    script = ("import sys; from pathlib import Path; from sharedesk.core import log; "
              f"log.configure_on_first_event(Path({str(tmp_path)!r})); "
              "print('logging.handlers' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"}, check=True)
    assert out.stdout.strip() == "False"
