#!/usr/bin/env bash
# Set everything up (idempotent), then start the capture wizard. Extra arguments go to
# capture-wizard (e.g. `./run.sh --camera demo`, `./run.sh check photo.jpg`). With no webcam the
# wizard offers the bundled demo camera and uploading files.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
exec .venv/bin/capture-wizard "$@"
