"""Smoke test of a built capture-wizard: the frozen one-folder build, or the installed .deb.

    smoke_test.py PROGRAM        checks the program (e.g. dist/capture-wizard/capture-wizard)
    smoke_test.py --deb FILE     installs the .deb with dpkg (needs root), checks the installed
                                 program, the desktop entry's command on a real X server
                                 (Xvfb) and the kiosk unit (shipped, not enabled), purges it
                                 and checks that nothing was left behind

Each check prints one line; the last line is "smoke: N passed, N failed". Exit status 0 when
all passed. Run it with the project's virtualenv: it renders an MRZ specimen with
capture_wizard itself (the frozen program only reads it).
"""

import argparse
import contextlib
import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"
PORTRAIT = ROOT / "resources" / "specimens" / "astronaut-portrait.jpg"
KIOSK_UNIT = "capture-wizard-kiosk.service"
KIOSK_FILES = {  # installed path: the repository's file it must be
    Path("/usr/lib/systemd/system", KIOSK_UNIT): ROOT / "packaging" / "kiosk" / KIOSK_UNIT,
    Path("/usr/lib/systemd/system-preset/80-capture-wizard.preset"): (
        ROOT / "packaging" / "kiosk" / "80-capture-wizard.preset"
    ),
}
# What `check` says of each bundled sample (scripts/make_samples.py made them so).
SAMPLE_ISSUES = {
    "sample-id-card.jpg": [],
    "sample-id-card-glare.jpg": ["glare"],
    "sample-passport-blurred.jpg": ["blur"],
}
GUI_SECONDS = 4.0


class Failed(Exception):
    pass


def isolated_env(home: Path, **extra: str) -> dict[str, str]:
    """The caller's environment with a fresh home, so the runs touch no real settings or logs."""
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_DIRS=str(home / "etc-xdg"),
    )
    env.pop("QT_QPA_PLATFORM", None)
    env.update(extra)
    return env


def run(command: list[str], env: dict, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout)


def check_version(program: str, env) -> str:
    done = run([program, "--version"], env)
    if done.returncode != 0 or not done.stdout.startswith("capture-wizard "):
        raise Failed(f"--version: exit {done.returncode}: {done.stdout}{done.stderr}")
    return done.stdout.strip()


def check_samples(program: str, env) -> str:
    paths = [str(SAMPLES / name) for name in SAMPLE_ISSUES]
    done = run([program, "check", "--json", *paths], env)
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    got = {Path(line["path"]).name: line["issues"] for line in lines}
    if got != SAMPLE_ISSUES or done.returncode != 1:
        raise Failed(f"check: exit {done.returncode}, {got}; stderr: {done.stderr[-500:]}")
    return "the three samples judged as expected (exit 1: one rejected)"


def check_face(program: str, env) -> str:
    done = run([program, "check", "--face", "--json", str(PORTRAIT)], env)
    line = json.loads(done.stdout)
    if done.returncode != 0 or len(line["faces"]) != 1:
        raise Failed(f"check --face: exit {done.returncode}: {done.stdout[:300]}")
    return "one face found (mediapipe and the bundled BlazeFace model)"


def check_mrz(program: str, env, work: Path) -> str:
    import cv2

    from capture_wizard.core.ocr import mrz_samples

    sample = mrz_samples.render("TD3", seed=3)
    photo = work / "passport-mrz.png"
    cv2.imwrite(str(photo), mrz_samples.on_table(sample.image, seed=3))
    done = run([program, "check", "--read", "--document", "passport", "--json", str(photo)], env)
    mrz = json.loads(done.stdout)["mrz"]
    if not mrz or not mrz["valid"] or tuple(mrz["lines"]) != sample.lines:
        raise Failed(f"check --read: exit {done.returncode}: {done.stdout[:400]}")
    return "an own-render passport's zone read exactly (tesseract and resources/ocr)"


def check_match(program: str, env, work: Path) -> str:
    import cv2

    from capture_wizard.testing import selfie_frame, specimen_frame

    front, selfie = work / "front.jpg", work / "selfie.jpg"
    cv2.imwrite(str(front), specimen_frame())
    cv2.imwrite(str(selfie), selfie_frame())
    command = [program, "check", "--face", "--portrait", str(front), "--json", str(selfie)]
    done = run(command, env)
    match = json.loads(done.stdout).get("match")
    if done.returncode != 0 or not match or not match["same_person"]:
        raise Failed(f"check --portrait: exit {done.returncode}: {done.stdout[:300]}")
    return f"same person, score {match['score']} (dlib in its own process, the models)"


def check_gui(command: list[str], env, log_file: Path, what: str) -> str:
    """Start the wizard with the demo camera, let it run, stop it as a service manager would
    (SIGTERM): it must have shown its window and exit 0 without a traceback."""
    child = subprocess.Popen(
        [*command, "--camera", "demo"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while "wizard shown" not in (log_file.read_text() if log_file.exists() else ""):
        if child.poll() is not None or time.monotonic() > deadline:
            child.kill()
            _, err = child.communicate()
            raise Failed(f"{what}: no window (exit {child.returncode}): {err[-800:]}")
        time.sleep(0.2)
    time.sleep(GUI_SECONDS)
    if child.poll() is not None:
        raise Failed(f"{what}: stopped by itself with exit {child.returncode}")
    child.send_signal(signal.SIGTERM)
    try:
        _, err = child.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        child.kill()
        raise Failed(f"{what}: did not stop on SIGTERM") from None
    if child.returncode != 0 or "Traceback" in err:
        raise Failed(f"{what}: exit {child.returncode}: {err[-800:]}")
    return f"{what}: window shown, ran {GUI_SECONDS:.0f} s, SIGTERM -> exit 0"


@contextlib.contextmanager
def x_server():
    """A real X server (Xvfb) on a free display, for as long as the block runs: its display name."""
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        yield f":{server.stdout.readline().strip()}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def desktop_command(entry: Path) -> list[str]:
    """The Exec line of a .desktop entry, as the menu runs it (no field codes are used)."""
    for line in entry.read_text().splitlines():
        if line.startswith("Exec="):
            return shlex.split(line.removeprefix("Exec="))
    raise Failed(f"{entry}: no Exec line")


class Runner:
    def __init__(self) -> None:
        self.passed = 0
        self.failed = 0

    def __call__(self, name: str, check: Callable[[], str]) -> None:
        start = time.monotonic()
        try:
            said = check()
        except (Failed, subprocess.TimeoutExpired, json.JSONDecodeError, OSError) as exc:
            self.failed += 1
            print(f"FAIL  {name}: {exc}", flush=True)
            return
        self.passed += 1
        print(f"ok    {name} ({time.monotonic() - start:.1f} s): {said}", flush=True)


def check_program(
    check: Runner, program: str, work: Path, menu_entry: bool = False, gui: bool = True
) -> None:
    env = isolated_env(work / "home")
    log_file = work / "home" / ".local" / "state" / "capture-wizard" / "log" / "capture-wizard.log"
    check("version", lambda: check_version(program, env))
    check("check samples", lambda: check_samples(program, env))
    check("check --face", lambda: check_face(program, env))
    check("check --read", lambda: check_mrz(program, env, work))
    check("check --portrait", lambda: check_match(program, env, work))
    if gui:
        gui_env = isolated_env(work / "home", QT_QPA_PLATFORM="offscreen")
        check("gui offscreen", lambda: check_gui([program], gui_env, log_file, "offscreen"))
    if menu_entry:
        log_file.unlink(missing_ok=True)
        command = desktop_command(Path("/usr/share/applications/capture-wizard.desktop"))
        with x_server() as display:
            x_env = isolated_env(work / "home", DISPLAY=display)
            check("menu entry", lambda: check_gui(command, x_env, log_file, "menu entry on X"))


def check_kiosk_unit(work: Path) -> str:
    """The kiosk unit and its preset are installed as in the repository, the unit is not
    enabled, and `systemctl preset` (what an image's first boot does with every unit) leaves it
    disabled: tried on a copy in a scratch root, so this machine's units are not touched."""
    for installed, source in KIOSK_FILES.items():
        if not installed.is_file() or installed.read_bytes() != source.read_bytes():
            raise Failed(f"{installed} is missing or not {source.relative_to(ROOT)}")
    if not shutil.which("systemctl"):
        return f"{KIOSK_UNIT} and its preset installed (no systemctl here to ask about them)"
    scratch = work / "systemd-root"
    for installed in KIOSK_FILES:
        (scratch / installed.parent.relative_to("/")).mkdir(parents=True, exist_ok=True)
        shutil.copy(installed, scratch / installed.relative_to("/"))
    states = []
    for root in ("/", str(scratch)):
        if root != "/":
            run(["systemctl", f"--root={root}", "preset", KIOSK_UNIT], dict(os.environ))
        done = run(["systemctl", f"--root={root}", "is-enabled", KIOSK_UNIT], dict(os.environ))
        states.append(done.stdout.strip() or done.stderr.strip())
    if states != ["disabled", "disabled"]:
        raise Failed(f"{KIOSK_UNIT} installed {states[0]!r}, after preset {states[1]!r}")
    return f"{KIOSK_UNIT} installed, disabled, still disabled after systemctl preset"


def installed_files(package: str) -> list[Path]:
    listing = subprocess.run(["dpkg", "-L", package], capture_output=True, text=True, check=True)
    return [Path(p) for p in listing.stdout.splitlines() if p.startswith("/")]


def check_deb(check: Runner, deb: Path, work: Path) -> None:
    subprocess.run(["dpkg", "--purge", "capture-wizard"], capture_output=True)  # an old run's
    owned: list[Path] = []

    def install() -> str:
        done = subprocess.run(["dpkg", "-i", str(deb)], capture_output=True, text=True)
        if done.returncode != 0:
            raise Failed(f"dpkg -i: {done.stderr[-800:]}")
        owned.extend(p for p in installed_files("capture-wizard") if not p.is_dir())
        if shutil.which("desktop-file-validate"):
            entry = "/usr/share/applications/capture-wizard.desktop"
            valid = run(["desktop-file-validate", entry], dict(os.environ))
            if valid.returncode != 0:
                raise Failed(f"desktop-file-validate: {valid.stdout}{valid.stderr}")
        return f"{len(owned)} files under /opt/capture-wizard, /usr/bin, /usr/share, /usr/lib"

    check("dpkg -i", install)
    if not owned:
        return
    check("kiosk unit", lambda: check_kiosk_unit(work))
    check_program(check, "/usr/bin/capture-wizard", work, menu_entry=True)

    def purge() -> str:
        done = subprocess.run(["dpkg", "--purge", "capture-wizard"], capture_output=True, text=True)
        if done.returncode != 0:
            raise Failed(f"dpkg --purge: {done.stderr[-800:]}")
        left = [p for p in owned if p.exists() or p.is_symlink()]
        if left or Path("/opt/capture-wizard").exists():
            raise Failed(f"left behind: {left[:5]} ...")
        return "every installed file removed, /opt/capture-wizard gone"

    check("dpkg --purge", purge)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("program", nargs="?", help="the built capture-wizard program")
    target.add_argument("--deb", type=Path, help="install, check and purge this .deb (root)")
    parser.add_argument("--skip-gui", action="store_true", help="check the command line only")
    args = parser.parse_args()
    check = Runner()
    with tempfile.TemporaryDirectory(prefix="cw-smoke-") as tmp:
        if args.deb:
            check_deb(check, args.deb, Path(tmp))
        else:
            program = str(Path(args.program).resolve())
            check_program(check, program, Path(tmp), gui=not args.skip_gui)
    print(f"smoke: {check.passed} passed, {check.failed} failed")
    return 0 if check.failed == 0 and check.passed else 1


if __name__ == "__main__":
    sys.exit(main())
