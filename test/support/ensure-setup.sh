#!/usr/bin/env bash
# Makes a fresh Debian machine ready for the demo and the tests: npm packages, then Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -x node_modules/.bin/wxt ]; then
  echo "Installing npm packages (npm ci)…"
  npm ci
fi
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing Debian's chromium…"
    apt-get update -qq && apt-get install -y -qq chromium
  else
    echo "Debian's Chromium is missing: run 'sudo apt-get install -y chromium' and try again." >&2
    exit 1
  fi
fi
