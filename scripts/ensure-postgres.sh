#!/usr/bin/env bash
# Starts the machine's PostgreSQL for the test suites, on loopback only, and
# prints a connection URL for a superuser on stdout. Idempotent.
# Exits 1 (with a reason on stderr) where it cannot: not root, or no
# PostgreSQL cluster installed; then set ASSAY_TEST_PG_URL yourself.
set -euo pipefail
log() { printf '[ensure-postgres] %s\n' "$*" >&2; }
PASSWORD="${ASSAY_TEST_PG_PASSWORD:-assay-test}"

if [ "$(id -u)" != 0 ] || ! command -v pg_lsclusters >/dev/null 2>&1; then
  log "cannot start PostgreSQL here (needs root and Debian's postgresql package)"
  exit 1
fi
read -r version cluster port status _ < <(pg_lsclusters --no-header | head -n 1) || true
if [ -z "${version:-}" ]; then
  log "no PostgreSQL cluster is installed"
  exit 1
fi
if [ "$status" != online ]; then
  log "starting PostgreSQL $version/$cluster on 127.0.0.1:$port"
  pg_ctlcluster "$version" "$cluster" start -- -o "-c listen_addresses=127.0.0.1" >&2
fi
for _ in $(seq 1 30); do
  if su postgres -c "psql -p $port -qAtc 'select 1'" >/dev/null 2>&1; then break; fi
  sleep 1
done
su postgres -c "psql -p $port -qc \"alter user postgres password '$PASSWORD'\"" >/dev/null
echo "postgres://postgres:$PASSWORD@127.0.0.1:$port/postgres"
