#!/usr/bin/env bash
# Set everything up (idempotent), then start the capture wizard. Extra arguments go to
# capture-wizard (e.g. `./run.sh --camera demo`, `./run.sh check photo.jpg`). Started without
# arguments on a computer with no webcam, it is a demo run: the bundled demo camera is offered
# (the installed app never offers it to customers; see README).
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
if [ $# -eq 0 ] && ! compgen -G "/dev/video*" >/dev/null; then
  set -- --demo
fi
exec .venv/bin/capture-wizard "$@"
