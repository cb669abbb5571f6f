#!/usr/bin/env bash
# Makes sure Debian's chromium is at /usr/bin/chromium for the browser
# suites (web/e2e). Idempotent. When it is missing and we are root on
# Debian, installs the `chromium` package; otherwise explains what to do
# and exits 1 (the e2e suites then fail, naming the missing browser).
set -euo pipefail

log() { printf '[ensure-chromium] %s\n' "$*" >&2; }

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  log "Debian's chromium is not installed at /usr/bin/chromium: the e2e suites need it."
  log "Install it (sudo apt-get install -y chromium), or point ASSAY_CHROMIUM at a Chromium binary."
  exit 1
fi

log "installing chromium from Debian (one time)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq chromium >/dev/null
log "chromium is ready: $(/usr/bin/chromium --version 2>/dev/null || echo installed)"
