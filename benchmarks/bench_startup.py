"""Start-up time: from launching `capture-wizard` (a new Python process) to its first window
on the screen, several runs (bar: <= 1.5 s on this 2-core machine).

Each run is a fresh process that starts the GUI exactly as the console command does
(`capture_wizard.cli.main`, Qt's offscreen platform, a throwaway config and outbox) and
quits once the event loop has shown the window.

`--cold` makes the first run a first launch after installing on a freshly started computer:
the project's bytecode is emptied and compiled again as an installation compiles it
(scripts/setup.sh, pip, the .deb and the frozen build all do), and the operating system's file
cache is dropped (as root; otherwise it says so and the run is only bytecode-cold).
`--uncompiled` leaves the project's bytecode empty for the first run instead (a source tree
started before anything compiled it).

    .venv/bin/python benchmarks/bench_startup.py [--runs 7] [--cold] [--uncompiled]
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

def first_window():
    print(f"shown {time.time():.6f}", flush=True)

# Ends the event loop once it runs (after first_window: zero timers go in order). exit(0), as
# quit() would close the windows first, which may ask.
run = QApplication.exec
def run_then_end(*_app):
    QTimer.singleShot(0, lambda: QApplication.instance().exit(0))
    return run()
QApplication.exec = run_then_end

def timed(show):
    def shown(self):
        show(self)
        QTimer.singleShot(0, first_window)
    return shown

# However the window is shown: plainly, maximised to fit the screen, or full screen (kiosk).
for name in ("show", "showMaximized", "showFullScreen"):
    setattr(QWidget, name, timed(getattr(QWidget, name)))
from capture_wizard import cli
sys.exit(cli.main(["--config", sys.argv[1]]))
"""
"""PySide6 is imported before the clock could matter to it: run_gui imports it first anyway."""

BAR_SECONDS = 1.5


def run_once(env: dict, config: Path) -> tuple[float, str]:
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(config)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("shown ")]
    if not lines:
        raise RuntimeError(f"the wizard did not show a window:\n{done.stderr[-2000:]}")
    return float(lines[0].split()[1]) - started, done.stderr


def _drop_file_cache() -> str:
    os.sync()
    try:
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError as error:
        return f"kept warm ({error.strerror}: dropping it needs root)"
    return "dropped"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cold", action="store_true", help="first launch after installing")
    parser.add_argument("--uncompiled", action="store_true", help="with --cold: no bytecode")
    args = parser.parse_args()
    root = Path(__file__).resolve().parents[1]
    if args.cold:
        for cache in (root / "src").rglob("__pycache__"):
            shutil.rmtree(cache)
        if not args.uncompiled:
            subprocess.run(
                [sys.executable, "-m", "compileall", "-q", str(root / "src")], check=True
            )
        print(f"operating system's file cache: {_drop_file_cache()}")
    with tempfile.TemporaryDirectory() as home:
        config = Path(home) / "config.toml"
        config.write_text(f'[package]\nallow_unencrypted = true\noutbox = "{home}/outbox"\n')
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home)
        env["XDG_CONFIG_HOME"] = str(Path(home) / ".config")
        times = []
        for number in range(args.runs):
            seconds, _ = run_once(env, config)
            times.append(seconds)
            label = "cold" if args.cold and number == 0 else "warm"
            print(f"run {number + 1}: {seconds:.2f} s ({label})")
    warm = times[1:] if args.cold else times
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    print(
        f"launch to first window: median {statistics.median(warm):.2f} s, min {min(warm):.2f} s, "
        f"max {max(warm):.2f} s over {len(warm)} warm runs"
        + (f"; cold {times[0]:.2f} s" if args.cold else "")
        + f" (bar <= {BAR_SECONDS} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
