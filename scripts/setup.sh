#!/usr/bin/env bash
# Idempotent set-up for Debian/Ubuntu: system packages, the virtualenv, the project with its
# extras. Installs only what is missing; safe to run again and again.
set -euo pipefail
cd "$(dirname "$0")/.."

# tesseract-ocr: OCR checks; the Qt xcb/EGL runtime and libpulse0: the GUI and QtMultimedia;
# xvfb: screenshots and GUI tests on machines without a display; age: the back office's
# decryption tool, used by the tests to prove packages open with it. "a|b" = first one that exists
# (package names differ between Debian and Ubuntu releases).
SYSTEM_PACKAGES=(
  python3 python3-venv tesseract-ocr tesseract-ocr-eng xvfb xauth libpulse0 age
  libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  "libglib2.0-0t64|libglib2.0-0" libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xfixes0 libxcb-xkb1
)

# With --tests: chromium, the real browser of the phone page's end-to-end test (Playwright
# drives it; its own browser downloads are not used); binutils, whose objdump PyInstaller needs
# for the frozen build that CI smoke-tests (packaging/README.md); cage (with the Xwayland it
# needs, and the Wayland client libraries Qt's wayland platform loads): the kiosk service's
# compositor, started headless by tests/ui/test_cage_kiosk.py; at-spi2-core and python3-pyatspi:
# the accessibility bus and a screen reader's ears (tests/ui/test_announcements_atspi.py).
if [ "${1:-}" = "--tests" ]; then
  SYSTEM_PACKAGES+=("chromium|chromium-browser" binutils cage xwayland libwayland-client0
    libwayland-cursor0 at-spi2-core python3-pyatspi)
fi

have_package() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }

if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  missing=()
  updated=""
  for spec in "${SYSTEM_PACKAGES[@]}"; do
    IFS='|' read -r -a choices <<<"$spec"
    found=""
    for name in "${choices[@]}"; do
      if have_package "$name"; then found="$name"; break; fi
    done
    [ -n "$found" ] && continue
    if [ -z "$updated" ]; then
      echo "setup: updating the package lists"
      $SUDO apt-get update -qq
      updated=1
    fi
    for name in "${choices[@]}"; do
      if apt-cache show "$name" >/dev/null 2>&1; then missing+=("$name"); break; fi
    done
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing system packages: ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null
  fi
else
  echo "setup: no apt-get here; install tesseract and the Qt runtime yourself (see README)" >&2
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating the virtualenv in .venv"
  "$PYTHON" -m venv .venv
fi

stamp=".venv/.setup-stamp"
wanted="$(cat pyproject.toml | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  echo "setup: installing the project and its dependencies into .venv"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[dev]"
  echo "$wanted" >"$stamp"
fi

# mediapipe requires opencv-contrib-python, the build with its own Qt 5 plugins, which breaks
# PySide6. Both builds install the same `cv2` folder: remove the GUI build and put the headless
# one back (mediapipe's face detector needs nothing from the GUI build).
if .venv/bin/python -m pip show -q opencv-contrib-python >/dev/null 2>&1; then
  echo "setup: replacing opencv-contrib-python (GUI build) with the headless build"
  headless="$(.venv/bin/python -m pip show opencv-python-headless | sed -n 's/^Version: //p')"
  .venv/bin/python -m pip uninstall -q -y opencv-contrib-python
  .venv/bin/python -m pip install -q --force-reinstall --no-deps "opencv-python-headless==$headless"
fi

# The project's bytecode, compiled here as pip, the .deb and the frozen build do for an installed
# copy, so the first launch after setting up does not compile every module (about 1 s here; an
# unchanged tree takes 0.1 s to check).
.venv/bin/python -m compileall -q src >/dev/null
