#!/usr/bin/env bash
# Set everything up (idempotent), then run the app. Extra arguments go to capture-wizard;
# without any, it checks the bundled sample photo of an ID card.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
if [ $# -eq 0 ]; then
  set -- check resources/samples/sample-id-card.jpg resources/samples/sample-id-card-glare.jpg \
    resources/samples/sample-passport-blurred.jpg
fi
exec .venv/bin/capture-wizard "$@"
