#!/usr/bin/env bash
# Makes sure a Docker engine answers. Idempotent: safe to run every time.
# When no engine answers and we are root on Debian, installs docker.io and
# starts dockerd in the background (log: /var/log/assay-dockerd.log).
# Otherwise explains what to do and exits 1.
set -euo pipefail

log() { printf '[ensure-docker] %s\n' "$*" >&2; }

if docker info >/dev/null 2>&1; then
  exit 0
fi

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  log "No Docker engine answers 'docker info'."
  log "Install Docker (https://docs.docker.com/engine/install/) and start it,"
  log "or add your user to the 'docker' group, then run this again."
  exit 1
fi

if ! command -v dockerd >/dev/null 2>&1; then
  log "installing docker.io from Debian (one time)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq docker.io >/dev/null
fi

if ! pgrep -x dockerd >/dev/null 2>&1; then
  log "starting dockerd in the background (log: /var/log/assay-dockerd.log)"
  nohup dockerd --log-driver=json-file --log-opt max-size=1m \
    >/var/log/assay-dockerd.log 2>&1 &
fi

for _ in $(seq 1 60); do
  if docker info >/dev/null 2>&1; then
    log "Docker engine is ready"
    exit 0
  fi
  sleep 1
done
log "dockerd did not become ready within 60 s; see /var/log/assay-dockerd.log"
exit 1
