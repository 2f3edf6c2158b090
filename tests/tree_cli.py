"""``python tests/tree_cli.py ARGS``: the sharedesk command line of the tree these tests are in.

``python -m sharedesk.cli`` runs whichever sharedesk the interpreter has installed, which need
not be this checkout (another clone's editable install, a wheel). This puts this tree's src/
first on sys.path, so a subprocess test always exercises the code under test
(tests/clirun.py; tests/test_clirun.py proves it).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from sharedesk.cli import main

sys.exit(main())
