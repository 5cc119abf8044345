#!/usr/bin/env bash
# A local Keycloak per instance name (dev, test). Sourced by lib.sh.
#
# Keycloak reads its realm imports from <home>/data/import and keeps its dev-file (H2)
# database in <home>/data/h2, with no option to move either, so each instance runs from
# its own copy of the distribution in .platform/NAME/keycloak (copied once from the
# unpacked dist cached in .tools/keycloak-$KEYCLOAK_VERSION; ~170 MB, about a second).
# Its data lives in .platform/NAME/keycloak/data, its log in .platform/NAME/keycloak.log.

KC_DIST="$PLATFORM_TOOLS/keycloak-$KEYCLOAK_VERSION"

kc_home() { echo "$PLATFORM_STATE/$1/keycloak"; }
kc_pidfile() { echo "$PLATFORM_STATE/$1/keycloak.pid"; }
kc_logfile() { echo "$PLATFORM_STATE/$1/keycloak.log"; }
kc_ready_url() { echo "http://127.0.0.1:$1/realms/$KEYCLOAK_REALM/.well-known/openid-configuration"; }

# ensure_keycloak_dist: unpack the Keycloak dist once into .tools (fetching the zip if needed).
ensure_keycloak_dist() {
  [ -x "$KC_DIST/bin/kc.sh" ] && return 0
  local zip="$PLATFORM_TOOLS/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" tmp t0
  t0=$(now_ms)
  mkdir -p "$PLATFORM_TOOLS"
  if [ ! -s "$zip" ]; then
    ensure_maven
    log "fetching Keycloak $KEYCLOAK_VERSION from Maven Central (~160 MB)"
    tmp="$(mktemp -d "$PLATFORM_TOOLS/.keycloak-fetch.XXXXXX")"
    if ! (cd "$tmp" && mvn -q -B dependency:copy \
        "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
        "-DoutputDirectory=$tmp" >"$tmp/fetch.log" 2>&1); then
      cat "$tmp/fetch.log" >&2 || true
      rm -rf "$tmp"
      die "could not fetch the Keycloak distribution"
    fi
    mv "$tmp/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" "$zip"
    rm -rf "$tmp"
  fi
  tmp="$(mktemp -d "$PLATFORM_TOOLS/.keycloak-unpack.XXXXXX")"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q "$zip" -d "$tmp" || { rm -rf "$tmp"; die "could not unpack $zip"; }
  elif command -v python3 >/dev/null 2>&1; then
    python3 -m zipfile -e "$zip" "$tmp" || { rm -rf "$tmp"; die "could not unpack $zip"; }
  else
    (cd "$tmp" && jar xf "$zip") || { rm -rf "$tmp"; die "could not unpack $zip"; }
  fi
  chmod +x "$tmp/keycloak-$KEYCLOAK_VERSION"/bin/*.sh
  rm -rf "$KC_DIST"
  mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$KC_DIST"
  rm -rf "$tmp"
  log "Keycloak $KEYCLOAK_VERSION unpacked in $KC_DIST ($(since "$t0"))"
}

keycloak_is_running() {
  local pidfile pid
  pidfile="$(kc_pidfile "$1")"
  [ -s "$pidfile" ] || return 1
  pid="$(cat "$pidfile")"
  kill -0 "$pid" 2>/dev/null
}

# keycloak_prepare NAME [--fresh]: instance copy of the dist, realm JSON in data/import.
# --fresh deletes the instance's database so the realm is imported anew.
keycloak_prepare() {
  local name="$1" fresh="${2:-}" home
  home="$(kc_home "$name")"
  ensure_keycloak_dist
  ensure_state_dir "$name"
  if [ "$(cat "$home/.dist-version" 2>/dev/null || true)" != "$KEYCLOAK_VERSION" ]; then
    local tmp
    rm -rf "$home"
    tmp="$(mktemp -d "$PLATFORM_STATE/$name/.keycloak-copy.XXXXXX")"
    cp -a "$KC_DIST/." "$tmp/"
    echo "$KEYCLOAK_VERSION" > "$tmp/.dist-version"
    mv "$tmp" "$home"
  fi
  if [ "$fresh" = --fresh ]; then rm -rf "$home/data"; fi
  mkdir -p "$home/data/import"
  rm -f "$home"/data/import/*.json
  cp "$PLATFORM_ROOT"/infra/keycloak/*.json "$home/data/import/"
}

# keycloak_launch NAME PORT MGMT_PORT: start in the background (own session), no waiting.
keycloak_launch() {
  local name="$1" port="$2" mgmt="$3" home logf pidfile
  home="$(kc_home "$name")"; logf="$(kc_logfile "$name")"; pidfile="$(kc_pidfile "$name")"
  if keycloak_is_running "$name"; then
    log "Keycloak '$name' already running (pid $(cat "$pidfile"))"
    return 0
  fi
  if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; then
    die "port $port already answers HTTP but not from Keycloak '$name' (no live pid in $pidfile)"
  fi
  [ -x "$home/bin/kc.sh" ] || keycloak_prepare "$name"
  # setsid: own process group, so it outlives this script (infra-up) and can be stopped as a whole.
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
  JAVA_OPTS_KC_HEAP="${KC_HEAP_OPTS:--Xms64m -Xmx512m}" \
    setsid "$home/bin/kc.sh" start-dev \
      --http-host=127.0.0.1 --http-port="$port" --http-management-port="$mgmt" \
      --import-realm \
      </dev/null >"$logf" 2>&1 &
  echo $! > "$pidfile"
  KC_LAUNCHED_AT=$(now_ms)
  log "Keycloak '$name' starting on 127.0.0.1:$port (management $mgmt, pid $!, log $logf)"
}

# keycloak_wait NAME PORT [TIMEOUT_S]: wait for the realm's discovery document (HTTP 200).
keycloak_wait() {
  local name="$1" port="$2" timeout="${3:-240}" url pid deadline code
  url="$(kc_ready_url "$port")"
  pid="$(cat "$(kc_pidfile "$name")")"
  deadline=$(( $(now_ms) + timeout * 1000 ))
  while :; do
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true)"
    [ "$code" = 200 ] && break
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 60 "$(kc_logfile "$name")" >&2 || true
      die "Keycloak '$name' exited before it was ready (log: $(kc_logfile "$name"))"
    fi
    if [ "$(now_ms)" -ge "$deadline" ]; then
      tail -n 60 "$(kc_logfile "$name")" >&2 || true
      keycloak_stop "$name" || true
      die "Keycloak '$name' not ready after ${timeout} s ($url answered '$code')"
    fi
    sleep 1
  done
  log "Keycloak '$name' ready at http://127.0.0.1:$port (realm $KEYCLOAK_REALM)${KC_LAUNCHED_AT:+ ($(since "$KC_LAUNCHED_AT") since launch)}"
}

# keycloak_start NAME PORT MGMT_PORT [--fresh]
keycloak_start() {
  local name="$1" port="$2" mgmt="$3" fresh="${4:-}"
  if keycloak_is_running "$name"; then
    keycloak_wait "$name" "$port"
    return 0
  fi
  keycloak_prepare "$name" "$fresh"
  keycloak_launch "$name" "$port" "$mgmt"
  keycloak_wait "$name" "$port"
}

# keycloak_stop NAME: TERM kc.sh (it forwards to the JVM), wait; then the group; KILL last.
keycloak_stop() {
  local name="$1" pidfile pid
  pidfile="$(kc_pidfile "$name")"
  [ -s "$pidfile" ] || return 0
  pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null || kill -0 -- "-$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    if ! wait_until 60 "Keycloak '$name' to exit" kc_group_gone "$pid"; then
      kill -TERM -- "-$pid" 2>/dev/null || true
      wait_until 15 "Keycloak '$name' group to exit" kc_group_gone "$pid" \
        || { kill -KILL -- "-$pid" 2>/dev/null || true; wait_until 10 "Keycloak '$name' kill" kc_group_gone "$pid" || true; }
    fi
    log "Keycloak '$name' stopped"
  fi
  rm -f "$pidfile"
}

# True when neither the process nor anything in its process group is alive.
kc_group_gone() { ! kill -0 "$1" 2>/dev/null && ! kill -0 -- "-$1" 2>/dev/null; }
