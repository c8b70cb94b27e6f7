#!/usr/bin/env bash
# Makes a fresh Debian machine ready for the demo and the tests: npm packages, then Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -x node_modules/.bin/wxt ]; then
  echo "Installing npm packages (npm ci)…"
  npm ci
fi
missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
[ -x /usr/bin/firefox-esr ] || missing="$missing firefox-esr"
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing Debian's$missing…"
    apt-get update -qq && apt-get install -y -qq $missing
  else
    echo "Debian's$missing missing: run 'sudo apt-get install -y$missing' and try again." >&2
    exit 1
  fi
fi
