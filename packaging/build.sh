#!/usr/bin/env bash
# Build the frozen one-folder app (PyInstaller) and, on Debian/Ubuntu, the .deb made from it.
#   packaging/build.sh [OUT_DIR]     (default: dist/) -> OUT_DIR/capture-wizard/, OUT_DIR/*.deb
# Needs the project's virtualenv with the dev extra (scripts/setup.sh). DEB_GZIP_LEVEL (1-9,
# default 6) trades the .deb's size for build time.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-dist}")"
work="$(realpath -m build/pyinstaller)"
mkdir -p "$out"

start=$SECONDS
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath "$out" --workpath "$work" \
  packaging/pyinstaller/capture-wizard.spec
echo "build: $out/capture-wizard: $(du -sh "$out/capture-wizard" | cut -f1) in $((SECONDS - start)) s"

if command -v dpkg-deb >/dev/null 2>&1; then
  start=$SECONDS
  deb="$(packaging/linux/make_deb.sh "$out/capture-wizard" "$out")"
  echo "build: $deb: $(du -sh "$deb" | cut -f1) in $((SECONDS - start)) s"
fi
