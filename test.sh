#!/usr/bin/env bash
# Set everything up (idempotent), then run the whole test suite plus the linter.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh --tests
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/lint-imports  # the layers in pyproject.toml's [tool.importlinter]
# CI also builds the frozen app and the .deb and smoke-tests both (about 5 minutes;
# packaging/README.md). PACKAGING=1 runs that locally too, SKIP_PACKAGING=1 skips it in CI.
if { [ -n "${CI:-}" ] || [ -n "${PACKAGING:-}" ]; } && [ -z "${SKIP_PACKAGING:-}" ]; then
  packaging/ci.sh
fi
exec .venv/bin/python -m pytest "$@"
