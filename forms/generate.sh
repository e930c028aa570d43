#!/bin/sh
# Regenerates koerskaart/ui/generated/ui_<name>.py from every forms/<name>.ui with pyside6-uic.
# Run after editing a form in Qt Designer; commit the .ui and the generated file together.
set -eu
cd "$(dirname "$0")/.."
UIC="${UIC:-.venv/bin/pyside6-uic}"
mkdir -p koerskaart/ui/generated
for form in forms/*.ui; do
    name=$(basename "$form" .ui)
    "$UIC" -o "koerskaart/ui/generated/ui_${name}.py" "$form"
    "${PYTHON:-.venv/bin/python}" forms/trim_imports.py "koerskaart/ui/generated/ui_${name}.py"
done
