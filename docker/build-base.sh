#!/usr/bin/env bash
# Provides the base image every language image builds FROM (debian:bookworm-slim).
# Pulls it where a registry is reachable; otherwise builds the same tag from
# Debian's archive with debootstrap + docker import. Idempotent.
set -euo pipefail
BASE_TAG="${ASSAY_BASE_IMAGE:-debian:bookworm-slim}"
SUITE="${ASSAY_BASE_SUITE:-bookworm}"
MIRROR="${ASSAY_DEBIAN_MIRROR:-http://deb.debian.org/debian}"

log() { printf '[build-base] %s\n' "$*" >&2; }

if docker image inspect "$BASE_TAG" >/dev/null 2>&1; then
  log "$BASE_TAG is present"
  exit 0
fi

if timeout 60 docker pull "$BASE_TAG" >/dev/null 2>&1; then
  log "pulled $BASE_TAG"
  exit 0
fi

if [ "$(id -u)" != 0 ]; then
  log "cannot pull $BASE_TAG and debootstrap needs root; run this script as root"
  exit 1
fi
if ! command -v debootstrap >/dev/null 2>&1; then
  log "installing debootstrap (one time)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi

root="$(mktemp -d /tmp/assay-base.XXXXXX)"
trap 'rm -rf "$root"' EXIT
log "no registry reachable: building $BASE_TAG with debootstrap ($SUITE, ~1 min)"
debootstrap --variant=minbase "$SUITE" "$root" "$MIRROR" >/tmp/assay-debootstrap.log 2>&1 || {
  log "debootstrap failed; see /tmp/assay-debootstrap.log"; exit 1; }
# Keep the image small: no apt lists or caches.
rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin "$root"/var/cache/apt/archives/*.deb
tar -C "$root" -c . | docker import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'CMD ["/bin/bash"]' - "$BASE_TAG" >/dev/null
log "imported $BASE_TAG"
