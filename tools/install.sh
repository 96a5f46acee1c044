#!/usr/bin/env bash
# Installs everything desk-app needs on a fresh Debian 12 machine (as root, or with sudo):
# the system tools it drives (Tesseract with Vietnamese data, SANE, poppler, PostgreSQL for the
# tests, the X libraries Qt needs) and a virtual environment in .venv with the package installed.
# Usage: tools/install.sh [--test]   (--test adds the test tools)
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  tesseract-ocr tesseract-ocr-vie tesseract-ocr-script-viet
  sane-utils poppler-utils zbar-tools libzbar0
  fonts-noto-core fonts-liberation2
  libgl1 libegl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libglib2.0-0
  xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xkb1
  libxkbcommon-x11-0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-cursor0
  postgresql postgresql-contrib
  python3-venv
)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
# tools/run-app.sh skips this script while the stamp is current: it holds the list of the files the
# package is built from; its time is taken now, before installing, so an edit made meanwhile counts.
STAMP=.venv/.desk-app-installed
rm -f "$STAMP"
touch "$STAMP.time"
.venv/bin/python -m pip install -q --upgrade pip 2>/dev/null || true
if [ "${1:-}" = "--test" ]; then
  .venv/bin/python -m pip install -q ".[test]" 2>&1 | grep -v "is ignored" || true
else
  .venv/bin/python -m pip install -q . 2>&1 | grep -v "is ignored" || true
fi
.venv/bin/desk-app --help >/dev/null
find pyproject.toml desk_app db ui resources -name __pycache__ -prune -o -type f -print \
  | LC_ALL=C sort | cksum > "$STAMP"
touch -r "$STAMP.time" "$STAMP" && rm -f "$STAMP.time"
echo "desk-app installed in .venv"
