#!/bin/sh
# Re-extracts every translatable string of the window (the ui package, app.py and the Designer
# forms) into koerskaart_en.ts, then compiles it to koerskaart_en.qm. Translate new entries in
# the .ts (Qt Linguist: .venv/bin/pyside6-linguist) and run this script again; commit all three
# files (wrapped_strings.py, koerskaart_en.ts, koerskaart_en.qm).
#
# lupdate cannot see through a module's own `_tr(text)` helper, so collect_wrapped.py first
# writes those texts into wrapped_strings.py, which lupdate does read. Entries whose source text
# is gone are dropped (-no-obsolete): lrelease never uses them and they only hide what is current.
# TS, QM and WRAPPED may name other files (the tests extract into a copy to compare).
set -eu
cd "$(dirname "$0")/../.."
BIN="${BIN:-.venv/bin}"
TS="${TS:-resources/i18n/koerskaart_en.ts}"
QM="${QM:-resources/i18n/koerskaart_en.qm}"
WRAPPED="${WRAPPED:-resources/i18n/wrapped_strings.py}"
"$BIN/python" resources/i18n/collect_wrapped.py "$WRAPPED"
SOURCES=$(find koerskaart/ui koerskaart/app.py -name '*.py' -not -path 'koerskaart/ui/generated/*' | sort)
"$BIN/pyside6-lupdate" -locations relative -no-obsolete -source-language nl_NL -target-language en_GB \
    $SOURCES "$WRAPPED" forms/*.ui -ts "$TS"
"$BIN/pyside6-lrelease" "$TS" -qm "$QM"
