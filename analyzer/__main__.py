"""``python -m analyzer`` runs the ``resume-gap`` command line."""

import sys

from analyzer.cli import main

sys.exit(main())
