"""`capture-wizard kiosk-pin`: make the salted hash of a kiosk's staff PIN for the settings."""

import getpass
import sys
from typing import TextIO

from capture_wizard.core.kiosk import PinError, hash_pin


def kiosk_pin(stdin: TextIO, out: TextIO, err: TextIO) -> int:
    """Asks twice on a terminal; reads one line from a pipe (for provisioning scripts). The
    PIN is never printed, only its hash, as the lines to put in the system settings file."""
    if stdin.isatty():
        pin = getpass.getpass("New staff PIN (4-12 digits): ")
        if getpass.getpass("The same PIN again: ") != pin:
            print("capture-wizard: the two PINs differ; nothing was made", file=err)
            return 2
    else:
        pin = stdin.readline().strip()
    try:
        line = f'admin_pin_hash = "{hash_pin(pin)}"'
    except PinError as exc:
        print(f"capture-wizard: {exc}", file=err)
        return 2
    out.write(f"[kiosk]\n{line}\n")
    return 0


if __name__ == "__main__":
    sys.exit(kiosk_pin(sys.stdin, sys.stdout, sys.stderr))
