"""The GUI stops cleanly when its service manager (SIGTERM) or Ctrl+C (SIGINT) asks it to."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_the_gui_exits_0_on_a_stop_signal(signum):
    log_file = Path(os.environ["XDG_STATE_HOME"]) / "capture-wizard" / "log" / "capture-wizard.log"
    child = subprocess.Popen(
        [sys.executable, "-m", "capture_wizard", "--camera", "demo"],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while "wizard shown" not in (log_file.read_text() if log_file.exists() else ""):
        assert child.poll() is None, child.communicate()[1]
        assert time.monotonic() < deadline, "the window never came up"
        time.sleep(0.1)  # polling a file another process writes; no signal to wait on
    child.send_signal(signum)
    _, err = child.communicate(timeout=30)
    assert child.returncode == 0, err
    assert "Traceback" not in err
    assert f"stopping on signal {int(signum)}" in log_file.read_text()
