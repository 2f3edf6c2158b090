"""Run the sharedesk command line of the tree under test as a real process: the one way the
subprocess tests start it (issue 12: some ran whatever sharedesk was installed).

``CLI`` is the command prefix (``[*CLI, "vault", "verify"]``) for tests that need Popen or
their own stdin/stdout; ``run_cli`` covers the common case.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

TREE = Path(__file__).resolve().parent.parent
CLI = [sys.executable, str(TREE / "tests" / "tree_cli.py")]


def run_cli(*args: str, timeout: float = 180, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """``sharedesk ARGS`` from this tree; text output captured unless the caller says otherwise;
    never raises on a non-zero exit (tests assert the status)."""
    if "stdout" not in kwargs and "stderr" not in kwargs:
        kwargs.setdefault("capture_output", True)
    kwargs.setdefault("text", True)
    return subprocess.run([*CLI, *args], timeout=timeout, check=False, **kwargs)
