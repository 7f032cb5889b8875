"""The frozen programs' entry point: the same `capture_wizard.cli.main` as the console script."""

import sys

from capture_wizard.cli import main

if __name__ == "__main__":
    sys.exit(main())
