"""The kiosk as packaging/kiosk/capture-wizard-kiosk.service runs it: the app in cage (a
Wayland kiosk compositor), here on wlroots' headless backend, as an unprivileged user. It
passes when the app logs that its full-screen window is on cage's screen."""

import configparser
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from capture_wizard.core.package.crypto import generate_keypair

ROOT = Path(__file__).resolve().parents[2]
UNIT = ROOT / "packaging" / "kiosk" / "capture-wizard-kiosk.service"
SHOWN = "kiosk window on screen"


def test_the_service_runs_cage_as_an_unprivileged_user_and_restarts():
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str
    unit.read(UNIT)
    service = unit["Service"]
    assert service["User"] not in ("", "root") and service["Restart"] == "always"
    command = service["ExecStart"].split()
    assert command[0].endswith("/cage") and "-s" not in command  # no VT switching
    assert command[command.index("--") + 1 :] == ["/usr/bin/capture-wizard", "--kiosk"]


def _unprivileged() -> list[str]:
    """cage refuses to run as root. As root, a user namespace makes us uid 1000 inside while
    files are still opened as the owner outside (the interpreter may live under /root)."""
    if os.geteuid() != 0:
        return []
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("running as root and `unshare` is missing: cage refuses to run as root")
    probe = subprocess.run(
        [unshare, "--user", "--map-user=1000", "--map-group=1000", "true"], capture_output=True
    )
    if probe.returncode != 0:
        pytest.skip(f"running as root and user namespaces are not allowed here: {probe.stderr}")
    return [unshare, "--user", "--map-user=1000", "--map-group=1000"]


def test_the_app_comes_up_full_screen_in_cage(tmp_path):
    cage = shutil.which("cage")
    if cage is None:
        pytest.skip("cage is not installed (apt-get install cage xwayland)")
    if not Path("/usr/bin/Xwayland").exists():
        pytest.skip("cage 0.1 needs Xwayland (apt-get install xwayland)")
    prefix = _unprivileged()
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'[package]\nrecipients = ["{generate_keypair().recipient}"]\noutbox = "{tmp_path}/out"\n'
        f'[kiosk]\nenabled = true\n[logging]\nfile = "{tmp_path}/app.log"\n'
    )
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND", "DISPLAY"))},
        "HOME": str(tmp_path),
        "XDG_RUNTIME_DIR": str(runtime),
        "WLR_BACKENDS": "headless",
        "WLR_LIBINPUT_NO_DEVICES": "1",
        "WLR_RENDERER": "pixman",  # no GPU here
    }
    app = [sys.executable, "-m", "capture_wizard", "--config", str(config), "--camera", "demo"]
    command = [*prefix, cage, "-d", "--", "env", "QT_QPA_PLATFORM=wayland", *app]
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True
    )
    log = tmp_path / "app.log"
    try:
        deadline = time.monotonic() + 25
        while time.monotonic() < deadline and process.poll() is None:
            if log.exists() and SHOWN in log.read_text():
                break
            time.sleep(0.2)
        shown = log.read_text() if log.exists() else ""
    finally:
        os.killpg(process.pid, signal.SIGTERM)  # as systemd stops the service
        output = process.communicate(timeout=15)[0].decode(errors="replace")
    assert SHOWN in shown, f"no window in cage; cage said:\n{output[-2000:]}\nlog:\n{shown}"
    assert "stopping on signal 15" in log.read_text()  # the photos wiped, a clean exit
