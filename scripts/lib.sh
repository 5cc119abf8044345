#!/usr/bin/env bash
# Shared helpers for ./platform: source this file, do not run it.
#
# Everything the scripts create lives under <repo>/.platform (state: databases, Keycloak
# instances, logs) and <repo>/.tools (cached downloads: Maven, Keycloak dist); both are
# git-ignored. Works as root (CI) and as a normal user.
set -euo pipefail

PLATFORM_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
PLATFORM_STATE="$PLATFORM_ROOT/.platform"
PLATFORM_TOOLS="$PLATFORM_ROOT/.tools"

MAVEN_VERSION="3.9.11"
KEYCLOAK_VERSION="26.4.7"
KEYCLOAK_REALM="creator-platform"
PLATFORM_DATABASES=(campaign tracking payout)
PLATFORM_DB_USER="platform"

# Ports (dev and test differ so both can run at once; none of them is 5432/8080/9000). The test
# ports can be moved by environment so two checkouts can run their tests side by side.
# shellcheck disable=SC2034 # used by ./platform
{
  DEV_PG_PORT=55432
  DEV_KC_PORT=18080
  DEV_KC_MGMT_PORT=19000
  TEST_PG_PORT=${TEST_PG_PORT:-55433}
  TEST_KC_PORT=${TEST_KC_PORT:-18081}
  TEST_KC_MGMT_PORT=${TEST_KC_MGMT_PORT:-19001}
}

log() { printf '[platform] %s\n' "$*" >&2; }
die() { printf '[platform] ERROR: %s\n' "$*" >&2; exit 1; }
is_root() { [ "$(id -u)" -eq 0 ]; }

# Milliseconds since the epoch, and a "1.2 s" rendering of a duration since a start mark.
now_ms() { date +%s%3N; }
since() { local d=$(( $(now_ms) - $1 )); printf '%d.%d s' $((d / 1000)) $(((d % 1000) / 100)); }

# wait_until TIMEOUT_S DESCRIPTION CMD...: poll CMD (every 0.5 s) until it succeeds.
wait_until() {
  local timeout="$1" what="$2"; shift 2
  local deadline=$(( $(now_ms) + timeout * 1000 ))
  until "$@" >/dev/null 2>&1; do
    if [ "$(now_ms)" -ge "$deadline" ]; then
      log "timed out after ${timeout} s waiting for $what"
      return 1
    fi
    sleep 0.5
  done
}

# apt_install PKG...: only possible as root.
apt_install() {
  is_root || return 1
  log "installing $* with apt-get"
  DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >&2
}

# ensure_state_dir NAME: create .platform/NAME, traversable by the unprivileged PostgreSQL
# user when running as root.
ensure_state_dir() {
  mkdir -p "$PLATFORM_STATE/$1"
  if is_root; then chmod 755 "$PLATFORM_STATE" "$PLATFORM_STATE/$1"; fi
}

# shellcheck source=scripts/browser.sh
source "$PLATFORM_ROOT/scripts/browser.sh"
# shellcheck source=scripts/maven.sh
source "$PLATFORM_ROOT/scripts/maven.sh"
# shellcheck source=scripts/postgres.sh
source "$PLATFORM_ROOT/scripts/postgres.sh"
# shellcheck source=scripts/keycloak.sh
source "$PLATFORM_ROOT/scripts/keycloak.sh"
# shellcheck source=scripts/services.sh
source "$PLATFORM_ROOT/scripts/services.sh"
