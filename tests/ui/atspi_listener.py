"""A screen reader's ears, for test_announcements_atspi.py: run by the system's python3 (with
python3-pyatspi) inside the test's D-Bus session. It listens on the accessibility bus for
announcements and accessible-name changes, writes each as one JSON line to HEARD_FILE as it
arrives, runs COMMAND (the wizard) and exits with its status when it ends.

    atspi_listener.py HEARD_FILE -- COMMAND...
"""

import json
import subprocess
import sys

import pyatspi
from gi.repository import GLib

EVENTS = ("object:announcement", "object:property-change:accessible-name")
LIMIT_SECONDS = 120
"""The wizard is stopped if it runs longer (a hung test must not hang the suite)."""


def main() -> int:
    heard_file, separator, *command = sys.argv[1:]
    assert separator == "--" and command, __doc__
    out = open(heard_file, "w", encoding="utf-8")  # noqa: SIM115 (open for the whole run)

    def heard(event) -> None:
        try:
            source = event.source.name  # asked of the app over D-Bus: it may have gone
        except Exception:
            source = None
        line = {"type": event.type, "text": str(event.any_data), "source": source}
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
        out.flush()

    for kind in EVENTS:
        pyatspi.Registry.registerEventListener(heard, kind)
    app = subprocess.Popen(command)  # Qt learns of listeners registered later, too
    status = {}

    def check() -> bool:
        if app.poll() is None:
            return True
        status["code"] = app.returncode
        pyatspi.Registry.stop()
        return False

    def too_long() -> bool:
        app.kill()
        status.setdefault("code", 1)
        pyatspi.Registry.stop()
        return False

    GLib.timeout_add(100, check)
    GLib.timeout_add_seconds(LIMIT_SECONDS, too_long)
    pyatspi.Registry.start()
    return status.get("code", 1)


if __name__ == "__main__":
    sys.exit(main())
