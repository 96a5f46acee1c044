#!/usr/bin/env bash
# Installs what is needed and starts the desktop client on its embedded default: a demo store of
# its own (~/.local/share/desk-app-demo, never the counter's real store, unless DESK_APP_HOME names
# one) with the sample catalog, demo accounts and demo dossiers created on the first run. Demo data
# goes only into an empty store: `desk-app demo-data` refuses a store holding dossiers or accounts
# it did not make (docs/security.md). Without a screen it starts a virtual one (Xvfb) and says how
# to look at it and how to stop it.
#
# The install step runs only when the package may have changed since the last one (tools/install.sh
# leaves a stamp in .venv): the second start goes straight to the window.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${DESK_APP_VENV:-.venv}  # another environment for the script's own test
STAMP=$VENV/.desk-app-installed
sources() {  # what the installed package is built from, without the caches Python writes
  find pyproject.toml desk_app db ui resources -name __pycache__ -prune -o -type f -print | LC_ALL=C sort
}
up_to_date() {
  [ -x "$VENV/bin/desk-app" ] && [ -f "$STAMP" ] || return 1
  # same list of files (none added or removed) and none changed since the stamp
  [ "$(sources | cksum)" = "$(cat "$STAMP")" ] || return 1
  [ -z "$(find pyproject.toml desk_app db ui resources -name __pycache__ -prune -o -type f \
          -newer "$STAMP" -print -quit)" ]
}
if ! up_to_date; then
  tools/install.sh
fi

# The demo's own store unless the caller names one: the real store of this user
# (~/.local/share/desk-app) is never where demo accounts and dossiers go.
if [ -z "${DESK_APP_HOME:-}" ]; then
  DESK_APP_HOME="${XDG_DATA_HOME:-$HOME/.local/share}/desk-app-demo"
  export DESK_APP_HOME
fi

# Demo data on the first run only. The store is looked at with sqlite3 alone (the `dossiers` table,
# docs/cli.md): starting the whole command line for this would cost a second on every start.
has_dossiers() {
  "$VENV/bin/python" - <<'PY'
import sqlite3, sys
from desk_app import paths
try:
    db = sqlite3.connect(f"file:{paths.home() / 'store.sqlite3'}?mode=ro", uri=True)
    found = db.execute("SELECT 1 FROM dossiers LIMIT 1").fetchone()
except sqlite3.Error:
    found = None
sys.exit(0 if found else 1)
PY
}

# demo-data itself refuses a store that is not its own (its sentence on stderr); the client then
# opens that store as it is.
seed_demo() {
  has_dossiers || "$VENV/bin/desk-app" demo-data --dossiers 30 || true
}

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ] || [ "${QT_QPA_PLATFORM:-}" = "offscreen" ]; then
  seed_demo
  exec "$VENV/bin/desk-app" "$@"
fi

# No screen: a virtual one of the counter's size, on the first free display number, started
# while the store is looked at.
n=90
while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
Xvfb ":$n" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
CLIENT=""
stop() {
  set +e  # the client may have gone already: stop the display all the same
  [ -n "$CLIENT" ] && kill "$CLIENT" 2>/dev/null
  kill "$XVFB" 2>/dev/null
  wait 2>/dev/null
}
trap stop EXIT
trap 'exit 130' INT TERM
seed_demo
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.05; done
export DISPLAY=":$n"
"$VENV/bin/desk-app" "$@" &
CLIENT=$!
cat <<TEXT
Không có màn hình: ứng dụng chạy trên màn hình ảo DISPLAY=:$n (Xvfb, 1366×768).
No screen found: the client runs on the virtual display DISPLAY=:$n (Xvfb, 1366x768).
  Xem / view:     x11vnc -display :$n -localhost   rồi/then a VNC viewer on localhost:5900
  Chụp / capture: xwd -root -display :$n -out man-hinh.xwd
  Dừng / stop:    Ctrl+C, hoặc/or  kill $$   (ứng dụng/client pid $CLIENT, Xvfb pid $XVFB)
TEXT
wait "$CLIENT"
