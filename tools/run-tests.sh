#!/usr/bin/env bash
# Installs what is needed and runs the whole test suite against the installed package.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install.sh --test
export QT_QPA_PLATFORM=offscreen OMP_THREAD_LIMIT=1
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
