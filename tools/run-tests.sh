#!/usr/bin/env bash
# Installs what is needed, runs the static checks (layer contract, ruff, mypy; any finding fails)
# and then the whole test suite against the installed package.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install.sh --test
.venv/bin/lint-imports
.venv/bin/ruff check .
.venv/bin/mypy
export QT_QPA_PLATFORM=offscreen OMP_THREAD_LIMIT=1
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
