#!/usr/bin/env bash
# Makes sure a Docker engine answers. Idempotent: safe to run every time.
# When no engine answers and we are root on Debian, installs docker.io and
# starts dockerd in the background (log: /var/log/assay-dockerd.log).
# Otherwise explains what to do and exits 1.
#
# --with-runsc: also makes gVisor's `runsc` runtime available to the engine
# (ASSAY_RUNTIME=runsc): installs Debian's `runsc` package, registers it in
# /etc/docker/daemon.json (merged into an existing file) and has dockerd
# reload its configuration (SIGHUP: the runtimes list is reloadable, so
# running containers are left alone).
set -euo pipefail

log() { printf '[ensure-docker] %s\n' "$*" >&2; }

WITH_RUNSC=0
for arg in "$@"; do
  case "$arg" in
    --with-runsc) WITH_RUNSC=1 ;;
    *) log "unknown option: $arg (expected --with-runsc)"; exit 2 ;;
  esac
done

DAEMON_JSON=${ASSAY_DOCKER_DAEMON_JSON:-/etc/docker/daemon.json}

# Adds the runsc runtime to daemon.json, keeping every other setting; prints
# "changed" when the file was written, nothing when it already said so.
register_runsc() {
  mkdir -p "$(dirname "$DAEMON_JSON")"
  node - "$DAEMON_JSON" <<'EOF'
const fs = require('node:fs');
const file = process.argv[2];
const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
const config = current.trim() ? JSON.parse(current) : {};
const wanted = { path: '/usr/bin/runsc', runtimeArgs: ['--platform=ptrace', '--network=none'] };
if (JSON.stringify(config.runtimes?.runsc) === JSON.stringify(wanted)) process.exit(0);
config.runtimes = { ...config.runtimes, runsc: wanted };
fs.writeFileSync(`${file}.tmp`, `${JSON.stringify(config, null, 2)}\n`);
fs.renameSync(`${file}.tmp`, file);
process.stdout.write('changed');
EOF
}

runsc_known() { docker info --format '{{json .Runtimes}}' 2>/dev/null | grep -q '"runsc"'; }

ensure_runsc() {
  if runsc_known; then return 0; fi
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    log "The Docker engine has no 'runsc' runtime. Install gVisor (Debian: apt-get install runsc) and add to $DAEMON_JSON:"
    log '  {"runtimes": {"runsc": {"path": "/usr/bin/runsc", "runtimeArgs": ["--platform=ptrace", "--network=none"]}}}'
    log "then reload dockerd (kill -HUP its pid)."
    exit 1
  fi
  if [ ! -x /usr/bin/runsc ]; then
    log "installing runsc (gVisor) from Debian (one time)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq runsc >/dev/null 2>&1 || { apt-get update -qq >/dev/null; apt-get install -y -qq runsc >/dev/null; }
  fi
  register_runsc >/dev/null
  local pid
  pid=$(pgrep -xo dockerd || true)
  if [ -z "$pid" ]; then
    log "runsc is registered in $DAEMON_JSON, but no local dockerd to reload: restart the engine"
    exit 1
  fi
  log "registering runsc with dockerd (reload, containers keep running)"
  kill -HUP "$pid"
  for _ in $(seq 1 20); do
    if runsc_known; then return 0; fi
    sleep 0.5
  done
  log "dockerd did not pick up runsc from $DAEMON_JSON; see /var/log/assay-dockerd.log"
  exit 1
}

ensure_engine() {
  if docker info >/dev/null 2>&1; then
    return 0
  fi

  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    log "No Docker engine answers 'docker info'."
    log "Install Docker (the Docker Engine install guide for your distribution) and start it,"
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
      return 0
    fi
    sleep 1
  done
  log "dockerd did not become ready within 60 s; see /var/log/assay-dockerd.log"
  exit 1
}

ensure_engine
if [ "$WITH_RUNSC" = 1 ]; then ensure_runsc; fi
exit 0
