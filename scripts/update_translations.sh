#!/bin/sh
# Extract every marked string into the .ts catalogues (resources/i18n/), then build the .qm
# files the app loads. Run after changing visible text; translate the new entries (Qt Linguist:
# pyside6-linguist resources/i18n/capture_wizard_de.ts), then run it again. See
# docs/translations.md.
set -eu
cd "$(dirname "$0")/.."
BIN="${VENV_BIN:-.venv/bin}"
for ts in resources/i18n/capture_wizard_*.ts; do
    lang="${ts##*_}"; lang="${lang%.ts}"
    "$BIN/pyside6-lupdate" -extensions py -locations none -no-obsolete \
        -source-language en -target-language "$lang" src/capture_wizard -ts "$ts"
done
for ts in resources/i18n/capture_wizard_*.ts; do
    "$BIN/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
