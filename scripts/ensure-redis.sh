#!/usr/bin/env bash
# Starts a throwaway Redis for the queue suites on 127.0.0.1 and prints its
# URL on stdout. Idempotent. Installs Debian's redis-server when missing and
# we are root; otherwise exits 1 with a reason (then set ASSAY_TEST_REDIS_URL).
set -euo pipefail
log() { printf '[ensure-redis] %s\n' "$*" >&2; }
PORT="${ASSAY_TEST_REDIS_PORT:-6390}"

if ! command -v redis-server >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    log "redis-server is not installed (needs root and apt-get to install it)"
    exit 1
  fi
  log "installing redis-server from Debian (one time)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null 2>&1 || {
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
  }
fi
if ! redis-cli -p "$PORT" ping >/dev/null 2>&1; then
  log "starting redis-server on 127.0.0.1:$PORT (no persistence)"
  redis-server --port "$PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes --logfile /tmp/assay-redis.log >/dev/null
  for _ in $(seq 1 50); do redis-cli -p "$PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
fi
redis-cli -p "$PORT" ping >/dev/null
echo "redis://127.0.0.1:$PORT"
