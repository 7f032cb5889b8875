"""Screen readers hear the capture screen's instruction when it changes: the wizard runs under
Xvfb in its own D-Bus session with Qt's AT-SPI bridge on, and a separate process listens on
the accessibility bus with pyatspi, as Orca does (atspi_listener.py; what the person does and
hears is atspi_walk.py). Needs dbus-run-session, xvfb-run, at-spi2-core and python3-pyatspi
(scripts/setup.sh --tests installs them)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"
"""pyatspi is a Debian package (python3-pyatspi), importable by the system's Python only."""


def _missing() -> str | None:
    for tool, package in (("dbus-run-session", "dbus-daemon"), ("xvfb-run", "xvfb")):
        if shutil.which(tool) is None:
            return f"{tool} is missing (apt-get install {package})"
    if not Path("/usr/share/dbus-1/services/org.a11y.Bus.service").exists():
        return "the AT-SPI bus is not installed (apt-get install at-spi2-core)"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if probe.returncode != 0:
        return f"{SYSTEM_PYTHON} cannot import pyatspi (apt-get install python3-pyatspi)"
    return None


def test_a_screen_reader_hears_the_instruction_when_it_changes(tmp_path):
    missing = _missing() if Path(SYSTEM_PYTHON).exists() else f"{SYSTEM_PYTHON} is missing"
    if missing:
        pytest.skip(missing)
    heard = tmp_path / "heard.jsonl"
    env = {
        **os.environ,
        "HEARD_FILE": str(heard),
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
    }
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    listener = [SYSTEM_PYTHON, str(HERE / "atspi_listener.py"), str(heard), "--"]
    walk = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        str(HERE / "atspi_walk.py"),
    ]
    done = subprocess.run(
        ["xvfb-run", "-a", "dbus-run-session", "--", *listener, *walk],
        env=env,
        cwd=HERE.parents[1],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-3000:]
    assert "1 passed" in done.stdout, done.stdout[-4000:]
