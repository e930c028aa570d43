#!/bin/sh
# Re-extracts every translatable string of the window (the ui package, app.py and the Designer
# forms) into koerskaart_en.ts, then compiles it to koerskaart_en.qm. Translate new entries in
# the .ts (Qt Linguist: .venv/bin/pyside6-linguist) and run this script again; commit both files.
set -eu
cd "$(dirname "$0")/../.."
BIN="${BIN:-.venv/bin}"
SOURCES=$(find koerskaart/ui koerskaart/app.py -name '*.py' -not -path 'koerskaart/ui/generated/*' | sort)
"$BIN/pyside6-lupdate" -locations relative -source-language nl_NL -target-language en_GB \
    $SOURCES forms/*.ui -ts resources/i18n/koerskaart_en.ts
"$BIN/pyside6-lrelease" resources/i18n/koerskaart_en.ts -qm resources/i18n/koerskaart_en.qm
