#!/usr/bin/env bash
# Browser tests use Debian's Chromium (never a downloaded browser). Install it
# when it is missing and we are allowed to (root, or passwordless sudo).
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
echo "Chromium not found at $CHROMIUM; installing Debian's chromium package…"
if [ "$(id -u)" = "0" ]; then
  (apt-get install -y chromium || (apt-get update && apt-get install -y chromium)) >/dev/null
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  (sudo apt-get install -y chromium || (sudo apt-get update && sudo apt-get install -y chromium)) >/dev/null
else
  echo "Cannot install Chromium without root. Run: sudo apt-get install -y chromium" >&2
  exit 1
fi
[ -x "$CHROMIUM" ] || { echo "Chromium still missing at $CHROMIUM" >&2; exit 1; }
