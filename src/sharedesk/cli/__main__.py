import sys

from sharedesk.cli import main

sys.exit(main())
