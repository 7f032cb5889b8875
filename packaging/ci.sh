#!/usr/bin/env bash
# CI's packaging job (test.sh runs it when CI is set; SKIP_PACKAGING=1 skips it): build the
# frozen app and the .deb, smoke-test the frozen program, and, as root with dpkg, install the
# .deb, smoke-test it (the menu entry's command under Xvfb too) and purge it.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
start=$SECONDS
DEB_GZIP_LEVEL=1 packaging/build.sh "$out"
.venv/bin/python packaging/smoke_test.py "$out/capture-wizard/capture-wizard"
deb=("$out"/capture-wizard_*.deb)
if [ "$(id -u)" -eq 0 ] && [ -f "${deb[0]}" ]; then
  .venv/bin/python packaging/smoke_test.py --deb "${deb[0]}"
else
  echo "packaging: the .deb install test needs root and dpkg; skipped"
fi
echo "packaging: done in $((SECONDS - start)) s"
