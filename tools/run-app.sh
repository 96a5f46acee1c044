#!/usr/bin/env bash
# Installs what is needed and starts the desktop client on its embedded default: a local SQLite
# store (DESK_APP_HOME, default ~/.local/share/desk-app) with the sample catalog, demo accounts and
# demo dossiers created on the first run. Without a screen it starts a virtual one (Xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install.sh
if ! .venv/bin/desk-app dossiers list --json | grep -q '"code"'; then
  .venv/bin/desk-app demo-data --dossiers 30
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != "offscreen" ]; then
  echo "No screen found: starting the client on a virtual display (xvfb-run)."
  exec xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/desk-app
fi
exec .venv/bin/desk-app
