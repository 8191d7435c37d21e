"""Allows ``python -m bakeryplan``."""

import sys

from bakeryplan.cli import main

sys.exit(main())
