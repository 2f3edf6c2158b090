"""PyInstaller entry point: the frozen `sharedesk` executable runs the command line (GUI by default)."""

from __future__ import annotations

import sys

from sharedesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
