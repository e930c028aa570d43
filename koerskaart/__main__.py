"""Allows ``python -m koerskaart``; the real work is in :mod:`koerskaart.cli`."""

import sys

from koerskaart.cli import main

sys.exit(main())
