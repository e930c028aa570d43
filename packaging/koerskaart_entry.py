"""Entry point of the frozen build (PyInstaller runs this file); the real work is in koerskaart.cli."""

import sys

from koerskaart.cli import main

if __name__ == "__main__":
    sys.exit(main())
