"""``python -m sharedesk_intake`` runs the command line."""

from __future__ import annotations

import sys

from sharedesk_intake.cli import main

sys.exit(main())
