#!/usr/bin/env bash
# Provides the base image every language image builds FROM (debian:bookworm-slim).
# Pulls it where a registry is reachable; otherwise builds the same tag from
# Debian's archive with debootstrap + docker import. Idempotent.
#
# The archive is the one this host's apt already uses (its sources list, so a
# local mirror or proxy applies), or ASSAY_DEBIAN_MIRROR; the repository
# names no archive of its own.
set -euo pipefail
BASE_TAG="${ASSAY_BASE_IMAGE:-debian:bookworm-slim}"
SUITE="${ASSAY_BASE_SUITE:-bookworm}"
APT_DIR="${ASSAY_APT_DIR:-/etc/apt}"

log() { printf '[build-base] %s\n' "$*" >&2; }

# Prints the first archive URI in the host's apt sources that serves $SUITE
# itself (not -updates or -security) with the main component: one-line
# `deb [opts] URI SUITE COMPONENTS...` entries in sources.list and
# sources.list.d/*.list, and deb822 stanzas in sources.list.d/*.sources.
host_mirror() {
  local files=() f
  [ -f "$APT_DIR/sources.list" ] && files+=("$APT_DIR/sources.list")
  for f in "$APT_DIR"/sources.list.d/*.list "$APT_DIR"/sources.list.d/*.sources; do
    [ -f "$f" ] && files+=("$f")
  done
  [ "${#files[@]}" -gt 0 ] || return 0
  awk -v suite="$SUITE" '
    function has(list, word,   n, i, parts) {
      n = split(list, parts, /[ \t]+/)
      for (i = 1; i <= n; i++) if (parts[i] == word) return 1
      return 0
    }
    function flush() {
      if (types_ok && uris != "" && has(suites, suite) && has(comps, "main") && enabled) { split(uris, u, /[ \t]+/); print u[1]; found = 1; exit }
      types_ok = 0; uris = ""; suites = ""; comps = ""; enabled = 1
    }
    FNR == 1 { flush(); deb822 = FILENAME ~ /\.sources$/ }
    deb822 && /^[ \t]*$/ { flush(); next }
    { sub(/#.*/, "") }
    deb822 && NF {
      key = tolower($1); sub(/:$/, "", key); $1 = ""; sub(/^[ \t]+/, "")
      if (key == "types") types_ok = has($0, "deb")
      else if (key == "uris") uris = $0
      else if (key == "suites") suites = $0
      else if (key == "components") comps = $0
      else if (key == "enabled") enabled = (tolower($0) != "no")
      next
    }
    $1 == "deb" {
      i = 2
      if ($i ~ /^\[/) { while (i <= NF && $i !~ /\]$/) i++; i++ }
      if ($(i + 1) == suite) { rest = ""; for (j = i + 2; j <= NF; j++) rest = rest " " $j; if (has(rest, "main")) { print $i; found = 1; exit } }
    }
    END { if (!found) flush() }
  ' "${files[@]}"
}

MIRROR="${ASSAY_DEBIAN_MIRROR:-$(host_mirror)}"
if [ "${1:-}" = "--print-mirror" ]; then
  printf '%s\n' "$MIRROR"
  exit 0
fi

if docker image inspect "$BASE_TAG" >/dev/null 2>&1; then
  log "$BASE_TAG is present"
  exit 0
fi

if timeout 60 docker pull "$BASE_TAG" >/dev/null 2>&1; then
  log "pulled $BASE_TAG"
  exit 0
fi

if [ -z "$MIRROR" ]; then
  log "no Debian archive for $SUITE in $APT_DIR/sources.list{,.d/*.list,.d/*.sources}; set ASSAY_DEBIAN_MIRROR to one"
  exit 1
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
log "no registry reachable: building $BASE_TAG with debootstrap ($SUITE from $MIRROR, ~1 min)"
debootstrap --variant=minbase "$SUITE" "$root" "$MIRROR" >/tmp/assay-debootstrap.log 2>&1 || {
  log "debootstrap failed; see /tmp/assay-debootstrap.log"; exit 1; }
# Keep the image small: no apt lists or caches.
rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin "$root"/var/cache/apt/archives/*.deb
tar -C "$root" -c . | docker import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'CMD ["/bin/bash"]' - "$BASE_TAG" >/dev/null
log "imported $BASE_TAG"
