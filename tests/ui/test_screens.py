"""The app on screens of a given size (Qt's offscreen platform with a screen layout): the
window fits a small screen, and a kiosk fills the screen kiosk.screen names."""

import json
import os
import re
import signal
import subprocess
import sys
import time

import pytest

from capture_wizard.core.package.crypto import generate_keypair


def _run_until(tmp_path, screens, settings: str, wanted: str) -> str:
    """Start the app on these screens; return its log once it says `wanted` (or fail)."""
    layout = tmp_path / "screens.json"
    layout.write_text(json.dumps({"screens": screens}))
    config = tmp_path / "app.toml"
    log = tmp_path / "app.log"
    config.write_text(
        f'[package]\nrecipients = ["{generate_keypair().recipient}"]\noutbox = "{tmp_path}/out"\n'
        f'[logging]\nfile = "{log}"\n{settings}'
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={layout}"}
    command = [sys.executable, "-m", "capture_wizard", "--config", str(config), "--camera", "demo"]
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and process.poll() is None:
            if log.exists() and wanted in log.read_text():
                break
            time.sleep(0.2)
    finally:
        process.send_signal(signal.SIGTERM)  # as a service manager stops it
        err = process.communicate(timeout=15)[1].decode(errors="replace")
    assert process.returncode == 0, err[-1500:]
    text = log.read_text() if log.exists() else ""
    assert wanted in text, f"{wanted!r} not in the log:\n{text}\nstderr:\n{err[-1500:]}"
    return text


def _screen(name: str, x: int, width: int, height: int) -> dict:
    return {"name": name, "x": x, "y": 0, "width": width, "height": height, "logicalDpi": 96}


@pytest.mark.parametrize(
    ("width", "height", "shown"),
    [(1280, 800, (1272, 792)), (1024, 600, (1016, 592)), (1920, 1080, (1536, 864))],
)
def test_the_window_fits_the_screen_it_opens_on(tmp_path, width, height, shown):
    """Small screens: maximised, inside the platform's window frame; large: 80 %."""
    log = _run_until(tmp_path, [_screen("OFF-1", 0, width, height)], "", "wizard shown")
    size = re.search(r"wizard shown \(demo camera\) at (\d+)x(\d+)", log)
    w, h = int(size[1]), int(size[2])
    assert shown[0] <= w <= width and shown[1] <= h <= height, (w, h)


def test_a_kiosk_fills_the_screen_its_settings_name(tmp_path):
    screens = [_screen("OFF-1", 0, 1280, 800), _screen("OFF-2", 1280, 1920, 1080)]
    _run_until(
        tmp_path,
        screens,
        '[kiosk]\nenabled = true\nscreen = "OFF-2"\n',
        "kiosk window on screen OFF-2, 1920x1080",
    )
